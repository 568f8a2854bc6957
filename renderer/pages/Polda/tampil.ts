import type { SelKiriman } from '../../../shared/api-polda'
import { formatTanggal } from '../../../shared/format'

/** The word a cell of Status Kiriman shows (never colour alone). */
export function labelKiriman(s: SelKiriman): string {
  if (s.status === 'sudah') return 'Sudah'
  if (s.status === 'terlambat') return 'Terlambat'
  return s.lewatBatas ? 'Belum (lewat batas)' : 'Belum'
}

export const kelasKiriman = (s: SelKiriman) => (s.status === 'belum' ? (s.lewatBatas ? 'kirim-lewat' : 'kirim-belum') : `kirim-${s.status}`)

/** What the cell says in full, for its title and for screen readers. */
export function uraianKiriman(s: SelKiriman, polres: string, bulan: string): string {
  const batas = `batas ${formatTanggal(s.batas)}`
  if (s.status === 'belum') return `${polres}, ${bulan}: belum diterima (${batas}${s.lewatBatas ? ', sudah lewat' : ''})`
  const ulang = s.diterimaTerakhir && s.diterimaTerakhir !== s.diterimaPertama ? `, revisi terakhir ${formatTanggal(s.diterimaTerakhir)}` : ''
  return `${polres}, ${bulan}: ${s.status === 'sudah' ? 'diterima tepat waktu' : 'diterima terlambat'} ${formatTanggal(s.diterimaPertama!)} (${batas}), revisi ${s.revisi}${ulang}`
}

/** '2024-09-06' → '6/9' for a dense cell; the full date is in the title. */
export const tanggalPendek = (t: string) => `${Number(t.slice(8, 10))}/${Number(t.slice(5, 7))}`

/** The month `n` months before `bulan`. */
export function mundurBulan(bulan: string, n: number): string {
  const [t, b] = bulan.split('-').map(Number) as [number, number]
  const i = t * 12 + (b - 1) - n
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
}
