import path from 'node:path'
import { formatAngka } from '../../../../shared/format'
import { GalatAplikasi } from '../../../../shared/galat'
import { BATAS } from '../batas'
import { bukaZip } from '../zip-batas'
import { atributLokal, elemen, uraiEntitas } from './xml'

/**
 * The workbook's table of contents (sheet name → part) read from the zip
 * before SheetJS parses anything, and the caps that need the sheet XML:
 * rows per sheet (from the <dimension> element, then by counting <row>
 * elements) and characters per cell.
 */

export interface StrukturBuku {
  /** Every part of the zip, uncompressed and checked. */
  bagian: Map<string, Buffer>
  /** Sheet names in workbook order. */
  sheet: string[]
  /** Per sheet, the cells (A1 references) holding a formula without a cached value. */
  rumusTanpaNilai: Map<string, Set<string>>
}

const tolak = (pesan: string) => new GalatAplikasi('FILE_TIDAK_VALID', pesan)
const ribu = (n: number) => formatAngka(n, 0)

const gabung = (dasar: string, target: string) => (target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(dasar), target)))

function relasi(bagian: Map<string, Buffer>, milik: string): Map<string, { target: string; jenis: string }> {
  const nama = path.posix.join(path.posix.dirname(milik), '_rels', `${path.posix.basename(milik)}.rels`)
  const isi = bagian.get(nama)
  const hasil = new Map<string, { target: string; jenis: string }>()
  if (!isi) return hasil
  for (const r of elemen(isi.toString('utf8'), 'Relationship')) {
    if (r['Id'] && r['Target'] && r['TargetMode'] !== 'External') hasil.set(r['Id'], { target: gabung(milik, r['Target']), jenis: r['Type'] ?? '' })
  }
  return hasil
}

function lewatBatasBaris(sheet: string): GalatAplikasi {
  return tolak(`Sheet ${sheet} berisi lebih dari ${ribu(BATAS.baris)} baris data; batas ${ribu(BATAS.baris)} baris per sheet.`)
}

function prefiksSheet(xml: Buffer): string {
  const awal = xml.toString('utf8', 0, Math.min(xml.length, 4096))
  return /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(awal)?.[1] ?? ''
}

const PEMISAH = new Set([0x20, 0x3e, 0x2f, 0x09, 0x0a, 0x0d])

/** Rows of a sheet: the dimension may say so at once; the count of <row> elements decides. */
function periksaBaris(xml: Buffer, sheet: string, prefiks: string): void {
  const awal = xml.toString('utf8', 0, Math.min(xml.length, 65_536))
  const dim = new RegExp(`<${prefiks}dimension\\s[^>]*ref\\s*=\\s*"[A-Z]*\\d+:[A-Z]*(\\d+)"`).exec(awal)
  if (dim && Number(dim[1]) > BATAS.baris + 1) throw lewatBatasBaris(sheet)
  const pola = Buffer.from(`<${prefiks}row`)
  let n = 0
  for (let i = xml.indexOf(pola); i >= 0; i = xml.indexOf(pola, i + pola.length)) {
    if (PEMISAH.has(xml[i + pola.length]!) && ++n > BATAS.baris + 1) throw lewatBatasBaris(sheet)
  }
}

/**
 * Cells with a formula (<f>) but no cached value (<v>). SheetJS drops such a
 * cell silently, so they are found here; files written by Binmas Desk have
 * no formulas at all, so this costs one search.
 */
