import type { AktivitasRekap, BarisRekapPolda } from '../../../shared/api-polda'
import { GalatAplikasi } from '../../../shared/galat'
import { hariTerakhirBulan, mingguDalamBulan } from '../../../shared/iso-week'
import { perbaruiIkdk } from '../ikdk/hitung'
import { skemaUntukBulan } from '../ikdk/skema'
import type { Konteks } from '../konteks'
import { daftarPolres, JOIN_POLRES, satkerPolda } from './satker'

const KOLOM_JUMLAH = ['kk_dikunjungi', 'penyuluhan', 'masalah_ditangani', 'masalah_selesai', 'info_deteksi_dini', 'ronda_malam', 'pertemuan_fkpm', 'pertemuan_3pilar', 'kegiatan_pangan', 'sosialisasi_pilkada'] as const

/** The ISO weeks whose Thursday falls in the month, as a SQL condition on laporan_mingguan (alias l). */
function syaratMinggu(bulan: string): string {
  return `(${mingguDalamBulan(bulan).map((w) => `(l.tahun = ${w.tahun} AND l.minggu = ${w.minggu})`).join(' OR ')})`
}

const aktivitasKosong = (): AktivitasRekap => ({ laporan: 0, ...Object.fromEntries(KOLOM_JUMLAH.map((c) => [c, 0])), kejadian: 0 }) as AktivitasRekap

/**
 * "Rekap Polda" for a month: per Polres its desa, how many fall in each IKDK
 * category (scheme of that month) and their mean, and the month's activity
 * totals (weekly reports of the weeks whose Thursday is in the month, and
 * incidents dated in it); then the same across the Polda.
 */
export async function rekapPolda(k: Konteks, m: { bulan: string }) {
  satkerPolda(k.bd)
  perbaruiIkdk(k.bd, k.hariIni())
  const s = k.bd.sqlite
  const kategori = skemaUntukBulan(k.bd, m.bulan).kategori.map((x) => x.nama)
  const baris = new Map<string, BarisRekapPolda>()
  for (const p of daftarPolres(k.bd)) {
    baris.set(p.kode, { kode: p.kode, nama: p.nama, jumlahDesa: 0, kategori: Object.fromEntries(kategori.map((x) => [x, 0])), tanpaNilai: 0, rataIkdk: null, keyakinanRendah: 0, aktivitas: aktivitasKosong(), revisi: null })
  }
  const ambil = (kode: string) => baris.get(kode)!
  for (const r of s.prepare(`SELECT pk.polres_kode AS p, count(*) AS n FROM desa d ${JOIN_POLRES('d')} WHERE d.aktif = 1 GROUP BY pk.polres_kode`).all() as { p: string; n: number }[]) {
    ambil(r.p).jumlahDesa = r.n
  }
  for (const r of s
    .prepare(`SELECT pk.polres_kode AS p, h.kategori AS kat, count(*) AS n, sum(h.nilai) AS jumlah FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode AND d.aktif = 1 ${JOIN_POLRES('d')} WHERE h.bulan = ? AND h.nilai IS NOT NULL GROUP BY pk.polres_kode, h.kategori`)
    .all(m.bulan) as { p: string; kat: string; n: number; jumlah: number }[]) {
    const b = ambil(r.p)
    b.kategori[r.kat] = (b.kategori[r.kat] ?? 0) + r.n
  }
  for (const r of s
    .prepare(`SELECT pk.polres_kode AS p, avg(h.nilai) AS rata, sum(h.keyakinan = 'Rendah') AS rendah FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode AND d.aktif = 1 ${JOIN_POLRES('d')} WHERE h.bulan = ? AND h.nilai IS NOT NULL GROUP BY pk.polres_kode`)
    .all(m.bulan) as { p: string; rata: number; rendah: number }[]) {
    ambil(r.p).rataIkdk = r.rata
    ambil(r.p).keyakinanRendah = r.rendah
  }
  const jumlahKolom = KOLOM_JUMLAH.map((c) => `coalesce(sum(l.${c}), 0) AS ${c}`).join(', ')
  for (const r of s
    .prepare(`SELECT pk.polres_kode AS p, count(*) AS laporan, ${jumlahKolom} FROM laporan_mingguan l JOIN desa d ON d.kode = l.desa_kode ${JOIN_POLRES('d')} WHERE ${syaratMinggu(m.bulan)} GROUP BY pk.polres_kode`)
    .all() as ({ p: string } & Omit<AktivitasRekap, 'kejadian'>)[]) {
    const { p, ...jumlah } = r
    Object.assign(ambil(p).aktivitas, jumlah)
  }
  for (const r of s
    .prepare(`SELECT pk.polres_kode AS p, count(*) AS n FROM kejadian j JOIN desa d ON d.kode = j.desa_kode ${JOIN_POLRES('d')} WHERE j.tanggal BETWEEN ? AND ? GROUP BY pk.polres_kode`)
    .all(`${m.bulan}-01`, hariTerakhirBulan(m.bulan)) as { p: string; n: number }[]) {
    ambil(r.p).aktivitas.kejadian = r.n
  }
  for (const r of s.prepare('SELECT satker_kode AS p, revisi FROM periode_impor WHERE bulan_awal <= ? AND bulan_akhir >= ?').all(m.bulan, m.bulan) as { p: string; revisi: number }[]) {
    if (baris.has(r.p)) ambil(r.p).revisi = r.revisi
  }
  const polres = [...baris.values()]
  for (const b of polres) b.tanpaNilai = b.jumlahDesa - Object.values(b.kategori).reduce((a, n) => a + n, 0)

  const total: BarisRekapPolda = { kode: satkerPolda(k.bd).kode, nama: 'Jumlah Polda', jumlahDesa: 0, kategori: Object.fromEntries(kategori.map((x) => [x, 0])), tanpaNilai: 0, rataIkdk: null, keyakinanRendah: 0, aktivitas: aktivitasKosong(), revisi: null }
  for (const b of polres) {
    total.jumlahDesa += b.jumlahDesa
    total.tanpaNilai += b.tanpaNilai
    total.keyakinanRendah += b.keyakinanRendah
    for (const [x, n] of Object.entries(b.kategori)) total.kategori[x] = (total.kategori[x] ?? 0) + n
    for (const [x, n] of Object.entries(b.aktivitas)) total.aktivitas[x as keyof AktivitasRekap] += n
  }
  const rata = s.prepare(`SELECT avg(h.nilai) AS rata FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode AND d.aktif = 1 ${JOIN_POLRES('d')} WHERE h.bulan = ? AND h.nilai IS NOT NULL`).get(m.bulan) as { rata: number | null }
  total.rataIkdk = rata.rata
  return { bulan: m.bulan, kategori, polres, total }
}

