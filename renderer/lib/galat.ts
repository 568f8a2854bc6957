import type { z } from 'zod'
import type { RincianGalat } from '../../shared/galat'
import { GalatApi } from '../api/klien'

/** Field path → Indonesian message, the same keys for client checks and server `rincian`. */
export type GalatBidang = Record<string, string>

/** The first message per path wins, as the schema lists them in order of importance. */
export function dariRincian(rincian: readonly RincianGalat[] | undefined): GalatBidang {
  const hasil: GalatBidang = {}
  for (const r of rincian ?? []) hasil[r.lokasi] ??= r.pesan
  return hasil
}

export function dariZod(e: z.ZodError): GalatBidang {
  return dariRincian(e.issues.map((i) => ({ lokasi: i.path.map(String).join('.') || '(masukan)', pesan: i.message })))
}

/** The message to show for any failure of an API call. */
export function pesanGalat(e: unknown): string {
  if (e instanceof GalatApi) return e.galat.pesan
  return 'Terjadi kesalahan yang tidak terduga. Coba lagi; bila berulang, hubungi admin.'
}
