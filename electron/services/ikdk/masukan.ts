import type { Kejadian, LaporanMingguan, MasterDesa } from '../../../shared/ikdk'
import { hariTerakhirBulan, mingguDalamBulan } from '../../../shared/iso-week'
import { KOLOM_MINGGUAN } from '../../../shared/mingguan'
import type { Basisdata } from '../db/koneksi'
import { pernyataan } from '../db/pernyataan'

export interface DataBulanDesa {
  desa: MasterDesa
  laporan: LaporanMingguan[]
  kejadian: Kejadian[]
}

/**
 * Loads what the engine needs for some desa in one month: master data, the
 * weekly rows of the month's weeks (by Thursday), and the incidents dated in
 * the calendar month. Rows are streamed, never materialised in bulk.
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
  const kejadian = pernyataan(
    bd.sqlite,
    'SELECT id, desa_kode, tanggal, kategori, tingkat, status, tanggal_selesai FROM kejadian WHERE tanggal BETWEEN ? AND ? AND desa_kode IN (SELECT value FROM json_each(?))',
  )
  for (const r of kejadian.iterate(`${bulan}-01`, hariTerakhirBulan(bulan), daftar) as Iterable<Kejadian & { desa_kode: string }>) hasil.get(r.desa_kode)?.kejadian.push(r)
  return hasil
}
