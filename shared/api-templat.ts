import { z } from './zod-id'
import { type DefinisiKanal, PENGUBAH } from './kontrak-dasar'
import type { NAMA_KANAL_TEMPLAT } from './kanal-templat'
import { KOLOM_SEL_MINGGUAN } from './mingguan'

/**
 * The Polsek template and "Impor dari Excel lama" part of the API contract,
 * spread into `kontrak` in shared/api.ts.
 *
 * Template: `templat:unduh` makes one `InputMingguan` workbook per chosen
 * Polsek for one ISO week (base64 + Indonesian file name each). A filled one
 * goes through `templat:pratinjau` (every check, nothing written, a token)
 * and `templat:terapkan` (one transaction, audited), like the exchange import.
 *
 * Excel lama: `excel-lama:baca` reads any workbook once (a token for the
 * parsed file), lists its sheets, guesses the header row and suggests a
 * weekly field per column; `excel-lama:cocokkan-desa` suggests a desa for
 * every desa text; `excel-lama:pratinjau` applies a mapping and returns the
 * same preview as the template; `excel-lama:terapkan` applies it. Mappings
 * can be named and kept (`excel-lama:pemetaan-*`).
 */

const berkasBase64 = z.string().min(1, 'Pilih berkas').max(100_000_000, 'Berkas terlalu besar (batas 50 MB)')
const namaBerkas = z.string().max(260)
const tahun = z.number().int().min(2000, 'Tahun di luar jangkauan').max(2100, 'Tahun di luar jangkauan')
const minggu = z.number().int().min(1, 'Minggu 1–53').max(53, 'Minggu 1–53')
const token = z.string().min(1).max(100)

/** The weekly fields a column can be mapped to, plus the columns that say which desa and which week. */
export const BIDANG_EXCEL_LAMA = ['desa_kode', 'desa_nama', 'kecamatan', 'tanggal', 'minggu', ...KOLOM_SEL_MINGGUAN] as const
export type BidangExcelLama = (typeof BIDANG_EXCEL_LAMA)[number]

export const masalahImporSchema = z.object({
  sheet: z.string().nullable(),
  baris: z.number().int().nullable(),
  kolom: z.string().nullable(),
  /** The whole message, e.g. `Sheet InputMingguan baris 4, kolom ronda_malam: nilai 9 melebihi batas 7.` */
  pesan: z.string(),
})

/** What a template or an old workbook would do to the weekly reports; the same shape for both. */
export const hasilPratinjauMingguanSchema = z.object({
  token: z.string(),
  namaBerkas: z.string(),
  /** 'POLSEK INSANA, Minggu ke-37 2024 (9–15 September 2024)' or the sheet and weeks of an old workbook. */
  uraian: z.string(),
  hitungan: z.object({ baru: z.number().int(), berubah: z.number().int(), sama: z.number().int(), dihapus: z.number().int(), ditolak: z.number().int() }),
  kesalahan: z.array(masalahImporSchema),
  peringatan: z.array(masalahImporSchema),
  perubahan: z.array(z.object({ baris: z.number().int().nullable(), kunci: z.string(), jenis: z.enum(['baru', 'berubah', 'dihapus']), kolom: z.array(z.string()) })),
  perubahanTerpotong: z.boolean(),
  adaPerubahan: z.boolean(),
  bisaDiterapkan: z.boolean(),
})
export type HasilPratinjauMingguan = z.infer<typeof hasilPratinjauMingguanSchema>

export const hasilTerapkanMingguanSchema = z.object({
  baru: z.number().int(),
  berubah: z.number().int(),
  dihapus: z.number().int(),
  /** Backup file taken before writing; null when nothing changed. */
  cadangan: z.string().nullable(),
})
export type HasilTerapkanMingguan = z.infer<typeof hasilTerapkanMingguanSchema>

/** Where the week of each row comes from. */
export const sumberMingguSchema = z.discriminatedUnion('jenis', [
  z.object({ jenis: z.literal('tetap'), tahun, minggu }),
  z.object({ jenis: z.literal('kolom-tanggal') }),
  /** A week-number column; `tahun` for plain numbers (a cell like 2024-W37 carries its own year). */
  z.object({ jenis: z.literal('kolom-minggu'), tahun }),
])
export type SumberMinggu = z.infer<typeof sumberMingguSchema>

const indeksKolom = z.number().int().min(0).max(16_383)

/** A mapping as the dialog sends it: column indexes of the chosen sheet. */
export const pemetaanSchema = z.object({
  sheet: z.string().min(1).max(100),
  /** 1 = the first row. */
  barisJudul: z.number().int().min(1).max(1000),
  kolom: z.partialRecord(z.enum(BIDANG_EXCEL_LAMA), indeksKolom),
  minggu: sumberMingguSchema,
  /** Desa text (normalised key from `excel-lama:cocokkan-desa`) → desa code chosen or confirmed by the user. */
  petaDesa: z.record(z.string().max(300), z.string().max(20)),
})
export type PemetaanExcelLama = z.infer<typeof pemetaanSchema>

