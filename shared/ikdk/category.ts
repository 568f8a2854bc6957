import { bulatkan3 } from './normalise'
import type { Skema } from './scheme'
import type { Keyakinan } from './types'

/**
 * The category of an IKDK value: the first (safest) category whose `min` the
 * value rounded to 3 decimals reaches. Validated schemes end with min 0, so
 * every value 0–100 gets one; anything lower still falls in the last.
 */
export function kategoriDari(skema: Pick<Skema, 'kategori'>, nilai: number | null): string | null {
  if (nilai === null || !Number.isFinite(nilai)) return null
  const v = bulatkan3(nilai)
  const kategori = skema.kategori.find((k) => v >= k.min) ?? skema.kategori[skema.kategori.length - 1]
  return kategori?.nama ?? null
}

/**
 * Position of a category from safest (0) to least safe; -1 when the scheme
 * does not know it (e.g. a result stored under an older scheme).
 */
export function peringkatKategori(skema: Pick<Skema, 'kategori'>, nama: string | null): number {
  return nama === null ? -1 : skema.kategori.findIndex((k) => k.nama === nama)
}

/**
 * Keyakinan from the share of counted weeks that were reported: Tinggi = all,
 * Sedang = at least half, Rendah = fewer. With no counted week at all (the
 * first days of a running month) there is no weekly evidence: Rendah.
 */
export function keyakinanDari(mingguDilaporkan: number, mingguDihitung: number): Keyakinan {
  if (mingguDihitung <= 0) return 'Rendah'
  if (mingguDilaporkan >= mingguDihitung) return 'Tinggi'
  if (2 * mingguDilaporkan >= mingguDihitung) return 'Sedang'
  return 'Rendah'
}
