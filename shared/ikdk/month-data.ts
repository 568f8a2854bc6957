import { hariTerakhirBulan, mingguDalamBulan, type Minggu } from '../iso-week'
import { KOLOM_MINGGUAN } from './fields'
import type { Skema } from './scheme'
import type { Kejadian, LaporanMingguan, MasterDesa, MasukanIkdk, MasukanIkdkRingkas } from './types'
import { KUNCI_DILAPORKAN, ringkasDariBaris, ukuranSkema, type RingkasanMingguan } from './weekly-summary'

/** Everything the aggregations need about one desa-month, already filtered. */
export interface DataBulan {
  bulan: string
  /** The month's last calendar day: "by month end". */
  akhirBulan: string
  /** Weeks whose Thursday is in the month; activity sums are scaled to it. */
  mingguBulan: number
  /** The weeks that count (all, or the finished ones while sementara). */
  mingguDihitung: readonly Minggu[]
  /** Counted weeks with a report (≥ 1 of the 11 fields filled). */
  mingguDilaporkan: number
  /** The sums and week counts the weekly aggregations read, over the counted weeks. */
  ringkasan: RingkasanMingguan
  /** Reported rows of counted weeks, in week order; empty when the input was a summary. */
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

/**
 * Filters the input to the month (and to the finished weeks while the month
 * runs). Rows are summed here into the scheme's measures; a summary input is
 * taken as already summed over exactly those weeks.
 */
export function siapkanDataBulan(skema: Skema, masukan: MasukanIkdk | MasukanIkdkRingkas): DataBulan {
  const { bulan, mingguSelesai } = masukan
  const semuaMinggu = mingguDalamBulan(bulan)
  const sementara = mingguSelesai !== undefined
  if (sementara && (!Number.isInteger(mingguSelesai) || mingguSelesai < 0)) {
    throw new RangeError(`mingguSelesai harus bilangan bulat ≥ 0, bukan ${mingguSelesai}`)
  }
  const mingguDihitung = sementara ? semuaMinggu.slice(0, mingguSelesai) : semuaMinggu

  let laporan: LaporanMingguan[] = []
  let ringkasan: RingkasanMingguan
  if ('ringkasan' in masukan) ringkasan = masukan.ringkasan
  else {
    laporan = barisBulan(masukan, mingguDihitung)
    ringkasan = ringkasDariBaris(ukuranSkema(skema), laporan)
  }
  const mingguDilaporkan = ringkasan[KUNCI_DILAPORKAN]
  if (mingguDilaporkan === undefined) throw new Error('Ringkasan mingguan tanpa jumlah minggu dilaporkan')

  const awal = `${bulan}-01`
  const akhirBulan = hariTerakhirBulan(bulan)
  // ISO date strings compare correctly as text.
  const kejadian = masukan.kejadian.filter((k) => k.tanggal >= awal && k.tanggal <= akhirBulan)

  return {
    bulan,
    akhirBulan,
    mingguBulan: semuaMinggu.length,
    mingguDihitung,
    mingguDilaporkan,
    ringkasan,
    laporan,
    kejadian,
    desa: masukan.desa,
    sementara,
  }
}

/** The reported rows of the counted weeks, one per week, in week order. */
function barisBulan(masukan: MasukanIkdk, mingguDihitung: readonly Minggu[]): LaporanMingguan[] {
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
  return [...perMinggu.values()]
    .filter(mingguTerlapor)
    .sort((a, b) => (urutan.get(kunci(a)) ?? 0) - (urutan.get(kunci(b)) ?? 0))
}
