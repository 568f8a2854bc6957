import { formatAngka, formatTanggal, namaBulan } from '../format'
import { bandingMinggu, hariTerakhirBulan, mingguBerikutnya, rentangMinggu, type Minggu } from '../iso-week'
import { peringkatKategori } from './category'
import { LABEL_KATEGORI_KEJADIAN } from './fields'
import { mingguTerlapor } from './month-data'
import { bulatkan3 } from './normalise'
import type { Skema } from './scheme'
import type { Kejadian, LaporanMingguan } from './types'

/**
 * Peringatan Dini: the alert rules as pure functions over results and rows
 * the caller has already loaded. Each rule gives its own alert (a desa may
 * get several); the UI groups them per desa.
 */

export const BATAS_PENURUNAN = 10
export const BATAS_MINGGU_TANPA_LAPORAN = 2
export const KATEGORI_KONFLIK = ['konflik_sosial', 'konflik_agraria'] as const

export type JenisPeringatan = 'kategori_memburuk' | 'nilai_turun' | 'konflik_nyata' | 'tanpa_laporan'

export interface Peringatan {
  jenis: JenisPeringatan
  kodeDesa: string
  /** 'YYYY-MM-DD' the condition arose: month end, incident date, or the Sunday closing the 2nd empty week. */
  tanggal: string
  /** Indonesian reason, e.g. "IKDK turun 12,3 poin dibanding Agustus 2024". */
  alasan: string
  /** For index alerts: the month checked. */
  bulan?: string
  /** For index alerts: the month compared with. */
  bulanPembanding?: string
  idKejadian?: string | number
  /** For missing reports: the run of empty finished weeks. */
  minggu?: Minggu[]
}

/** What the index rules need of a stored monthly result. */
export interface RingkasanBulan {
  bulan: string
  nilai: number | null
  kategori: string | null
  sementara: boolean
}

/**
 * Category worsened and/or IKDK dropped ≥ 10 points, this month vs the
 * previous closed month, both on values rounded to 3 decimals. A running
 * (sementara) month raises neither until it closes, and a sementara
 * "previous" month is no closed month to compare with.
 */
export function peringatanPerubahanNilai(
  skema: Pick<Skema, 'kategori'>,
  kodeDesa: string,
  sebelumnya: RingkasanBulan | null,
  sekarang: RingkasanBulan,
): Peringatan[] {
  if (sekarang.sementara || !sebelumnya || sebelumnya.sementara) return []
  if (sebelumnya.bulan >= sekarang.bulan) return []
  const tanggal = hariTerakhirBulan(sekarang.bulan)
  const pembanding = namaBulan(sebelumnya.bulan)
  const dasar = { kodeDesa, tanggal, bulan: sekarang.bulan, bulanPembanding: sebelumnya.bulan }
  const hasil: Peringatan[] = []

  const rLama = peringkatKategori(skema, sebelumnya.kategori)
  const rBaru = peringkatKategori(skema, sekarang.kategori)
  if (rLama >= 0 && rBaru > rLama) {
    hasil.push({
      ...dasar,
      jenis: 'kategori_memburuk',
      alasan: `Kategori memburuk dari ${sebelumnya.kategori} menjadi ${sekarang.kategori} dibanding ${pembanding}`,
    })
  }

  if (sebelumnya.nilai !== null && sekarang.nilai !== null) {
    // The difference of two 3-decimal values is rounded again: 74,376 − 64,376
    // must be exactly 10, not 9,999999999999993.
    const turun = bulatkan3(bulatkan3(sebelumnya.nilai) - bulatkan3(sekarang.nilai))
    if (turun >= BATAS_PENURUNAN) {
      hasil.push({ ...dasar, jenis: 'nilai_turun', alasan: `IKDK turun ${formatAngka(turun, 1)} poin dibanding ${pembanding}` })
    }
  }
  return hasil
}

/** One alert per actual (nyata) social or land conflict, dated with the incident. */
export function peringatanKonflik(kodeDesa: string, kejadian: readonly Kejadian[]): Peringatan[] {
  return kejadian
    .filter((k) => k.tingkat === 'nyata' && (KATEGORI_KONFLIK as readonly string[]).includes(k.kategori))
    .map((k) => ({
      jenis: 'konflik_nyata' as const,
      kodeDesa,
      tanggal: k.tanggal,
      idKejadian: k.id,
      alasan: `${kapital(LABEL_KATEGORI_KEJADIAN[k.kategori])} nyata tercatat pada ${formatTanggal(k.tanggal)}`,
    }))
}

function kapital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

function uraianRentang(a: Minggu, b: Minggu): string {
  return a.tahun === b.tahun
    ? `Minggu ke-${a.minggu} s.d. ke-${b.minggu} ${b.tahun}`
    : `Minggu ke-${a.minggu} ${a.tahun} s.d. Minggu ke-${b.minggu} ${b.tahun}`
}

/**
 * No weekly report for 2 (or more) consecutive finished weeks. `mingguPantau`
 * are the finished weeks to watch, in order (e.g. from the desa's first week
 * with data to mingguTerakhirSelesai(hariIni)); a gap in that list ends a run.
 * One alert per run, dated on the Sunday closing its 2nd week, when the
 * condition first became true.
 */
export function peringatanTanpaLaporan(
  kodeDesa: string,
  laporan: readonly LaporanMingguan[],
  mingguPantau: readonly Minggu[],
): Peringatan[] {
  const terlapor = new Set(laporan.filter(mingguTerlapor).map((b) => `${b.tahun}-${b.minggu}`))
  const hasil: Peringatan[] = []
  let deret: Minggu[] = []
  const tutup = () => {
    const awal = deret[0]
    const kedua = deret[1]
    const akhir = deret[deret.length - 1]
    if (deret.length >= BATAS_MINGGU_TANPA_LAPORAN && awal && kedua && akhir) {
      hasil.push({
        jenis: 'tanpa_laporan',
        kodeDesa,
        tanggal: rentangMinggu(kedua.tahun, kedua.minggu).minggu,
        minggu: deret,
        alasan: `Tidak ada laporan mingguan ${deret.length} minggu berturut-turut (${uraianRentang(awal, akhir)})`,
      })
    }
    deret = []
  }
  for (const m of mingguPantau) {
    const sebelum = deret[deret.length - 1]
    if (sebelum && bandingMinggu(mingguBerikutnya(sebelum), m) !== 0) tutup()
    if (terlapor.has(`${m.tahun}-${m.minggu}`)) tutup()
    else deret.push(m)
  }
  tutup()
  return hasil
}

export interface MasukanPeringatan {
  kodeDesa: string
  /** The month being checked (may be sementara). */
  hasil: RingkasanBulan
  /** The previous closed month, or null when there is none. */
  hasilSebelumnya: RingkasanBulan | null
  /** The desa's incidents to check for actual conflicts. */
  kejadian: readonly Kejadian[]
  /** The desa's weekly rows covering `mingguPantau`. */
  laporan: readonly LaporanMingguan[]
  /** Finished weeks to check for missing reports, in order. */
  mingguPantau: readonly Minggu[]
}

/** Every alert for one desa, ordered by date. */
export function peringatanDini(skema: Pick<Skema, 'kategori'>, m: MasukanPeringatan): Peringatan[] {
  return [
    ...peringatanPerubahanNilai(skema, m.kodeDesa, m.hasilSebelumnya, m.hasil),
    ...peringatanKonflik(m.kodeDesa, m.kejadian),
    ...peringatanTanpaLaporan(m.kodeDesa, m.laporan, m.mingguPantau),
  ].sort((a, b) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : 0))
}
