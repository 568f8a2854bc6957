import type { Kejadian, LaporanMingguan, MasterDesa } from '../../../shared/ikdk'
import { hariTerakhirBulan, mingguDalamBulan } from '../../../shared/iso-week'
import { KOLOM_MINGGUAN } from '../../../shared/mingguan'
import type { Basisdata } from '../db/koneksi'

export interface DataBulanDesa {
  desa: MasterDesa
  laporan: LaporanMingguan[]
  kejadian: Kejadian[]
}

const POTONGAN = 500

/**
 * Loads what the engine needs for some desa in one month: master data, the
 * weekly rows of the month's weeks (by Thursday), and the incidents dated in
 * the calendar month. Rows are streamed, never materialised in bulk.
 */
export function muatDataBulan(bd: Basisdata, bulan: string, kodeDesa: readonly string[]): Map<string, DataBulanDesa> {
  const hasil = new Map<string, DataBulanDesa>()
  const minggu = mingguDalamBulan(bulan)
  const mingguSql = minggu.map((m) => `(tahun = ${m.tahun} AND minggu = ${m.minggu})`).join(' OR ')
  const kolom = KOLOM_MINGGUAN.join(', ')
  for (let i = 0; i < kodeDesa.length; i += POTONGAN) {
    const potong = kodeDesa.slice(i, i + POTONGAN)
    const tanda = potong.map(() => '?').join(',')
    for (const d of bd.sqlite.prepare(`SELECT kode, penduduk, jumlah_kk, pos_kamling_total FROM desa WHERE kode IN (${tanda})`).iterate(...potong) as Iterable<MasterDesa>) {
      hasil.set(d.kode, { desa: d, laporan: [], kejadian: [] })
    }
    for (const r of bd.sqlite.prepare(`SELECT desa_kode, tahun, minggu, ${kolom} FROM laporan_mingguan WHERE desa_kode IN (${tanda}) AND (${mingguSql})`).iterate(...potong) as Iterable<LaporanMingguan & { desa_kode: string }>) {
      const { desa_kode, ...baris } = r
      hasil.get(desa_kode)?.laporan.push(baris)
    }
    for (const r of bd.sqlite
      .prepare(`SELECT id, desa_kode, tanggal, kategori, tingkat, status, tanggal_selesai FROM kejadian WHERE desa_kode IN (${tanda}) AND tanggal BETWEEN ? AND ?`)
      .iterate(...potong, `${bulan}-01`, hariTerakhirBulan(bulan)) as Iterable<Kejadian & { desa_kode: string }>) {
      const { desa_kode, ...k } = r
      hasil.get(desa_kode)?.kejadian.push(k)
    }
  }
  return hasil
}
