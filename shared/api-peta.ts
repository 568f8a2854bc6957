import { z } from './zod-id'
import { type DefinisiKanal, PENGUBAH, SEMUA } from './kontrak-dasar'
import type { NAMA_KANAL_PETA } from './kanal-peta'
import { kodeDesa } from './skema-data'

/**
 * The Peta Rawan part of the API contract, spread into `kontrak` in
 * shared/api.ts. Reading is for everyone; boundaries and points are written
 * by Admin and Operator.
 *
 * Import is two steps, like Pertukaran Data: `*-pratinjau` reads and checks
 * the file (base64) and matches its features to the desa, returning the
 * report to show with a token; `*-simpan` stores that token's result in one
 * transaction, audited. A file that fails a check is refused as a whole.
 */

const bulan = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berbentuk TTTT-BB')
/** 30 MB of file is 40 M base64 characters; a little above it the service answers with its own message. */
const berkasBase64 = z.string().min(1, 'Pilih berkas').max(48_000_000, 'Berkas terlalu besar (batas 30 MB)')
const polsekId = z.number().int().nullable().optional()

export const hasilPratinjauPetaSchema = z.object({
  token: z.string(),
  jenis: z.enum(['batas', 'titik']),
  namaBerkas: z.string(),
  jumlahFitur: z.number().int(),
  /** The property used for codes (null: matched by name only) and every property of the file to choose from. */
  kolomKode: z.string().nullable(),
  kolom: z.array(z.string()),
  /** Properties whose values look like desa codes. */
  kandidatKolomKode: z.array(z.string()),
  cocok: z.array(
    z.object({
      nomor: z.number().int(),
      desaKode: z.string(),
      desaNama: z.string(),
      kecamatanNama: z.string(),
      cara: z.enum(['kode', 'nama']),
      /** The desa already has a boundary / a point that this one replaces. */
      mengganti: z.boolean(),
    }),
  ),
  tidakCocok: z.array(z.object({ nomor: z.number().int(), label: z.string(), alasan: z.string() })),
  /** Active desa of the satker this file leaves without a boundary / point. */
  desaTanpa: z.array(z.object({ kode: z.string(), nama: z.string(), kecamatanNama: z.string(), adaSebelumnya: z.boolean() })),
  bisaDisimpan: z.boolean(),
})
export type HasilPratinjauPeta = z.infer<typeof hasilPratinjauPetaSchema>

const masukanPratinjau = z.object({
  namaBerkas: z.string().min(1).max(260),
  berkasBase64,
  /** undefined: guessed from the file; null: match by desa + kecamatan name only. */
  kolomKode: z.string().max(100).nullable().optional(),
})

export const kontrakPeta = {
  'peta:data': {
    input: z.object({ bulan, polsekId }),
    output: z.custom<import('../electron/services/peta/data').DataPeta>((v) => typeof v === 'object' && v !== null),
    peran: SEMUA,
  },
  'peta:svg': {
    input: z.object({ bulan, polsekId, lebar: z.number().int().min(320).max(4000).optional(), tinggi: z.number().int().min(260).max(4000).optional(), skematik: z.boolean().optional() }),
    output: z.object({ svg: z.string(), namaBerkas: z.string() }),
    peran: SEMUA,
  },
  'peta:batas-pratinjau': { input: masukanPratinjau, output: hasilPratinjauPetaSchema, peran: PENGUBAH },
  'peta:batas-simpan': {
    input: z.object({ token: z.string().min(1).max(100) }),
    output: z.object({ tersimpan: z.number().int(), diganti: z.number().int() }),
    peran: PENGUBAH,
  },
  'peta:batas-hapus': {
    input: z.object({ desaKode: kodeDesa.optional() }),
    output: z.object({ jumlah: z.number().int() }),
    peran: PENGUBAH,
  },
  'peta:titik-pratinjau': { input: masukanPratinjau, output: hasilPratinjauPetaSchema, peran: PENGUBAH },
  'peta:titik-simpan': {
    input: z.object({ token: z.string().min(1).max(100) }),
    output: z.object({ tersimpan: z.number().int(), diganti: z.number().int() }),
    peran: PENGUBAH,
  },
} as const satisfies Record<(typeof NAMA_KANAL_PETA)[number], DefinisiKanal>
