import type { HasilSensitivitas } from '../../../shared/hasil-ikdk'

/** The scheme's own dimension weights as percent of their total. */
export function bobotDasarPersen(dimensi: readonly { id: string; bobot: number }[]): { id: string; persen: number }[] {
  const total = dimensi.reduce((s, d) => s + d.bobot, 0)
  return dimensi.map((d) => ({ id: d.id, persen: total > 0 ? (d.bobot / total) * 100 : 0 }))
}

/** Variant id → how many desa change category under it. */
export function jumlahBerubahPerVarian(tidakStabil: HasilSensitivitas['tidakStabil']): Map<string, number> {
  const peta = new Map<string, number>()
  for (const d of tidakStabil) for (const id of d.berubah) peta.set(id, (peta.get(id) ?? 0) + 1)
  return peta
}

/** The dimension whose weight a variant moves ('D1+5' → 'D1'); null for equal weights. */
export function dimensiDigeser(varianId: string): string | null {
  const m = /^(.+)[+-]\d+$/.exec(varianId)
  return m ? m[1]! : null
}

/** 'D1+5' → 'Bobot D1 +5', 'D1-5' → 'Bobot D1 −5', 'sama' → 'Bobot semua dimensi sama'. */
export function labelVarian(varianId: string): string {
  const m = /^(.+)([+-])(\d+)$/.exec(varianId)
  if (!m) return 'Bobot semua dimensi sama'
  return `Bobot ${m[1]} ${m[2] === '+' ? '+' : '−'}${m[3]}`
}
