import type { BidangExcelLama } from '../../../shared/api-templat'
import { KOLOM_SEL_MINGGUAN } from '../../../shared/mingguan'
import type { NilaiSel } from '../pertukaran/baca/sel'

/**
 * Guesses for an old workbook: which row is the header (the one whose
 * cells read most like the weekly fields' names), and which field each
 * column holds. Only suggestions: the user confirms or changes each one.
 */

/** Lower case, letters and digits separated by one space: 'Jml. KK  Dikunjungi' → 'jml kk dikunjungi'. */
export const normalTeks = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()

/** Words people write in their own headers, per field; the longest match wins. */
const SINONIM: Record<BidangExcelLama, string[]> = {
  desa_kode: ['kode desa', 'kode kelurahan', 'kode wilayah', 'kode desa kel', 'kode'],
  desa_nama: ['nama desa', 'desa kelurahan', 'desa kel', 'desa', 'kelurahan', 'nama kelurahan'],
  kecamatan: ['kecamatan', 'kec'],
  tanggal: ['tanggal', 'tgl', 'tanggal laporan', 'hari tanggal'],
  minggu: ['minggu ke', 'minggu', 'mg', 'pekan', 'week'],
  kk_dikunjungi: ['kk dikunjungi', 'kk yang dikunjungi', 'sambang', 'dds', 'door to door', 'kunjungan kk', 'jumlah kk', 'kunjungan'],
  penyuluhan: ['penyuluhan', 'binluh', 'luhkum'],
  masalah_ditangani: ['masalah ditangani', 'problem solving', 'ps ditangani', 'mediasi', 'kasus ditangani', 'ditangani'],
  masalah_selesai: ['masalah selesai', 'ps selesai', 'kasus selesai', 'selesai', 'tuntas'],
  info_deteksi_dini: ['info deteksi dini', 'deteksi dini', 'dedi', 'informasi', 'laporan informasi', 'info'],
  pos_kamling_aktif: ['pos kamling aktif', 'poskamling aktif', 'pos kamling', 'poskamling', 'kamling'],
  ronda_malam: ['ronda malam', 'ronda', 'siskamling malam'],
  pertemuan_fkpm: ['pertemuan fkpm', 'fkpm'],
  pertemuan_3pilar: ['pertemuan 3 pilar', '3 pilar', 'tiga pilar', '3pilar'],
  kegiatan_pangan: ['kegiatan pangan', 'ketahanan pangan', 'pendampingan petani', 'pangan', 'petani', 'pupuk'],
  sosialisasi_pilkada: ['sosialisasi pilkada', 'pilkada', 'pemilu', 'pemilihan'],
  nrp_pelapor: ['nrp pelapor', 'nrp bhabin', 'nrp'],
  catatan: ['catatan', 'keterangan', 'ket', 'uraian'],
}

const BIDANG = Object.keys(SINONIM) as BidangExcelLama[]

/** How well a header names a field: exact field name, then the longest synonym found as whole words. */
function skor(judul: string, b: BidangExcelLama): number {
  const n = normalTeks(judul)
  if (!n) return 0
  if (n === normalTeks(b) || n === b) return 1000
  let terbaik = 0
  const kata = ` ${n} `
  for (const s of SINONIM[b]) {
    if (n === s) terbaik = Math.max(terbaik, 500 + s.length)
    else if (kata.includes(` ${s} `)) terbaik = Math.max(terbaik, s.length * 10)
  }
  return terbaik
}

/** One field per column and one column per field, best scores first. */
export function saranKolom(judul: string[]): (BidangExcelLama | null)[] {
  const calon: { c: number; b: BidangExcelLama; s: number }[] = []
  judul.forEach((j, c) => {
    for (const b of BIDANG) {
      const s = skor(j, b)
      if (s > 0) calon.push({ c, b, s })
    }
  })
  calon.sort((a, b) => b.s - a.s || a.c - b.c)
  const hasil: (BidangExcelLama | null)[] = judul.map(() => null)
  const dipakai = new Set<BidangExcelLama>()
  for (const x of calon) {
    if (hasil[x.c] !== null || dipakai.has(x.b)) continue
    hasil[x.c] = x.b
    dipakai.add(x.b)
  }
  return hasil
}

/** The header row (0-based) among the first rows: most text cells that name a field, then most text cells. */
export function tebakBarisJudul(baris: NilaiSel[][], batas = 30): number {
  let terbaik = 0
  let nilaiTerbaik = -1
  for (let r = 0; r < Math.min(batas, baris.length); r++) {
    const teks = (baris[r] ?? []).filter((s) => s.jenis === 'teks').map((s) => (s as { nilai: string }).nilai)
    if (teks.length < 2) continue
    const cocok = teks.filter((t) => BIDANG.some((b) => skor(t, b) > 0)).length
    const nilai = cocok * 10 + teks.length
    if (nilai > nilaiTerbaik) {
      nilaiTerbaik = nilai
      terbaik = r
    }
  }
  return terbaik
}

export const BIDANG_NILAI = KOLOM_SEL_MINGGUAN
