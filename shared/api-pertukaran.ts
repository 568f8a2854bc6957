import { z } from './zod-id'
import { ADMIN, type DefinisiKanal, PENGUBAH, SEMUA } from './kontrak-dasar'
import type { NAMA_KANAL_PERTUKARAN } from './kanal-pertukaran'

/**
 * The Pertukaran Data part of the API contract, spread into `kontrak` in
 * shared/api.ts. Roles: SEMUA / PENGUBAH / ADMIN from ./kontrak-dasar.
 *
 * Flow of a screen: `pertukaran:ekspor` returns the workbook as base64 with its
 * file name (the renderer saves it). Import is two steps: `pertukaran:pratinjau`
 * reads and checks the file and returns everything to show (counts per sheet,
 * every row error, warnings, the revision situation, a sample of the changes)
 * with a token; `pertukaran:terapkan` applies that token in one transaction.
 * `pertukaran:batal` undoes the last import.
 */

const bulan = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berbentuk TTTT-BB')
const kodeSatker = z.string().regex(/^\d{2}(\.\d{2})?$/, 'Kode satker berbentuk 53.03 (Polres) atau 53 (Polda)')
/** 50 MB of file is about 70 M base64 characters; a little above it the service answers with its own message. */
const berkasBase64 = z.string().min(1, 'Pilih berkas').max(100_000_000, 'Berkas terlalu besar (batas 50 MB)')

export const SHEET_DATA_PERTUKARAN = ['Desa', 'Personel', 'LaporanMingguan', 'Kejadian'] as const

export const masalahPertukaranSchema = z.object({
  sheet: z.string().nullable(),
  baris: z.number().int().nullable(),
  kolom: z.string().nullable(),
  /** The whole message, e.g. `Sheet LaporanMingguan baris 14, kolom ronda_malam: nilai 9 melebihi batas 7.` */
  pesan: z.string(),
})
export type MasalahPertukaran = z.infer<typeof masalahPertukaranSchema>

export const hitunganSheetSchema = z.object({
  sheet: z.enum(SHEET_DATA_PERTUKARAN),
  baru: z.number().int(),
  berubah: z.number().int(),
  sama: z.number().int(),
  dihapus: z.number().int(),
  ditolak: z.number().int(),
})
export type HitunganSheetPertukaran = z.infer<typeof hitunganSheetSchema>

export const hasilPratinjauSchema = z.object({
  token: z.string(),
  namaBerkas: z.string(),
  manifest: z.object({
    satkerKode: z.string(),
    satkerNama: z.string(),
    polda: z.string(),
    bulanAwal: z.string(),
    bulanAkhir: z.string(),
    /** 'Juli–September 2024' */
    periode: z.string(),
    revisi: z.number().int(),
    dibuatPada: z.string(),
    dibuatOleh: z.string(),
    skemaIkdk: z.string(),
  }),
  integritas: z.object({
    checksum: z.enum(['cocok', 'tidak-ada', 'sebagian']),
    tandaTangan: z.enum(['sah', 'tidak-ada', 'tidak-dapat-diperiksa']),
  }),
  revisi: z.object({
    status: z.enum(['baru', 'lebih-tinggi', 'sama', 'sama-berbeda']),
    revisiTersimpan: z.number().int().nullable(),
  }),
  /** Set when applying needs the user's confirmation: pass `konfirmasiGanti: true` to terapkan. */
  perluKonfirmasi: z.string().nullable(),
  sheet: z.array(hitunganSheetSchema),
  kesalahan: z.array(masalahPertukaranSchema),
  peringatan: z.array(masalahPertukaranSchema),
  /** The first changes (up to 1.000), for a table on screen. */
  perubahan: z.array(
    z.object({
      sheet: z.enum(SHEET_DATA_PERTUKARAN),
      baris: z.number().int().nullable(),
      kunci: z.string(),
      jenis: z.enum(['baru', 'berubah', 'dihapus']),
      kolom: z.array(z.string()),
    }),
  ),
  perubahanTerpotong: z.boolean(),
  adaPerubahan: z.boolean(),
  /** False while any row error remains: the user fixes the file and imports again. */
  bisaDiterapkan: z.boolean(),
})
export type HasilPratinjauPertukaran = z.infer<typeof hasilPratinjauSchema>

export const hasilTerapkanSchema = z.object({
  /** null when the file changed nothing (the same file imported again). */
  imporId: z.number().int().nullable(),
  sheet: z.array(hitunganSheetSchema),
  /** File name of the backup taken before applying, or null when nothing was written. */
  cadangan: z.string().nullable(),
})
export type HasilTerapkanPertukaran = z.infer<typeof hasilTerapkanSchema>

const infoKunciSchema = z.object({ kunciPublikPem: z.string(), sidik: z.string(), dibuatPada: z.string() })

