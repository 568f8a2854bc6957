import { formatAngka, formatAngkaRingkas } from '../../shared/format'

/** What a blank value looks like everywhere: a dash, never 0 and never "N/A". */
export const KOSONG = '—'

/** 2000 → "2.000"; null → "—". */
export function angkaAtauKosong(n: number | null | undefined): string {
  return n === null || n === undefined ? KOSONG : formatAngka(n, 0)
}

/** -9.4512 → "-9,4512"; null → "—". */
export function desimalAtauKosong(n: number | null | undefined, maks = 6): string {
  return n === null || n === undefined ? KOSONG : formatAngkaRingkas(n, maks)
}

export function yaTidak(b: boolean | null | undefined): string {
  return b === null || b === undefined ? KOSONG : b ? 'Ya' : 'Tidak'
}

/** 64.376 → "64,4%". */
export function persen(bagian: number, total: number): string {
  return total === 0 ? KOSONG : `${formatAngka((bagian / total) * 100, 1)}%`
}
