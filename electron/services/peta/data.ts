import { mingguDalamBulan } from '../../../shared/iso-week'
import type { GeometriBatas } from '../../../shared/peta/geometri'
import type { Basisdata } from '../db/koneksi'
import { skemaUntukBulan } from '../ikdk/skema'

/** One desa as every Peta Rawan view draws it for one month. */
export interface DesaDataPeta {
  kode: string
  nama: string
  kecamatanKode: string
  kecamatanNama: string
  polsekId: number | null
  polsekNama: string | null
  kategori: string | null
  nilai: number | null
  /** Keyakinan Rendah: drawn hollow / marked "(rendah)", never hidden. */
  rendah: boolean
  lintang: number | null
  bujur: number | null
  batas: GeometriBatas | null
  posKamlingTotal: number | null
  /** From the month's latest weekly report that filled it in. */
  posKamlingAktif: number | null
}

export interface KejadianDataPeta {
  desaKode: string
  kategori: string
  tingkat: string
  jumlah: number
}

export interface DataPeta {
  bulan: string
  /** Category names from safest to least safe (the scheme of the month). */
  urutanKategori: string[]
  desa: DesaDataPeta[]
  kejadian: KejadianDataPeta[]
  /** Boundaries stored for the whole satker (whatever the Polsek filter). */
  jumlahBatasSemua: number
}

/**
 * Everything the map needs for one month, straight from the stored IKDK
 * results (callers that show live figures refresh them first). Desa: the
 * active ones plus any that still hold a result for the month, optionally of
 * one Polsek.
 */
export function bacaDataPeta(bd: Basisdata, bulan: string, opsi: { polsekId?: number | null } = {}): DataPeta {
  const s = bd.sqlite
  const urutanKategori = [...skemaUntukBulan(bd, bulan).kategori].sort((a, b) => b.min - a.min).map((k) => k.nama)
  const saring = opsi.polsekId == null ? '' : 'AND kc.polsek_id = @polsek'
  const param = { bulan, ...(opsi.polsekId == null ? {} : { polsek: opsi.polsekId }) }
  const minggu = mingguDalamBulan(bulan).map((m) => m.tahun * 100 + m.minggu)
  const baris = s
    .prepare(
      `SELECT d.kode, d.nama, d.kecamatan_kode, kc.nama kecamatan_nama, p.id polsek_id, p.nama polsek_nama, d.lintang, d.bujur, d.pos_kamling_total,
              h.nilai, h.kategori, h.keyakinan, b.geojson,
              (SELECT l.pos_kamling_aktif FROM laporan_mingguan l WHERE l.desa_kode = d.kode AND l.tahun * 100 + l.minggu IN (SELECT value FROM json_each(@minggu))
                 AND l.pos_kamling_aktif IS NOT NULL ORDER BY l.tahun DESC, l.minggu DESC LIMIT 1) pos_aktif
       FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode LEFT JOIN polsek p ON p.id = kc.polsek_id
       LEFT JOIN hasil_ikdk h ON h.desa_kode = d.kode AND h.bulan = @bulan
       LEFT JOIN batas_desa b ON b.desa_kode = d.kode
       WHERE (d.aktif = 1 OR h.desa_kode IS NOT NULL) ${saring}
       ORDER BY d.kode`,
    )
    .all({ ...param, minggu: JSON.stringify(minggu) }) as {
    kode: string
    nama: string
    kecamatan_kode: string
    kecamatan_nama: string
    polsek_id: number | null
    polsek_nama: string | null
    lintang: number | null
    bujur: number | null
    pos_kamling_total: number | null
    nilai: number | null
    kategori: string | null
    keyakinan: string | null
    geojson: string | null
    pos_aktif: number | null
  }[]
  const desa = baris.map(
    (b): DesaDataPeta => ({
      kode: b.kode,
      nama: b.nama,
      kecamatanKode: b.kecamatan_kode,
      kecamatanNama: b.kecamatan_nama,
      polsekId: b.polsek_id,
      polsekNama: b.polsek_nama,
      kategori: b.kategori,
      nilai: b.nilai,
      rendah: b.kategori !== null && b.keyakinan === 'Rendah',
      lintang: b.lintang,
      bujur: b.bujur,
      batas: b.geojson === null ? null : (JSON.parse(b.geojson) as GeometriBatas),
      posKamlingTotal: b.pos_kamling_total,
      posKamlingAktif: b.pos_aktif,
    }),
  )
  const kejadian = s
    .prepare(
      `SELECT j.desa_kode desaKode, j.kategori, j.tingkat, count(*) jumlah FROM kejadian j JOIN desa d ON d.kode = j.desa_kode JOIN kecamatan kc ON kc.kode = d.kecamatan_kode
       WHERE j.tanggal >= @bulan || '-01' AND j.tanggal < @bulan || '-32' ${saring} GROUP BY j.desa_kode, j.kategori, j.tingkat ORDER BY j.desa_kode, j.kategori, j.tingkat`,
    )
    .all(param) as KejadianDataPeta[]
  const jumlahBatasSemua = (s.prepare('SELECT count(*) n FROM batas_desa').get() as { n: number }).n
  return { bulan, urutanKategori, desa, kejadian, jumlahBatasSemua }
}
