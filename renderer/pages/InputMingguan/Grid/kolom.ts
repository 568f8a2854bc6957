import { JUDUL_KOLOM_MINGGUAN, KOLOM_SEL_MINGGUAN, type KolomSelMingguan } from '../../../../shared/mingguan'
import { adalahKolomTeks } from './sel'

export interface KolomGrid {
  kunci: KolomSelMingguan
  judul: string
  /** The header as drawn, with break opportunities; `judul` is for messages and labels. */
  judulBerjeda: string
  lebar: number
  angka: boolean
}

/** Fixed sizes: virtualisation needs a fixed row height, and fixed widths keep the sticky parts aligned. */
export const TINGGI_BARIS = 36
export const TINGGI_KEPALA = 52
/** At 1366×768 the desa column and all 11 counted fields fit without scrolling sideways. */
export const LEBAR_DESA = 214

const LEBAR: Partial<Record<KolomSelMingguan, number>> = { nrp_pelapor: 96, catatan: 240 }

/** Soft hyphens (and a break after the slash) so 12 px headers wrap inside 80 px columns. */
const JEDA: [RegExp, string][] = [
  [/Penyuluhan/, 'Penyu\u00adluhan'],
  [/Pertemuan/, 'Perte\u00admuan'],
  [/Ketahanan/, 'Keta\u00adhanan'],
  [/Sosialisasi/, 'Sosia\u00adlisasi'],
  [/\//, '/\u200b'],
]
const berjeda = (judul: string) => JEDA.reduce((s, [pola, ganti]) => s.replace(pola, ganti), judul)

export const KOLOM_GRID: readonly KolomGrid[] = KOLOM_SEL_MINGGUAN.map((kunci) => ({
  kunci,
  judul: JUDUL_KOLOM_MINGGUAN[kunci],
  judulBerjeda: berjeda(JUDUL_KOLOM_MINGGUAN[kunci]),
  lebar: LEBAR[kunci] ?? 80,
  angka: !adalahKolomTeks(kunci),
}))

/** Left edge of each data column, measured from the right edge of the desa column. */
export const KIRI_KOLOM: readonly number[] = KOLOM_GRID.reduce<number[]>((a, k, i) => [...a, i === 0 ? 0 : a[i - 1]! + KOLOM_GRID[i - 1]!.lebar], [])
export const LEBAR_TOTAL = LEBAR_DESA + KOLOM_GRID.reduce((s, k) => s + k.lebar, 0)
