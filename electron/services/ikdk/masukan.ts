import { KOLOM_MINGGUAN, type Kejadian, type LaporanMingguan, type MasterDesa, type RingkasanMingguan, type UkuranMingguan, kunciUkuran } from '../../../shared/ikdk'
import { hariTerakhirBulan, mingguDalamBulan, type Minggu } from '../../../shared/iso-week'
import type { Basisdata } from '../db/koneksi'
import { pernyataan } from '../db/pernyataan'

export interface DataBulanDesa {
  desa: MasterDesa
  laporan: LaporanMingguan[]
  kejadian: Kejadian[]
}

export interface RingkasanBulanDesa {
  desa: MasterDesa
  ringkasan: RingkasanMingguan
  kejadian: Kejadian[]
}

/** Incidents dated in the calendar month, appended to each desa's list. */
function muatKejadian(bd: Basisdata, bulan: string, daftar: string, ke: (kode: string) => Kejadian[] | undefined): void {
  const kejadian = pernyataan(
    bd.sqlite,
    'SELECT id, desa_kode, tanggal, kategori, tingkat, status, tanggal_selesai FROM kejadian WHERE tanggal BETWEEN ? AND ? AND desa_kode IN (SELECT value FROM json_each(?))',
  )
  for (const r of kejadian.iterate(`${bulan}-01`, hariTerakhirBulan(bulan), daftar) as Iterable<Kejadian & { desa_kode: string }>) ke(r.desa_kode)?.push(r)
}

/**
 * Loads what the engine needs for some desa in one month: master data, the
 * weekly rows of the month's weeks (by Thursday), and the incidents dated in
 * the calendar month. For one desa's explanation and for checks; the bulk
 * recompute reads `muatRingkasanBulan` instead.
 */
export function muatDataBulan(bd: Basisdata, bulan: string, kodeDesa: readonly string[]): Map<string, DataBulanDesa> {
  const hasil = new Map<string, DataBulanDesa>()
  const daftar = JSON.stringify(kodeDesa)
  for (const d of pernyataan(bd.sqlite, 'SELECT kode, penduduk, jumlah_kk, pos_kamling_total FROM desa WHERE kode IN (SELECT value FROM json_each(?))').iterate(daftar) as Iterable<MasterDesa>) {
    hasil.set(d.kode, { desa: d, laporan: [], kejadian: [] })
  }
  // One indexed lookup per week of the month (by Thursday), joined to the desa list.
  const laporan = pernyataan(
    bd.sqlite,
    `SELECT desa_kode, tahun, minggu, ${KOLOM_MINGGUAN.join(', ')} FROM laporan_mingguan WHERE tahun = ? AND minggu = ? AND desa_kode IN (SELECT value FROM json_each(?))`,
  )
  for (const m of mingguDalamBulan(bulan)) {
    // Rows go in as read (the extra desa_kode is harmless): copying them costs more than the query.
    for (const r of laporan.iterate(m.tahun, m.minggu, daftar) as Iterable<LaporanMingguan & { desa_kode: string }>) hasil.get(r.desa_kode)?.laporan.push(r)
  }
  muatKejadian(bd, bulan, daftar, (kode) => hasil.get(kode)?.kejadian)
  return hasil
}

const KOLOM_SAH = new Set<string>(KOLOM_MINGGUAN)
function kolom(k: string): string {
  // Names come from the closed field list; checked again because they go into SQL text.
  if (!KOLOM_SAH.has(k)) throw new Error(`Kolom laporan mingguan tidak dikenal: ${k}`)
  return `l.${k}`
}

/**
 * One measure as a SQL aggregate over the joined weekly rows. Blank cells are
 * NULL, which sum() and count() skip: blank never counts as 0. A desa without
 * rows gets 0 for every measure (the LEFT JOIN's NULL row adds nothing).
 */
export function sqlUkuran(u: UkuranMingguan): string {
  if (u.jenis === 'jumlah') {
    const isi = kolom(u.kolom)
    return u.syarat ? `coalesce(sum(CASE WHEN ${kolom(u.syarat)} IS NOT NULL THEN ${isi} END), 0)` : `coalesce(sum(${isi}), 0)`
  }
  const k = u.kolom.map(kolom)
  if (u.semua) return `count(CASE WHEN ${k.map((x) => `${x} IS NOT NULL`).join(' AND ')} THEN 1 END)`
  return k.length === 1 ? `count(${k[0]})` : `count(coalesce(${k.join(', ')}))`
}

/**
 * The bulk input of the engine for some desa in one month: master data, the
 * scheme's weekly measures summed by SQLite over the counted weeks (the month's
 * weeks by Thursday, or only the finished ones while it runs), and the
 * incidents of the calendar month. Only one row per desa leaves SQLite.
 */
export function muatRingkasanBulan(
  bd: Basisdata,
  bulan: string,
  kodeDesa: readonly string[],
  ukuran: readonly UkuranMingguan[],
  mingguDihitung: readonly Minggu[],
): Map<string, RingkasanBulanDesa> {
  const hasil = new Map<string, RingkasanBulanDesa>()
  const daftar = JSON.stringify(kodeDesa)
  const kunci = ukuran.map(kunciUkuran)
  // A month's weeks share the ISO year of their Thursdays and follow each other.
  const pertama = mingguDihitung[0]
  const terakhir = mingguDihitung[mingguDihitung.length - 1]
  if (pertama && terakhir && (terakhir.tahun !== pertama.tahun || terakhir.minggu - pertama.minggu !== mingguDihitung.length - 1)) {
    throw new Error(`Minggu bulan ${bulan} tidak berurutan`)
  }
  const st = pernyataan(
    bd.sqlite,
    `SELECT d.kode, d.penduduk, d.jumlah_kk, d.pos_kamling_total, ${ukuran.map(sqlUkuran).join(', ')}
     FROM desa d LEFT JOIN laporan_mingguan l ON l.desa_kode = d.kode AND l.tahun = ? AND l.minggu BETWEEN ? AND ?
     WHERE d.kode IN (SELECT value FROM json_each(?))
     GROUP BY d.kode`,
    { mentah: true },
  )
  // No counted week yet (a month whose first week is still running): an empty range.
  const [tahun, awal, akhir] = pertama && terakhir ? [pertama.tahun, pertama.minggu, terakhir.minggu] : [0, 1, 0]
  for (const r of st.iterate(tahun, awal, akhir, daftar) as Iterable<unknown[]>) {
    const ringkasan: Record<string, number> = {}
    for (let i = 0; i < kunci.length; i++) ringkasan[kunci[i] as string] = r[4 + i] as number
    const kode = r[0] as string
    hasil.set(kode, { desa: { kode, penduduk: r[1] as number | null, jumlah_kk: r[2] as number | null, pos_kamling_total: r[3] as number | null }, ringkasan, kejadian: [] })
  }
  muatKejadian(bd, bulan, daftar, (kode) => hasil.get(kode)?.kejadian)
  return hasil
}
