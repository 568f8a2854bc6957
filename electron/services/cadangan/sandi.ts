import crypto from 'node:crypto'
import { GalatAplikasi } from '../../../shared/galat'

/**
 * Password-protected backup files: scrypt derives the key, AES-256-GCM
 * encrypts and authenticates. Layout: MAGIC | salt(16) | iv(12) | tag(16) | data.
 */
const MAGIC = Buffer.from('BINMASDESK-CADANGAN-1\n')

export function enkripsi(isi: Buffer, sandi: string): Buffer {
  const garam = crypto.randomBytes(16)
  const iv = crypto.randomBytes(12)
  const kunci = crypto.scryptSync(sandi, garam, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 })
  const c = crypto.createCipheriv('aes-256-gcm', kunci, iv)
  const data = Buffer.concat([c.update(isi), c.final()])
  return Buffer.concat([MAGIC, garam, iv, c.getAuthTag(), data])
}

export function terenkripsi(isi: Buffer): boolean {
  return isi.subarray(0, MAGIC.length).equals(MAGIC)
}

export function dekripsi(isi: Buffer, sandi: string): Buffer {
  let o = MAGIC.length
  const garam = isi.subarray(o, (o += 16))
  const iv = isi.subarray(o, (o += 12))
  const tag = isi.subarray(o, (o += 16))
  const kunci = crypto.scryptSync(sandi, garam, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 })
  try {
    const d = crypto.createDecipheriv('aes-256-gcm', kunci, iv)
    d.setAuthTag(tag)
    return Buffer.concat([d.update(isi.subarray(o)), d.final()])
  } catch {
    throw new GalatAplikasi('FILE_TIDAK_VALID', 'Kata sandi salah, atau berkas cadangan rusak.', [{ lokasi: 'sandi', pesan: 'Kata sandi salah, atau berkas cadangan rusak' }])
  }
}
