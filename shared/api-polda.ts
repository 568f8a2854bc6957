import { z } from './zod-id'
import { ADMIN, type DefinisiKanal, PENGUBAH, SEMUA } from './kontrak-dasar'
import { hitunganSheetSchema } from './api-pertukaran'
import type { NAMA_KANAL_POLDA } from './kanal-polda'

/**
 * The Mode Polda part of the API contract, spread into `kontrak` in
 * shared/api.ts. A Polda imports the exchange files of its Polres (several at
 * once), sees who sent which month ("Status Kiriman"), recaps IKDK and
 * activities per Polres ("Rekap Polda"), and distributes its IKDK scheme and
 * trusted keys. Every channel answers BELUM_DISIAPKAN / KONFLIK in a Polres app.
 */

const bulan = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berbentuk TTTT-BB')
const kodePolres = z.string().regex(/^\d{2}\.\d{2}$/, 'Kode Polres berbentuk 53.03')
const berkasBase64 = z.string().min(1, 'Pilih berkas').max(100_000_000, 'Berkas terlalu besar (batas 50 MB)')

export const STATUS_KIRIMAN = ['sudah', 'terlambat', 'belum'] as const

const selKirimanSchema = z.object({
  bulan: z.string(),
  status: z.enum(STATUS_KIRIMAN),
  /** 'belum' only: the deadline has passed. */
  lewatBatas: z.boolean(),
  /** Local date (satker zone) the deadline falls on: day N of the next month. */
  batas: z.string(),
  revisi: z.number().int().nullable(),
  /** Local date the period was first received, and of its latest revision. */
  diterimaPertama: z.string().nullable(),
  diterimaTerakhir: z.string().nullable(),
  /** The file's period when it covers more than this month ('2024-07'..'2024-09'). */
  bulanAwal: z.string().nullable(),
  bulanAkhir: z.string().nullable(),
})
export type SelKiriman = z.infer<typeof selKirimanSchema>

const aktivitasSchema = z.object({
  laporan: z.number().int(),
  kk_dikunjungi: z.number().int(),
  penyuluhan: z.number().int(),
  masalah_ditangani: z.number().int(),
  masalah_selesai: z.number().int(),
  info_deteksi_dini: z.number().int(),
  ronda_malam: z.number().int(),
  pertemuan_fkpm: z.number().int(),
  pertemuan_3pilar: z.number().int(),
  kegiatan_pangan: z.number().int(),
  sosialisasi_pilkada: z.number().int(),
  kejadian: z.number().int(),
})
export type AktivitasRekap = z.infer<typeof aktivitasSchema>

const barisRekapSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  jumlahDesa: z.number().int(),
  /** Desa count per IKDK category name, in the scheme's order; desa without a value under `tanpaNilai`. */
  kategori: z.record(z.string(), z.number().int()),
  tanpaNilai: z.number().int(),
  rataIkdk: z.number().nullable(),
  /** Desa whose value has low confidence (few weeks reported): read their category with care. */
  keyakinanRendah: z.number().int(),
  aktivitas: aktivitasSchema,
  revisi: z.number().int().nullable(),
})
export type BarisRekapPolda = z.infer<typeof barisRekapSchema>

const hasilImporBerkasSchema = z.object({
  namaBerkas: z.string(),
  satkerKode: z.string().nullable(),
  satkerNama: z.string().nullable(),
  periode: z.string().nullable(),
  revisi: z.number().int().nullable(),
  /** diterapkan: written; sama: nothing new; perlu-konfirmasi: equal revision, other content; ditolak: refused (see pesan). */
  status: z.enum(['diterapkan', 'sama', 'perlu-konfirmasi', 'ditolak']),
  pesan: z.string(),
  sheet: z.array(hitunganSheetSchema),
  kesalahan: z.array(z.string()),
})
export type HasilImporBerkas = z.infer<typeof hasilImporBerkasSchema>

const berkasTeks = z.object({ namaBerkas: z.string(), isi: z.string() })

