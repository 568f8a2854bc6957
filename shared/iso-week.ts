/**
 * ISO-week helpers on plain calendar dates ('YYYY-MM-DD') and months ('YYYY-MM').
 *
 * Dates here are calendar dates as the user typed them, not instants: all
 * arithmetic runs on UTC midnights so the machine's time zone (WIB/WITA/WIT or
 * a developer's laptop elsewhere) can never shift a day.
 *
 * ISO 8601: weeks run Monday–Sunday, week 1 is the week holding 4 January, and
 * a week belongs to the year — and, in Binmas Desk, to the month — of its Thursday.
 */

export interface Minggu {
  tahun: number
  minggu: number
}

const HARI_MS = 86_400_000
const POLA_TANGGAL = /^(\d{4})-(\d{2})-(\d{2})$/
const POLA_BULAN = /^(\d{4})-(\d{2})$/

function pad(n: number, lebar: number): string {
  return String(n).padStart(lebar, '0')
}

/** UTC midnight of a calendar date; years 0–99 are not remapped to 19xx. */
function utc(tahun: number, bulan: number, hari: number): Date {
  const d = new Date(0)
  d.setUTCFullYear(tahun, bulan - 1, hari)
  d.setUTCHours(0, 0, 0, 0)
  return d
}

function keTanggal(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`
}

function tambahHari(d: Date, hari: number): Date {
  return new Date(d.getTime() + hari * HARI_MS)
}

/** Monday = 0 … Sunday = 6. */
function hariKe(d: Date): number {
  return (d.getUTCDay() + 6) % 7
}

/** Parses 'YYYY-MM-DD' strictly (rejects 2024-02-30). */
export function uraiTanggal(tanggal: string): { tahun: number; bulan: number; hari: number } {
  const m = POLA_TANGGAL.exec(tanggal)
  if (m) {
    const tahun = Number(m[1])
    const bulan = Number(m[2])
    const hari = Number(m[3])
    const d = utc(tahun, bulan, hari)
    if (d.getUTCFullYear() === tahun && d.getUTCMonth() === bulan - 1 && d.getUTCDate() === hari) {
      return { tahun, bulan, hari }
    }
  }
  throw new RangeError(`Tanggal tidak valid: '${tanggal}' (format YYYY-MM-DD)`)
}

/** Parses 'YYYY-MM' strictly. */
export function uraiBulan(bulan: string): { tahun: number; bulan: number } {
  const m = POLA_BULAN.exec(bulan)
  if (m) {
    const tahun = Number(m[1])
    const b = Number(m[2])
    if (b >= 1 && b <= 12) return { tahun, bulan: b }
  }
  throw new RangeError(`Bulan tidak valid: '${bulan}' (format YYYY-MM)`)
}

function keDate(tanggal: string): Date {
  const { tahun, bulan, hari } = uraiTanggal(tanggal)
  return utc(tahun, bulan, hari)
}

/** Adds (or subtracts) whole days to a calendar date. */
export function tambahHariTanggal(tanggal: string, hari: number): string {
  return keTanggal(tambahHari(keDate(tanggal), hari))
}

/** The ISO year and week of a calendar date. */
export function isoMinggu(tanggal: string): Minggu {
  const d = keDate(tanggal)
  const kamis = tambahHari(d, 3 - hariKe(d))
  const tahun = kamis.getUTCFullYear()
  const awal = utc(tahun, 1, 1)
  return { tahun, minggu: 1 + Math.floor((kamis.getTime() - awal.getTime()) / (7 * HARI_MS)) }
}

/** 52 or 53: the week of 28 December is always the year's last ISO week. */
export function jumlahMingguTahun(tahun: number): number {
  return isoMinggu(keTanggal(utc(tahun, 12, 28))).minggu
}

function periksaMinggu(tahun: number, minggu: number): void {
  if (!Number.isInteger(tahun) || tahun < 1 || tahun > 9999) {
    throw new RangeError(`Tahun tidak valid: ${tahun}`)
  }
  if (!Number.isInteger(minggu) || minggu < 1 || minggu > jumlahMingguTahun(tahun)) {
    throw new RangeError(`Minggu ke-${minggu} tidak ada pada tahun ${tahun}`)
  }
}

function seninDate(tahun: number, minggu: number): Date {
  periksaMinggu(tahun, minggu)
  // 4 January is always in week 1.
  const empatJan = utc(tahun, 1, 4)
  return tambahHari(empatJan, (minggu - 1) * 7 - hariKe(empatJan))
}

/** Monday and Sunday of an ISO week. */
export function rentangMinggu(tahun: number, minggu: number): { senin: string; minggu: string } {
  const senin = seninDate(tahun, minggu)
  return { senin: keTanggal(senin), minggu: keTanggal(tambahHari(senin, 6)) }
}

/** Thursday of an ISO week: it decides the week's year and month. */
export function kamisMinggu(tahun: number, minggu: number): string {
  return keTanggal(tambahHari(seninDate(tahun, minggu), 3))
}

/** The month ('YYYY-MM') an ISO week belongs to: the month of its Thursday. */
export function bulanMinggu(tahun: number, minggu: number): string {
  return kamisMinggu(tahun, minggu).slice(0, 7)
}

const cacheMingguBulan = new Map<string, readonly Minggu[]>()

/**
 * The ISO weeks whose Thursday falls in the month, in order (4 or 5 of them).
 * Memoised (the IKDK engine asks once per desa-month): the array is shared and
 * frozen, copy it before changing it.
 */
export function mingguDalamBulan(bulan: string): readonly Minggu[] {
  let hasil = cacheMingguBulan.get(bulan)
  if (!hasil) {
    hasil = Object.freeze(hitungMingguDalamBulan(bulan).map((m) => Object.freeze(m)))
    cacheMingguBulan.set(bulan, hasil)
  }
  return hasil
}

function hitungMingguDalamBulan(bulan: string): Minggu[] {
  const { tahun, bulan: b } = uraiBulan(bulan)
  const pertama = utc(tahun, b, 1)
  let kamis = tambahHari(pertama, (3 - hariKe(pertama) + 7) % 7)
  const hasil: Minggu[] = []
  while (kamis.getUTCMonth() === b - 1) {
    hasil.push(isoMinggu(keTanggal(kamis)))
    kamis = tambahHari(kamis, 7)
  }
  return hasil
}

/** The week before. */
export function mingguSebelumnya(m: Minggu): Minggu {
  return isoMinggu(tambahHariTanggal(rentangMinggu(m.tahun, m.minggu).senin, -7))
}

/** The week after. */
export function mingguBerikutnya(m: Minggu): Minggu {
  return isoMinggu(tambahHariTanggal(rentangMinggu(m.tahun, m.minggu).senin, 7))
}

/** Negative when a is earlier than b, 0 when equal, positive when later. */
export function bandingMinggu(a: Minggu, b: Minggu): number {
  return a.tahun !== b.tahun ? a.tahun - b.tahun : a.minggu - b.minggu
}

/** Every week from `dari` to `sampai` inclusive (empty when `dari` is later). */
export function daftarMinggu(dari: Minggu, sampai: Minggu): Minggu[] {
  const hasil: Minggu[] = []
  for (let m = dari; bandingMinggu(m, sampai) <= 0; m = mingguBerikutnya(m)) hasil.push(m)
  return hasil
}

/**
 * The last complete Monday–Sunday week before the week of `hariIni`.
 * The current week is never complete, even on its Sunday: reports for it may
 * still be coming in.
 */
export function mingguTerakhirSelesai(hariIni: string): Minggu {
  const d = keDate(hariIni)
  return isoMinggu(keTanggal(tambahHari(d, -hariKe(d) - 7)))
}

/**
 * How many of the month's weeks are finished on `hariIni` — the `mingguSelesai`
 * the IKDK engine takes for the running (sementara) month.
 */
export function jumlahMingguSelesaiDalamBulan(bulan: string, hariIni: string): number {
  const batas = mingguTerakhirSelesai(hariIni)
  return mingguDalamBulan(bulan).filter((m) => bandingMinggu(m, batas) <= 0).length
}

const cacheHariTerakhir = new Map<string, string>()

/** The last calendar day of a month, 'YYYY-MM-DD' (memoised: asked once per desa-month). */
export function hariTerakhirBulan(bulan: string): string {
  let hasil = cacheHariTerakhir.get(bulan)
  if (hasil === undefined) {
    const { tahun, bulan: b } = uraiBulan(bulan)
    hasil = keTanggal(utc(tahun, b + 1, 0))
    cacheHariTerakhir.set(bulan, hasil)
  }
  return hasil
}

/** The previous month, 'YYYY-MM'. */
export function bulanSebelumnya(bulan: string): string {
  const { tahun, bulan: b } = uraiBulan(bulan)
  return b === 1 ? `${pad(tahun - 1, 4)}-12` : `${pad(tahun, 4)}-${pad(b - 1, 2)}`
}

/** The next month, 'YYYY-MM'. */
export function bulanBerikutnya(bulan: string): string {
  const { tahun, bulan: b } = uraiBulan(bulan)
  return b === 12 ? `${pad(tahun + 1, 4)}-01` : `${pad(tahun, 4)}-${pad(b + 1, 2)}`
}
