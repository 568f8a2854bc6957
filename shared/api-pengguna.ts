import { z } from './zod-id'
import { ADMIN, type DefinisiKanal, SEMUA } from './kontrak-dasar'
import type { NAMA_KANAL_PENGGUNA } from './kanal-pengguna'
import {
  akunBaruSchema,
  kataSandiSchema,
  kodePemulihanSchema,
  menitKunciSchema,
  namaLengkapSchema,
  namaPenggunaSchema,
  penggunaSchema,
  sandiMasukSchema,
  sesiInfoSchema,
} from './pengguna'
import { PERAN, satkerSchema, setupSchema } from './skema-data'

/** A typed name at login: checked loosely, so a wrong format gets the same answer as a wrong name. */
const namaMasuk = z.string().trim().min(1, 'Isi nama pengguna').max(64, 'Nama pengguna terlalu panjang')
const kodePemulihan = z.object({ kodePemulihan: z.string() })

/**
 * The accounts and sessions part of the API contract, spread into `kontrak` in
 * shared/api.ts. Which channels answer before login is decided in
 * electron/api.ts (`TANPA_SESI`, `SAAT_TANPA_AKUN`), not here.
 */
export const kontrakPengguna = {
  'sesi:status': {
    input: z.object({}),
    output: z.object({
      /** Who is logged in on this window/browser, or null. */
      sesi: sesiInfoSchema.nullable(),
      /** False on a database without accounts: the first Admin must be created. */
      adaPengguna: z.boolean(),
      /** Lock the screen after this long without input; null when the session is fixed by code (test host). */
      batasDiamMs: z.number().int().nullable(),
    }),
    peran: SEMUA,
  },
  'sesi:masuk': {
    input: z.strictObject({ namaPengguna: namaMasuk, kataSandi: sandiMasukSchema }),
    output: sesiInfoSchema,
    peran: SEMUA,
  },
  'sesi:keluar': { input: z.object({}), output: z.object({}), peran: SEMUA },
  'sesi:ganti-sandi': {
    input: z.strictObject({ sandiLama: sandiMasukSchema, sandiBaru: kataSandiSchema }),
    output: z.object({}),
    peran: SEMUA,
  },
  'sesi:pulihkan': {
    input: z.strictObject({ namaPengguna: namaMasuk, kodePemulihan: kodePemulihanSchema, sandiBaru: kataSandiSchema }),
    output: kodePemulihan,
    peran: SEMUA,
  },
  'pengguna:admin-pertama': {
    input: akunBaruSchema.strict(),
    output: z.object({ sesi: sesiInfoSchema, kodePemulihan: z.string() }),
    peran: ADMIN,
  },
  'pengguna:daftar': {
    input: z.object({}),
    output: z.object({ pengguna: z.array(penggunaSchema), menitKunci: z.number().int() }),
    peran: ADMIN,
  },
  'pengguna:tambah': {
    input: akunBaruSchema.extend({ peran: z.enum(PERAN, 'Pilih peran') }).strict(),
    output: penggunaSchema,
    peran: ADMIN,
  },
  'pengguna:ubah': {
    input: z.strictObject({ namaPengguna: namaPenggunaSchema, namaLengkap: namaLengkapSchema.optional(), peran: z.enum(PERAN, 'Pilih peran').optional(), aktif: z.boolean().optional() }),
    output: penggunaSchema,
    peran: ADMIN,
  },
  'pengguna:atur-sandi': {
    input: z.strictObject({ namaPengguna: namaPenggunaSchema, kataSandi: kataSandiSchema }),
    output: z.object({}),
    peran: ADMIN,
  },
  'pengguna:kode-pemulihan': {
    input: z.strictObject({ kataSandi: sandiMasukSchema }),
    output: kodePemulihan,
    peran: ADMIN,
  },
  'pengguna:atur-kunci': {
    input: z.strictObject({ menit: menitKunciSchema }),
    output: z.object({ menitKunci: z.number().int() }),
    peran: ADMIN,
  },
} as const satisfies Record<(typeof NAMA_KANAL_PENGGUNA)[number], DefinisiKanal>

/**
 * `setup:simpan` with the wizard's "Akun Admin" step: on a database without
 * accounts the first Admin is created in the same transaction as the satker,
 * and the recovery code comes back once.
 */
export const setupDenganAdminSchema = setupSchema.extend({ admin: akunBaruSchema.strict().optional() })
export const hasilSetupSchema = satkerSchema.extend({ kodePemulihan: z.string().optional() })
