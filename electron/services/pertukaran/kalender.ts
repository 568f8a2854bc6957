import { bulanBerikutnya, bulanMinggu, jumlahMingguTahun } from '../../../shared/iso-week'

/** shared/iso-week answers, remembered: a year of rows asks the same few hundred questions. */
const bulan = new Map<number, string>()
const jumlah = new Map<number, number>()

export function bulanMingguIngat(tahun: number, minggu: number): string {
  const k = tahun * 100 + minggu
  let v = bulan.get(k)
  if (v === undefined) bulan.set(k, (v = bulanMinggu(tahun, minggu)))
  return v
}

export function jumlahMingguIngat(tahun: number): number {
  let v = jumlah.get(tahun)
  if (v === undefined) jumlah.set(tahun, (v = jumlahMingguTahun(tahun)))
  return v
}

/** Every month from `awal` to `akhir` inclusive ('YYYY-MM'). */
export function daftarBulan(awal: string, akhir: string): string[] {
  const hasil: string[] = []
  for (let b = awal; b <= akhir; b = bulanBerikutnya(b)) hasil.push(b)
  return hasil
}
