import crypto from 'node:crypto'

/**
 * Password and recovery-code hashing with Node's own scrypt (RFC 7914): memory-hard,
 * in the runtime already, no native add-on to build for Electron and Windows.
 * Stored as `scrypt$N$r$p$salt$hash` (base64), so the parameters of every hash are
 * known when it is checked and can be raised later without locking anyone out.
 */
export const PARAMETER_SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const
const PANJANG_KUNCI = 32
const PANJANG_GARAM = 16

/** scrypt needs 128·N·r bytes; Node's default cap (32 MiB) is exactly that, so allow twice it. */
function batasMemori(N: number, r: number): number {
  return 256 * N * r
}

function scrypt(teks: string, garam: Buffer, N: number, r: number, p: number, panjang: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(teks.normalize('NFC'), garam, panjang, { N, r, p, maxmem: batasMemori(N, r) }, (e, kunci) => (e ? reject(e) : resolve(kunci)))
  })
}

export async function hashSandi(sandi: string): Promise<string> {
  const { N, r, p } = PARAMETER_SCRYPT
  const garam = crypto.randomBytes(PANJANG_GARAM)
  const kunci = await scrypt(sandi, garam, N, r, p, PANJANG_KUNCI)
  return ['scrypt', N, r, p, garam.toString('base64'), kunci.toString('base64')].join('$')
}

interface HashTerurai {
  N: number
  r: number
  p: number
  garam: Buffer
  kunci: Buffer
}

export function uraiHash(hash: string): HashTerurai | null {
  const bagian = hash.split('$')
  if (bagian.length !== 6 || bagian[0] !== 'scrypt') return null
  const [N, r, p] = bagian.slice(1, 4).map(Number) as [number, number, number]
  // Refuse parameters no honest hash has: a tampered row must not make a login take minutes.
  if (!Number.isInteger(N) || N < 2 ** 10 || N > 2 ** 20 || (N & (N - 1)) !== 0) return null
  if (!Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return null
  const garam = Buffer.from(bagian[4]!, 'base64')
  const kunci = Buffer.from(bagian[5]!, 'base64')
  if (garam.length < 16 || kunci.length < 16) return null
  return { N, r, p, garam, kunci }
}

/** Constant-time comparison; an unreadable hash never matches. */
export async function cocokSandi(sandi: string, hash: string): Promise<boolean> {
  const h = uraiHash(hash)
  if (!h) return false
  const kunci = await scrypt(sandi, h.garam, h.N, h.r, h.p, h.kunci.length)
  return crypto.timingSafeEqual(kunci, h.kunci)
}

/** A hash made with weaker parameters than today's is replaced at the next successful login. */
export function perluHashUlang(hash: string): boolean {
  const h = uraiHash(hash)
  return !h || h.N < PARAMETER_SCRYPT.N || h.r < PARAMETER_SCRYPT.r
}

let hashPengganti: Promise<string> | undefined
/** Checked against when a user name is unknown, so a wrong name takes as long as a wrong password. */
export function hashPalsu(): Promise<string> {
  hashPengganti ??= hashSandi(crypto.randomBytes(16).toString('hex'))
  return hashPengganti
}