const kunciPaketSchema = z.object({
  satkerKode: z.string(),
  satkerNama: z.string(),
  sidik: z.string(),
  /** The key is already trusted here for that satker. */
  sudahAda: z.boolean(),
  /** A different key is trusted here for that satker: the bundle adds this one beside it. */
  kunciLainAda: z.boolean(),
})

const isiPaket = z.string().min(1, 'Pilih berkas kunci').max(2_000_000, 'Berkas kunci terlalu besar (maks. 2 MB)')

export const kontrakPertukaran = {
  'pertukaran:ekspor': {
    input: z
      .object({
        bulanAwal: bulan,
        bulanAkhir: bulan,
        tandaTangan: z.boolean().default(false),
        tanpaDataPribadi: z.boolean().default(false),
      })
      .refine((m) => m.bulanAwal <= m.bulanAkhir, { message: 'Bulan awal harus sebelum atau sama dengan bulan akhir', path: ['bulanAkhir'] }),
    output: z.object({
      namaBerkas: z.string(),
      berkasBase64: z.string(),
      revisi: z.number().int(),
      ditandatangani: z.boolean(),
      baris: z.record(z.string(), z.number().int()),
      peringatan: z.array(z.string()),
    }),
    peran: PENGUBAH,
  },
  'pertukaran:pratinjau': {
    input: z.object({ namaBerkas: z.string().max(260), berkasBase64 }),
    output: hasilPratinjauSchema,
    peran: PENGUBAH,
  },
  'pertukaran:terapkan': {
    input: z.object({ token: z.string().max(100), konfirmasiGanti: z.boolean().default(false) }),
    output: hasilTerapkanSchema,
    peran: PENGUBAH,
  },
  'pertukaran:batal': {
    input: z.object({}),
    output: z.object({ imporId: z.number().int(), namaBerkas: z.string(), dipulihkan: z.number().int() }),
    peran: PENGUBAH,
  },
  'pertukaran:riwayat': {
    input: z.object({}),
    output: z.object({
      ekspor: z.array(z.object({ satkerKode: z.string(), bulanAwal: z.string(), bulanAkhir: z.string(), revisi: z.number().int(), namaBerkas: z.string(), ditandatangani: z.boolean(), tanpaDataPribadi: z.boolean(), dibuatPada: z.string(), dibuatOleh: z.string() })),
      impor: z.array(
        z.object({
          id: z.number().int(),
          satkerKode: z.string(),
          bulanAwal: z.string(),
          bulanAkhir: z.string(),
          revisi: z.number().int(),
          namaBerkas: z.string(),
          diimporPada: z.string(),
          diimporOleh: z.string(),
          sheet: z.array(hitunganSheetSchema),
          dibatalkanPada: z.string().nullable(),
          bisaDibatalkan: z.boolean(),
        }),
      ),
    }),
    peran: SEMUA,
  },
  'pertukaran:kunci-info': {
    input: z.object({}),
    output: z.object({
      milik: infoKunciSchema.nullable(),
      tepercaya: z.array(z.object({ satkerKode: z.string(), sidik: z.string(), ditambahkanPada: z.string() })),
    }),
    peran: SEMUA,
  },
  'pertukaran:kunci-buat': {
    input: z.object({ ganti: z.boolean().default(false) }),
    output: infoKunciSchema,
    peran: ADMIN,
  },
  'pertukaran:kunci-ekspor': {
    input: z.object({}),
    output: z.object({ namaBerkas: z.string(), isi: z.string(), sidik: z.string() }),
    peran: SEMUA,
  },
  'pertukaran:kunci-percayai': {
    input: z.object({ satkerKode: kodeSatker, kunciPublikPem: z.string().min(1, 'Tempel kunci publik (PEM)').max(10_000) }),
    output: z.object({ satkerKode: z.string(), sidik: z.string() }),
    peran: ADMIN,
  },
  'pertukaran:paket-kunci-pratinjau': {
    input: z.object({ isi: isiPaket }),
    output: z.object({
      poldaKode: z.string(),
      poldaNama: z.string(),
      dibuatPada: z.string(),
      /** sah: signed by a Polda key this app already trusts; tidak-ada / tidak-dapat-diperiksa otherwise (compare the fingerprint by phone). */
      tandaTangan: z.enum(['sah', 'tidak-ada', 'tidak-dapat-diperiksa']),
      kunci: z.array(kunciPaketSchema),
    }),
    peran: SEMUA,
  },
  'pertukaran:paket-kunci-terapkan': {
    input: z.object({ isi: isiPaket }),
    output: z.object({ ditambahkan: z.number().int(), sudahAda: z.number().int() }),
    peran: ADMIN,
  },
} as const satisfies Record<(typeof NAMA_KANAL_PERTUKARAN)[number], DefinisiKanal>
