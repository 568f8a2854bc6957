import { PANGKAT } from './pangkat'
import { kodeDesa, nrp } from './skema-data'
import { z } from './zod-id'

const tanggal = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berbentuk TTTT-BB-HH')

export const JABATAN_UMUM = ['Bhabinkamtibmas', 'Kanit Binmas', 'Kasat Binmas', 'Kaur Bin Ops Sat Binmas', 'Banit Binmas', 'Bamin Sat Binmas'] as const

export const personelMasukanSchema = z.object({
  baru: z.boolean(),
  nrp,
  nama: z.string().trim().min(3, 'Nama wajib diisi (minimal 3 huruf)').max(120),
  pangkat: z.enum(PANGKAT, 'Pilih pangkat dari daftar'),
  jabatan: z.string().trim().min(3, 'Jabatan wajib diisi, mis. Bhabinkamtibmas').max(120),
  polsekId: z.number().int().nullable(),
  kontak: z.string().trim().max(60).nullable(),
  aktif: z.boolean(),
})
export type PersonelMasukan = z.infer<typeof personelMasukanSchema>

export const binaanSchema = z.object({ id: z.number().int(), desaKode: z.string(), desaNama: z.string(), mulai: z.string(), selesai: z.string().nullable() })

export const personelSchema = z.object({
  nrp: z.string(),
  nama: z.string(),
  pangkat: z.string(),
  jabatan: z.string(),
  polsekId: z.number().int().nullable(),
  polsekNama: z.string().nullable(),
  kontak: z.string().nullable(),
  aktif: z.boolean(),
  desaBinaan: z.array(binaanSchema),
})
export type Personel = z.infer<typeof personelSchema>

export const tetapkanBinaanSchema = z.object({ nrp, desaKode: kodeDesa, mulai: tanggal })
export const akhiriBinaanSchema = z.object({ id: z.number().int(), selesai: tanggal })

export const desaTambahSchema = z.object({
  kode: kodeDesa,
  nama: z.string().trim().min(2, 'Nama desa wajib diisi').max(120),
  kecamatanKode: z.string().min(1, 'Pilih kecamatan').max(20),
})
export const gantiKodeDesaSchema = z.object({
  kodeLama: kodeDesa,
  kodeBaru: kodeDesa,
  berlakuMulai: tanggal,
  catatan: z.string().trim().max(500),
})
