import type { Arah } from './scheme'

/**
 * Fixed-bound min–max normalisation (OECD/JRC handbook): the bounds come from
 * the scheme, never from the data, so a desa's score does not move when other
 * desa change.
 */
export function skorNormal(x: number, batasBawah: number, batasAtas: number, arah: Arah): number {
  const rentang = batasAtas - batasBawah
  const t = arah === 'naik' ? (x - batasBawah) / rentang : (batasAtas - x) / rentang
  return Math.min(1, Math.max(0, t)) * 100
}

/**
 * Rounds to 3 decimals, half away from zero. Categories, alerts and
 * comparisons use this value so that binary noise (79.99999999) never flips a
 * category; toPrecision(15) removes that noise before rounding.
 */
export function bulatkan3(x: number): number {
  if (!Number.isFinite(x)) return x
  const tanda = x < 0 ? -1 : 1
  const seribu = Number((Math.abs(x) * 1000).toPrecision(15))
  const hasil = (tanda * Math.round(seribu)) / 1000
  return hasil === 0 ? 0 : hasil
}

/** Σ wᵢxᵢ / Σ wᵢ over the available items (xᵢ not null); null when none or Σ w = 0. */
export function rataTertimbang(bobot: readonly number[], nilai: readonly (number | null)[]): number | null {
  let jumlahBobot = 0
  let jumlah = 0
  for (let i = 0; i < bobot.length; i++) {
    const x = nilai[i] ?? null
    if (x === null) continue
    const w = bobot[i] as number
    jumlahBobot += w
    jumlah += w * x
  }
  return jumlahBobot > 0 ? jumlah / jumlahBobot : null
}
