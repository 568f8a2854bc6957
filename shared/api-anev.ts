import { z } from './zod-id'
import { grafikSchema, narasiSchema, pengesahanSchema, snapshotAnevSchema } from './anev/jenis'
import { JENIS_PERIODE, uraiKodePeriode } from './anev/periode'
import { type DefinisiKanal, PENGUBAH, SEMUA } from './kontrak-dasar'
import type { NAMA_KANAL_ANEV } from './kanal-anev'

/**
 * The Laporan Anev part of the API contract, spread into `kontrak` in shared/api.ts.
 *
 * Flow of the screen: `anev:siapkan` reads the period's data and returns it
 * with the drafted narrative and the saved draft; edits autosave with
 * `anev:draf-simpan`; `anev:cetak` reads the data again, prints the PDF,
 * and stores the report with its frozen data in the archive; `anev:arsip-*`
 * lists, opens and re-prints archived reports from their frozen data.
 */

const kodePeriode = z
  .string()
  .max(10)
  .refine((k) => uraiKodePeriode(k) !== null, 'Periode harus berbentuk TTTT-BB, TTTT-T1…T4, TTTT-S1/S2 atau TTTT')
const idLaporan = z.number().int().positive()

/** A draft keeps whatever was typed, even a half-typed NRP: checked only when printing. */
export const pengesahanDrafSchema = z.object({
  nomor: z.string().max(80),
  atasNamaKapolres: z.boolean(),
  nama: z.string().max(120),
  pangkat: z.string().max(40),
  nrp: z.string().max(20),
  tempat: z.string().max(60),
  tanggal: z.string().max(10),
  ukuran: z.enum(['A4', 'F4']),
})
export type PengesahanDraf = z.infer<typeof pengesahanDrafSchema>

const dokumenSchema = z.object({ snapshot: snapshotAnevSchema, narasi: narasiSchema, pengesahan: pengesahanSchema, grafik: grafikSchema })

const ringkasArsipSchema = z.object({
  id: z.number().int(),
  jenisPeriode: z.enum(JENIS_PERIODE),
  periode: z.string(),
  label: z.string(),
  nomor: z.string(),
  dibuatPada: z.string(),
  dibuatOleh: z.string(),
  dicetakPada: z.string(),
})
export type RingkasArsipAnev = z.infer<typeof ringkasArsipSchema>

const berkasPdf = z.object({ id: z.number().int(), namaBerkas: z.string(), pdfBase64: z.string(), halaman: z.number().int() })

export const kontrakAnev = {
  'anev:siapkan': {
    input: z.object({ periode: kodePeriode }),
    output: z.object({
      snapshot: snapshotAnevSchema,
      narasiUsulan: narasiSchema,
      draf: z.object({ narasi: narasiSchema, pengesahan: pengesahanDrafSchema, diubahPada: z.string() }).nullable(),
      pengesahanBawaan: pengesahanDrafSchema,
    }),
    peran: SEMUA,
  },
  'anev:draf-simpan': {
    input: z.object({ periode: kodePeriode, narasi: narasiSchema, pengesahan: pengesahanDrafSchema }),
    output: z.object({ diubahPada: z.string() }),
    peran: PENGUBAH,
  },
  'anev:cetak': {
    input: z.object({ periode: kodePeriode, narasi: narasiSchema, pengesahan: pengesahanSchema, grafik: grafikSchema.default({}) }),
    output: berkasPdf,
    peran: PENGUBAH,
  },
  'anev:arsip': {
    input: z.object({}),
    output: z.array(ringkasArsipSchema),
    peran: SEMUA,
  },
  'anev:arsip-buka': {
    input: z.object({ id: idLaporan }),
    output: dokumenSchema.extend({ ringkas: ringkasArsipSchema }),
    peran: SEMUA,
  },
  'anev:arsip-cetak': {
    input: z.object({ id: idLaporan }),
    output: berkasPdf,
    peran: PENGUBAH,
  },
  'anev:lampiran': {
    input: z.union([z.object({ periode: kodePeriode }), z.object({ id: idLaporan })]),
    output: z.object({ namaBerkas: z.string(), berkasBase64: z.string() }),
    peran: SEMUA,
  },
} as const satisfies Record<(typeof NAMA_KANAL_ANEV)[number], DefinisiKanal>
