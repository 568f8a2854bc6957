/** A cell position: row index in the grid and data column index (the desa column is not counted). */
export interface Posisi {
  b: number
  k: number
}

export type Arah = 'atas' | 'bawah' | 'kiri' | 'kanan'

/** Clamps a position into the grid. */
export function jepit(p: Posisi, jumlahBaris: number, jumlahKolom: number): Posisi {
  return { b: Math.max(0, Math.min(jumlahBaris - 1, p.b)), k: Math.max(0, Math.min(jumlahKolom - 1, p.k)) }
}

/** One step; Tab-like moves (wrap) go to the next/previous row at the row's ends. */
export function langkah(p: Posisi, arah: Arah, jumlahBaris: number, jumlahKolom: number, bungkus = false): Posisi {
  if (bungkus && arah === 'kanan' && p.k === jumlahKolom - 1 && p.b < jumlahBaris - 1) return { b: p.b + 1, k: 0 }
  if (bungkus && arah === 'kiri' && p.k === 0 && p.b > 0) return { b: p.b - 1, k: jumlahKolom - 1 }
  const d = { atas: [-1, 0], bawah: [1, 0], kiri: [0, -1], kanan: [0, 1] }[arah]
  return jepit({ b: p.b + d[0]!, k: p.k + d[1]! }, jumlahBaris, jumlahKolom)
}

/** The rectangle between the anchor and the active cell. */
export function kotak(a: Posisi, b: Posisi): { b0: number; b1: number; k0: number; k1: number } {
  return { b0: Math.min(a.b, b.b), b1: Math.max(a.b, b.b), k0: Math.min(a.k, b.k), k1: Math.max(a.k, b.k) }
}

export const ARAH_PANAH: Record<string, Arah> = { ArrowUp: 'atas', ArrowDown: 'bawah', ArrowLeft: 'kiri', ArrowRight: 'kanan' }
