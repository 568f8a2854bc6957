import { hariTerakhirBulan, mingguDalamBulan, type Minggu } from '../iso-week'
import { KOLOM_MINGGUAN } from './fields'
import type { Kejadian, LaporanMingguan, MasterDesa, MasukanIkdk } from './types'

/** Everything the aggregations need about one desa-month, already filtered. */
export interface DataBulan {
  bulan: string
  /** The month's last calendar day: "by month end". */
  akhirBulan: string
  /** Weeks whose Thursday is in the month; activity sums are scaled to it. */
  mingguBulan: number
  /** The weeks that count (all, or the finished ones while sementara). */
  mingguDihitung: readonly Minggu[]
  /** Reported rows of counted weeks, in week order. */
  laporan: LaporanMingguan[]
  /** Incidents dated within the calendar month. */
  kejadian: Kejadian[]
  desa: MasterDesa
  sementara: boolean
}

/** Blank or missing (undefined) both mean "not filled". */
export function terisi(v: number | null | undefined): v is number {
  return v !== null && v !== undefined
}

/** A week counts as reported when at least one of the 11 fields is filled. */
export function mingguTerlapor(baris: LaporanMingguan): boolean {
  return KOLOM_MINGGUAN.some((k) => terisi(baris[k]))
}

const kunci = (m: Minggu) => `${m.tahun}-${m.minggu}`

export function siapkanDataBulan(masukan: MasukanIkdk): DataBulan {
  const { bulan, mingguSelesai } = masukan
  const semuaMinggu = mingguDalamBulan(bulan)
  const sementara = mingguSelesai !== undefined
  if (sementara && (!Number.isInteger(mingguSelesai) || mingguSelesai < 0)) {
    throw new RangeError(`mingguSelesai harus bilangan bulat ≥ 0, bukan ${mingguSelesai}`)
  }
  const mingguDihitung = sementara ? semuaMinggu.slice(0, mingguSelesai) : semuaMinggu
  const urutan = new Map(mingguDihitung.map((m, i) => [kunci(m), i]))

  const perMinggu = new Map<string, LaporanMingguan>()
  for (const baris of masukan.laporan) {
    const k = kunci(baris)
    if (!urutan.has(k)) continue
    // The database keeps one row per desa-week; two rows would be summed
    // twice silently, so refuse instead of guessing.
    if (perMinggu.has(k)) {
      throw new Error(`Laporan mingguan ganda untuk desa ${masukan.desa.kode}, minggu ke-${baris.minggu} ${baris.tahun}`)
    }
    perMinggu.set(k, baris)
  }
  const laporan = [...perMinggu.values()]
    .filter(mingguTerlapor)
    .sort((a, b) => (urutan.get(kunci(a)) ?? 0) - (urutan.get(kunci(b)) ?? 0))

  const awal = `${bulan}-01`
  const akhirBulan = hariTerakhirBulan(bulan)
  // ISO date strings compare correctly as text.
  const kejadian = masukan.kejadian.filter((k) => k.tanggal >= awal && k.tanggal <= akhirBulan)

  return {
    bulan,
    akhirBulan,
    mingguBulan: semuaMinggu.length,
    mingguDihitung,
    laporan,
    kejadian,
    desa: masukan.desa,
    sementara,
  }
}
