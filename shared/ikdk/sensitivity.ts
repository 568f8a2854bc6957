import { kategoriDari } from './category'
import { gabungDimensi, hitungIkdk } from './engine'
import type { Skema } from './scheme'
import type { HasilDesaBulan, MasukanIkdk, MasukanIkdkRingkas } from './types'

/**
 * Uji Sensitivitas (OECD/JRC): does a desa's category hold when the dimension
 * weights are perturbed? Indicator scores and dimension scores do not depend
 * on dimension weights, so each variant only re-combines the dimension scores.
 */

export const LANGKAH_SENSITIVITAS = 5

export interface VarianSensitivitas {
  /** 'D1+5', 'D1-5', …, 'sama'. */
  id: string
  nama: string
  /** Dimension id → weight in this variant (before renormalisation). */
  bobotDimensi: Record<string, number>
  /** The same weights as a share of their total, in percent (for display). */
  persenDimensi: Record<string, number>
  /** The scheme with these dimension weights, for callers that recompute. */
  skema: Skema
}

function buatVarian(skema: Skema, id: string, nama: string, bobot: number[]): VarianSensitivitas {
  const total = bobot.reduce((s, b) => s + b, 0)
  const bobotDimensi: Record<string, number> = {}
  const persenDimensi: Record<string, number> = {}
  skema.dimensi.forEach((d, i) => {
    const b = bobot[i] ?? 0
    bobotDimensi[d.id] = b
    persenDimensi[d.id] = total > 0 ? (b / total) * 100 : 0
  })
  return {
    id,
    nama,
    bobotDimensi,
    persenDimensi,
    skema: { ...skema, dimensi: skema.dimensi.map((d, i) => ({ ...d, bobot: bobot[i] ?? 0 })) },
  }
}

/**
 * 2 variants per dimension (its weight +5 and −5, never below 0, the others
 * unchanged) plus equal dimension weights: 11 for a 5-dimension scheme.
 * Renormalising "divided by their new total" happens in the weighted mean.
 * Equal weights use the mean of the scheme's weights, so the total stays.
 */
export function varianSensitivitas(skema: Skema): VarianSensitivitas[] {
  const dasar = skema.dimensi.map((d) => d.bobot)
  const varian: VarianSensitivitas[] = []
  skema.dimensi.forEach((d, i) => {
    for (const arah of [1, -1] as const) {
      const bobot = dasar.map((b, j) => (j === i ? Math.max(0, b + arah * LANGKAH_SENSITIVITAS) : b))
      const tanda = arah > 0 ? '+' : '−'
      varian.push(
        buatVarian(skema, `${d.id}${arah > 0 ? '+' : '-'}${LANGKAH_SENSITIVITAS}`, `Bobot ${d.id} (${d.nama}) ${tanda}${LANGKAH_SENSITIVITAS}`, bobot),
      )
    }
  })
  const rata = dasar.reduce((s, b) => s + b, 0) / dasar.length
  varian.push(buatVarian(skema, 'sama', 'Bobot semua dimensi sama', dasar.map(() => rata)))
  return varian
}

export interface HasilVarianDesa {
  varianId: string
  nilai: number | null
  kategori: string | null
}

export interface SensitivitasDesa {
  kodeDesa: string
  nilai: number | null
  kategori: string | null
  perVarian: HasilVarianDesa[]
  /** Ids of the variants under which the category differs from the base. */
  berubah: string[]
  /** Shown as "tidak stabil" when any variant changes the category. */
  tidakStabil: boolean
}

export interface HasilUjiSensitivitas {
  varian: Omit<VarianSensitivitas, 'skema'>[]
  desa: SensitivitasDesa[]
  /** Codes of the unstable desa, in input order. */
  desaTidakStabil: string[]
}

/** Sensitivity of already computed results (they must come from `skema`). */
export function ujiSensitivitasHasil(skema: Skema, hasil: readonly HasilDesaBulan[]): HasilUjiSensitivitas {
  const varian = varianSensitivitas(skema)
  const desa = hasil.map((h): SensitivitasDesa => {
    const perVarian = varian.map((v) => {
      const { nilai } = gabungDimensi(h.dimensi.map((d) => ({ skor: d.skor, bobot: v.bobotDimensi[d.id] ?? 0 })))
      return { varianId: v.id, nilai, kategori: kategoriDari(skema, nilai) }
    })
    const berubah = perVarian.filter((p) => p.kategori !== h.kategori).map((p) => p.varianId)
    return { kodeDesa: h.kodeDesa, nilai: h.nilai, kategori: h.kategori, perVarian, berubah, tidakStabil: berubah.length > 0 }
  })
  return {
    varian: varian.map(({ skema: _, ...v }) => v),
    desa,
    desaTidakStabil: desa.filter((d) => d.tidakStabil).map((d) => d.kodeDesa),
  }
}

/** Computes each desa-month under the scheme and under every variant. */
export function ujiSensitivitas(skema: Skema, masukanList: readonly (MasukanIkdk | MasukanIkdkRingkas)[]): HasilUjiSensitivitas {
  return ujiSensitivitasHasil(
    skema,
    masukanList.map((m) => hitungIkdk(skema, m)),
  )
}
