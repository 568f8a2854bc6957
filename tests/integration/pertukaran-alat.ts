// Helpers for the Pertukaran Data tests: independent readers and writers of
// workbooks (SheetJS, a raw zip writer, LibreOffice), and table snapshots.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import type Database from 'better-sqlite3'
import * as XLSX from 'xlsx'

/** Every table holding user data (and the exchange bookkeeping), in a stable order. */
export const TABEL_PENGGUNA = [
  'satker',
  'kabupaten',
  'polsek',
  'kecamatan',
  'desa',
  'desa_kode_lama',
  'personel',
  'desa_binaan',
  'laporan_mingguan',
  'kejadian',
  'kunci_periode',
  'pengaturan',
  'skema_ikdk',
  'skema_periode',
  'hasil_ikdk',
  'ekspor_revisi',
  'impor',
  'impor_baris',
  'periode_impor',
  'kunci_tanda_tangan',
  'kunci_tepercaya',
  'audit',
] as const

/** The content of every table, rows sorted, for before/after comparisons. */
export function potretTabel(db: Database.Database, tabel: readonly string[] = TABEL_PENGGUNA): Record<string, string> {
  const hasil: Record<string, string> = {}
  for (const t of tabel) {
    const rows = db.prepare(`SELECT * FROM ${t}`).raw().all() as unknown[][]
    hasil[t] = crypto
      .createHash('sha256')
      .update(rows.map((r) => JSON.stringify(r)).sort().join('\n'))
      .digest('hex') + `:${rows.length}`
  }
  return hasil
}

/** An independent implementation of the contract's CSV + SHA-256 (RFC 4180 quoting). */
export function shaCsv(kolom: readonly string[], baris: readonly (readonly string[])[]): string {
  const q = (v: string) => (v.includes(',') || v.includes('"') || v.includes('\n') || v.includes('\r') ? '"' + v.split('"').join('""') + '"' : v)
  const teks = [kolom, ...baris].map((r) => r.map(q).join(',')).join('\n')
  return crypto.createHash('sha256').update(Buffer.from(teks, 'utf8')).digest('hex')
}

export interface Lembar {
  /** Header row first; cells: string/number/null, or a date { d: 'YYYY-MM-DD' }, or a raw SheetJS cell. */
  baris: unknown[][]
}

const EPOCH = Date.UTC(1899, 11, 30)
export const serial = (t: string, date1904 = false) => {
  const [y, m, d] = t.split('-').map(Number) as [number, number, number]
  return (Date.UTC(y, m - 1, d) - (date1904 ? Date.UTC(1904, 0, 1) : EPOCH)) / 86_400_000
}

function keSel(v: unknown, date1904: boolean): XLSX.CellObject | undefined {
  if (v === null || v === undefined) return undefined
  if (typeof v === 'number') return { t: 'n', v }
  if (typeof v === 'string') return { t: 's', v }
  if (typeof v === 'boolean') return { t: 'b', v }
  if (typeof v === 'object' && 'd' in (v as object)) return { t: 'n', v: serial((v as { d: string }).d, date1904), z: 'dd/mm/yyyy' }
  return v as XLSX.CellObject
}

/** A workbook as another program would write it (SheetJS here), sheets in the given order. */
export function tulisXlsx(sheet: Record<string, unknown[][]>, opsi: { date1904?: boolean; sst?: boolean } = {}): Buffer {
  const wb = XLSX.utils.book_new()
  for (const [nama, baris] of Object.entries(sheet)) {
    const data = baris.map((r) => r.map((v) => keSel(v, !!opsi.date1904)))
    const lebar = Math.max(1, ...baris.map((r) => r.length))
    const ws: XLSX.WorkSheet = { '!data': data as XLSX.CellObject[][], '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, baris.length - 1), c: lebar - 1 } }) }
    XLSX.utils.book_append_sheet(wb, ws, nama)
  }
  if (opsi.date1904) wb.Workbook = { ...(wb.Workbook ?? {}), WBProps: { ...(wb.Workbook?.WBProps ?? {}), date1904: true } }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: !!opsi.sst }) as Buffer
}

/** Reads a workbook independently of the app: raw SheetJS cells, sheet by sheet. */
export function bacaXlsx(berkas: Buffer): { wb: XLSX.WorkBook; sel: Record<string, (XLSX.CellObject | undefined)[][]> } {
  const wb = XLSX.read(berkas, { type: 'buffer', dense: true, cellNF: true, cellFormula: true, cellText: false })
  const sel: Record<string, (XLSX.CellObject | undefined)[][]> = {}
  for (const n of wb.SheetNames) sel[n] = ((wb.Sheets[n]!['!data'] ?? []) as (XLSX.CellObject[] | undefined)[]).map((r) => (r ? [...r] : []))
  return { wb, sel }
}

