import fs from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KOLOM_SEL_MINGGUAN } from '../../shared/mingguan'
import { aplikasiUji } from '../helpers/aplikasi'
import { folderSementara } from '../helpers/folder'
import { setupTtu } from '../helpers/setup-ttu'
import { adaSoffice, b64, bukaZipUji, sofficeKeXlsx, ubahBagian } from './pertukaran-alat'

/**
 * [F4] The Polsek template: made by the app, filled by SheetJS and by
 * LibreOffice, imported; the stored rows must equal those typed through
 * mingguan:simpan on a second database.
 */

const HARI = '2024-09-18'
const [TAHUN, MINGGU] = [2024, 37]
type Isian = Record<string, Partial<Record<(typeof KOLOM_SEL_MINGGUAN)[number], number | string>>>

/** Column letters of the template, in its header order (read back from the file, not from the code). */
function kolomHuruf(buf: Buffer): Record<string, string> {
  const wb = XLSX.read(buf, { type: 'buffer' })
  const ws = wb.Sheets['InputMingguan']!
  const r = XLSX.utils.decode_range(ws['!ref']!)
  const hasil: Record<string, string> = {}
  for (let c = r.s.c; c <= r.e.c; c++) hasil[String(ws[XLSX.utils.encode_cell({ r: 0, c })]?.v)] = XLSX.utils.encode_col(c)
  return hasil
}

/** Row (1-based) of each desa code in the template. */
function barisDesa(buf: Buffer): Record<string, number> {
  const wb = XLSX.read(buf, { type: 'buffer' })
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['InputMingguan']!, { header: 1 })
  return Object.fromEntries(rows.slice(1).map((r, i) => [String(r[0]), i + 2]))
}

/** Fills the template with SheetJS, as a script or another program would. */
function isiSheetJs(buf: Buffer, isian: Isian, ubah?: (ws: XLSX.WorkSheet, huruf: Record<string, string>) => void): Buffer {
  const huruf = kolomHuruf(buf)
  const baris = barisDesa(buf)
  const wb = XLSX.read(buf, { type: 'buffer', cellStyles: true })
  const ws = wb.Sheets['InputMingguan']!
  for (const [kode, nilai] of Object.entries(isian)) {
    for (const [kol, v] of Object.entries(nilai)) ws[`${huruf[kol]}${baris[kode]}`] = typeof v === 'number' ? { t: 'n', v } : { t: 's', v }
  }
  ubah?.(ws, huruf)
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}

const xmlTeks = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * "Typing" into the app's own file: each cell's XML gets its value (the
 * cell keeps its style), then LibreOffice opens and saves the workbook.
 */
function isiLibreOffice(buf: Buffer, isian: Isian, folder: string, nama: string): Buffer {
  const huruf = kolomHuruf(buf)
  const baris = barisDesa(buf)
  const sel = new Map<string, number | string>()
  for (const [kode, nilai] of Object.entries(isian)) for (const [kol, v] of Object.entries(nilai)) sel.set(`${huruf[kol]}${baris[kode]}`, v)
  const terisi = ubahBagian(buf, (n, isi) => {
    if (n !== 'xl/worksheets/sheet1.xml') return isi
    let xml = isi
    for (const [ref, v] of sel) {
      const pola = new RegExp(`<c r="${ref}"([^>]*?)(/>|>.*?</c>)`)
      const attr = (pola.exec(xml)?.[1] ?? '').replace(/\st="[^"]*"/, '')
      const baru = typeof v === 'number' ? `<c r="${ref}"${attr}><v>${v}</v></c>` : `<c r="${ref}"${attr} t="inlineStr"><is><t>${xmlTeks(v)}</t></is></c>`
      if (!pola.test(xml)) throw new Error(`sel ${ref} tidak ada di templat`)
      xml = xml.replace(pola, baru)
    }
    return xml
  })
  const masuk = path.join(folder, 'lo-masuk')
  fs.mkdirSync(masuk, { recursive: true })
  fs.writeFileSync(path.join(masuk, `${nama}.xlsx`), terisi)
  const [keluar] = sofficeKeXlsx([path.join(masuk, `${nama}.xlsx`)], path.join(folder, 'lo-keluar'))
  return fs.readFileSync(keluar!)
}

