import { bandingMinggu, isoMinggu, jumlahMingguTahun, type Minggu, mingguTerakhirSelesai } from '../../../shared/iso-week'

export interface Pilihan extends Minggu {
  polsekId: number | null
}

/** The latest week that can be chosen: the running one (reports for it may already come in). */
export const mingguTerbaru = (hariIni: string): Minggu => isoMinggu(hariIni)

/** Years offered in the picker: five back from the running one. */
export function daftarTahun(hariIni: string): number[] {
  const t = mingguTerbaru(hariIni).tahun
  return [t - 5, t - 4, t - 3, t - 2, t - 1, t]
}

/** Weeks offered for a year, never past the running week. */
export function daftarMingguTahun(tahun: number, hariIni: string): number[] {
  const akhir = mingguTerbaru(hariIni)
  const n = tahun === akhir.tahun ? akhir.minggu : jumlahMingguTahun(tahun)
  return Array.from({ length: n }, (_, i) => i + 1)
}

/** Keeps a week inside what the picker offers. */
export function jepitMinggu(m: Minggu, hariIni: string): Minggu {
  const akhir = mingguTerbaru(hariIni)
  if (bandingMinggu(m, akhir) > 0) return akhir
  return { tahun: m.tahun, minggu: Math.min(m.minggu, jumlahMingguTahun(m.tahun)) }
}

/**
 * The week and Polsek live in the hash ("#/mingguan?tahun=2024&minggu=41&polsek=3"),
 * so a reload or a bookmark opens the same grid. Default: the last complete week.
 */
export function pilihanDariHash(hash: string, hariIni: string): Pilihan {
  const q = new URLSearchParams(hash.split('?')[1] ?? '')
  const tahun = Number(q.get('tahun'))
  const minggu = Number(q.get('minggu'))
  const polsek = Number(q.get('polsek'))
  const sah = Number.isInteger(tahun) && tahun >= 2000 && tahun <= 2100 && Number.isInteger(minggu) && minggu >= 1 && minggu <= jumlahMingguTahun(tahun)
  const m = sah ? jepitMinggu({ tahun, minggu }, hariIni) : mingguTerakhirSelesai(hariIni)
  return { ...m, polsekId: Number.isInteger(polsek) && polsek > 0 ? polsek : null }
}

export function tulisHash(p: Pilihan): void {
  const q = new URLSearchParams({ tahun: String(p.tahun), minggu: String(p.minggu) })
  if (p.polsekId !== null) q.set('polsek', String(p.polsekId))
  // replaceState fires no hashchange: the router does not re-render for it.
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/mingguan?${q}`)
}