export const kontrakPolda = {
  'polda:info': {
    input: z.object({}),
    output: z.object({
      kode: z.string(),
      nama: z.string(),
      batasHari: z.number().int(),
      polres: z.array(z.object({ kode: z.string(), nama: z.string(), kabupaten: z.array(z.object({ kode: z.string(), nama: z.string() })), jumlahDesa: z.number().int(), kunciTerdaftar: z.number().int() })),
    }),
    peran: SEMUA,
  },
  'polda:impor-banyak': {
    input: z.object({
      berkas: z.array(z.object({ namaBerkas: z.string().max(260), berkasBase64 })).min(1, 'Pilih minimal satu berkas').max(60, 'Paling banyak 60 berkas sekali impor'),
      konfirmasiGanti: z.boolean().default(false),
    }),
    output: z.object({ hasil: z.array(hasilImporBerkasSchema) }),
    peran: PENGUBAH,
  },
  'polda:kiriman': {
    input: z.object({ bulanAwal: bulan, bulanAkhir: bulan }).refine((m) => m.bulanAwal <= m.bulanAkhir, { message: 'Bulan awal harus sebelum atau sama dengan bulan akhir', path: ['bulanAkhir'] }),
    output: z.object({
      hariIni: z.string(),
      batasHari: z.number().int(),
      bulan: z.array(z.string()),
      polres: z.array(z.object({ kode: z.string(), nama: z.string(), sel: z.array(selKirimanSchema) })),
    }),
    peran: SEMUA,
  },
  'polda:atur-batas': {
    input: z.object({ hari: z.number().int('Hari batas harus bilangan bulat').min(1, 'Hari batas paling awal tanggal 1').max(28, 'Hari batas paling lambat tanggal 28') }),
    output: z.object({ batasHari: z.number().int() }),
    peran: ADMIN,
  },
  'polda:rekap': {
    input: z.object({ bulan }),
    output: z.object({
      bulan: z.string(),
      kategori: z.array(z.string()),
      polres: z.array(barisRekapSchema),
      total: barisRekapSchema,
    }),
    peran: SEMUA,
  },
  'polda:rekap-desa': {
    input: z.object({ bulan, polresKode: kodePolres }),
    output: z.object({
      polres: z.object({ kode: z.string(), nama: z.string() }),
      desa: z.array(
        z.object({
          kode: z.string(),
          nama: z.string(),
          kecamatan: z.string(),
          kabupaten: z.string(),
          nilai: z.number().nullable(),
          kategori: z.string().nullable(),
          keyakinan: z.string().nullable(),
          laporan: z.number().int(),
          kk_dikunjungi: z.number().int(),
          kejadian: z.number().int(),
        }),
      ),
    }),
    peran: SEMUA,
  },
  'polda:ekspor-skema': {
    input: z.object({ bulan: bulan.optional() }),
    output: berkasTeks.extend({ skema: z.string() }),
    peran: SEMUA,
  },
  'polda:ekspor-kunci': {
    input: z.object({}),
    output: berkasTeks.extend({ jumlahKunci: z.number().int(), ditandatangani: z.boolean() }),
    peran: SEMUA,
  },
  'polda:beranda': {
    input: z.object({}),
    output: z.object({
      hariIni: z.string(),
      /** The last closed month, the one whose files are due now. */
      bulan: z.string(),
      kiriman: z.object({
        batas: z.string().nullable(),
        jumlahPolres: z.number().int(),
        sudah: z.number().int(),
        terlambat: z.number().int(),
        belum: z.number().int(),
        lewatBatas: z.number().int(),
        belumMengirim: z.array(z.object({ kode: z.string(), nama: z.string() })),
      }),
      ikdk: z.object({
        kategori: z.array(z.string()),
        perKategori: z.array(z.object({ kategori: z.string(), jumlah: z.number().int() })),
        tanpaNilai: z.number().int(),
        jumlahDesa: z.number().int(),
        rata: z.number().nullable(),
        keyakinanRendah: z.number().int(),
      }),
      aktivitas: z.object({ laporan: z.number().int(), kkDikunjungi: z.number().int(), kejadian: z.number().int() }),
      /** The scheme's two least safe categories (Rawan, Sangat Rawan by default). */
      kategoriRawan: z.array(z.string()),
      polresRawan: z.array(z.object({ kode: z.string(), nama: z.string(), jumlahDesa: z.number().int(), rawan: z.number().int(), perKategori: z.array(z.object({ kategori: z.string(), jumlah: z.number().int() })) })),
    }),
    peran: SEMUA,
  },
  'polda:ubah-polres': {
    input: z.object({
      kode: kodePolres,
      nama: z.string().trim().min(3, 'Nama Polres minimal 3 huruf').max(80, 'Nama Polres paling panjang 80 huruf').regex(/^[\p{L}\p{N} .,'()/-]+$/u, 'Nama Polres hanya berisi huruf, angka, spasi, dan tanda baca biasa'),
    }),
    output: z.object({ kode: z.string(), nama: z.string() }),
    peran: ADMIN,
  },
} as const satisfies Record<(typeof NAMA_KANAL_POLDA)[number], DefinisiKanal>
