import { rentangMinggu, uraiBulan, uraiTanggal } from './iso-week'

/**
 * Indonesian (id-ID) formatting of numbers, dates, months and ISO weeks.
 *
 * Written by hand rather than with Intl: the output must be identical in
 * Node, Electron and every test browser, whatever ICU data they ship with.
 */

export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const

/** Text shown for a value that does not exist (an N/A indicator or index). */
export const TEKS_NA = 'N/A'

/**
 * Digits of |n| rounded half away from zero to `desimal` places, as an
 * integer string and a fraction string. toPrecision(15) first strips the
 * binary noise, so 1,005 rounds to 1,01 as a person would expect.
 */
function bulatkanDigit(n: number, desimal: number): { bulat: string; pecahan: string } {
  const bersih = Number(Math.abs(n).toPrecision(15))
  const skala = 10 ** desimal
  const dibulatkan = Math.round(Number((bersih * skala).toPrecision(15)))
  const teks = (Number.isSafeInteger(dibulatkan) ? String(dibulatkan) : BigInt(dibulatkan).toString()).padStart(desimal + 1, '0')
  return { bulat: teks.slice(0, teks.length - desimal), pecahan: teks.slice(teks.length - desimal) }
}

function kelompokRibuan(bulat: string): string {
  return bulat.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

/**
 * A number in Indonesian notation with exactly `desimal` decimals:
 * formatAngka(64.376, 1) → '64,4', formatAngka(1234.5, 1) → '1.234,5'.
 * null, undefined and non-finite numbers give 'N/A'.
 */
export function formatAngka(n: number | null | undefined, desimal = 1): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return TEKS_NA
  if (!Number.isInteger(desimal) || desimal < 0 || desimal > 10) {
    throw new RangeError(`Jumlah desimal tidak valid: ${desimal}`)
  }
  const { bulat, pecahan } = bulatkanDigit(n, desimal)
  const nol = /^0*$/.test(bulat + pecahan)
  const tanda = n < 0 && !nol ? '-' : ''
  return tanda + kelompokRibuan(bulat) + (desimal > 0 ? ',' + pecahan : '')
}

/**
 * Like formatAngka but with at most `maksDesimal` decimals and no trailing
 * zeros: 0.24 → '0,24', 120 → '120', 2.6666 → '2,667'. Used in explanations.
 */
export function formatAngkaRingkas(n: number | null | undefined, maksDesimal = 3): string {
  const teks = formatAngka(n, maksDesimal)
  if (teks === TEKS_NA || !teks.includes(',')) return teks
  return teks.replace(/,?0+$/, '')
}

/** '2024-09-09' → '9 September 2024'. */
export function formatTanggal(tanggal: string): string {
  const { tahun, bulan, hari } = uraiTanggal(tanggal)
  return `${hari} ${NAMA_BULAN[bulan - 1]} ${tahun}`
}

/** '2024-09' → 'September 2024'. */
export function namaBulan(bulan: string): string {
  const { tahun, bulan: b } = uraiBulan(bulan)
  return `${NAMA_BULAN[b - 1]} ${tahun}`
}

/**
 * A date range, naming the month and year once where they are shared:
 * '9–15 September 2024', '30 September – 6 Oktober 2024',
 * '30 Desember 2024 – 5 Januari 2025'.
 */
export function formatRentangTanggal(dari: string, sampai: string): string {
  const a = uraiTanggal(dari)
  const b = uraiTanggal(sampai)
  if (a.tahun !== b.tahun) return `${formatTanggal(dari)} – ${formatTanggal(sampai)}`
  if (a.bulan !== b.bulan) return `${a.hari} ${NAMA_BULAN[a.bulan - 1]} – ${b.hari} ${NAMA_BULAN[b.bulan - 1]} ${b.tahun}`
  if (a.hari === b.hari) return formatTanggal(dari)
  return `${a.hari}–${b.hari} ${NAMA_BULAN[b.bulan - 1]} ${b.tahun}`
}

/** 'Minggu ke-37 · 9–15 September 2024'. */
export function formatRentangMinggu(tahun: number, minggu: number): string {
  const r = rentangMinggu(tahun, minggu)
  return `Minggu ke-${minggu} · ${formatRentangTanggal(r.senin, r.minggu)}`
}