function cariRumusTanpaNilai(xml: Buffer, sheet: string, prefiks: string): Set<string> {
  const hasil = new Set<string>()
  const f = Buffer.from(`<${prefiks}f`)
  const c1 = Buffer.from(`<${prefiks}c `)
  const c2 = Buffer.from(`<${prefiks}c>`)
  const tutup = Buffer.from(`</${prefiks}c>`)
  const adaV = new RegExp(`<${prefiks.replace('.', '\\.')}v[\\s>/]`)
  for (let i = xml.indexOf(f); i >= 0; i = xml.indexOf(f, i + 1)) {
    if (!PEMISAH.has(xml[i + f.length]!)) continue
    const awal = Math.max(xml.lastIndexOf(c1, i), xml.lastIndexOf(c2, i))
    const akhir = xml.indexOf(tutup, i)
    if (awal < 0 || akhir < 0) continue
    const sel = xml.toString('utf8', awal, akhir)
    if (adaV.test(sel)) {
      i = akhir
      continue
    }
    const ref = /^<[^>]*\sr\s*=\s*"([A-Za-z]{1,3}\d+)"/.exec(sel)?.[1]
    if (!ref) throw tolak(`Sheet ${sheet} berisi rumus tanpa nilai tersimpan; buka berkas di Excel atau LibreOffice, biarkan rumus terhitung, lalu simpan ulang.`)
    hasil.add(ref.toUpperCase())
    i = akhir
  }
  return hasil
}

/**
 * Text runs longer than Excel's cell limit. Jumps a window at a time: the
 * last '<' inside a window of the limit's size is found at once, so a normal
 * sheet costs a few hundred look-ups; only a run without any '<' for that
 * long is decoded and measured in characters.
 */
export function adaTeksTerlaluPanjang(xml: Buffer): boolean {
  const L = BATAS.karakterSel
  let pos = 0
  while (pos + L < xml.length) {
    const lt = xml.lastIndexOf(0x3c, pos + L)
    if (lt >= pos) {
      pos = lt + 1
      continue
    }
    const akhir = xml.indexOf(0x3c, pos)
    const ujung = akhir < 0 ? xml.length : akhir
    const gt = xml.indexOf(0x3e, pos)
    const mulai = gt >= 0 && gt < ujung ? gt + 1 : pos
    if (uraiEntitas(xml.toString('utf8', mulai, ujung)).length > L) return true
    if (akhir < 0) return false
    pos = akhir + 1
  }
  return false
}

/**
 * Every check that can run before parsing. Returns the sheet names found;
 * throws FILE_TIDAK_VALID with an Indonesian message on the first failure.
 */
export function periksaStruktur(buf: Buffer): StrukturBuku {
  const bagian = bukaZip(buf)
  const akar = relasi(bagian, '')
  const buku = [...akar.values()].find((r) => r.jenis.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml'
  const xmlBuku = bagian.get(buku)
  if (!xmlBuku) throw tolak('Berkas bukan buku kerja Excel (.xlsx): bagian buku kerja (xl/workbook.xml) tidak ada.')
  const rel = relasi(bagian, buku)
  const sheet: string[] = []
  const rumusTanpaNilai = new Map<string, Set<string>>()
  for (const s of elemen(xmlBuku.toString('utf8'), 'sheet')) {
    const nama = s['name']
    if (nama === undefined) continue
    sheet.push(nama)
    const id = atributLokal(s, 'id')
    const r = id ? rel.get(id) : undefined
    const xml = r ? bagian.get(r.target) : undefined
    if (!xml) continue
    const prefiks = prefiksSheet(xml)
    periksaBaris(xml, nama, prefiks)
    rumusTanpaNilai.set(nama, cariRumusTanpaNilai(xml, nama, prefiks))
    if (adaTeksTerlaluPanjang(xml)) throw tolak(`Sheet ${nama} berisi sel dengan lebih dari ${ribu(BATAS.karakterSel)} karakter (batas Excel per sel); berkas ditolak.`)
  }
  for (const [nama, isi] of bagian) {
    if (/sharedstrings[^/]*\.xml$/i.test(nama) && adaTeksTerlaluPanjang(isi)) {
      throw tolak(`Berkas berisi sel dengan lebih dari ${ribu(BATAS.karakterSel)} karakter (batas Excel per sel); berkas ditolak.`)
    }
  }
  return { bagian, sheet, rumusTanpaNilai }
}