/** The drill-down: a Polres' desa with their IKDK and the month's activity. */
export async function rekapDesaPolres(k: Konteks, m: { bulan: string; polresKode: string }) {
  satkerPolda(k.bd)
  const s = k.bd.sqlite
  const polres = s.prepare('SELECT kode, nama FROM polres WHERE kode = ?').get(m.polresKode) as { kode: string; nama: string } | undefined
  if (!polres) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Polres ${m.polresKode} tidak terdaftar di Polda ini.`)
  const desa = s
    .prepare(
      `SELECT d.kode, d.nama, kc.nama AS kecamatan, kb.nama AS kabupaten, h.nilai, h.kategori, h.keyakinan,
        (SELECT count(*) FROM laporan_mingguan l WHERE l.desa_kode = d.kode AND ${syaratMinggu(m.bulan)}) AS laporan,
        (SELECT coalesce(sum(l.kk_dikunjungi), 0) FROM laporan_mingguan l WHERE l.desa_kode = d.kode AND ${syaratMinggu(m.bulan)}) AS kk_dikunjungi,
        (SELECT count(*) FROM kejadian j WHERE j.desa_kode = d.kode AND j.tanggal BETWEEN @awal AND @akhir) AS kejadian
       FROM desa d ${JOIN_POLRES('d')} JOIN kabupaten kb ON kb.kode = kc.kabupaten_kode
       LEFT JOIN hasil_ikdk h ON h.desa_kode = d.kode AND h.bulan = @bulan
       WHERE d.aktif = 1 AND pk.polres_kode = @polres ORDER BY d.kode`,
    )
    .all({ bulan: m.bulan, polres: m.polresKode, awal: `${m.bulan}-01`, akhir: hariTerakhirBulan(m.bulan) }) as {
    kode: string
    nama: string
    kecamatan: string
    kabupaten: string
    nilai: number | null
    kategori: string | null
    keyakinan: string | null
    laporan: number
    kk_dikunjungi: number
    kejadian: number
  }[]
  return { polres, desa }
}
