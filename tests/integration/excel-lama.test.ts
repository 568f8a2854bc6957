import fs from 'node:fs'
import path from 'node:path'
import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PemetaanExcelLama } from '../../shared/api-templat'
import { KOLOM_SEL_MINGGUAN } from '../../shared/mingguan'
import { aplikasiUji } from '../helpers/aplikasi'
import { folderSementara } from '../helpers/folder'
import { setupTtu } from '../helpers/setup-ttu'
import { adaSoffice, b64, serial, sofficeKeXlsx } from './pertukaran-alat'

/**
 * [F8] "Impor dari Excel lama": a unit's own spreadsheet, with title rows,
 * its own headers, extra columns, Indonesian numbers and text numbers, made
 * by SheetJS and by LibreOffice from a CSV; mapped, previewed, applied.
 */

const HARI = '2024-09-25'
const KOSONG = Object.fromEntries(KOLOM_SEL_MINGGUAN.map((k) => [k, null]))

describe('Impor dari Excel lama', () => {
  const tmp = folderSementara('binmas-excel-lama-uji-')
  const u = aplikasiUji({ hariIni: HARI })
  let desa: { kode: string; nama: string; kecamatan: string }[] = []
  const q = (sql: string, ...p: unknown[]) => u.app.bd.sqlite.prepare(sql).all(...p) as Record<string, unknown>[]
  const laporan = () => q(`SELECT desa_kode, tahun, minggu, ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan ORDER BY desa_kode, tahun, minggu`)

  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    desa = q("SELECT d.kode, d.nama, k.nama kecamatan FROM desa d JOIN kecamatan k ON k.kode = d.kecamatan_kode JOIN polsek p ON p.id = k.polsek_id WHERE p.nama = 'POLSEK INSANA' ORDER BY d.kode") as typeof desa
  })
  afterAll(async () => {
    await u.tutup()
    tmp.hapus()
  })

  /** The Kanit's own recap: two merged title rows, a blank row, then the header on row 4; a JUMLAH row under the data. */
  function rekapSheetJs(): Buffer {
    const [a, b] = desa as [(typeof desa)[0], (typeof desa)[0]]
    const d = (t: string) => ({ t: 'n', v: serial(t), z: 'dd/mm/yyyy' })
    const aoa: unknown[][] = [
      ['REKAPITULASI KEGIATAN BHABINKAMTIBMAS'],
      ['POLSEK INSANA — SEPTEMBER 2024'],
      [],
      ['No', 'Tanggal', 'Desa/Kel', 'Kecamatan', 'Sambang (KK)', 'Binluh', 'Problem Solving', 'PS Selesai', 'Ronda', 'Deteksi Dini', 'Paraf', 'Ket'],
      [1, d('2024-09-10'), `Desa ${a.nama.toUpperCase()}`, a.kecamatan, '1.234', 2, 1, 1, 7, '0', 'ttd', 'aman'],
      [2, '12/09/2024', b.nama, b.kecamatan, 15, null, null, null, 3, null, null, null],
      [3, d('2024-09-17'), a.nama, a.kecamatan, 20, 1, 2, 1, null, 1, null, null],
      [null, null, 'JUMLAH', null, 1269, 3, 3, 2, 10, 1, null, null],
    ]
    const ws = XLSX.utils.aoa_to_sheet([[]])
    ws['!data'] = aoa.map((r) => r.map((v) => (v === null || v === undefined ? undefined : typeof v === 'object' ? v : typeof v === 'number' ? { t: 'n', v } : { t: 's', v }))) as XLSX.CellObject[][]
    ws['!ref'] = 'A1:L8'
    ws['!merges'] = [XLSX.utils.decode_range('A1:L1'), XLSX.utils.decode_range('A2:L2')]
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Catatan lain']]), 'Sampul')
    XLSX.utils.book_append_sheet(wb, ws, 'Rekap Sept')
    return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer
  }

  it('[F8] berkas SheetJS: sheet, baris judul dan kolom ditebak; desa dicocokkan; minggu dari kolom tanggal; hasil sama dengan hitungan tangan', async () => {
    const [a, b] = desa as [(typeof desa)[0], (typeof desa)[0]]
    const baca = await u.panggil('excel-lama:baca', { namaBerkas: 'rekap-sept.xlsx', berkasBase64: b64(rekapSheetJs()) })
    expect(baca.sheet.map((s) => s.nama)).toEqual(['Sampul', 'Rekap Sept'])
    expect(baca.sheetDipilih).toBe('Rekap Sept')
    expect(baca.barisJudul).toBe(4)
    const saran = Object.fromEntries(baca.kolom.map((k) => [k.judul, k.saran]))
    expect(saran).toEqual({
      No: null,
      Tanggal: 'tanggal',
      'Desa/Kel': 'desa_nama',
      Kecamatan: 'kecamatan',
      'Sambang (KK)': 'kk_dikunjungi',
      Binluh: 'penyuluhan',
      'Problem Solving': 'masalah_ditangani',
      'PS Selesai': 'masalah_selesai',
      Ronda: 'ronda_malam',
      'Deteksi Dini': 'info_deteksi_dini',
      Paraf: null,
      Ket: 'catatan',
    })
    const kolom = Object.fromEntries(baca.kolom.filter((k) => k.saran).map((k) => [k.saran!, k.indeks])) as PemetaanExcelLama['kolom']
    const cocok = await u.panggil('excel-lama:cocokkan-desa', { berkasToken: baca.berkasToken, sheet: 'Rekap Sept', barisJudul: 4, kolom })
    // "Desa X" in capitals and "X" are the same desa; JUMLAH is not a desa.
    expect(cocok.map((c) => [c.teks, c.saran, c.jumlahBaris])).toEqual([
      [`Desa ${a.nama.toUpperCase()}`, a.kode, 2],
      [b.nama, b.kode, 1],
    ])
    const pemetaan: PemetaanExcelLama = { sheet: 'Rekap Sept', barisJudul: 4, kolom, minggu: { jenis: 'kolom-tanggal' }, petaDesa: {} }
    const p = await u.panggil('excel-lama:pratinjau', { berkasToken: baca.berkasToken, pemetaan })
    expect(p.kesalahan).toEqual([])
    expect(p.hitungan).toMatchObject({ baru: 3, berubah: 0, dihapus: 0, ditolak: 0 })
    expect(p.peringatan.map((x) => x.pesan)).toContain('Sheet Rekap Sept baris 8, kolom C (Desa/Kel): baris "JUMLAH" dianggap baris jumlah dan dilewati.')
    const r = await u.panggil('excel-lama:terapkan', { token: p.token })
    expect(r).toMatchObject({ baru: 3, berubah: 0, dihapus: 0 })
    // By hand: 10 and 12 September are in ISO week 37, 17 September in week 38; "1.234" = 1234.
    expect(laporan()).toEqual(
      [
        { ...KOSONG, desa_kode: a.kode, tahun: 2024, minggu: 37, kk_dikunjungi: 1234, penyuluhan: 2, masalah_ditangani: 1, masalah_selesai: 1, ronda_malam: 7, info_deteksi_dini: 0, catatan: 'aman' },
        { ...KOSONG, desa_kode: a.kode, tahun: 2024, minggu: 38, kk_dikunjungi: 20, penyuluhan: 1, masalah_ditangani: 2, masalah_selesai: 1, info_deteksi_dini: 1 },
        { ...KOSONG, desa_kode: b.kode, tahun: 2024, minggu: 37, kk_dikunjungi: 15, ronda_malam: 3 },
      ].sort((x, y) => `${x.desa_kode}${x.minggu}`.localeCompare(`${y.desa_kode}${y.minggu}`)),
    )
    expect(q("SELECT count(*) n FROM audit WHERE aksi = 'impor' AND tabel = 'laporan_mingguan'")[0]!['n']).toBe(3)
    expect(q("SELECT kunci FROM audit WHERE aksi = 'impor' AND tabel = 'excel_lama'")).toEqual([{ kunci: 'rekap-sept.xlsx' }])
    // The same file again changes nothing.
    const lagi = await u.panggil('excel-lama:pratinjau', { berkasToken: baca.berkasToken, pemetaan })
    expect(lagi.hitungan).toMatchObject({ baru: 0, berubah: 0, sama: 3 })
    expect(lagi.adaPerubahan).toBe(false)
  })

  it('[F8] kesalahan baris menyebut sheet, baris dan kolom pengguna; desa tak terpetakan; tidak ada yang ditulis', async () => {
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Desa', 'Sambang', 'Ronda'],
        [desa[2]!.nama, 4, 9],
        ['Kampung Entah', 3, 1],
        [desa[3]!.nama, -2, '2,5'],
      ]),
      'Lembar1',
    )
    const sebelum = laporan()
    const baca = await u.panggil('excel-lama:baca', { namaBerkas: 'salah.xlsx', berkasBase64: b64(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer) })
    expect(baca.barisJudul).toBe(1)
    const pemetaan: PemetaanExcelLama = { sheet: 'Lembar1', barisJudul: 1, kolom: { desa_nama: 0, kk_dikunjungi: 1, ronda_malam: 2 }, minggu: { jenis: 'tetap', tahun: 2024, minggu: 38 }, petaDesa: {} }
    const cocok = await u.panggil('excel-lama:cocokkan-desa', { berkasToken: baca.berkasToken, sheet: 'Lembar1', barisJudul: 1, kolom: pemetaan.kolom })
    expect(cocok.find((c) => c.teks === 'Kampung Entah')).toMatchObject({ saran: null, alasan: 'tidak ada desa dengan nama ini' })
    const p = await u.panggil('excel-lama:pratinjau', { berkasToken: baca.berkasToken, pemetaan })
    expect(p.bisaDiterapkan).toBe(false)
    expect(p.kesalahan.map((m) => m.pesan)).toEqual([
      'Sheet Lembar1 baris 2, kolom C (Ronda): nilai 9 melebihi batas 7.',
      'Sheet Lembar1 baris 3, kolom A (Desa): desa "Kampung Entah" belum dipetakan ke desa di aplikasi; pilih desanya di langkah Desa.',
      'Sheet Lembar1 baris 4, kolom B (Sambang): nilai -2 tidak boleh negatif.',
      'Sheet Lembar1 baris 4, kolom C (Ronda): nilai 2,5 harus bilangan bulat.',
    ])
    expect((await u.hasil('excel-lama:terapkan', { token: p.token })).ok).toBe(false)
    expect(laporan()).toEqual(sebelum)
    // The user maps the unknown desa to one of the app ("lewati" for the rest) and fixes nothing else: still blocked by values.
    const p2 = await u.panggil('excel-lama:pratinjau', { berkasToken: baca.berkasToken, pemetaan: { ...pemetaan, petaDesa: { [cocok.find((c) => c.teks === 'Kampung Entah')!.kunci]: '-' } } })
    expect(p2.kesalahan.map((m) => m.baris)).toEqual([2, 4, 4])
    expect(p2.peringatan.map((m) => m.pesan)).toContain('Sheet Lembar1: 1 baris desa yang dipilih "lewati" tidak diimpor.')
  })

  it('[F8] desa bernama sama di dua kecamatan dibedakan dengan kolom kecamatan', async () => {
    // TTU has no two desa of one name; a desa added by hand in another kecamatan makes one, as a pemekaran may.
    const ganda = desa[4]!.nama
    const lain = q("SELECT k.kode FROM kecamatan k JOIN polsek p ON p.id = k.polsek_id WHERE p.nama <> 'POLSEK INSANA' ORDER BY k.kode LIMIT 1")[0]!['kode'] as string
    await u.panggil('desa:tambah', { kode: `${lain}.9901`, nama: ganda, kecamatanKode: lain })
    const dua = q('SELECT d.kode, k.nama kecamatan FROM desa d JOIN kecamatan k ON k.kode = d.kecamatan_kode WHERE lower(d.nama) = lower(?) ORDER BY d.kode', ganda)
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Nama Desa', 'Kec.', 'KK Dikunjungi'], [ganda, dua[1]!['kecamatan'], 3], [ganda, null, 4]]), 'Data')
    const baca = await u.panggil('excel-lama:baca', { namaBerkas: 'ganda.xlsx', berkasBase64: b64(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer) })
    const cocok = await u.panggil('excel-lama:cocokkan-desa', { berkasToken: baca.berkasToken, sheet: 'Data', barisJudul: 1, kolom: { desa_nama: 0, kecamatan: 1, kk_dikunjungi: 2 } })
    expect(cocok[0]).toMatchObject({ saran: dua[1]!['kode'], alasan: null })
    expect(cocok[1]!.saran).toBeNull()
    expect(cocok[1]!.kandidat.map((k) => k.kode)).toEqual(dua.map((d) => d['kode']))
  })

  it.skipIf(!adaSoffice())('[F8] berkas LibreOffice dari CSV (angka Indonesia "1.234", angka sebagai teks, baris judul, kolom tambahan, kode desa tanpa titik, kolom minggu)', async () => {
    const [a, b] = desa as [(typeof desa)[0], (typeof desa)[0]]
    const csv = [
      'REKAP MINGGUAN POLSEK INSANA,,,,,,',
      'Dibuat oleh Kanit Binmas,,,,,,',
      'Minggu,Kode Desa,KK Dikunjungi,Penyuluhan,Ronda Malam,Pos Kamling Aktif,Keterangan',
      `Minggu ke-37,${a.kode.replace(/\./g, '')},"1.234",3,5,,"=1+1 bukan rumus"`,
      `38,${b.kode.replace(/\./g, '')},12,,,,`,
    ].join('\n')
    const masuk = path.join(tmp.folder, 'rekap-lo.csv')
    fs.writeFileSync(masuk, csv)
    // Indonesian locale; column D (Penyuluhan) and G (Keterangan) typed as text.
    const [xlsx] = sofficeKeXlsx([masuk], path.join(tmp.folder, 'keluar'), { csv: { bahasa: 1057, kolom: [1, 1, 1, 2, 1, 1, 2] } })
    const buf = fs.readFileSync(xlsx!)
    const mentah = XLSX.read(buf, { type: 'buffer' }).Sheets['rekap-lo']!
    expect(mentah['C4']).toMatchObject({ t: 'n', v: 1234 })
    expect(mentah['D4']).toMatchObject({ t: 's', v: '3' })
    expect(mentah['B4']).toMatchObject({ t: 'n' })
    const sebelum = laporan().filter((r) => r['desa_kode'] !== a.kode && r['desa_kode'] !== b.kode)
    const baca = await u.panggil('excel-lama:baca', { namaBerkas: 'rekap-lo.xlsx', berkasBase64: b64(buf) })
    expect(baca.barisJudul).toBe(3)
    const kolom = Object.fromEntries(baca.kolom.filter((k) => k.saran).map((k) => [k.saran!, k.indeks])) as PemetaanExcelLama['kolom']
    expect(kolom).toEqual({ minggu: 0, desa_kode: 1, kk_dikunjungi: 2, penyuluhan: 3, ronda_malam: 4, pos_kamling_aktif: 5, catatan: 6 })
    const pemetaan: PemetaanExcelLama = { sheet: 'rekap-lo', barisJudul: 3, kolom, minggu: { jenis: 'kolom-minggu', tahun: 2024 }, petaDesa: {} }
    const p = await u.panggil('excel-lama:pratinjau', { berkasToken: baca.berkasToken, pemetaan })
    expect(p.kesalahan).toEqual([])
    await u.panggil('excel-lama:terapkan', { token: p.token })
    const rows = laporan()
    // Week 37 of desa a came from the first file (kk 1234 there too); this one changes the fields it has columns for (its blank
    // pos kamling cell stays blank) and leaves the ones it has no column for (masalah, deteksi dini) as stored.
    expect(rows.find((r) => r['desa_kode'] === a.kode && r['minggu'] === 37)).toEqual({ ...KOSONG, desa_kode: a.kode, tahun: 2024, minggu: 37, kk_dikunjungi: 1234, penyuluhan: 3, ronda_malam: 5, catatan: '=1+1 bukan rumus', masalah_ditangani: 1, masalah_selesai: 1, info_deteksi_dini: 0 })
    expect(p.hitungan).toMatchObject({ baru: 1, berubah: 1 })
    expect(p.perubahan.find((x) => x.kunci.startsWith(a.kode))!.kolom).toEqual(['penyuluhan', 'ronda_malam', 'catatan'])
    expect(rows.find((r) => r['desa_kode'] === b.kode && r['minggu'] === 38)).toEqual({ ...KOSONG, desa_kode: b.kode, tahun: 2024, minggu: 38, kk_dikunjungi: 12 })
    expect(rows.filter((r) => r['desa_kode'] !== a.kode && r['desa_kode'] !== b.kode)).toEqual(sebelum)
  }, 240_000)

  it('[F8] pemetaan disimpan dengan nama, muncul lagi dengan judul kolom, dapat diganti dan dihapus (dengan audit)', async () => {
    const baca = await u.panggil('excel-lama:baca', { namaBerkas: 'rekap-sept.xlsx', berkasBase64: b64(rekapSheetJs()) })
    const kolom = Object.fromEntries(baca.kolom.filter((k) => k.saran).map((k) => [k.saran!, k.indeks])) as PemetaanExcelLama['kolom']
    const pemetaan: PemetaanExcelLama = { sheet: 'Rekap Sept', barisJudul: 4, kolom, minggu: { jenis: 'kolom-tanggal' }, petaDesa: { 'entah|': '-' } }
    const s = await u.panggil('excel-lama:pemetaan-simpan', { nama: 'Rekap Polsek Insana', berkasToken: baca.berkasToken, pemetaan })
    const daftar = await u.panggil('excel-lama:pemetaan-daftar', {})
    expect(daftar).toHaveLength(1)
    expect(daftar[0]).toMatchObject({ id: s.id, nama: 'Rekap Polsek Insana', isi: { sheet: 'Rekap Sept', barisJudul: 4, minggu: { jenis: 'kolom-tanggal' }, petaDesa: { 'entah|': '-' } } })
    expect(daftar[0]!.isi.kolom).toMatchObject({ tanggal: 'Tanggal', desa_nama: 'Desa/Kel', kk_dikunjungi: 'Sambang (KK)', ronda_malam: 'Ronda', catatan: 'Ket' })
    // Same name (any case): replaced, not doubled.
    await u.panggil('excel-lama:pemetaan-simpan', { nama: 'rekap polsek insana', berkasToken: baca.berkasToken, pemetaan: { ...pemetaan, petaDesa: {} } })
    expect(await u.panggil('excel-lama:pemetaan-daftar', {})).toHaveLength(1)
    await u.panggil('excel-lama:pemetaan-hapus', { id: s.id })
    expect(await u.panggil('excel-lama:pemetaan-daftar', {})).toEqual([])
    expect(q("SELECT aksi FROM audit WHERE tabel = 'pemetaan_impor' ORDER BY id").map((r) => r['aksi'])).toEqual(['tambah', 'ubah', 'hapus'])
    const lagi = await u.hasil('excel-lama:pemetaan-hapus', { id: s.id })
    expect(lagi.ok).toBe(false)
  })

  it('[F8] berkas bukan xlsx atau terlalu besar ditolak sebelum dibaca', async () => {
    const ods = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(ods, XLSX.utils.aoa_to_sheet([['Desa', 'Sambang'], ['Bokon', 3]]), 'Lembar1')
    const o = await u.hasil('excel-lama:baca', { namaBerkas: 'rekap.ods', berkasBase64: b64(XLSX.write(ods, { type: 'buffer', bookType: 'ods' }) as Buffer) })
    expect(o.ok).toBe(false)
    if (!o.ok) expect(o.galat.pesan).toBe('Berkas ini disimpan dalam format LibreOffice (.ods). Buka di LibreOffice Calc, pilih Berkas → Simpan Sebagai → jenis "Excel 2007-365 (.xlsx)", lalu pilih berkas .xlsx itu.')
    const h = await u.hasil('excel-lama:baca', { namaBerkas: 'a.xlsx', berkasBase64: Buffer.from('bukan excel sama sekali').toString('base64') })
    expect(h.ok).toBe(false)
    if (!h.ok) expect(h.galat.kode).toBe('FILE_TIDAK_VALID')
    const besar = await u.hasil('excel-lama:baca', { namaBerkas: 'a.xlsx', berkasBase64: 'A'.repeat(72_000_000) })
    expect(besar.ok).toBe(false)
    if (!besar.ok) expect(besar.galat.pesan).toMatch(/^Berkas terlalu besar \(51,5 MB\); batas 50 MB\.$/)
  })
})
