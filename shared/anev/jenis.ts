import { z } from '../zod-id'
import { JENIS_PERIODE } from './periode'

/**
 * The data of one Anev report, frozen when it is printed: everything the
 * printed document shows comes from here (and the narrative), so an archived
 * report prints the same whatever changes in the database later.
 */

const angkaAtauKosong = z.number().nullable()

export const periodeSnapshotSchema = z.object({
  jenis: z.enum(JENIS_PERIODE),
  kode: z.string(),
  label: z.string(),
  judul: z.string(),
  bulanAwal: z.string(),
  bulanAkhir: z.string(),
  bulan: z.array(z.string()),
})

export const kelengkapanPolsekSchema = z.object({
  polsek: z.string(),
  desa: z.number().int(),
  /** Desa × finished weeks: the reports expected. */
  wajib: z.number().int(),
  masuk: z.number().int(),
})

export const personelAnevSchema = z.object({
  nrp: z.string(),
  nama: z.string(),
  pangkat: z.string(),
  polsek: z.string(),
  desa: z.array(z.string()),
  wajib: z.number().int(),
  masuk: z.number().int(),
  /** KK visited (DDS) in the reports of the officer's desa; null when no report filled it. */
  kk: angkaAtauKosong,
  /** Target KK: target per day × 7 × weeks the officer held a desa. */
  targetKk: z.number().int(),
  penyuluhan: angkaAtauKosong,
  psDitangani: angkaAtauKosong,
  psSelesai: angkaAtauKosong,
  deteksiDini: angkaAtauKosong,
  ronda: angkaAtauKosong,
  fkpm3Pilar: angkaAtauKosong,
  pangan: angkaAtauKosong,
  pilkada: angkaAtauKosong,
  kejadianNyata: z.number().int(),
})

export const kegiatanAnevSchema = z.object({
  kolom: z.string(),
  label: z.string(),
  ini: angkaAtauKosong,
  lalu: angkaAtauKosong,
})

export const kejadianAnevSchema = z.object({
  /** kategori → [potensi, ambang, nyata]. */
  perKategori: z.array(z.object({ kategori: z.string(), label: z.string(), potensi: z.number().int(), ambang: z.number().int(), nyata: z.number().int() })),
  lalu: z.object({ potensi: z.number().int(), ambang: z.number().int(), nyata: z.number().int() }).nullable(),
  selesai: z.number().int(),
})

export const ikdkAnevSchema = z.object({
  bulan: z.string(),
  bulanPembanding: z.string(),
  distribusi: z.array(z.object({ kategori: z.string(), jumlah: z.number().int(), jumlahLalu: z.number().int().nullable() })),
  tanpaNilai: z.number().int(),
  rataRata: angkaAtauKosong,
  rataRataLalu: angkaAtauKosong,
  berubah: z.array(z.object({ desa: z.string(), kecamatan: z.string(), polsek: z.string(), dari: z.string(), ke: z.string(), nilaiLalu: angkaAtauKosong, nilai: angkaAtauKosong })),
  peringatan: z.array(z.object({ tanggal: z.string(), desa: z.string(), polsek: z.string(), pesan: z.string() })),
})

export const snapshotAnevSchema = z.object({
  versi: z.literal(1),
  periode: periodeSnapshotSchema,
  pembanding: periodeSnapshotSchema.extend({ adaData: z.boolean() }),
  satker: z.object({ nama: z.string(), kode: z.string(), provinsi: z.string(), tempat: z.string() }),
  dataContoh: z.boolean(),
  /** The day the data was read (satker's calendar). */
  diambilPada: z.string(),
  jumlahDesa: z.number().int(),
  jumlahPolsek: z.number().int(),
  /** Finished weeks of the period (a running month counts only those). */
  mingguSelesai: z.number().int(),
  mingguPembanding: z.number().int(),
  targetDdsPerHari: z.number(),
  kelengkapan: z.array(kelengkapanPolsekSchema),
  kelengkapanLalu: z.object({ wajib: z.number().int(), masuk: z.number().int() }),
  kegiatan: z.array(kegiatanAnevSchema),
  personel: z.array(personelAnevSchema),
  desaTanpaBhabin: z.number().int(),
  kejadian: kejadianAnevSchema,
  ikdk: ikdkAnevSchema,
  /** Self-contained SVG of the Peta Rawan for the last month, when the map module is present. */
  petaSvg: z.string().nullable(),
})
export type SnapshotAnev = z.infer<typeof snapshotAnevSchema>
export type PersonelAnev = z.infer<typeof personelAnevSchema>

export const NARASI_KUNCI = ['analisa', 'evaluasi', 'kendala', 'rekomendasi', 'penutup'] as const
export type KunciNarasi = (typeof NARASI_KUNCI)[number]
const teksNarasi = z.string().max(20_000, 'Teks terlalu panjang (batas 20.000 huruf)')
export const narasiSchema = z.object({ analisa: teksNarasi, evaluasi: teksNarasi, kendala: teksNarasi, rekomendasi: teksNarasi, penutup: teksNarasi })
export type NarasiAnev = z.infer<typeof narasiSchema>

const nrp = z.string().regex(/^\d{8}$/, 'NRP harus 8 angka')
export const pengesahanSchema = z.object({
  nomor: z.string().trim().max(80, 'Nomor terlalu panjang'),
  atasNamaKapolres: z.boolean(),
  nama: z.string().trim().min(1, 'Nama penanda tangan wajib diisi').max(120),
  pangkat: z.string().trim().min(1, 'Pangkat wajib diisi').max(40),
  nrp,
  tempat: z.string().trim().min(1, 'Tempat wajib diisi').max(60),
  tanggal: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berbentuk TTTT-BB-HH'),
  ukuran: z.enum(['A4', 'F4']),
})
export type PengesahanAnev = z.infer<typeof pengesahanSchema>

/** Charts drawn with chart.js as PNG data URLs, frozen with the report. */
const gambarPng = z
  .string()
  .max(3_000_000, 'Gambar grafik terlalu besar')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/, 'Gambar grafik harus PNG')
export const GRAFIK_ANEV = ['kegiatan', 'kejadian', 'ikdk'] as const
export const grafikSchema = z.object({ kegiatan: gambarPng.optional(), kejadian: gambarPng.optional(), ikdk: gambarPng.optional() })
export type GrafikAnev = z.infer<typeof grafikSchema>

/** What the printed document is built from. */
export interface DokumenAnev {
  snapshot: SnapshotAnev
  narasi: NarasiAnev
  pengesahan: PengesahanAnev
  grafik: GrafikAnev
}
