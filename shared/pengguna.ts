import { z } from './zod-id'
import { PERAN, type Peran } from './skema-data'

/** What each role may do, in the words the Pengguna screen uses. */
export const LABEL_PERAN: Record<Peran, string> = {
  admin: 'Admin',
  operator: 'Operator',
  pimpinan: 'Pimpinan (hanya baca)',
}

export const PANJANG_SANDI_MIN = 8
export const PANJANG_SANDI_MAKS = 128

/** Lower-case letters, digits, dot, dash and underscore: easy to type, the same on every keyboard. */
export const namaPenggunaSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(3, 'Nama pengguna minimal 3 karakter')
  .max(32, 'Nama pengguna paling panjang 32 karakter')
  .regex(/^[a-z0-9._-]+$/, 'Nama pengguna hanya boleh huruf kecil, angka, titik, tanda hubung, dan garis bawah (tanpa spasi)')

export const namaLengkapSchema = z.string().trim().min(3, 'Nama lengkap minimal 3 huruf').max(100, 'Nama lengkap paling panjang 100 huruf')

/** Entered passwords are never trimmed: a space is part of the secret. */
export const kataSandiSchema = z
  .string()
  .min(PANJANG_SANDI_MIN, `Kata sandi minimal ${PANJANG_SANDI_MIN} karakter`)
  .max(PANJANG_SANDI_MAKS, `Kata sandi paling panjang ${PANJANG_SANDI_MAKS} karakter`)

/** A typed password when logging in: any length up to the cap (old rules may have been different). */
export const sandiMasukSchema = z.string().min(1, 'Isi kata sandi').max(PANJANG_SANDI_MAKS * 2, 'Kata sandi terlalu panjang')

/** Often-tried passwords and the app's own words: refused for new passwords. */
const SANDI_UMUM = new Set([
  '12345678', '123456789', '1234567890', '87654321', '11111111', '00000000', 'password', 'password1', 'passw0rd', 'qwertyui', 'qwerty123',
  'abcd1234', 'abc12345', 'iloveyou', 'admin123', 'admin1234', 'administrator', 'katasandi', 'rahasia1', 'bismillah', 'indonesia',
  'polri123', 'polri1234', 'polres123', 'binmas123', 'binmas1234', 'binmasdesk', 'bhabinkamtibmas', 'presisi1', 'bhayangkara',
])

/**
 * The rule for a new password beyond its length: not the user name, not one
 * character repeated, not a password on the list of the most tried ones.
 * Returns the Indonesian reason, or null when it may be used.
 */
export function alasanSandiLemah(sandi: string, namaPengguna: string): string | null {
  const kecil = sandi.toLowerCase()
  if (namaPengguna && kecil.includes(namaPengguna.toLowerCase())) return 'Kata sandi tidak boleh memuat nama pengguna'
  if (/^(.)\1*$/.test(sandi)) return 'Kata sandi tidak boleh satu karakter yang diulang'
  if (SANDI_UMUM.has(kecil)) return 'Kata sandi ini terlalu umum dan mudah ditebak; pilih yang lain'
  return null
}

export const akunBaruSchema = z.object({
  namaPengguna: namaPenggunaSchema,
  namaLengkap: namaLengkapSchema,
  kataSandi: kataSandiSchema,
})
export type AkunBaru = z.infer<typeof akunBaruSchema>

/** The recovery code as typed: dashes, spaces and lower case are allowed. */
export const kodePemulihanSchema = z.string().trim().min(1, 'Isi kode pemulihan').max(64, 'Kode pemulihan terlalu panjang')

export const penggunaSchema = z.object({
  namaPengguna: z.string(),
  namaLengkap: z.string(),
  peran: z.enum(PERAN),
  aktif: z.boolean(),
  dibuatPada: z.string(),
  diubahPada: z.string(),
  terakhirMasuk: z.string().nullable(),
  /** Set while the account waits after too many failed logins (ISO time). */
  terkunciSampai: z.string().nullable(),
  harusGantiSandi: z.boolean(),
})
export type Pengguna = z.infer<typeof penggunaSchema>

export const sesiInfoSchema = z.object({
  namaPengguna: z.string(),
  namaLengkap: z.string(),
  peran: z.enum(PERAN),
  /** An Admin chose the current password: it must be replaced before anything else. */
  harusGantiSandi: z.boolean(),
})
export type SesiInfo = z.infer<typeof sesiInfoSchema>

/** Minutes without input before the screen locks; an Admin setting. */
export const MENIT_KUNCI_BAWAAN = 15
export const menitKunciSchema = z.number().int('Isi bilangan bulat menit').min(1, 'Paling cepat 1 menit').max(120, 'Paling lama 120 menit')
