import { KATEGORI_KEJADIAN, LABEL_KATEGORI_KEJADIAN, STATUS_KEJADIAN, TINGKAT_KEJADIAN } from './ikdk/fields'
import { z } from './zod-id'

export { KATEGORI_KEJADIAN, LABEL_KATEGORI_KEJADIAN, STATUS_KEJADIAN, TINGKAT_KEJADIAN }

export const LABEL_TINGKAT: Record<(typeof TINGKAT_KEJADIAN)[number], string> = {
  potensi: 'Potensi gangguan',
  ambang: 'Ambang gangguan',
  nyata: 'Gangguan nyata',
}
export const LABEL_STATUS: Record<(typeof STATUS_KEJADIAN)[number], string> = { terbuka: 'Terbuka', selesai: 'Selesai' }

const tanggal = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal harus berbentuk TTTT-BB-HH')

export const kejadianMasukanSchema = z
  .object({
    id: z.uuid('ID kejadian tidak valid').optional(),
    tanggal,
    desaKode: z.string().min(1, 'Pilih desa').max(20),
    kategori: z.enum(KATEGORI_KEJADIAN, 'Pilih kategori dari daftar'),
    tingkat: z.enum(TINGKAT_KEJADIAN, 'Pilih tingkat: potensi, ambang atau nyata'),
    status: z.enum(STATUS_KEJADIAN, 'Pilih status: terbuka atau selesai'),
    tanggalSelesai: tanggal.nullable(),
    uraian: z.string().trim().max(4000, 'Uraian paling panjang 4.000 huruf'),
  })
  .superRefine((k, ctx) => {
    if (k.status === 'selesai' && k.tanggalSelesai === null) ctx.addIssue({ code: 'custom', path: ['tanggalSelesai'], message: 'Isi tanggal selesai untuk kejadian yang selesai' })
    if (k.status === 'terbuka' && k.tanggalSelesai !== null) ctx.addIssue({ code: 'custom', path: ['tanggalSelesai'], message: 'Kosongkan tanggal selesai selama kejadian masih terbuka' })
    if (k.tanggalSelesai !== null && k.tanggalSelesai < k.tanggal) ctx.addIssue({ code: 'custom', path: ['tanggalSelesai'], message: 'Tanggal selesai tidak boleh sebelum tanggal kejadian' })
  })
export type KejadianMasukan = z.infer<typeof kejadianMasukanSchema>

export const kejadianSchema = z.object({
  id: z.string(),
  tanggal: z.string(),
  desaKode: z.string(),
  desaNama: z.string(),
  kecamatanNama: z.string(),
  polsekNama: z.string().nullable(),
  kategori: z.enum(KATEGORI_KEJADIAN),
  tingkat: z.enum(TINGKAT_KEJADIAN),
  status: z.enum(STATUS_KEJADIAN),
  tanggalSelesai: z.string().nullable(),
  uraian: z.string(),
  terkunci: z.boolean(),
})
export type Kejadian = z.infer<typeof kejadianSchema>

export const saringKejadianSchema = z.object({
  bulan: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  desaKode: z.string().max(20).optional(),
  kategori: z.enum(KATEGORI_KEJADIAN).optional(),
  tingkat: z.enum(TINGKAT_KEJADIAN).optional(),
  status: z.enum(STATUS_KEJADIAN).optional(),
  polsekId: z.number().int().optional(),
})