/** A sheet as arrays of values (header first), the way a person would retype it. */
export function nilaiSheet(berkas: Buffer, nama: string): unknown[][] {
  const { sel } = bacaXlsx(berkas)
  return (sel[nama] ?? []).map((r) => r.map((c) => (c ? (c.z && XLSX.SSF.is_date(c.z) ? { d: tanggalSerial(c.v as number) } : c.v) : null)))
}

export const tanggalSerial = (n: number) => new Date(EPOCH + Math.floor(n) * 86_400_000).toISOString().slice(0, 10)

export interface BagianZip {
  nama: string
  isi: Buffer | string
  /** 0 = stored, 8 = deflate (default); any other number is written as stored data with that method id. */
  metode?: number
  /** Compressed bytes to write as they are (a broken stream, say) instead of compressing `isi`. */
  dataMentah?: Buffer
  /** General-purpose flag bits (1 = encrypted). */
  flag?: number
  /** Declared uncompressed size, when the test wants a lie. */
  ukuranPalsu?: number
  /** Declared CRC, when the test wants a lie. */
  crcPalsu?: number
}

/** A minimal zip writer: the test builds the exact bytes it wants, hostile ones included. */
export function buatZip(bagian: BagianZip[]): Buffer {
  const lokal: Buffer[] = []
  const pusat: Buffer[] = []
  let offset = 0
  for (const b of bagian) {
    const isi = Buffer.isBuffer(b.isi) ? b.isi : Buffer.from(b.isi, 'utf8')
    const metode = b.metode ?? 8
    const data = b.dataMentah ?? (metode === 8 ? zlib.deflateRawSync(isi) : isi)
    const nama = Buffer.from(b.nama, 'utf8')
    const crc = b.crcPalsu ?? zlib.crc32(isi)
    const ukuran = b.ukuranPalsu ?? isi.length
    const h = Buffer.alloc(30)
    h.writeUInt32LE(0x04034b50, 0)
    h.writeUInt16LE(20, 4)
    h.writeUInt16LE(b.flag ?? 0, 6)
    h.writeUInt16LE(metode, 8)
    h.writeUInt32LE(crc, 14)
    h.writeUInt32LE(data.length, 18)
    h.writeUInt32LE(ukuran, 22)
    h.writeUInt16LE(nama.length, 26)
    lokal.push(h, nama, data)
    const c = Buffer.alloc(46)
    c.writeUInt32LE(0x02014b50, 0)
    c.writeUInt16LE(20, 4)
    c.writeUInt16LE(20, 6)
    c.writeUInt16LE(b.flag ?? 0, 8)
    c.writeUInt16LE(metode, 10)
    c.writeUInt32LE(crc, 16)
    c.writeUInt32LE(data.length, 20)
    c.writeUInt32LE(ukuran, 24)
    c.writeUInt16LE(nama.length, 28)
    c.writeUInt32LE(offset, 42)
    pusat.push(c, nama)
    offset += 30 + nama.length + data.length
  }
  const cd = Buffer.concat(pusat)
  const e = Buffer.alloc(22)
  e.writeUInt32LE(0x06054b50, 0)
  e.writeUInt16LE(bagian.length, 8)
  e.writeUInt16LE(bagian.length, 10)
  e.writeUInt32LE(cd.length, 12)
  e.writeUInt32LE(offset, 16)
  return Buffer.concat([...lokal, cd, e])
}

/** The parts of an existing xlsx (stored or deflated), to rebuild it with changes. */
export function bukaZipUji(buf: Buffer): BagianZip[] {
  const hasil: BagianZip[] = []
  let eocd = buf.length - 22
  while (buf.readUInt32LE(eocd) !== 0x06054b50) eocd--
  const n = buf.readUInt16LE(eocd + 10)
  let p = buf.readUInt32LE(eocd + 16)
  for (let i = 0; i < n; i++) {
    const metode = buf.readUInt16LE(p + 10)
    const csz = buf.readUInt32LE(p + 20)
    const nl = buf.readUInt16LE(p + 28)
    const el = buf.readUInt16LE(p + 30)
    const cl = buf.readUInt16LE(p + 32)
    const off = buf.readUInt32LE(p + 42)
    const nama = buf.toString('utf8', p + 46, p + 46 + nl)
    const lnl = buf.readUInt16LE(off + 26)
    const lel = buf.readUInt16LE(off + 28)
    const data = buf.subarray(off + 30 + lnl + lel, off + 30 + lnl + lel + csz)
    hasil.push({ nama, isi: metode === 8 ? zlib.inflateRawSync(data) : Buffer.from(data) })
    p += 46 + nl + el + cl
  }
  return hasil
}

