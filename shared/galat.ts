import { z } from 'zod'

/** The closed list of error codes that may cross the API boundary. */
export const KODE_GALAT = [
  'INPUT_TIDAK_VALID',
  'KANAL_TIDAK_DIKENAL',
  'TIDAK_BERHAK',
  'BELUM_MASUK',
  'MASUK_DITOLAK',
  'TIDAK_DITEMUKAN',
  'KONFLIK',
  'BELUM_DISIAPKAN',
  'SUDAH_DISIAPKAN',
  'PERIODE_TERKUNCI',
  /** A Polres-owned record written in a Mode Polda app (it comes from the Polres' files). */
  'MODE_POLDA',
  'DB_VERSI_LEBIH_BARU',
  'DB_RUSAK',
  'FILE_TIDAK_VALID',
  'GALAT_INTERNAL',
] as const
export type KodeGalat = (typeof KODE_GALAT)[number]

export const rincianGalatSchema = z.object({
  /** Field path ("penduduk", "polsek.0.nama") or sheet/row reference. */
  lokasi: z.string(),
  pesan: z.string(),
})
export type RincianGalat = z.infer<typeof rincianGalatSchema>

export const galatSchema = z.object({
  kode: z.enum(KODE_GALAT),
  pesan: z.string(),
  rincian: z.array(rincianGalatSchema).optional(),
})
export type Galat = z.infer<typeof galatSchema>

/** An expected failure with an Indonesian message; services throw it, dispatch maps it. */
export class GalatAplikasi extends Error {
  constructor(
    readonly kode: KodeGalat,
    readonly pesan: string,
    readonly rincian?: RincianGalat[],
  ) {
    super(pesan)
    this.name = 'GalatAplikasi'
  }

  keJson(): Galat {
    return this.rincian ? { kode: this.kode, pesan: this.pesan, rincian: this.rincian } : { kode: this.kode, pesan: this.pesan }
  }
}

/** What every transport returns for one call. */
export type Hasil<T> = { ok: true; data: T } | { ok: false; galat: Galat }
