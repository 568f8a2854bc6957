import crypto from 'node:crypto'

/** Crockford's base32: no I, L, O or U, so a code read off paper is not mistyped. */
const ABJAD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
export const PANJANG_KODE = 20

/** 20 symbols × 5 bits = 100 random bits, shown as four groups of five: `7K2QF-…`. */
export function buatKodePemulihan(): string {
  const acak = crypto.randomBytes(PANJANG_KODE)
  // 256 is a multiple of 32: the low five bits of each byte are uniform.
  const huruf = [...acak].map((b) => ABJAD[b & 31]).join('')
  return formatKode(huruf)
}

export function formatKode(huruf: string): string {
  return huruf.match(/.{1,5}/g)!.join('-')
}

/** What the user typed → the 20 symbols, forgiving case, spaces, dashes and the look-alikes O/I/L. */
export function normalkanKode(teks: string): string | null {
  const huruf = teks
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (huruf.length !== PANJANG_KODE || [...huruf].some((c) => !ABJAD.includes(c))) return null
  return huruf
}
