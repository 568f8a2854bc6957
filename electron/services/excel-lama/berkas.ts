import crypto from 'node:crypto'
import * as XLSX from 'xlsx'
import { formatAngkaRingkas, formatTanggal } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import type { Basisdata } from '../db/koneksi'
import type { Konteks } from '../konteks'
import type { NilaiSel } from '../pertukaran/baca/sel'
import { bacaBukuBebas, bukaBase64, type BukuBebas, type SheetBebas } from '../templat/buku-bebas'
import { saranKolom, tebakBarisJudul } from './saran'

/**
 * An old workbook is uploaded once and kept parsed (newest few per open
 * database) while the user goes through the dialog's steps.
 */

interface BerkasLama {
  token: string
  namaBerkas: string
  buku: BukuBebas
}

const SIMPAN = 3
const semua = new WeakMap<Basisdata, Map<string, BerkasLama>>()

export function ambilBerkas(bd: Basisdata, token: string): BerkasLama {
  const b = semua.get(bd)?.get(token)
  if (!b) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Berkas sudah tidak tersimpan di aplikasi; pilih berkas Excel itu lagi.')
  return b
}

export function ambilSheet(bd: Basisdata, token: string, nama: string): { berkas: BerkasLama; sheet: SheetBebas } {
  const berkas = ambilBerkas(bd, token)
  const sheet = berkas.buku.sheet.get(nama)
  if (!sheet) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Sheet "${nama}" tidak ada di berkas ${berkas.namaBerkas}.`)
  return { berkas, sheet }
}

/** A cell as the dialog shows it: numbers and dates the Indonesian way. */
export function tampilSel(s: NilaiSel | undefined): string {
  if (!s) return ''
  switch (s.jenis) {
    case 'angka':
      return formatAngkaRingkas(s.nilai, 6)
    case 'tanggal':
      return formatTanggal(s.nilai)
    case 'teks':
      return s.nilai.length > 60 ? `${s.nilai.slice(0, 60)}…` : s.nilai
    case 'bool':
      return s.nilai ? 'Ya' : 'Tidak'
    case 'galat':
      return '(galat)'
    default:
      return ''
  }
}

const adaIsi = (r: NilaiSel[] | undefined) => !!r && r.some((s) => s.jenis !== 'kosong')
const lebar = (sh: SheetBebas) => Math.max(0, ...sh.baris.map((r) => r.length))

/** 'C' for index 2; a blank header becomes 'Kolom C'. */
export const hurufKolom = (c: number) => XLSX.utils.encode_col(c)
export function judulKolom(sh: SheetBebas, barisJudul: number, c: number): string {
  const s = sh.baris[barisJudul - 1]?.[c]
  const t = s && s.jenis !== 'kosong' && s.jenis !== 'galat' ? tampilSel(s).trim() : ''
  return t || `Kolom ${hurufKolom(c)}`
}

export function bacaExcelLama(k: Konteks, m: { namaBerkas: string; berkasBase64: string } | { berkasToken: string; sheet: string; barisJudul?: number }) {
  let berkas: BerkasLama
  if ('berkasBase64' in m) {
    const buku = bacaBukuBebas(bukaBase64(m.berkasBase64))
    if (![...buku.sheet.values()].some((s) => s.baris.some(adaIsi))) throw new GalatAplikasi('FILE_TIDAK_VALID', 'Berkas tidak berisi data di sheet mana pun.')
    berkas = { token: crypto.randomUUID(), namaBerkas: m.namaBerkas, buku }
    const peta = semua.get(k.bd) ?? new Map<string, BerkasLama>()
    semua.set(k.bd, peta)
    peta.set(berkas.token, berkas)
    while (peta.size > SIMPAN) peta.delete(peta.keys().next().value!)
  } else berkas = ambilBerkas(k.bd, m.berkasToken)

  const daftar = berkas.buku.namaSheet.filter((n) => berkas.buku.sheet.has(n))
  const pilihan = 'sheet' in m ? m.sheet : (daftar.find((n) => berkas.buku.sheet.get(n)!.baris.filter(adaIsi).length > 1) ?? daftar[0]!)
  const sh = berkas.buku.sheet.get(pilihan)
  if (!sh) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Sheet "${pilihan}" tidak ada di berkas ${berkas.namaBerkas}.`)
  const barisJudul = 'barisJudul' in m && m.barisJudul !== undefined ? m.barisJudul : tebakBarisJudul(sh.baris) + 1
  const n = lebar(sh)
  const judul = Array.from({ length: n }, (_, c) => judulKolom(sh, barisJudul, c))
  const saran = saranKolom(judul.map((j, c) => (j === `Kolom ${hurufKolom(c)}` ? '' : j)))
  const data = sh.baris.slice(barisJudul).filter(adaIsi)
  const kolom = judul
    .map((j, c) => ({
      indeks: c,
      huruf: hurufKolom(c),
      judul: j,
      saran: saran[c] ?? null,
      contoh: data
        .map((r) => tampilSel(r[c]))
        .filter(Boolean)
        .slice(0, 3),
    }))
    // Columns with neither a header nor data are left out.
    .filter((x) => x.judul !== `Kolom ${x.huruf}` || x.contoh.length > 0)
  return {
    berkasToken: berkas.token,
    namaBerkas: berkas.namaBerkas,
    sheet: daftar.map((nama) => ({ nama, jumlahBaris: berkas.buku.sheet.get(nama)!.baris.filter(adaIsi).length })),
    sheetDipilih: pilihan,
    barisJudul,
    awal: sh.baris.slice(0, Math.max(12, barisJudul + 4)).map((r) => Array.from({ length: Math.min(n, 20) }, (_, c) => tampilSel(r[c]))),
    kolom,
    jumlahBarisData: data.length,
  }
}
