import { GalatAplikasi } from '../../../../shared/galat'
import { uraiBulan } from '../../../../shared/iso-week'
import { BATAS } from '../batas'
import { teksTandaTangan } from '../checksum'
import { FORMAT, KUNCI_MANIFEST_WAJIB, SHEET_DATA, type SheetData, VERSI_FORMAT } from '../kolom'
import type { Manifest } from '../jenis'
import { masalah, type Masalah } from '../pesan'
import type { SheetTerbaca } from './buku'
import { teksCsv } from './sel'

const tolak = (pesan: string) => new GalatAplikasi('FILE_TIDAK_VALID', pesan)
const POLA_WAKTU = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

function bulan(nilai: string, kunci: string): string {
  const b = /^\d{4}-\d{2}-\d{2}$/.test(nilai) ? nilai.slice(0, 7) : nilai
  try {
    uraiBulan(b)
    return b
  } catch {
    throw tolak(`Manifest: ${kunci} "${nilai}" harus berbentuk TTTT-BB, mis. 2024-09.`)
  }
}

function bulat(nilai: string, kunci: string, min: number): number {
  const n = Number(nilai)
  if (!/^\d+$/.test(nilai) || !Number.isSafeInteger(n) || n < min) throw tolak(`Manifest: ${kunci} "${nilai}" harus bilangan bulat ${min} atau lebih.`)
  return n
}

const bedaBulan = (a: string, b: string) => {
  const x = uraiBulan(a)
  const y = uraiBulan(b)
  return (y.tahun - x.tahun) * 12 + (y.bulan - x.bulan)
}

/**
 * The Manifest sheet: two columns, kunci and nilai. Every key once; nothing
 * may follow tanda_tangan (it would not be signed).
 */
export function bacaManifest(sheet: SheetTerbaca, peringatan: Masalah[]): Manifest {
  const isi = new Map<string, string>()
  const ditandatangani: [string, string][] = []
  let tandaTangan: string | null = null
  for (const b of sheet.baris) {
    const [kSel, nSel] = b.sel as [Parameters<typeof teksCsv>[0], Parameters<typeof teksCsv>[0]]
    if (kSel.jenis === 'galat' || nSel.jenis === 'galat') throw tolak(`Sheet Manifest baris ${b.nomor}: ${kSel.jenis === 'galat' ? kSel.pesan : (nSel as { pesan: string }).pesan}.`)
    const kunciMentah = teksCsv(kSel)
    const nilaiMentah = teksCsv(nSel)
    const kunci = kunciMentah.trim().toLowerCase()
    if (tandaTangan !== null) throw tolak(`Manifest: baris ${b.nomor} (${kunci || 'kosong'}) ada sesudah tanda_tangan dan tidak ikut ditandatangani; berkas ditolak.`)
    if (kunci === '') throw tolak(`Sheet Manifest baris ${b.nomor}: kunci kosong.`)
    if (isi.has(kunci)) throw tolak(`Manifest: kunci ${kunci} muncul dua kali.`)
    if (kunci === 'tanda_tangan') {
      tandaTangan = nilaiMentah.trim()
      continue
    }
    isi.set(kunci, nilaiMentah.trim())
    ditandatangani.push([kunciMentah, nilaiMentah])
  }
  const hilang = KUNCI_MANIFEST_WAJIB.filter((k) => !isi.has(k) || isi.get(k) === '')
  if (hilang.length) throw tolak(`Manifest tidak memuat kunci: ${hilang.join(', ')}.`)
  const ambil = (k: (typeof KUNCI_MANIFEST_WAJIB)[number]) => isi.get(k)!

  if (ambil('format') !== FORMAT) throw tolak(`Manifest: format "${ambil('format')}" bukan ${FORMAT}; berkas ini bukan berkas pertukaran Binmas Desk.`)
  if (ambil('versi_format') !== String(VERSI_FORMAT)) {
    throw tolak(`Manifest: versi_format "${ambil('versi_format')}" tidak didukung; aplikasi ini membaca versi ${VERSI_FORMAT}. Perbarui Binmas Desk bila berkas dibuat versi yang lebih baru.`)
  }
  const satkerKode = ambil('satker_kode')
  if (!/^\d{2}(\.\d{2})?$/.test(satkerKode)) throw tolak(`Manifest: satker_kode "${satkerKode}" tidak valid (contoh 53.03 untuk Polres, 53 untuk Polda).`)
  const bulanAwal = bulan(ambil('bulan_awal'), 'bulan_awal')
  const bulanAkhir = bulan(ambil('bulan_akhir'), 'bulan_akhir')
  if (bulanAwal > bulanAkhir) throw tolak(`Manifest: bulan_awal ${bulanAwal} sesudah bulan_akhir ${bulanAkhir}.`)
  if (bedaBulan(bulanAwal, bulanAkhir) >= BATAS.bulan) throw tolak(`Manifest: periode ${bulanAwal} s.d. ${bulanAkhir} lebih dari ${BATAS.bulan} bulan.`)
  const revisi = bulat(ambil('revisi'), 'revisi', 1)
  const dibuatPada = ambil('dibuat_pada')
  const waktu = POLA_WAKTU.exec(dibuatPada)
  if (!waktu || Number.isNaN(Date.parse(dibuatPada))) throw tolak(`Manifest: dibuat_pada "${dibuatPada}" harus tanggal-waktu ISO 8601 dengan zona waktu, mis. 2024-10-05T09:30:00+08:00.`)

  const baris: Partial<Record<SheetData, number>> = {}
  const sha256: Partial<Record<SheetData, string>> = {}
  const dikenal = new Set<string>([...KUNCI_MANIFEST_WAJIB])
  for (const s of SHEET_DATA) {
    const kb = `baris_${s}`.toLowerCase()
    const kh = `sha256_${s}`.toLowerCase()
    dikenal.add(kb).add(kh)
    if (isi.get(kb)) baris[s] = bulat(isi.get(kb)!, `baris_${s}`, 0)
    const h = isi.get(kh)
    if (h) {
      if (!/^[0-9a-fA-F]{64}$/.test(h)) throw tolak(`Manifest: sha256_${s} bukan checksum SHA-256 (64 karakter heksadesimal).`)
      sha256[s] = h.toLowerCase()
    }
  }
  const asing = [...isi.keys()].filter((k) => !dikenal.has(k) && !/^(baris|sha256)_ikdk$/.test(k))
  if (asing.length) peringatan.push(masalah('Manifest', null, null, `kunci tidak dikenal diabaikan: ${asing.join(', ')}`))

  return {
    format: ambil('format'),
    versiFormat: VERSI_FORMAT,
    satkerKode,
    satkerNama: ambil('satker_nama'),
    polda: ambil('polda'),
    bulanAwal,
    bulanAkhir,
    revisi,
    dibuatPada,
    dibuatOleh: ambil('dibuat_oleh'),
    skemaIkdk: ambil('skema_ikdk'),
    baris,
    sha256,
    tandaTangan,
    teksDitandatangani: teksTandaTangan(ditandatangani),
  }
}

/** The calendar date of dibuat_pada in its own offset ('2024-10-05T23:30:00+08:00' → '2024-10-05'). */
export const tanggalDibuat = (m: Manifest) => m.dibuatPada.slice(0, 10)
