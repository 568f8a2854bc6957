import { LABEL_KATEGORI_KEJADIAN, type KategoriKejadian } from '../../../../shared/ikdk/fields'
import { hariTerakhirBulan, mingguDalamBulan } from '../../../../shared/iso-week'
import { daftarBulan } from '../kalender'
import { KOLOM_SEL_MINGGUAN } from '../../../../shared/mingguan'
import { LABEL_TINGKAT } from '../../../../shared/kejadian'
import type { Basisdata } from '../../db/koneksi'
import { penyimpanSkema } from '../../ikdk/skema'
import { KOLOM_DESA, KOLOM_IKDK_AWAL, KOLOM_KEJADIAN, KOLOM_LAPORAN, KOLOM_PERSONEL } from '../kolom'

/** A value to write: text, number, a calendar date, or nothing. */
export type NilaiTulis = string | number | { tanggal: string } | null

export interface SheetTulis {
  nama: string
  kolom: readonly string[]
  baris: NilaiTulis[][]
}

export interface OpsiKumpul {
  bulanAwal: string
  bulanAkhir: string
  hariIni: string
  tanpaDataPribadi: boolean
}


/** Master data as it stands today: desa with their Polsek and current Bhabinkamtibmas. */
function sheetDesa(bd: Basisdata, hariIni: string): SheetTulis {
  const baris = bd.sqlite
    .prepare(
      `SELECT d.kode, d.nama, d.kecamatan_kode, kc.nama AS kecamatan_nama, p.nama AS polsek, d.penduduk, d.jumlah_kk, d.pos_kamling_total, d.fkpm_aktif,
        (SELECT b.nrp FROM desa_binaan b WHERE b.desa_kode = d.kode AND b.mulai <= @hari AND (b.selesai IS NULL OR b.selesai >= @hari) ORDER BY b.mulai DESC, b.id DESC LIMIT 1) AS nrp
       FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode LEFT JOIN polsek p ON p.id = kc.polsek_id
       WHERE d.aktif = 1 ORDER BY d.kode`,
    )
    .raw()
    .all({ hari: hariIni }) as unknown[][]
  return {
    nama: 'Desa',
    kolom: KOLOM_DESA,
    baris: baris.map((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8] === null ? null : r[8] ? 'Ya' : 'Tidak', r[9]] as NilaiTulis[]),
  }
}

function sheetPersonel(bd: Basisdata, hariIni: string): SheetTulis {
  const baris = bd.sqlite
    .prepare(
      `SELECT p.nrp, p.nama, p.pangkat, p.jabatan, s.nama AS polsek,
        (SELECT group_concat(desa_kode, ';') FROM (SELECT b.desa_kode FROM desa_binaan b WHERE b.nrp = p.nrp AND b.mulai <= @hari AND (b.selesai IS NULL OR b.selesai >= @hari) ORDER BY b.desa_kode)) AS binaan
       FROM personel p LEFT JOIN polsek s ON s.id = p.polsek_id ORDER BY p.nrp`,
    )
    .raw()
    .all({ hari: hariIni }) as NilaiTulis[][]
  return { nama: 'Personel', kolom: KOLOM_PERSONEL, baris: baris.map((r) => r.map((v) => (v === '' ? null : v))) }
}

function sheetLaporan(bd: Basisdata, o: OpsiKumpul): SheetTulis {
  const minggu = daftarBulan(o.bulanAwal, o.bulanAkhir).flatMap((b) => mingguDalamBulan(b))
  const [a, z] = [minggu[0]!, minggu[minggu.length - 1]!]
  const kolom = KOLOM_SEL_MINGGUAN.map((k) => (o.tanpaDataPribadi && k === 'catatan' ? 'NULL' : k))
  const baris = bd.sqlite
    .prepare(`SELECT desa_kode, tahun, minggu, ${kolom.join(', ')} FROM laporan_mingguan WHERE (tahun, minggu) >= (?, ?) AND (tahun, minggu) <= (?, ?) ORDER BY tahun, minggu, desa_kode`)
    .raw()
    .all(a.tahun, a.minggu, z.tahun, z.minggu) as NilaiTulis[][]
  return { nama: 'LaporanMingguan', kolom: KOLOM_LAPORAN, baris }
}

/** Incidents of the months, and earlier ones closed within them (matched by id on import). */
function sheetKejadian(bd: Basisdata, o: OpsiKumpul): SheetTulis {
  const awal = `${o.bulanAwal}-01`
  const akhir = hariTerakhirBulan(o.bulanAkhir)
  const baris = bd.sqlite
    .prepare(
      `SELECT id, tanggal, desa_kode, kategori, tingkat, status, tanggal_selesai, uraian FROM kejadian
       WHERE (tanggal BETWEEN @awal AND @akhir) OR (tanggal < @awal AND tanggal_selesai BETWEEN @awal AND @akhir)
       ORDER BY tanggal, id`,
    )
    .raw()
    .all({ awal, akhir }) as (string | null)[][]
  return {
    nama: 'Kejadian',
    kolom: KOLOM_KEJADIAN,
    baris: baris.map((r) => {
      const [id, tanggal, desa, kategori, tingkat, status, selesai, uraian] = r as [string, string, string, KategoriKejadian, keyof typeof LABEL_TINGKAT, string, string | null, string]
      // "Tanpa data pribadi" (UU PDP 27/2022): the description becomes its category, no names or places.
      const teks = o.tanpaDataPribadi ? `${LABEL_KATEGORI_KEJADIAN[kategori]} (${LABEL_TINGKAT[tingkat].toLowerCase()})` : uraian
      return [id, { tanggal }, desa, kategori, tingkat, status, selesai === null ? null : { tanggal: selesai }, teks === '' ? null : teks]
    }),
  }
}

/** The stored IKDK results of the months, one column per dimension of the scheme. */
function sheetIkdk(bd: Basisdata, o: OpsiKumpul): SheetTulis {
  const bulan = daftarBulan(o.bulanAwal, o.bulanAkhir)
  const skema = penyimpanSkema(bd)
  const dimensi: string[] = []
  for (const b of bulan) for (const d of skema(b).dimensi) if (!dimensi.includes(d.id)) dimensi.push(d.id)
  const rows = bd.sqlite
    .prepare(`SELECT h.desa_kode, h.bulan, h.nilai, h.kategori, h.keyakinan, h.dimensi, h.skema_id, h.skema_versi FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode AND d.aktif = 1 WHERE h.bulan BETWEEN ? AND ? ORDER BY h.bulan, h.desa_kode`)
    .all(o.bulanAwal, o.bulanAkhir) as { desa_kode: string; bulan: string; nilai: number | null; kategori: string | null; keyakinan: string; dimensi: string; skema_id: string; skema_versi: number }[]
  return {
    nama: 'IKDK',
    kolom: [...KOLOM_IKDK_AWAL, ...dimensi, 'skema'],
    baris: rows.map((r) => {
      const skor = JSON.parse(r.dimensi) as Record<string, number | null>
      return [r.desa_kode, r.bulan, r.nilai, r.kategori, r.keyakinan, ...dimensi.map((d) => skor[d] ?? null), `${r.skema_id}@${r.skema_versi}`]
    }),
  }
}

export function kumpulkanData(bd: Basisdata, o: OpsiKumpul): SheetTulis[] {
  return [sheetDesa(bd, o.hariIni), sheetPersonel(bd, o.hariIni), sheetLaporan(bd, o), sheetKejadian(bd, o), sheetIkdk(bd, o)]
}