/** A saved mapping keeps column headers, not positions, so it fits next month's file too. */
export const pemetaanTersimpanSchema = z.object({
  sheet: z.string().max(100),
  barisJudul: z.number().int().min(1).max(1000),
  kolom: z.partialRecord(z.enum(BIDANG_EXCEL_LAMA), z.string().max(300)),
  minggu: z.discriminatedUnion('jenis', [z.object({ jenis: z.literal('tetap') }), z.object({ jenis: z.literal('kolom-tanggal') }), z.object({ jenis: z.literal('kolom-minggu'), tahun: tahun.optional() })]),
  petaDesa: z.record(z.string().max(300), z.string().max(20)),
})
export type PemetaanTersimpan = z.infer<typeof pemetaanTersimpanSchema>

const kolomBacaSchema = z.object({
  indeks: z.number().int(),
  /** 'C' */
  huruf: z.string(),
  judul: z.string(),
  saran: z.enum(BIDANG_EXCEL_LAMA).nullable(),
  /** First values under the header, as shown. */
  contoh: z.array(z.string()),
})

export const kontrakTemplat = {
  'templat:unduh': {
    input: z.object({ polsekId: z.array(z.number().int().positive()).min(1, 'Pilih minimal satu Polsek').max(200), tahun, minggu }),
    output: z.object({ berkas: z.array(z.object({ namaBerkas: z.string(), berkasBase64: z.string(), polsek: z.string(), jumlahDesa: z.number().int() })) }),
    peran: PENGUBAH,
  },
  'templat:pratinjau': {
    /** tahun/minggu: the week open on screen; a template of another week is refused. */
    input: z.object({ namaBerkas, berkasBase64, tahun: tahun.optional(), minggu: minggu.optional() }),
    output: hasilPratinjauMingguanSchema,
    peran: PENGUBAH,
  },
  'templat:terapkan': { input: z.object({ token }), output: hasilTerapkanMingguanSchema, peran: PENGUBAH },
  'excel-lama:baca': {
    input: z.union([
      z.object({ namaBerkas, berkasBase64 }),
      /** The same file again (its token), for another sheet or header row. */
      z.object({ berkasToken: token, sheet: z.string().min(1).max(100), barisJudul: z.number().int().min(1).max(1000).optional() }),
    ]),
    output: z.object({
      berkasToken: z.string(),
      namaBerkas: z.string(),
      sheet: z.array(z.object({ nama: z.string(), jumlahBaris: z.number().int() })),
      sheetDipilih: z.string(),
      barisJudul: z.number().int(),
      /** The first rows of the sheet as text, for choosing the header row. */
      awal: z.array(z.array(z.string())),
      kolom: z.array(kolomBacaSchema),
      jumlahBarisData: z.number().int(),
    }),
    peran: PENGUBAH,
  },
  'excel-lama:cocokkan-desa': {
    input: z.object({ berkasToken: token, sheet: z.string().min(1).max(100), barisJudul: z.number().int().min(1).max(1000), kolom: z.partialRecord(z.enum(BIDANG_EXCEL_LAMA), indeksKolom) }),
    output: z.array(
      z.object({
        /** Key for petaDesa. */
        kunci: z.string(),
        teks: z.string(),
        kecamatan: z.string().nullable(),
        jumlahBaris: z.number().int(),
        saran: z.string().nullable(),
        /** Why no single suggestion: several desa of that name, or none. */
        alasan: z.string().nullable(),
        kandidat: z.array(z.object({ kode: z.string(), nama: z.string(), kecamatan: z.string() })),
      }),
    ),
    peran: PENGUBAH,
  },
  'excel-lama:pratinjau': { input: z.object({ berkasToken: token, pemetaan: pemetaanSchema }), output: hasilPratinjauMingguanSchema, peran: PENGUBAH },
  'excel-lama:terapkan': { input: z.object({ token }), output: hasilTerapkanMingguanSchema, peran: PENGUBAH },
  'excel-lama:pemetaan-daftar': {
    input: z.object({}),
    output: z.array(z.object({ id: z.number().int(), nama: z.string(), isi: pemetaanTersimpanSchema, diubahPada: z.string() })),
    peran: PENGUBAH,
  },
  'excel-lama:pemetaan-simpan': {
    input: z.object({ nama: z.string().trim().min(1, 'Beri nama pemetaan').max(100, 'Nama paling panjang 100 huruf'), berkasToken: token, pemetaan: pemetaanSchema }),
    output: z.object({ id: z.number().int(), nama: z.string() }),
    peran: PENGUBAH,
  },
  'excel-lama:pemetaan-hapus': { input: z.object({ id: z.number().int().positive() }), output: z.object({}), peran: PENGUBAH },
} as const satisfies Record<(typeof NAMA_KANAL_TEMPLAT)[number], DefinisiKanal>
