import zlib from 'node:zlib'
import { formatAngka } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { BATAS } from './batas'

/**
 * A small reader of the zip container an .xlsx is, used before SheetJS sees
 * the file: it reads the central directory, refuses anything over the caps
 * from the sizes the directory declares, and then inflates every part with
 * the declared size as a hard limit, so a part that lies about its size
 * (a zip bomb) is stopped after at most that many bytes. It follows the same
 * layout SheetJS reads (central directory offsets, local headers), so both
 * see the same parts.
 */

export interface BagianZip {
  nama: string
  metode: number
  flag: number
  crc: number
  ukuranTerkompresi: number
  ukuran: number
  offsetLokal: number
}

const TTD_CD = 0x02014b50
const TTD_LOKAL = 0x04034b50
const TTD_ZIP64_LOKATOR = 0x07064b50
const MB = 1024 * 1024

const tolak = (pesan: string) => new GalatAplikasi('FILE_TIDAK_VALID', pesan)
const mb = (n: number) => `${formatAngka(n / MB, 1)} MB`
const RUSAK = 'Berkas .xlsx rusak atau terpotong: daftar isi arsip ZIP tidak terbaca.'

/** The Excel-97 container (also used for password-protected .xlsx). */
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])

function cariEocd(buf: Buffer): number {
  const terakhir = buf.length - 22
  const batas = Math.max(0, terakhir - 0xffff)
  for (let i = terakhir; i >= batas; i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06) return i
  }
  return -1
}

/** ZIP64 extra field (0x0001): the 64-bit values replace the 32-bit fields set to 0xFFFFFFFF, in order. */
function bacaZip64(ekstra: Buffer, b: { ukuran: number; ukuranTerkompresi: number; offsetLokal: number }): void {
  let p = 0
  while (p + 4 <= ekstra.length) {
    const id = ekstra.readUInt16LE(p)
    const n = ekstra.readUInt16LE(p + 2)
    if (id === 0x0001) {
      let q = p + 4
      const ambil = () => {
        if (q + 8 > p + 4 + n) throw tolak(RUSAK)
        const v = Number(ekstra.readBigUInt64LE(q))
        q += 8
        return v
      }
      if (b.ukuran === 0xffffffff) b.ukuran = ambil()
      if (b.ukuranTerkompresi === 0xffffffff) b.ukuranTerkompresi = ambil()
      if (b.offsetLokal === 0xffffffff) b.offsetLokal = ambil()
      return
    }
    p += 4 + n
  }
}

/** The central directory, with every cap that the declared sizes alone can decide. */
export function daftarZip(buf: Buffer): BagianZip[] {
  if (buf.length > BATAS.berkas) throw tolak(`Berkas terlalu besar (${mb(buf.length)}); batas ${BATAS.berkas / MB} MB.`)
  if (buf.length >= 8 && buf.subarray(0, 8).equals(CFB)) {
    throw tolak('Berkas berformat Excel lama (.xls) atau dilindungi kata sandi; buka di Excel atau LibreOffice lalu simpan sebagai .xlsx tanpa kata sandi.')
  }
  if (buf.length < 4 || buf.readUInt32LE(0) !== TTD_LOKAL) throw tolak('Berkas bukan buku kerja Excel (.xlsx): isinya bukan arsip ZIP.')
  const eocd = cariEocd(buf)
  if (eocd < 0) throw tolak(RUSAK)
  if (eocd >= 20 && buf.readUInt32LE(eocd - 20) === TTD_ZIP64_LOKATOR) throw tolak('Berkas memakai format ZIP64 yang tidak didukung untuk buku kerja pertukaran.')
  const jumlah = buf.readUInt16LE(eocd + 10)
  const ukuranCd = buf.readUInt32LE(eocd + 12)
  const awalCd = buf.readUInt32LE(eocd + 16)
  if (jumlah > BATAS.jumlahBagian) throw tolak(`Berkas berisi terlalu banyak bagian (${formatAngka(jumlah, 0)}); batas ${formatAngka(BATAS.jumlahBagian, 0)}.`)
  if (awalCd + ukuranCd > eocd) throw tolak(RUSAK)

  const daftar: BagianZip[] = []
  const nama = new Set<string>()
  let total = 0
  let p = awalCd
  for (let i = 0; i < jumlah; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== TTD_CD) throw tolak(RUSAK)
    const panjangNama = buf.readUInt16LE(p + 28)
    const panjangEkstra = buf.readUInt16LE(p + 30)
    const panjangKomentar = buf.readUInt16LE(p + 32)
    if (p + 46 + panjangNama + panjangEkstra + panjangKomentar > eocd) throw tolak(RUSAK)
    const b: BagianZip = {
      nama: buf.toString('latin1', p + 46, p + 46 + panjangNama),
      flag: buf.readUInt16LE(p + 8),
      metode: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      ukuranTerkompresi: buf.readUInt32LE(p + 20),
      ukuran: buf.readUInt32LE(p + 24),
      offsetLokal: buf.readUInt32LE(p + 42),
    }
    bacaZip64(buf.subarray(p + 46 + panjangNama, p + 46 + panjangNama + panjangEkstra), b)
    p += 46 + panjangNama + panjangEkstra + panjangKomentar
    if (nama.has(b.nama)) throw tolak(`Berkas .xlsx tidak valid: bagian ${b.nama} muncul dua kali di arsip ZIP.`)
    nama.add(b.nama)
    if (b.flag & 0x2041) throw tolak('Berkas .xlsx memakai enkripsi ZIP yang tidak didukung; simpan ulang tanpa kata sandi.')
    if (b.metode !== 0 && b.metode !== 8) throw tolak(`Berkas .xlsx rusak: bagian ${b.nama} memakai metode kompresi yang tidak didukung.`)
    if (b.ukuran > BATAS.bagian) throw tolak(`Bagian ${b.nama} di dalam berkas terlalu besar bila dibuka (${mb(b.ukuran)}); batas ${BATAS.bagian / MB} MB per bagian.`)
    total += b.ukuran
    daftar.push(b)
  }
  if (total > 2 * BATAS.bagian) throw tolak(`Isi berkas bila dibuka terlalu besar (${mb(total)}); batas ${(2 * BATAS.bagian) / MB} MB.`)
  return daftar
}

