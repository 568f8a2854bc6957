import { GalatAplikasi } from '../../../shared/galat'
import { bulatkan3, type Kejadian, type LaporanMingguan } from '../../../shared/ikdk'
import { bulanSebelumnya, hariTerakhirBulan, mingguDalamBulan } from '../../../shared/iso-week'
import type { Konteks } from '../konteks'
import { tungguTanpaTransaksi } from '../db/transaksi'
import { hitungSatu, perbaruiIkdk } from './hitung'
import { muatDataBulan } from './masukan'
import { penyimpanSkema, skemaUntukBulan } from './skema'

const JUMLAH_TREN = 6

/** Results are brought up to date before any read, so a screen never shows stale values. */
export async function segarkan(k: Konteks): Promise<void> {
  await tungguTanpaTransaksi(k.bd.sqlite)
  perbaruiIkdk(k.bd, k.hariIni())
}

export async function tabelIkdkBulan(k: Konteks, bulan: string) {
  await segarkan(k)
  const s = k.bd.sqlite
  const bulanTersedia = (s.prepare('SELECT DISTINCT bulan FROM hasil_ikdk ORDER BY bulan DESC').all() as { bulan: string }[]).map((r) => r.bulan)
  const tren: string[] = []
  for (let b = bulan, i = 0; i < JUMLAH_TREN; i++, b = bulanSebelumnya(b)) tren.unshift(b)
  const nilaiTren = new Map<string, (number | null)[]>()
  for (const r of s.prepare(`SELECT desa_kode, bulan, nilai FROM hasil_ikdk WHERE bulan BETWEEN ? AND ?`).iterate(tren[0], bulan) as Iterable<{ desa_kode: string; bulan: string; nilai: number | null }>) {
    const arr = nilaiTren.get(r.desa_kode) ?? tren.map(() => null)
    arr[tren.indexOf(r.bulan)] = r.nilai
    nilaiTren.set(r.desa_kode, arr)
  }
  const sebelum = bulanSebelumnya(bulan)
  const baris = s
    .prepare(
      `SELECT h.desa_kode, d.nama desa_nama, kc.nama kecamatan_nama, p.id polsek_id, p.nama polsek_nama, h.nilai, h.kategori, h.keyakinan, h.sementara,
              h.minggu_dilaporkan, h.minggu_dihitung, h.dimensi, h.skema_id, h.skema_versi, s.nilai nilai_sebelum, s.kategori kategori_sebelum
       FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode JOIN kecamatan kc ON kc.kode = d.kecamatan_kode LEFT JOIN polsek p ON p.id = kc.polsek_id
       LEFT JOIN hasil_ikdk s ON s.desa_kode = h.desa_kode AND s.bulan = ?
       WHERE h.bulan = ? ORDER BY h.nilai IS NULL, h.nilai, d.kode`,
    )
    .all(sebelum, bulan) as Record<string, never>[]
  const skema = skemaUntukBulan(k.bd, bulan)
  const terkunci = !!s.prepare('SELECT 1 FROM kunci_periode WHERE bulan = ?').get(bulan)
  return {
    bulan,
    bulanTersedia,
    terkunci,
    skema: { id: skema.id, versi: skema.versi, nama: skema.nama, catatan: skema.catatan ?? '' },
    kategori: skema.kategori.map((x) => ({ nama: x.nama, min: x.min })),
    dimensi: skema.dimensi.map((d) => ({ id: d.id, nama: d.nama, bobot: d.bobot })),
    bulanTren: tren,
    baris: baris.map((b: Record<string, unknown>) => ({
      desaKode: b.desa_kode as string,
      desaNama: b.desa_nama as string,
      kecamatanNama: b.kecamatan_nama as string,
      polsekId: b.polsek_id as number | null,
      polsekNama: b.polsek_nama as string | null,
      nilai: b.nilai as number | null,
      kategori: b.kategori as string | null,
      keyakinan: b.keyakinan as string,
      sementara: b.sementara === 1,
      mingguDilaporkan: b.minggu_dilaporkan as number,
      mingguDihitung: b.minggu_dihitung as number,
      dimensi: JSON.parse(b.dimensi as string) as Record<string, number | null>,
      skema: `${b.skema_id as string}@${b.skema_versi as number}`,
      nilaiSebelumnya: (b.nilai_sebelum as number | null) ?? null,
      kategoriSebelumnya: (b.kategori_sebelum as string | null) ?? null,
      perubahan: b.nilai !== null && b.nilai_sebelum !== null && b.nilai_sebelum !== undefined ? bulatkan3(bulatkan3(b.nilai as number) - bulatkan3(b.nilai_sebelum as number)) : null,
      tren: nilaiTren.get(b.desa_kode as string) ?? tren.map(() => null),
    })),
  }
}

/**
 * "Mengapa nilai ini?": the stored result, the engine's full explanation
 * recomputed from the data, and the rows behind it.
 */
export async function rincianIkdk(k: Konteks, desaKode: string, bulan: string) {
  await segarkan(k)
  const s = k.bd.sqlite
  const tersimpan = s.prepare('SELECT nilai, kategori, keyakinan, skema_id, skema_versi, dihitung_pada FROM hasil_ikdk WHERE desa_kode = ? AND bulan = ?').get(desaKode, bulan) as
    | { nilai: number | null; kategori: string | null; keyakinan: string; skema_id: string; skema_versi: number; dihitung_pada: string }
    | undefined
  const desa = s.prepare('SELECT d.kode, d.nama, kc.nama kecamatan, d.penduduk, d.jumlah_kk, d.pos_kamling_total FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE d.kode = ?').get(desaKode) as
    | { kode: string; nama: string; kecamatan: string; penduduk: number | null; jumlah_kk: number | null; pos_kamling_total: number | null }
    | undefined
  if (!desa) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Desa ${desaKode} tidak ditemukan.`)
  const data = muatDataBulan(k.bd, bulan, [desaKode]).get(desaKode)!
  const hasil = hitungSatu(penyimpanSkema(k.bd), bulan, data, k.hariIni())
  const sama = tersimpan ? (tersimpan.nilai === null ? hasil.nilai === null : hasil.nilai !== null && bulatkan3(tersimpan.nilai) === bulatkan3(hasil.nilai)) : false
  const urut = (a: LaporanMingguan, b: LaporanMingguan) => a.tahun - b.tahun || a.minggu - b.minggu
  return {
    desa,
    bulan,
    minggu: mingguDalamBulan(bulan),
    tanggalAkhir: hariTerakhirBulan(bulan),
    tersimpan: tersimpan ? { nilai: tersimpan.nilai, kategori: tersimpan.kategori, keyakinan: tersimpan.keyakinan, skema: `${tersimpan.skema_id}@${tersimpan.skema_versi}`, dihitungPada: tersimpan.dihitung_pada } : null,
    samaDenganTersimpan: sama,
    hasil,
    laporan: [...data.laporan].sort(urut),
    kejadian: [...data.kejadian].sort((a: Kejadian, b: Kejadian) => a.tanggal.localeCompare(b.tanggal)),
  }
}
