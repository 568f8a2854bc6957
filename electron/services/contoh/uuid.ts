import type { Acak } from './acak'

/** A version-4-shaped UUID from the seeded generator, so demo ids are stable. */
export function uuidDariBenih(a: Acak): string {
  const hex = Array.from({ length: 32 }, () => a.bulat(0, 15).toString(16))
  hex[12] = '4'
  hex[16] = ((a.bulat(0, 3) & 0x3) | 0x8).toString(16)
  const s = hex.join('')
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`
}