/** One part, uncompressed, never beyond its declared size; its CRC must match. */
export function bukaBagian(buf: Buffer, b: BagianZip): Buffer {
  const p = b.offsetLokal
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== TTD_LOKAL) throw tolak(`Berkas .xlsx rusak atau terpotong: bagian ${b.nama} tidak lengkap.`)
  const panjangNama = buf.readUInt16LE(p + 26)
  const panjangEkstra = buf.readUInt16LE(p + 28)
  const namaLokal = buf.toString('latin1', p + 30, p + 30 + panjangNama)
  // SheetJS trusts the local header: it must say what the directory says.
  const flagLokal = buf.readUInt16LE(p + 6)
  const cocok = (lokal: number, cd: number) => lokal === cd || lokal === 0xffffffff || (flagLokal & 0x08 && lokal === 0)
  if (
    namaLokal !== b.nama ||
    buf.readUInt16LE(p + 8) !== b.metode ||
    flagLokal & 0x2041 ||
    !cocok(buf.readUInt32LE(p + 18), b.ukuranTerkompresi) ||
    !cocok(buf.readUInt32LE(p + 22), b.ukuran)
  ) {
    throw tolak(`Berkas .xlsx rusak: header bagian ${b.nama} tidak sesuai daftar isi ZIP.`)
  }
  const awal = p + 30 + panjangNama + panjangEkstra
  if (awal + b.ukuranTerkompresi > buf.length) throw tolak(`Berkas .xlsx rusak atau terpotong: bagian ${b.nama} tidak lengkap.`)
  const data = buf.subarray(awal, awal + b.ukuranTerkompresi)
  let isi: Buffer
  if (b.metode === 0) {
    isi = data
  } else {
    try {
      isi = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, b.ukuran) })
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tolak(`Bagian ${b.nama} berisi lebih banyak data daripada yang tercatat di daftar isi ZIP (kemungkinan bom ZIP); berkas ditolak.`)
      }
      throw tolak(`Berkas .xlsx rusak atau terpotong: bagian ${b.nama} tidak dapat dibuka.`)
    }
  }
  if (isi.length !== b.ukuran) {
    if (isi.length > b.ukuran) throw tolak(`Bagian ${b.nama} berisi lebih banyak data daripada yang tercatat di daftar isi ZIP (kemungkinan bom ZIP); berkas ditolak.`)
    throw tolak(`Berkas .xlsx rusak atau terpotong: bagian ${b.nama} tidak lengkap.`)
  }
  if (zlib.crc32(isi) !== b.crc) throw tolak(`Berkas .xlsx rusak: isi bagian ${b.nama} tidak utuh (CRC tidak cocok).`)
  return isi
}

/**
 * Checks every part of the zip and returns them all uncompressed, in
 * directory order. SheetJS is then given exactly these bytes, so what it
 * parses is what was checked.
 */
export function bukaZip(buf: Buffer): Map<string, Buffer> {
  const hasil = new Map<string, Buffer>()
  for (const b of daftarZip(buf)) hasil.set(b.nama, bukaBagian(buf, b))
  return hasil
}
