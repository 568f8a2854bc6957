import { NAMA_BULAN } from '../../../shared/format'
import { bulanSebelumnya } from '../../../shared/iso-week'
import { JENIS_PERIODE, type JenisPeriode, periode, periodeDariBulan, romawi, uraiKodePeriode } from '../../../shared/anev/periode'

export const LABEL_JENIS: Record<JenisPeriode, string> = { bulan: 'Bulanan', triwulan: 'Triwulan', semester: 'Semester', tahun: 'Tahunan' }
export { JENIS_PERIODE }

/** The choices of "ke" for a kind of period: month names, Triwulan I–IV, Semester I–II. */
export function pilihanKe(jenis: JenisPeriode): { nilai: number; label: string }[] {
  if (jenis === 'bulan') return NAMA_BULAN.map((n, i) => ({ nilai: i + 1, label: n }))
  if (jenis === 'triwulan') return [1, 2, 3, 4].map((n) => ({ nilai: n, label: `Triwulan ${romawi(n)}` }))
  if (jenis === 'semester') return [1, 2].map((n) => ({ nilai: n, label: `Semester ${romawi(n)}` }))
  return [{ nilai: 1, label: 'Setahun penuh' }]
}

/** The Anev is made after a month ends: the default is the month before today's. */
export const periodeBawaan = (hariIni: string) => bulanSebelumnya(hariIni.slice(0, 7))

export function uraiPilihan(kode: string): { jenis: JenisPeriode; tahun: number; ke: number } {
  const p = uraiKodePeriode(kode)!
  const tahun = Number(p.bulanAwal.slice(0, 4))
  const bulan = Number(p.bulanAwal.slice(5, 7))
  const per = { bulan: 1, triwulan: 3, semester: 6, tahun: 12 }[p.jenis]
  return { jenis: p.jenis, tahun, ke: Math.floor((bulan - 1) / per) + 1 }
}

/** A period that has begun by today; choosing another kind keeps the month in view. */
export function kodeDari(jenis: JenisPeriode, tahun: number, ke: number): string {
  return periode(jenis, tahun, Math.min(ke, pilihanKe(jenis).length)).kode
}

export const gantiJenis = (kodeLama: string, jenis: JenisPeriode) => periodeDariBulan(jenis, uraiKodePeriode(kodeLama)!.bulanAkhir).kode