/** Replaces parts of an xlsx (by name) and writes it again. */
export function ubahBagian(buf: Buffer, ubah: (nama: string, isi: string) => string | null): Buffer {
  return buatZip(
    bukaZipUji(buf).flatMap((b) => {
      const baru = ubah(b.nama, b.isi.toString())
      return baru === null ? [] : [{ nama: b.nama, isi: baru === b.isi.toString() ? b.isi : baru }]
    }),
  )
}

/**
 * Converts files with LibreOffice (headless, its own profile so parallel runs
 * do not collide) into `keluar`. CSV options: comma, UTF-8 (76), the given
 * language (1057 = Indonesian) and column formats (1 standard, 2 text).
 */
export function sofficeKeXlsx(berkas: string[], keluar: string, opsi: { csv?: { bahasa?: number; kolom?: number[] } } = {}): string[] {
  fs.mkdirSync(keluar, { recursive: true })
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), 'binmas-lo-'))
  const args = ['--headless', '--norestore', `-env:UserInstallation=file://${profil}`]
  if (opsi.csv) {
    const kolom = (opsi.csv.kolom ?? []).map((f, i) => `${i + 1}/${f}`).join('/')
    args.push(`--infilter=CSV:44,34,76,1,${kolom},${opsi.csv.bahasa ?? 1033},false,false,false,false,false`)
  }
  args.push('--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', keluar, ...berkas)
  const r = spawnSync('soffice', args, { encoding: 'utf8', timeout: 180_000 })
  fs.rmSync(profil, { recursive: true, force: true })
  const hasil = berkas.map((b) => path.join(keluar, `${path.basename(b, path.extname(b))}.xlsx`))
  for (const k of hasil) if (!fs.existsSync(k)) throw new Error(`soffice gagal (${r.status}): ${r.stderr}\n${r.stdout}`)
  return hasil
}

const xmlTeks = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A flat ODS document, the way LibreOffice Calc stores what a person typed:
 * strings, floats and date cells (shown DD/MM/YYYY), optionally with the
 * 1904 null date.
 */
