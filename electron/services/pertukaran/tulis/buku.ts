import * as XLSX from 'xlsx'
import { sha256Sheet, teksTandaTangan } from '../checksum'
import { SHEET_DATA } from '../kolom'
import type { NilaiTulis, SheetTulis } from './kumpul'

/**
 * Writes the exchange workbook with explicit cell types: numbers as number
 * cells, text as text cells (never a formula — "=HYPERLINK(…)", "-5 orang",
 * "+62812…" and "@SUM" stay text, written unchanged), dates as date cells.
 * The checksums are computed from exactly the values written.
 */

const HARI_MS = 86_400_000
const EPOCH_1900 = Date.UTC(1899, 11, 30)

/**
 * What a reader gets back for a text: line breaks as '\n' (XML turns '\r\n'
 * into '\n') and no lone surrogates. The checksum covers this form.
 */
export const normalTeks = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD').replace(/\r\n/g, '\n')

/** Text that looks like Excel's _xHHHH_ escape keeps its underscore (Excel writes _x005F_ for it). */
const lindungiEscape = (s: string) => s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')

function keTanggal(t: string): number {
  const [y, m, d] = t.split('-').map(Number) as [number, number, number]
  return (Date.UTC(y, m - 1, d) - EPOCH_1900) / HARI_MS
}

/** The value as the contract's CSV writes it. */
export function teksNilai(v: NilaiTulis): string {
  if (v === null) return ''
  if (typeof v === 'number') return String(v)
  if (typeof v === 'string') return normalTeks(v)
  return v.tanggal
}

function sel(v: NilaiTulis): XLSX.CellObject | undefined {
  if (v === null || v === '') return undefined
  if (typeof v === 'number') return Number.isFinite(v) ? { t: 'n', v } : undefined
  if (typeof v === 'string') return { t: 's', v: lindungiEscape(normalTeks(v)) }
  return { t: 'n', v: keTanggal(v.tanggal), z: 'yyyy-mm-dd' }
}

function lembar(kolom: readonly string[], baris: NilaiTulis[][]): XLSX.WorkSheet {
  const data: (XLSX.CellObject | undefined)[][] = [kolom.map((k) => ({ t: 's', v: k }) as XLSX.CellObject), ...baris.map((r) => r.map(sel))]
  const ws: XLSX.WorkSheet = { '!data': data as XLSX.CellObject[][] }
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, data.length - 1), c: kolom.length - 1 } })
  ws['!cols'] = kolom.map((k) => ({ wch: Math.min(40, Math.max(10, k.length + 2)) }))
  return ws
}

export interface IsiManifest {
  kepala: [string, NilaiTulis][]
  /** Signs the manifest text; null leaves the file unsigned. */
  tandatangani: ((teks: string) => string) | null
}

/** The workbook as bytes, and the row count of each sheet. */
export function tulisBuku(sheet: SheetTulis[], manifest: IsiManifest): { berkas: Buffer; baris: Record<string, number> } {
  const baris: Record<string, number> = {}
  const rows: [string, NilaiTulis][] = [...manifest.kepala]
  for (const nama of SHEET_DATA) {
    const sh = sheet.find((s) => s.nama === nama)!
    const h = sha256Sheet(sh.kolom, (function* () {
      for (const r of sh.baris) yield r.map(teksNilai)
    })())
    rows.push([`baris_${nama}`, h.baris], [`sha256_${nama}`, h.sha256])
  }
  for (const s of sheet) baris[s.nama] = s.baris.length
  if (manifest.tandatangani) {
    const teks = teksTandaTangan(rows.map(([k, v]) => [teksNilai(k), teksNilai(v)] as const))
    rows.push(['tanda_tangan', manifest.tandatangani(teks)])
  }
  const wb = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(wb, lembar(['kunci', 'nilai'], rows), 'Manifest')
  for (const s of sheet) XLSX.utils.book_append_sheet(wb, lembar(s.kolom, s.baris), s.nama)
  wb.Props = { Title: 'Berkas pertukaran Binmas Desk', Author: 'Binmas Desk' }
  const berkas = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true }) as Buffer
  return { berkas, baris }
}