describe('Templat Polsek (InputMingguan)', () => {
  const tmp = folderSementara('binmas-templat-uji-')
  const u = aplikasiUji({ hariIni: HARI })
  let polsek: { id: number; nama: string }
  let desa: string[] = []
  let templat: { namaBerkas: string; isi: Buffer }
  const q = (sql: string, ...p: unknown[]) => u.app.bd.sqlite.prepare(sql).all(...p) as Record<string, unknown>[]

  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    polsek = u.app.bd.sqlite.prepare("SELECT id, nama FROM polsek WHERE nama = 'POLSEK INSANA'").get() as { id: number; nama: string }
    desa = (q('SELECT d.kode FROM desa d JOIN kecamatan k ON k.kode = d.kecamatan_kode WHERE k.polsek_id = ? ORDER BY d.kode', polsek.id) as { kode: string }[]).map((d) => d.kode)
    await u.panggil('desa:ubah', { kode: desa[0]!, penduduk: 2000, jumlahKk: 500, posKamlingTotal: 4, fkpmAktif: true, lintang: null, bujur: null })
    // A value already typed for the week must come pre-filled in the template.
    await u.panggil('mingguan:simpan', { tahun: TAHUN, minggu: MINGGU, sel: [{ desaKode: desa[3]!, kolom: 'penyuluhan', nilai: 2 }] })
    const h = await u.panggil('templat:unduh', { polsekId: [polsek.id], tahun: TAHUN, minggu: MINGGU })
    templat = { namaBerkas: h.berkas[0]!.namaBerkas, isi: Buffer.from(h.berkas[0]!.berkasBase64, 'base64') }
  })
  afterAll(async () => {
    await u.tutup()
    tmp.hapus()
  })

  it('[F4] templat: nama berkas Indonesia, desa Polsek terkunci, validasi bilangan bulat, Petunjuk dan Info tersembunyi, tanpa rumus', async () => {
    expect(templat.namaBerkas).toBe('Templat_InputMingguan_POLSEK_INSANA_2024-W37.xlsx')
    const bagian = new Map(bukaZipUji(templat.isi).map((b) => [b.nama, b.isi.toString()]))
    const buku = bagian.get('xl/workbook.xml')!
    expect(buku).toMatch(/<sheet [^>]*name="InputMingguan"/)
    expect(buku).toMatch(/<sheet [^>]*name="Petunjuk"/)
    expect(buku).toMatch(/<sheet [^>]*name="Info"[^>]*state="hidden"/)
    const s1 = bagian.get('xl/worksheets/sheet1.xml')!
    expect(s1).toMatch(/<sheetProtection [^>]*sheet="1"/)
    const huruf = kolomHuruf(templat.isi)
    // Ronda: whole number 0..7; pos kamling aktif of desa[0]: 0..its total 4; others 0..10.000.
    const aturan = [...s1.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map((m) => ({ attr: m[1]!, isi: m[2]! }))
    /** The rules covering one cell (sqref may list ranges); each cell must have exactly one. */
    const dvSel = (ref: string) => {
      const { c, r } = XLSX.utils.decode_cell(ref)
      return aturan.filter((a) => /sqref="([^"]*)"/.exec(a.attr)![1]!.split(' ').some((x) => {
        const g = XLSX.utils.decode_range(x)
        return c >= g.s.c && c <= g.e.c && r >= g.s.r && r <= g.e.r
      }))
    }
    const dv = (ref: string) => {
      const a = dvSel(ref)
      expect(a).toHaveLength(1)
      expect(a[0]!.attr).toContain('type="whole"')
      return [/<formula1>(\d+)<\/formula1>/.exec(a[0]!.isi)![1], /<formula2>(\d+)<\/formula2>/.exec(a[0]!.isi)![1]]
    }
    expect(dv(`${huruf['ronda_malam']}2`)).toEqual(['0', '7'])
    expect(dv(`${huruf['pos_kamling_aktif']}2`)).toEqual(['0', '4'])
    expect(dv(`${huruf['kk_dikunjungi']}3`)).toEqual(['0', '10000'])
    expect(dvSel(`${huruf['nrp_pelapor']}2`)[0]!.attr).toMatch(/type="textLength"[^>]*operator="equal"/)
    expect(dv(`${huruf['pos_kamling_aktif']}3`)).toEqual(['0', '10000'])
    expect(dv(`${huruf['ronda_malam']}12`)).toEqual(['0', '7'])
    for (const [n, isi] of bagian) if (n.startsWith('xl/worksheets/')) expect(isi).not.toMatch(/<f[\s>]/)
    // Locked desa cells, unlocked value cells: the style of each cell says so.
    const gaya = bagian.get('xl/styles.xml')!
    const xfs = [...gaya.split('<cellXfs')[1]!.split('</cellXfs>')[0]!.matchAll(/<xf [^>]*?(?:\/>|>.*?<\/xf>)/g)].map((m) => m[0])
    const terkunci = (ref: string) => !/locked="0"/.test(xfs[Number(new RegExp(`<c r="${ref}" s="(\\d+)"`).exec(s1)![1])]!)
    expect(terkunci('A2')).toBe(true)
    expect(terkunci('B2')).toBe(true)
    expect(terkunci(`${huruf['kk_dikunjungi']}2`)).toBe(false)
    expect(terkunci(`${huruf['catatan']}2`)).toBe(false)
    // Every active desa of the Polsek, in code order, with its name; the value typed before is there.
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(templat.isi).Sheets['InputMingguan']!)
    const dbDesa = q('SELECT d.kode, d.nama FROM desa d JOIN kecamatan k ON k.kode = d.kecamatan_kode WHERE k.polsek_id = ? AND d.aktif = 1 ORDER BY d.kode', polsek.id)
    expect(rows.map((r) => [r['kode_desa'], r['nama_desa']])).toEqual(dbDesa.map((d) => [d['kode'], d['nama']]))
    expect(rows[3]!['penyuluhan']).toBe(2)
    const info = XLSX.utils.sheet_to_json<{ kunci: string; nilai: unknown }>(XLSX.read(templat.isi).Sheets['Info']!)
    expect(Object.fromEntries(info.map((r) => [r.kunci, String(r.nilai)]))).toMatchObject({ satker_kode: '53.03', polsek: 'POLSEK INSANA', tahun: '2024', minggu: '37', versi_templat: '1' })
    const petunjuk = XLSX.utils.sheet_to_json<unknown[]>(XLSX.read(templat.isi).Sheets['Petunjuk']!, { header: 1 }).flat().join(' ')
    expect(petunjuk).toContain('Minggu ke-37 2024 (9–15 September 2024)')
    expect(petunjuk).toContain('bukan nol')
  })

  it('[F4] tidak pernah ada rumus: catatan berawalan = + - @ ditulis sebagai teks apa adanya, dan templat yang dikembalikan tanpa diubah tidak mengubah apa pun (properti)', async () => {
    const awalan = fc.constantFrom('=', '+', '-', '@')
    const teks = fc.tuple(awalan, fc.string({ minLength: 0, maxLength: 40 })).map(([a, b]) => `${a}${b}`.trim() || a)
    await fc.assert(
      fc.asyncProperty(teks, fc.integer({ min: 0, max: 7 }), async (catatan, ronda) => {
        const kode = desa[5]!
        const h = await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 40, sel: [{ desaKode: kode, kolom: 'catatan', nilai: catatan }, { desaKode: kode, kolom: 'ronda_malam', nilai: ronda }] })
        expect(h.ditolak).toEqual([])
        const disimpan = q('SELECT catatan FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 40', kode)[0]!['catatan']
        const t = await u.panggil('templat:unduh', { polsekId: [polsek.id], tahun: 2024, minggu: 40 })
        const buf = Buffer.from(t.berkas[0]!.berkasBase64, 'base64')
        for (const b of bukaZipUji(buf)) if (b.nama.startsWith('xl/worksheets/')) expect(b.isi.toString()).not.toMatch(/<f[\s>]/)
        const ws = XLSX.read(buf, { type: 'buffer', cellFormula: true }).Sheets['InputMingguan']!
        const sel = ws[`${kolomHuruf(buf)['catatan']}${barisDesa(buf)[kode]}`]!
        expect(sel.f).toBeUndefined()
        expect(sel).toMatchObject({ t: 's', v: disimpan })
        const p = await u.panggil('templat:pratinjau', { namaBerkas: 'sama.xlsx', berkasBase64: t.berkas[0]!.berkasBase64 })
        expect(p.kesalahan).toEqual([])
        expect(p.adaPerubahan).toBe(false)
      }),
      { numRuns: 25 },
    )
  })

  it('[F4] "Unduh semua Polsek": satu berkas per Polsek', async () => {
    const semua = q('SELECT id FROM polsek ORDER BY id').map((p) => p['id'] as number)
    const h = await u.panggil('templat:unduh', { polsekId: semua.slice(0, 3), tahun: TAHUN, minggu: MINGGU })
    expect(h.berkas).toHaveLength(3)
    expect(new Set(h.berkas.map((b) => b.namaBerkas)).size).toBe(3)
    for (const b of h.berkas) expect(b.namaBerkas).toMatch(/^Templat_InputMingguan_POLSEK_[A-Z0-9_]+_2024-W37\.xlsx$/)
  })

  /** The values a Polsek operator types, by hand; desa[2] left blank; desa[3] keeps its pre-filled value. */
  const isian = (): Isian => ({
    [desa[0]!]: { kk_dikunjungi: 12, penyuluhan: 1, masalah_ditangani: 2, masalah_selesai: 1, info_deteksi_dini: 0, pos_kamling_aktif: 3, ronda_malam: 7, nrp_pelapor: '01234567', catatan: '=SUM(A1:A3) -5 orang' },
    [desa[1]!]: { kk_dikunjungi: 5, pertemuan_3pilar: 1, kegiatan_pangan: 2, catatan: '+62 812 hadir' },
  })

  /** The same values typed into the grid of a second database. */
  async function lewatGrid(): Promise<Record<string, unknown>[]> {
    const v = aplikasiUji({ hariIni: HARI })
    try {
      await v.panggil('setup:simpan', await setupTtu())
      await v.panggil('desa:ubah', { kode: desa[0]!, penduduk: 2000, jumlahKk: 500, posKamlingTotal: 4, fkpmAktif: true, lintang: null, bujur: null })
      await v.panggil('mingguan:simpan', { tahun: TAHUN, minggu: MINGGU, sel: [{ desaKode: desa[3]!, kolom: 'penyuluhan', nilai: 2 }] })
      const sel = Object.entries(isian()).flatMap(([desaKode, n]) => Object.entries(n).map(([kolom, nilai]) => ({ desaKode, kolom: kolom as (typeof KOLOM_SEL_MINGGUAN)[number], nilai })))
      const h = await v.panggil('mingguan:simpan', { tahun: TAHUN, minggu: MINGGU, sel })
      expect(h.ditolak).toEqual([])
      return v.app.bd.sqlite.prepare(`SELECT desa_kode, tahun, minggu, ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan ORDER BY desa_kode, tahun, minggu`).all() as Record<string, unknown>[]
    } finally {
      await v.tutup()
    }
  }

  async function imporBaru(isi: Buffer) {
    const v = aplikasiUji({ hariIni: HARI })
    try {
      await v.panggil('setup:simpan', await setupTtu())
      await v.panggil('desa:ubah', { kode: desa[0]!, penduduk: 2000, jumlahKk: 500, posKamlingTotal: 4, fkpmAktif: true, lintang: null, bujur: null })
      await v.panggil('mingguan:simpan', { tahun: TAHUN, minggu: MINGGU, sel: [{ desaKode: desa[3]!, kolom: 'penyuluhan', nilai: 2 }] })
      const p = await v.panggil('templat:pratinjau', { namaBerkas: 'isi.xlsx', berkasBase64: b64(isi), tahun: TAHUN, minggu: MINGGU })
      const r = p.bisaDiterapkan ? await v.panggil('templat:terapkan', { token: p.token }) : null
      const rows = v.app.bd.sqlite.prepare(`SELECT desa_kode, tahun, minggu, ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan ORDER BY desa_kode, tahun, minggu`).all() as Record<string, unknown>[]
      const audit = v.app.bd.sqlite.prepare("SELECT tabel, kunci, sesudah FROM audit WHERE aksi = 'impor' ORDER BY id").all() as Record<string, unknown>[]
      return { p, r, rows, audit }
    } finally {
      await v.tutup()
    }
  }

  it('[F4] templat diisi lewat SheetJS lalu diimpor = nilai yang sama diketik lewat mingguan:simpan (per kolom)', async () => {
    const grid = await lewatGrid()
    const { p, r, rows, audit } = await imporBaru(isiSheetJs(templat.isi, isian()))
    expect(p.kesalahan).toEqual([])
    // By hand: desa[0] and desa[1] new, desa[3] unchanged, every other desa blank and not stored.
    expect(p.hitungan).toMatchObject({ baru: 2, berubah: 0, dihapus: 0, ditolak: 0 })
    expect(r).toMatchObject({ baru: 2, berubah: 0, dihapus: 0 })
    expect(rows).toHaveLength(3)
    expect(rows).toEqual(grid)
    expect(rows.find((x) => x['desa_kode'] === desa[0])).toMatchObject({ kk_dikunjungi: 12, ronda_malam: 7, pertemuan_fkpm: null, nrp_pelapor: '01234567', catatan: '=SUM(A1:A3) -5 orang' })
    expect(audit.filter((a) => a['tabel'] === 'laporan_mingguan').map((a) => a['kunci'])).toEqual([`${desa[0]}|2024|37`, `${desa[1]}|2024|37`])
    expect(audit.some((a) => a['tabel'] === 'templat_polsek' && a['kunci'] === 'isi.xlsx')).toBe(true)
  })

  it.skipIf(!adaSoffice())('[F4] templat diisi lalu disimpan LibreOffice, diimpor = nilai yang sama diketik lewat mingguan:simpan (per kolom)', async () => {
    const lo = isiLibreOffice(templat.isi, isian(), tmp.folder, 'isi-lo')
    // LibreOffice really wrote it, and kept the hidden Info sheet.
    const bagian = new Map(bukaZipUji(lo).map((b) => [b.nama, b.isi.toString()]))
    expect(bagian.get('docProps/app.xml')).toMatch(/LibreOffice/)
    expect(bagian.get('xl/workbook.xml')).toMatch(/<sheet [^>]*name="Info"[^>]*state="hidden"/)
    // Protection and the validation rules survive LibreOffice's save, so the file stays a template.
    expect(bagian.get('xl/worksheets/sheet1.xml')).toMatch(/<sheetProtection [^>]*sheet="(1|true)"/)
    expect(bagian.get('xl/worksheets/sheet1.xml')).toMatch(/<dataValidation [^>]*type="whole"/)
    const grid = await lewatGrid()
    const { p, rows } = await imporBaru(lo)
    expect(p.kesalahan).toEqual([])
    expect(p.hitungan).toMatchObject({ baru: 2, berubah: 0, dihapus: 0, ditolak: 0 })
    expect(rows).toEqual(grid)
  }, 240_000)

  it('[F4] templat Polres lain atau minggu lain ditolak dengan pesan jelas; data tidak berubah', async () => {
    const lain = isiSheetJs(templat.isi, isian())
    const wb = XLSX.read(lain, { type: 'buffer' })
    const info = wb.Sheets['Info']!
    for (let r = 2; r <= 12; r++) {
      if (info[`A${r}`]?.v === 'satker_kode') info[`B${r}`] = { t: 's', v: '53.04' }
      if (info[`A${r}`]?.v === 'satker_nama') info[`B${r}`] = { t: 's', v: 'POLRES BELU' }
    }
    const sebelum = q('SELECT * FROM laporan_mingguan ORDER BY desa_kode')
    const h = await u.hasil('templat:pratinjau', { namaBerkas: 'x.xlsx', berkasBase64: b64(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer) })
    expect(h.ok).toBe(false)
    if (!h.ok) expect(h.galat.pesan).toBe('Templat ini milik POLRES BELU (53.04), bukan POLRES TIMOR TENGAH UTARA (53.03); berkas ditolak.')
    const w = await u.hasil('templat:pratinjau', { namaBerkas: 'x.xlsx', berkasBase64: b64(lain), tahun: 2024, minggu: 38 })
    expect(w.ok).toBe(false)
    if (!w.ok) expect(w.galat.pesan).toBe('Templat ini untuk Minggu ke-37 2024 (9–15 September 2024), bukan Minggu ke-38 2024 (16–22 September 2024) yang sedang dibuka. Buka minggu itu di Input Mingguan, lalu impor lagi.')
    const kosong = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(kosong, XLSX.utils.aoa_to_sheet([['kode_desa', 'kk_dikunjungi']]), 'Lembar1')
    const bukan = await u.hasil('templat:pratinjau', { namaBerkas: 'x.xlsx', berkasBase64: b64(XLSX.write(kosong, { type: 'buffer', bookType: 'xlsx' }) as Buffer) })
    expect(bukan.ok).toBe(false)
    if (!bukan.ok) expect(bukan.galat.pesan).toBe('Berkas ini bukan templat Input Mingguan Binmas Desk: sheet InputMingguan dan Info tidak ada. Unduh templat dari Input Mingguan → Unduh templat Polsek.')
    expect(q('SELECT * FROM laporan_mingguan ORDER BY desa_kode')).toEqual(sebelum)
  })

  it('[F4] kolom desa terkunci yang diubah dan nilai di luar batas → kesalahan baris menyebut sheet, baris, kolom; tidak dapat diterapkan', async () => {
    const nama1 = (q('SELECT nama FROM desa WHERE kode = ?', desa[1]!)[0]!['nama'] as string)
    const salah = isiSheetJs(templat.isi, { [desa[0]!]: { ronda_malam: 9, masalah_ditangani: 1, masalah_selesai: 2 }, [desa[2]!]: { penyuluhan: -1, kegiatan_pangan: '2,5' } }, (ws) => {
      ws['B3'] = { t: 's', v: 'DESA LAIN' }
    })
    const sebelum = q('SELECT * FROM laporan_mingguan ORDER BY desa_kode')
    const p = await u.panggil('templat:pratinjau', { namaBerkas: 'salah.xlsx', berkasBase64: b64(salah), tahun: TAHUN, minggu: MINGGU })
    const huruf = kolomHuruf(templat.isi)
    expect(huruf['ronda_malam']).toBeTruthy()
    expect(p.bisaDiterapkan).toBe(false)
    expect(p.kesalahan.map((m) => m.pesan)).toEqual(
      expect.arrayContaining([
        'Sheet InputMingguan baris 2, kolom ronda_malam: nilai 9 melebihi batas 7.',
        `Sheet InputMingguan baris 3, kolom nama_desa: kolom terkunci nama_desa diubah: tertulis "DESA LAIN", seharusnya "${nama1}" untuk desa ${desa[1]}.`,
        'Sheet InputMingguan baris 4, kolom penyuluhan: nilai -1 tidak boleh negatif.',
        'Sheet InputMingguan baris 4, kolom kegiatan_pangan: nilai 2,5 harus bilangan bulat.',
      ]),
    )
    const t = await u.hasil('templat:terapkan', { token: p.token })
    expect(t.ok).toBe(false)
    expect(q('SELECT * FROM laporan_mingguan ORDER BY desa_kode')).toEqual(sebelum)
    // Rules between fields, once the cell errors are gone.
    const antar = isiSheetJs(templat.isi, { [desa[0]!]: { masalah_ditangani: 1, masalah_selesai: 2, pos_kamling_aktif: 5 } })
    const p2 = await u.panggil('templat:pratinjau', { namaBerkas: 'antar.xlsx', berkasBase64: b64(antar) })
    expect(p2.kesalahan.map((m) => m.pesan)).toEqual([
      'Sheet InputMingguan baris 2, kolom masalah_selesai: nilai 2 melebihi masalah_ditangani (1).',
      'Sheet InputMingguan baris 2, kolom pos_kamling_aktif: nilai 5 melebihi pos_kamling_total desa (4).',
    ])
  })

  it('[F4] periode terkunci dihormati; kosong ≠ 0: sel kosong menghapus nilai seperti di grid', async () => {
    await u.panggil('periode:kunci', { bulan: '2024-09' })
    const berkas = isiSheetJs(templat.isi, isian())
    const p = await u.panggil('templat:pratinjau', { namaBerkas: 'kunci.xlsx', berkasBase64: b64(berkas) })
    expect(p.bisaDiterapkan).toBe(false)
    expect(p.kesalahan[0]!.pesan).toBe('Sheet InputMingguan baris 2: periode September 2024 sudah dikunci; laporan minggu 37 tahun 2024 tidak dapat diubah lewat impor.')
    await u.panggil('periode:buka', { bulan: '2024-09', alasan: 'uji impor templat dibuka lagi' })
    // Pre-filled value cleared in the template (desa[3] penyuluhan): the stored row goes, as clearing it in the grid does.
    const kosong = isiSheetJs(templat.isi, {}, (ws, huruf) => {
      delete ws[`${huruf['penyuluhan']}5`]
    })
    const p2 = await u.panggil('templat:pratinjau', { namaBerkas: 'kosong.xlsx', berkasBase64: b64(kosong) })
    expect(p2.kesalahan).toEqual([])
    expect(p2.hitungan).toMatchObject({ baru: 0, berubah: 0, dihapus: 1 })
    await u.panggil('templat:terapkan', { token: p2.token })
    expect(q('SELECT count(*) n FROM laporan_mingguan WHERE desa_kode = ?', desa[3]!)[0]!['n']).toBe(0)
  })
})