export function tulisFods(sheet: Record<string, unknown[][]>, opsi: { date1904?: boolean } = {}): string {
  const sel = (v: unknown) => {
    if (v === null || v === undefined) return '<table:table-cell/>'
    if (typeof v === 'number') return `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`
    if (typeof v === 'object' && 'd' in (v as object)) {
      const d = (v as { d: string }).d
      return `<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="${d}"><text:p>${d.split('-').reverse().join('/')}</text:p></table:table-cell>`
    }
    return `<table:table-cell office:value-type="string"><text:p>${xmlTeks(String(v))}</text:p></table:table-cell>`
  }
  const tabel = Object.entries(sheet)
    .map(([nama, rows]) => `<table:table table:name="${xmlTeks(nama)}">${rows.map((r) => `<table:table-row>${r.map(sel).join('')}</table:table-row>`).join('')}</table:table>`)
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style><style:style style:name="ce1" style:family="table-cell" style:data-style-name="N1"/></office:automatic-styles>
<office:body><office:spreadsheet>${opsi.date1904 ? '<table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>' : ''}
${tabel}
</office:spreadsheet></office:body></office:document>`
}

/** Adds sheets (inline strings and numbers) to an xlsx another program wrote, leaving its own parts as they are. */
export function sisipkanSheet(xlsx: Buffer, sheet: Record<string, unknown[][]>): Buffer {
  const bagian = bukaZipUji(xlsx)
  const ambil = (n: string) => bagian.find((b) => b.nama === n)!
  let i = 100
  for (const [nama, rows] of Object.entries(sheet)) {
    i++
    const xml = rows
      .map((r, ri) => `<row r="${ri + 1}">${r
        .map((v, ci) => {
          const ref = XLSX.utils.encode_cell({ r: ri, c: ci })
          if (v === null || v === undefined) return ''
          if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlTeks(String(v))}</t></is></c>`
        })
        .join('')}</row>`)
      .join('')
    bagian.push({ nama: `xl/worksheets/sheet${i}.xml`, isi: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${xml}</sheetData></worksheet>` })
    const wb = ambil('xl/workbook.xml')
    wb.isi = wb.isi.toString().replace('</sheets>', `<sheet name="${xmlTeks(nama)}" sheetId="${i}" r:id="rIdS${i}"/></sheets>`)
    const rel = ambil('xl/_rels/workbook.xml.rels')
    rel.isi = rel.isi.toString().replace('</Relationships>', `<Relationship Id="rIdS${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i}.xml"/></Relationships>`)
    const ct = ambil('[Content_Types].xml')
    ct.isi = ct.isi.toString().replace('</Types>', `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`)
  }
  return buatZip(bagian)
}

export const adaSoffice = () => spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0

/** The contract's columns, written out here independently of the app's own lists. */
export const KONTRAK = {
  Manifest: ['kunci', 'nilai'],
  Desa: ['kode_desa', 'nama_desa', 'kode_kecamatan', 'nama_kecamatan', 'polsek', 'penduduk', 'jumlah_kk', 'pos_kamling_total', 'fkpm_aktif', 'nrp_bhabinkamtibmas'],
  Personel: ['nrp', 'nama', 'pangkat', 'jabatan', 'polsek', 'desa_binaan'],
  LaporanMingguan: ['kode_desa', 'tahun', 'minggu', 'kk_dikunjungi', 'penyuluhan', 'masalah_ditangani', 'masalah_selesai', 'info_deteksi_dini', 'pos_kamling_aktif', 'ronda_malam', 'pertemuan_fkpm', 'pertemuan_3pilar', 'kegiatan_pangan', 'sosialisasi_pilkada', 'nrp_pelapor', 'catatan'],
  Kejadian: ['id', 'tanggal', 'kode_desa', 'kategori', 'tingkat', 'status', 'tanggal_selesai', 'uraian'],
} as const

/** A manifest as a person would type it (no checksums), with changes. */
export function manifestTangan(ubah: Record<string, unknown> = {}): unknown[][] {
  const dasar: Record<string, unknown> = {
    format: 'binmas-desk-pertukaran',
    versi_format: 1,
    satker_kode: '53.03',
    satker_nama: 'POLRES TIMOR TENGAH UTARA',
    polda: 'POLDA NUSA TENGGARA TIMUR',
    bulan_awal: '2024-09',
    bulan_akhir: '2024-09',
    revisi: 1,
    dibuat_pada: '2024-10-05T09:30:00+08:00',
    dibuat_oleh: 'Operator Polsek',
    skema_ikdk: 'bawaan@1',
    ...ubah,
  }
  return [['kunci', 'nilai'], ...Object.entries(dasar).filter(([, v]) => v !== undefined).map(([k, v]) => [k, v])]
}

/** A hand-made exchange workbook: contract headers, the given rows, optional extra sheets. */
export function bukuTangan(isi: { manifest?: unknown[][]; Desa?: unknown[][]; Personel?: unknown[][]; LaporanMingguan?: unknown[][]; Kejadian?: unknown[][]; lain?: Record<string, unknown[][]> } = {}, opsi: { date1904?: boolean; sst?: boolean } = {}): Buffer {
  return tulisXlsx(
    {
      Manifest: isi.manifest ?? manifestTangan(),
      Desa: [[...KONTRAK.Desa], ...(isi.Desa ?? [])],
      Personel: [[...KONTRAK.Personel], ...(isi.Personel ?? [])],
      LaporanMingguan: [[...KONTRAK.LaporanMingguan], ...(isi.LaporanMingguan ?? [])],
      Kejadian: [[...KONTRAK.Kejadian], ...(isi.Kejadian ?? [])],
      ...(isi.lain ?? {}),
    },
    opsi,
  )
}

/** The same satker and Polsek layout as another test app, without any data. */
export function setupSeperti(db: Database.Database) {
  const s = db.prepare('SELECT * FROM satker').get() as Record<string, string>
  const kab = (db.prepare('SELECT kode FROM kabupaten ORDER BY kode').all() as { kode: string }[]).map((k) => k.kode)
  const polsek = db.prepare('SELECT id, nama FROM polsek ORDER BY id').all() as { id: number; nama: string }[]
  return {
    provinsiKode: s['provinsi_kode']!,
    kabupatenKode: kab,
    satkerNama: s['nama']!,
    satkerKode: s['kode']!,
    zonaWaktu: s['zona_waktu'] as 'WITA',
    kasat: { nama: s['kasat_nama']!, pangkat: s['kasat_pangkat'] as 'AKP', nrp: s['kasat_nrp']! },
    polsek: polsek.map((p) => ({ nama: p.nama, kecamatanKode: (db.prepare('SELECT kode FROM kecamatan WHERE polsek_id = ? ORDER BY kode').all(p.id) as { kode: string }[]).map((k) => k.kode) })),
  }
}

export const b64 = (b: Buffer) => b.toString('base64')
