import { formatAngka, namaBulan } from '../../../../shared/format'
import { mingguDalamBulan } from '../../../../shared/iso-week'
import { KOLOM_SEL_MINGGUAN, validasiBaris } from '../../../../shared/mingguan'
import { bulanMingguIngat, daftarBulan } from '../kalender'
import { masalah } from '../pesan'
import { type Baris, type KonteksRencana, sama } from './konteks'

const kunci = (kode: string, tahun: number, minggu: number) => `${kode}|${tahun}|${minggu}`

/**
 * Weekly reports, keyed by desa and ISO week. The rules between fields run
 * through the app's own validasiBaris, with the pos kamling total the file
 * gives for the desa (else the stored one). A replacement deletes the
 * period's rows the file no longer has.
 */
export function rencanaLaporan(k: KonteksRencana): void {
  const minggu = daftarBulan(k.m.bulanAwal, k.m.bulanAkhir).flatMap((b) => mingguDalamBulan(b))
  const [awal, akhir] = [minggu[0]!, minggu[minggu.length - 1]!]
  const laporanDb = new Map<string, Baris>()
  // Mode Polda, a Polres file: only that Polres' rows can change, so only they are read
  // (reading every Polres' rows for each file would grow with the whole province).
  const sqlPolres = k.polresBerkas === null ? '' : ' AND desa_kode IN (SELECT d.kode FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode JOIN polres_kabupaten pk ON pk.kabupaten_kode = kc.kabupaten_kode WHERE pk.polres_kode = @polres)'
  const rentang = { ta: awal.tahun, ma: awal.minggu, tz: akhir.tahun, mz: akhir.minggu, ...(k.polresBerkas !== null && { polres: k.polresBerkas }) }
  for (const r of k.s.prepare(`SELECT * FROM laporan_mingguan WHERE (tahun, minggu) >= (@ta, @ma) AND (tahun, minggu) <= (@tz, @mz)${sqlPolres}`).all(rentang) as Baris[]) {
    laporanDb.set(kunci(r['desa_kode'] as string, r['tahun'] as number, r['minggu'] as number), r)
  }
  const diBerkas = new Set<string>()
  for (const x of k.isi.kunciLaporanMentah) {
    const r = k.desa(x.kode)
    diBerkas.add(kunci('kode' in r ? r.kode : x.kode, x.tahun, x.minggu))
  }
  const h = k.h.LaporanMingguan
  const dilihat = new Map<string, number>()
  for (const b of k.isi.laporan) {
    const r = k.desa(b.kode)
    if ('pesan' in r) {
      k.tolak('LaporanMingguan', b.nomor, 'kode_desa', r.pesan)
      continue
    }
    const kk = kunci(r.kode, b.tahun, b.minggu)
    if (dilihat.has(kk)) {
      k.tolak('LaporanMingguan', b.nomor, 'kode_desa', `laporan desa ${r.kode} minggu ${b.minggu} tahun ${b.tahun} sudah ada di baris ${dilihat.get(kk)} (kode lama dan kode baru desa yang sama)`)
      continue
    }
    dilihat.set(kk, b.nomor)
    const pos = k.desaBerkas.has(r.kode) ? k.desaBerkas.get(r.kode)!.pos_kamling_total : ((k.desaDb.get(r.kode)!['pos_kamling_total'] as number | null) ?? null)
    const aturan = validasiBaris(b.nilai, pos)
    if (aturan.length) {
      const n = (v: number | null) => formatAngka(v ?? 0, 0)
      const teks = (x: (typeof aturan)[number]) =>
        x.kolom === 'masalah_selesai'
          ? `nilai ${n(b.nilai.masalah_selesai)} melebihi masalah_ditangani (${n(b.nilai.masalah_ditangani)})`
          : x.kolom === 'pos_kamling_aktif'
            ? `nilai ${n(b.nilai.pos_kamling_aktif)} melebihi pos_kamling_total desa (${n(pos)})`
            : x.pesan
      k.tolak('LaporanMingguan', b.nomor, aturan[0]!.kolom, teks(aturan[0]!))
      for (const x of aturan.slice(1)) k.kesalahan.push(masalah('LaporanMingguan', b.nomor, x.kolom, teks(x)))
      continue
    }
    const sebelum = laporanDb.get(kk) ?? null
    const kosong = KOLOM_SEL_MINGGUAN.every((c) => b.nilai[c] === null)
    const beda = KOLOM_SEL_MINGGUAN.filter((c) => !sama(sebelum?.[c], b.nilai[c]))
    if ((!sebelum && kosong) || (sebelum && !beda.length)) {
      h.sama++
      continue
    }
    const bulan = bulanMingguIngat(b.tahun, b.minggu)
    if (k.terkunci.has(bulan)) {
      k.tolak('LaporanMingguan', b.nomor, 'minggu', `periode ${namaBulan(bulan)} sudah dikunci; laporan minggu ${b.minggu} tahun ${b.tahun} tidak dapat diubah lewat impor`)
      continue
    }
    // A row left blank in every field is "not reported": the stored row goes.
    const jenis = !sebelum ? 'baru' : kosong ? 'dihapus' : 'berubah'
    h[jenis]++
    k.ubah(
      { tabel: 'laporan_mingguan', kunci: [r.kode, b.tahun, b.minggu], sebelum, sesudah: kosong ? null : { desa_kode: r.kode, tahun: b.tahun, minggu: b.minggu, ...b.nilai } },
      { sheet: 'LaporanMingguan', baris: b.nomor, kunci: `${r.kode} minggu ${b.minggu} ${b.tahun}`, jenis, kolom: jenis === 'berubah' ? beda : [] },
    )
  }
  if (!k.opsi.ganti) return
  // Own satker: all its desa; Mode Polda, a Polres file: every desa of that Polres;
  // another satker otherwise: the desa its file lists.
  const cakupan =
    k.m.satkerKode === k.opsi.satkerSendiri ? null : k.polresBerkas !== null ? { has: (kode: string) => k.polresDari(kode) === k.polresBerkas } : k.desaBerkas
  for (const [kk, sebelum] of laporanDb) {
    if (diBerkas.has(kk)) continue
    const kode = sebelum['desa_kode'] as string
    if (cakupan && !cakupan.has(kode)) continue
    const [tahun, mg] = [sebelum['tahun'] as number, sebelum['minggu'] as number]
    const bulan = bulanMingguIngat(tahun, mg)
    if (k.terkunci.has(bulan)) {
      k.kesalahan.push(masalah('LaporanMingguan', null, null, `laporan desa ${kode} minggu ${mg} tahun ${tahun} tidak ada di berkas dan akan dihapus, tetapi periode ${namaBulan(bulan)} sudah dikunci`))
      h.ditolak++
      continue
    }
    h.dihapus++
    k.ubah({ tabel: 'laporan_mingguan', kunci: [kode, tahun, mg], sebelum, sesudah: null }, { sheet: 'LaporanMingguan', baris: null, kunci: `${kode} minggu ${mg} ${tahun}`, jenis: 'dihapus', kolom: [] })
  }
}
