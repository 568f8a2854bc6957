import * as XLSX from 'xlsx'
import { formatAngka } from '../../../../shared/format'
import { GalatAplikasi } from '../../../../shared/galat'
import { BATAS } from '../batas'
import { KOLOM_SHEET, SHEET_SEMUA, SHEET_WAJIB, type SheetData } from '../kolom'
import { masalah, type Masalah } from '../pesan'
import { KOSONG, nilaiSel, type NilaiSel, RUMUS_TANPA_NILAI, teksCsv } from './sel'
import { periksaStruktur } from './struktur'

/** A data row: its spreadsheet row number and its cells in the contract's column order. */
export interface BarisSheet {
  nomor: number
  sel: NilaiSel[]
}

export interface SheetTerbaca {
  nama: string
  kolom: readonly string[]
  /** Rows after the header, fully blank rows left out (as the checksum does). */
  baris: BarisSheet[]
}

export type NamaSheetBaca = 'Manifest' | SheetData

export interface BukuTerbaca {
  sheet: Record<NamaSheetBaca, SheetTerbaca>
  peringatan: Masalah[]
}

const tolak = (pesan: string) => new GalatAplikasi('FILE_TIDAK_VALID', pesan)
const normalKepala = (s: string) => s.trim().toLowerCase()

function sheetHilang(ada: string[]): GalatAplikasi | null {
  const hilang = SHEET_WAJIB.filter((s) => !ada.includes(s))
  if (!hilang.length) return null
  const mirip = hilang.map((h) => ada.find((a) => a.trim().toLowerCase() === h.toLowerCase())).filter((x): x is string => x !== undefined)
  const saran = mirip.length ? ` Nama sheet harus persis sama (ditemukan ${mirip.map((m) => `"${m}"`).join(', ')}).` : ''
  return tolak(`Berkas tidak memiliki sheet: ${hilang.join(', ')}.${saran}`)
}

function bacaSheet(ws: XLSX.WorkSheet, nama: NamaSheetBaca, date1904: boolean, rumus: Set<string>, peringatan: Masalah[]): SheetTerbaca {
  const kolom = KOLOM_SHEET[nama]
  const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[]
  let r = 0
  while (r < data.length && !(data[r] ?? []).some((c) => nilaiSel(c, date1904).jenis !== 'kosong')) r++
  const kepala = data[r] ?? []
  const indeks = new Map<string, number>()
  const tambahan: string[] = []
  for (let c = 0; c < kepala.length; c++) {
    const teks = teksCsv(nilaiSel(kepala[c], date1904))
    const k = normalKepala(teks)
    if (k === '') continue
    if (!kolom.includes(k)) {
      tambahan.push(teks.trim())
      continue
    }
    if (indeks.has(k)) throw tolak(`Sheet ${nama}: kolom ${k} muncul dua kali.`)
    indeks.set(k, c)
  }
  const hilang = kolom.filter((k) => !indeks.has(k))
  if (hilang.length) throw tolak(`Sheet ${nama} tidak memiliki kolom: ${hilang.join(', ')}.`)
  if (tambahan.length) peringatan.push(masalah(nama, null, null, `kolom tambahan diabaikan: ${tambahan.join(', ')}`))

  const posisi = kolom.map((k) => indeks.get(k)!)
  const hurufKolom = posisi.map((c) => XLSX.utils.encode_col(c))
  const baris: BarisSheet[] = []
  for (let i = r + 1; i < data.length; i++) {
    const row = data[i]
    let isi = false
    const sel: NilaiSel[] = new Array(posisi.length)
    for (let j = 0; j < posisi.length; j++) {
      let s = row ? nilaiSel(row[posisi[j]!], date1904) : KOSONG
      if (rumus.size && rumus.has(`${hurufKolom[j]}${i + 1}`)) s = RUMUS_TANPA_NILAI
      if (s.jenis === 'teks' && s.nilai.length > BATAS.karakterSel) {
        throw tolak(`Sheet ${nama} berisi sel dengan lebih dari ${formatAngka(BATAS.karakterSel, 0)} karakter (batas Excel per sel); berkas ditolak.`)
      }
      if (s.jenis !== 'kosong') isi = true
      sel[j] = s
    }
    if (isi) baris.push({ nomor: i + 1, sel })
  }
  return { nama, kolom, baris }
}

export const OPSI_BACA: XLSX.ParsingOptions = { type: 'buffer', dense: true, cellFormula: false, cellNF: true, cellText: false, cellDates: false, cellHTML: false, cellStyles: false, sheets: [...SHEET_WAJIB] }

type ParseZip = (zip: unknown, o: XLSX.ParsingOptions) => XLSX.WorkBook

/**
 * SheetJS parses the parts already checked and uncompressed (its own
 * container type, filled with them), so it never unzips the file itself.
 */
export function parseBagian(bagian: Map<string, Buffer>, opsi: XLSX.ParsingOptions = OPSI_BACA): XLSX.WorkBook {
  const parseZip = (XLSX as unknown as { parse_zip?: ParseZip }).parse_zip
  const cfb = XLSX.CFB as { utils?: { cfb_new: () => unknown; cfb_add: (c: unknown, nama: string, isi: Buffer, o: { unsafe: boolean }) => void } }
  if (!parseZip || !cfb.utils) throw new Error('SheetJS tanpa parse_zip')
  const zip = cfb.utils.cfb_new()
  for (const [nama, isi] of bagian) if (!nama.endsWith('/')) cfb.utils.cfb_add(zip, nama, isi, { unsafe: true })
  return parseZip(zip, { ...opsi })
}

/**
 * Reads an exchange workbook: caps and structure first (nothing parsed if
 * they fail), then SheetJS for the contract's sheets only, then each sheet's
 * header matched to the contract's columns (case and surrounding spaces
 * ignored, order free, extra columns ignored with a warning).
 */
export function bacaBuku(buf: Buffer): BukuTerbaca {
  const struktur = periksaStruktur(buf)
  const galat = sheetHilang(struktur.sheet)
  if (galat) throw galat
  const peringatan: Masalah[] = []
  const lain = struktur.sheet.filter((s) => !(SHEET_SEMUA as readonly string[]).includes(s))
  if (lain.length) peringatan.push(masalah(null, null, null, `Sheet tambahan diabaikan: ${lain.join(', ')}`))

  let wb: XLSX.WorkBook
  try {
    wb = parseBagian(struktur.bagian)
  } catch (e) {
    console.error('[binmas] SheetJS gagal membaca berkas impor:', (e as Error).message)
    throw tolak('Berkas .xlsx rusak: isi buku kerja tidak dapat dibaca.')
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904)
  const sheet = {} as Record<NamaSheetBaca, SheetTerbaca>
  for (const nama of SHEET_WAJIB) {
    const ws = wb.Sheets[nama]
    if (!ws) throw tolak(`Berkas .xlsx rusak: sheet ${nama} tidak dapat dibaca.`)
    sheet[nama] = bacaSheet(ws, nama, date1904, struktur.rumusTanpaNilai.get(nama) ?? new Set(), peringatan)
  }
  return { sheet, peringatan }
}
