import { z } from './zod-id'

/**
 * A long list (a full week is 4.400 cells) checked by hand and passed on as it
 * is: zod would build a copy of every element, several times the cost of the
 * work the list is for. Anything the hand check does not accept goes through
 * the full schema, so messages and their paths are zod's own.
 */
export function daftarRingan<T>(lengkap: z.ZodType<T[]>, sah: (x: unknown) => boolean, batas: { min?: number; max?: number } = {}) {
  const min = batas.min ?? 0
  const max = batas.max ?? Number.POSITIVE_INFINITY
  return z.custom<unknown>().transform((daftar, ctx): T[] => {
    if (Array.isArray(daftar) && daftar.length >= min && daftar.length <= max && daftar.every(sah)) return daftar as T[]
    const r = lengkap.safeParse(daftar)
    if (r.success) return r.data
    for (const i of r.error.issues) ctx.addIssue({ code: 'custom', message: i.message, path: i.path })
    return z.NEVER
  })
}

/** An object with exactly these keys, each a string: the hand check of `daftarRingan` for plain records. */
export function hanyaTeks(kunci: readonly string[]): (x: unknown) => boolean {
  return (x) => {
    if (typeof x !== 'object' || x === null || Array.isArray(x)) return false
    let n = 0
    for (const k in x) {
      if (typeof (x as Record<string, unknown>)[k] !== 'string' || !kunci.includes(k)) return false
      n++
    }
    return n === kunci.length
  }
}
