import * as XLSX from 'xlsx'
import { formatAngka } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { BATAS } from '../pertukaran/batas'
import { OPSI_BACA, parseBagian } from '../pertukaran/baca/buku'
import { KOSONG, nilaiSel, type NilaiSel, RUMUS_TANPA_NILAI } from '../pertukaran/baca/sel'
import { periksaStruktur } from '../pertukaran/baca/struktur'
import { daftarZip } from '../pertukaran/zip-batas'

/**
 * Any workbook, read with the exchange import's safeguards: the file size
 * and the zip caps (parts, rows, characters per cell) are checked before
 * anything is parsed, formulas are never evaluated (a formula without a
 * cached value becomes an error cell) and every cell is read the exchange's
 * way (NilaiSel). Used by the Polsek template and by "Impor dari Excel lama".
 */

export interface SheetBebas {
  nama: string
  /** Rows by index (0 = spreadsheet row 1); missing rows and cells are KOSONG. */
  baris: NilaiSel[][]
}

export interface BukuBebas {
  /** Sheet names in workbook order. */
  namaSheet: string[]
  sheet: Map<string, SheetBebas>
}

const ukuranBase64 = (b64: string) => Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0)

/** Refuses a file over the size cap before decoding it. */
export function bukaBase64(berkasBase64: string): Buffer {
  const ukuran = ukuranBase64(berkasBase64)
  if (ukuran > BATAS.berkas) throw new GalatAplikasi('FILE_TIDAK_VALID', `Berkas terlalu besar (${formatAngka(ukuran / 1024 / 1024, 1)} MB); batas ${BATAS.berkas / 1024 / 1024} MB.`)
  return Buffer.from(berkasBase64, 'base64')
}

/** LibreOffice saves .ods by default: say so, and how to save .xlsx instead. */
function tolakOds(buf: Buffer): void {
  const nama = new Set(daftarZip(buf).map((b) => b.nama))
  if (nama.has('content.xml') && nama.has('mimetype') && !nama.has('xl/workbook.xml')) {
    throw new GalatAplikasi('FILE_TIDAK_VALID', 'Berkas ini disimpan dalam format LibreOffice (.ods). Buka di LibreOffice Calc, pilih Berkas → Simpan Sebagai → jenis "Excel 2007-365 (.xlsx)", lalu pilih berkas .xlsx itu.')
  }
}

export function bacaBukuBebas(buf: Buffer, hanya?: readonly string[]): BukuBebas {
  tolakOds(buf)
  const struktur = periksaStruktur(buf)
  let wb: XLSX.WorkBook
  try {
    wb = parseBagian(struktur.bagian, { ...OPSI_BACA, sheets: hanya ? [...hanya] : undefined })
  } catch (e) {
    console.error('[binmas] SheetJS gagal membaca berkas:', (e as Error).message)
    throw new GalatAplikasi('FILE_TIDAK_VALID', 'Berkas .xlsx rusak: isi buku kerja tidak dapat dibaca.')
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904)
  const sheet = new Map<string, SheetBebas>()
  for (const nama of struktur.sheet) {
    const ws = wb.Sheets[nama]
    if (!ws) continue
    const rumus = struktur.rumusTanpaNilai.get(nama) ?? new Set<string>()
    const data = (ws['!data'] ?? []) as (XLSX.CellObject[] | undefined)[]
    const baris: NilaiSel[][] = []
    for (let r = 0; r < data.length; r++) {
      const row = data[r] ?? []
      const sel: NilaiSel[] = []
      for (let c = 0; c < row.length; c++) {
        let s = nilaiSel(row[c], date1904)
        if (rumus.size && rumus.has(`${XLSX.utils.encode_col(c)}${r + 1}`)) s = RUMUS_TANPA_NILAI
        if (s.jenis === 'teks' && s.nilai.length > BATAS.karakterSel) {
          throw new GalatAplikasi('FILE_TIDAK_VALID', `Sheet ${nama} berisi sel dengan lebih dari ${formatAngka(BATAS.karakterSel, 0)} karakter (batas Excel per sel); berkas ditolak.`)
        }
        sel.push(s)
      }
      baris.push(sel)
    }
    sheet.set(nama, { nama, baris })
  }
  return { namaSheet: struktur.sheet, sheet }
}

/** A cell of a read sheet; outside the data it is blank. */
export const selDi = (s: SheetBebas, r: number, c: number): NilaiSel => s.baris[r]?.[c] ?? KOSONG
