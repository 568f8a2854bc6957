import { z } from './zod-id'
import { PANGKAT } from './pangkat'
import { ZONA_WAKTU } from './zona-waktu'

/** Schemas of the data that crosses the API, shared by both sides. */

export const PERAN = ['admin', 'operator', 'pimpinan'] as const
export type Peran = (typeof PERAN)[number]

export const kodeProvinsi = z.string().regex(/^\d{2}$/, 'Kode provinsi harus 2 digit, mis. 53')
export const kodeKabupaten = z.string().regex(/^\d{2}\.\d{2}$/, 'Kode kabupaten/kota harus berbentuk 53.03')
export const kodeKecamatan = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan harus berbentuk 53.03.01')
export const kodeDesa = z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, 'Kode desa harus berbentuk 53.03.01.2001')
export const nrp = z.string().regex(/^\d{8}$/, 'NRP harus 8 digit angka')

export const wilayahSchema = z.object({ kode: z.string(), nama: z.string() })
export type Wilayah = z.infer<typeof wilayahSchema>

export const kecamatanWilayahSchema = wilayahSchema.extend({ kabupatenKode: z.string(), jumlahDesa: z.number().int() })
export type KecamatanWilayah = z.infer<typeof kecamatanWilayahSchema>

export const setupSchema = z.object({
  provinsiKode: kodeProvinsi,
  kabupatenKode: z.array(kodeKabupaten).min(1, 'Pilih minimal satu kabupaten/kota'),
  satkerNama: z.string().trim().min(3, 'Nama satker minimal 3 huruf, mis. POLRES TIMOR TENGAH UTARA').max(120, 'Nama satker paling panjang 120 huruf'),
  satkerKode: z.string().regex(/^\d{2}(\.\d{2})?$/, 'Kode satker berbentuk 53.03 (Polres) atau 53 (Polda)'),
  zonaWaktu: z.enum(Object.keys(ZONA_WAKTU) as [keyof typeof ZONA_WAKTU, ...(keyof typeof ZONA_WAKTU)[]]),
  kasat: z.object({
    nama: z.string().trim().min(3, 'Nama Kasat Binmas wajib diisi').max(120, 'Nama paling panjang 120 huruf'),
    pangkat: z.enum(PANGKAT, 'Pilih pangkat dari daftar'),
    nrp,
  }),
  polsek: z
    .array(
      z.object({
        nama: z.string().trim().min(1, 'Nama Polsek tidak boleh kosong').max(80, 'Nama Polsek paling panjang 80 huruf'),
        kecamatanKode: z.array(kodeKecamatan),
      }),
    )
    .max(500),
  /** Mode Polda only (satkerKode of 2 digits): its Polres and the kabupaten/kota each covers; default one per kabupaten/kota. */
  polres: z
    .array(
      z.object({
        kode: kodeKabupaten,
        nama: z.string().trim().min(3, 'Nama Polres minimal 3 huruf, mis. POLRES BELU').max(120, 'Nama Polres paling panjang 120 huruf'),
        kabupatenKode: z.array(kodeKabupaten).min(1, 'Polres harus mencakup minimal satu kabupaten/kota'),
      }),
    )
    .max(100)
    .optional(),
})
export type SetupMasukan = z.infer<typeof setupSchema>

export const polsekSchema = z.object({ id: z.number().int(), nama: z.string(), jumlahKecamatan: z.number().int(), jumlahDesa: z.number().int() })
export type Polsek = z.infer<typeof polsekSchema>

export const satkerSchema = z.object({
  kode: z.string(),
  /** 'polda' in Mode Polda (satker code of 2 digits). */
  jenis: z.enum(['polres', 'polda']),
  nama: z.string(),
  provinsiKode: z.string(),
  provinsiNama: z.string(),
  kabupaten: z.array(wilayahSchema),
  zonaWaktu: z.enum(Object.keys(ZONA_WAKTU) as [keyof typeof ZONA_WAKTU, ...(keyof typeof ZONA_WAKTU)[]]),
  kasat: z.object({ nama: z.string(), pangkat: z.string(), nrp: z.string() }),
  polsek: z.array(polsekSchema),
  jumlahDesa: z.number().int(),
})
export type Satker = z.infer<typeof satkerSchema>

const bilanganOpsional = (label: string, maks: number) =>
  z
    .number(`${label} harus berupa angka`)
    .int(`${label} harus bilangan bulat`)
    .min(0, `${label} tidak boleh negatif`)
    .max(maks, `${label} paling banyak ${maks.toLocaleString('id-ID')}`)
    .nullable()

export const desaUbahSchema = z
  .object({
    kode: kodeDesa,
    penduduk: bilanganOpsional('Penduduk', 2_000_000),
    jumlahKk: bilanganOpsional('Jumlah KK', 1_000_000),
    posKamlingTotal: bilanganOpsional('Pos kamling', 1_000),
    fkpmAktif: z.boolean().nullable(),
    // Indonesia lies within about 6°N–11°S and 95°E–141°E.
    lintang: z.number('Lintang harus berupa angka').min(-11.5, 'Lintang di luar wilayah Indonesia (−11,5 s.d. 6,5)').max(6.5, 'Lintang di luar wilayah Indonesia (−11,5 s.d. 6,5)').nullable(),
    bujur: z.number('Bujur harus berupa angka').min(94.5, 'Bujur di luar wilayah Indonesia (94,5 s.d. 141,5)').max(141.5, 'Bujur di luar wilayah Indonesia (94,5 s.d. 141,5)').nullable(),
  })
  .superRefine((d, ctx) => {
    if (d.penduduk !== null && d.jumlahKk !== null && d.jumlahKk > d.penduduk) {
      ctx.addIssue({ code: 'custom', path: ['jumlahKk'], message: 'Jumlah KK tidak boleh melebihi jumlah penduduk' })
    }
    if ((d.lintang === null) !== (d.bujur === null)) {
      ctx.addIssue({ code: 'custom', path: [d.lintang === null ? 'lintang' : 'bujur'], message: 'Isi lintang dan bujur bersama-sama, atau kosongkan keduanya' })
    }
  })
export type DesaUbah = z.infer<typeof desaUbahSchema>

export const desaSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  kecamatanKode: z.string(),
  kecamatanNama: z.string(),
  polsekId: z.number().int().nullable(),
  polsekNama: z.string().nullable(),
  penduduk: z.number().int().nullable(),
  jumlahKk: z.number().int().nullable(),
  posKamlingTotal: z.number().int().nullable(),
  fkpmAktif: z.boolean().nullable(),
  lintang: z.number().nullable(),
  bujur: z.number().nullable(),
})
export type Desa = z.infer<typeof desaSchema>

export const auditSchema = z.object({
  id: z.number().int(),
  waktu: z.string(),
  pengguna: z.string(),
  aksi: z.string(),
  tabel: z.string(),
  kunci: z.string(),
  sebelum: z.record(z.string(), z.unknown()).nullable(),
  sesudah: z.record(z.string(), z.unknown()).nullable(),
})
export type AuditBaris = z.infer<typeof auditSchema>
