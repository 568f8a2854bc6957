import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { perbaruiIkdk } from '../../electron/services/ikdk/hitung'
import type { Galat } from '../../shared/galat'
import { aplikasiUji } from '../helpers/aplikasi'
import { b64, bacaXlsx, bukaZipUji, KONTRAK, nilaiSheet, potretTabel, setupSeperti, shaCsv, tanggalSerial, tulisXlsx } from './pertukaran-alat'

/**
 * Export (F1) and import (F2) between two real backends on temp folders:
 * A holds the demo Polres TTU, B is the same Polres set up without data.
 */

const HARI = '2024-10-16'
const TEKS_BERBAHAYA = ['=HYPERLINK("http://contoh.id","klik")', '-5 orang', '+6281234567890', '@SUM(A1:A3)']
/** ISO weeks whose Thursday falls in July–September 2024 (4 Jul … 26 Sep): weeks 27–39, by hand. */
const MINGGU_JUL_SEP = [27, 39] as const
/** Tables the import touches, for "unchanged" comparisons that ignore audit and bookkeeping. */
const TABEL_DATA = ['desa', 'personel', 'desa_binaan', 'laporan_mingguan', 'kejadian', 'periode_impor'] as const

type Sel = XLSX.CellObject | undefined
/** The test's own rendering of a cell for the contract's CSV. */
const render = (c: Sel) => (!c || c.v === undefined ? '' : c.t === 'n' && c.z && XLSX.SSF.is_date(c.z) ? tanggalSerial(c.v as number) : String(c.v))

function manifestDari(berkas: Buffer): Map<string, Sel> {
  const { sel } = bacaXlsx(berkas)
  return new Map(sel['Manifest']!.slice(1).map((r) => [String(r[0]!.v), r[1]]))
}

function galatDari(h: { ok: boolean; galat?: Galat }): Galat {
  expect(h.ok).toBe(false)
  return (h as { galat: Galat }).galat
}

describe('Pertukaran Data: ekspor dan impor berkas Polda', () => {
  const A = aplikasiUji({ hariIni: HARI })
  const B = aplikasiUji({ hariIni: HARI })
  const qa = <T>(sql: string, ...p: unknown[]) => A.app.bd.sqlite.prepare(sql).all(...p) as T[]
  const qb = <T>(sql: string, ...p: unknown[]) => B.app.bd.sqlite.prepare(sql).all(...p) as T[]
  const berkas: Record<string, { nama: string; isi: Buffer }> = {}
  let desaBerbahaya: string[] = []

  const ekspor = async (bulanAwal: string, bulanAkhir: string, lain: { tandaTangan?: boolean; tanpaDataPribadi?: boolean } = {}) => {
    const e = await A.panggil('pertukaran:ekspor', { bulanAwal, bulanAkhir, ...lain })
    return { ...e, isi: Buffer.from(e.berkasBase64, 'base64') }
  }
  const pratinjau = (app: typeof B, b: { nama: string; isi: Buffer }) => app.panggil('pertukaran:pratinjau', { namaBerkas: b.nama, berkasBase64: b64(b.isi) })
  const impor = async (app: typeof B, b: { nama: string; isi: Buffer }, konfirmasiGanti = false) => {
    const p = await pratinjau(app, b)
    expect(p.kesalahan).toEqual([])
    return { p, r: await app.panggil('pertukaran:terapkan', { token: p.token, konfirmasiGanti }) }
  }
  /** Rows of a table without the technical timestamp, sorted, for A-vs-B comparisons. */
  const baris = (app: typeof A, sql: string) => (app.app.bd.sqlite.prepare(sql).all() as Record<string, unknown>[]).map(({ diubah_pada: _, ...r }) => r)

  beforeAll(async () => {
    await A.panggil('contoh:muat', {})
    await B.panggil('setup:simpan', setupSeperti(A.app.bd.sqlite))
    // Texts a spreadsheet would take for formulas or numbers, typed into catatan and uraian.
    desaBerbahaya = qa<{ desa_kode: string }>('SELECT desa_kode FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 37 ORDER BY desa_kode LIMIT 4').map((r) => r.desa_kode)
    await A.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: desaBerbahaya.map((d, i) => ({ desaKode: d, kolom: 'catatan' as const, nilai: TEKS_BERBAHAYA[i]! })) })
    await A.panggil('kejadian:simpan', { tanggal: '2024-09-11', desaKode: desaBerbahaya[0]!, kategori: 'hoaks', tingkat: 'ambang', status: 'terbuka', tanggalSelesai: null, uraian: '=1+1 "kutip", koma\ndan baris baru' })
    perbaruiIkdk(A.app.bd, HARI)
  })
  afterAll(async () => {
    await A.tutup()
    await B.tutup()
  })

  it('[F1] ekspor Juli–September: semua sheet, kolom kontrak, baris_ dan sha256_ sama dengan hitungan independen', async () => {
    const e = await ekspor('2024-07', '2024-09')
    berkas['r1'] = { nama: e.namaBerkas, isi: e.isi }
    expect(e.namaBerkas).toBe('BINMAS_53.03_2024-07_2024-09_r1.xlsx')
    expect(e.revisi).toBe(1)
    const { wb, sel } = bacaXlsx(e.isi)
    expect(wb.SheetNames).toEqual(['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian', 'IKDK'])
    for (const s of ['Desa', 'Personel', 'LaporanMingguan', 'Kejadian'] as const) expect(sel[s]![0]!.map((c) => c?.v)).toEqual([...KONTRAK[s]])
    expect(sel['IKDK']![0]!.map((c) => c?.v)).toEqual(['kode_desa', 'bulan', 'nilai', 'kategori', 'keyakinan', 'D1', 'D2', 'D3', 'D4', 'D5', 'skema'])

    const m = manifestDari(e.isi)
    expect([...m.keys()]).toEqual([
      'format', 'versi_format', 'satker_kode', 'satker_nama', 'polda', 'bulan_awal', 'bulan_akhir', 'revisi', 'dibuat_pada', 'dibuat_oleh', 'skema_ikdk',
      'baris_Desa', 'sha256_Desa', 'baris_Personel', 'sha256_Personel', 'baris_LaporanMingguan', 'sha256_LaporanMingguan', 'baris_Kejadian', 'sha256_Kejadian',
    ])
    expect(m.get('format')?.v).toBe('binmas-desk-pertukaran')
    expect(m.get('versi_format')).toMatchObject({ t: 'n', v: 1 })
    expect(m.get('revisi')).toMatchObject({ t: 'n', v: 1 })
    expect(m.get('satker_kode')?.v).toBe('53.03')
    expect(m.get('polda')?.v).toBe('POLDA NUSA TENGGARA TIMUR')
    expect([m.get('bulan_awal')?.v, m.get('bulan_akhir')?.v]).toEqual(['2024-07', '2024-09'])
    expect(String(m.get('dibuat_pada')?.v)).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
    expect(m.get('skema_ikdk')?.v).toBe('bawaan@1')

    // Row counts from independent queries.
    const n = (sql: string) => (A.app.bd.sqlite.prepare(sql).get() as { n: number }).n
    expect(m.get('baris_Desa')?.v).toBe(n('SELECT count(*) n FROM desa WHERE aktif = 1'))
    expect(m.get('baris_Personel')?.v).toBe(n('SELECT count(*) n FROM personel'))
    expect(m.get('baris_LaporanMingguan')?.v).toBe(n(`SELECT count(*) n FROM laporan_mingguan WHERE tahun = 2024 AND minggu BETWEEN ${MINGGU_JUL_SEP[0]} AND ${MINGGU_JUL_SEP[1]}`))
    expect(m.get('baris_Kejadian')?.v).toBe(
      n("SELECT count(*) n FROM kejadian WHERE tanggal BETWEEN '2024-07-01' AND '2024-09-30' OR (tanggal < '2024-07-01' AND tanggal_selesai BETWEEN '2024-07-01' AND '2024-09-30')"),
    )
    // Checksums recomputed by the test's own CSV from the raw cells.
    for (const s of ['Desa', 'Personel', 'LaporanMingguan', 'Kejadian'] as const) {
      const rows = sel[s]!.slice(1).map((r) => KONTRAK[s].map((_, i) => render(r[i])))
      expect(m.get(`sha256_${s}`)?.v, s).toBe(shaCsv(KONTRAK[s], rows))
      expect(rows.length).toBe(m.get(`baris_${s}`)?.v)
    }
  })

  it('[F1] sel bertipe: angka sebagai angka, teks sebagai teks (tanpa rumus, tanpa tanda petik), tanggal sebagai sel tanggal', () => {
    const isi = berkas['r1']!.isi
    const { sel } = bacaXlsx(isi)
    const lap = sel['LaporanMingguan']!
    for (const [i, d] of desaBerbahaya.entries()) {
      const r = lap.find((x) => x[0]?.v === d && x[2]?.v === 37)!
      expect(r[15]).toMatchObject({ t: 's', v: TEKS_BERBAHAYA[i] })
      expect(r[15]!.f).toBeUndefined()
      expect(r[0]!.t).toBe('s')
      expect(r[1]).toMatchObject({ t: 'n', v: 2024 })
    }
    // Every NRP is an 8-digit text cell, every count a number cell (or empty: not reported).
    for (const r of lap.slice(1)) {
      if (r[14]) expect(r[14]).toMatchObject({ t: 's', v: expect.stringMatching(/^\d{8}$/) })
      for (let c = 3; c <= 13; c++) if (r[c]) expect(r[c]!.t).toBe('n')
    }
    // Dates are date cells (a number with a date format) holding the stored calendar date.
    const kej = sel['Kejadian']!.slice(1)
    const db = new Map(qa<{ id: string; tanggal: string; tanggal_selesai: string | null; uraian: string }>('SELECT id, tanggal, tanggal_selesai, uraian FROM kejadian').map((k) => [k.id, k]))
    for (const r of kej) {
      const k = db.get(String(r[0]!.v))!
      expect(r[1]!.t).toBe('n')
      expect(XLSX.SSF.is_date(String(r[1]!.z))).toBe(true)
      expect(tanggalSerial(r[1]!.v as number)).toBe(k.tanggal)
      expect(r[6] ? tanggalSerial(r[6].v as number) : null).toBe(k.tanggal_selesai)
    }
    expect(kej.some((r) => r[7]?.v === '=1+1 "kutip", koma\ndan baris baru' && r[7].t === 's')).toBe(true)
    // Not a single formula anywhere in the file's sheet XML.
    for (const b of bukaZipUji(isi).filter((x) => x.nama.startsWith('xl/worksheets/'))) expect(b.isi.toString()).not.toMatch(/<f[\s>/]/)
  })

  it('[F1] revisi naik setiap ekspor ulang periode yang sama dan tersimpan di basis data', async () => {
    const e2 = await ekspor('2024-07', '2024-09')
    berkas['r2'] = { nama: e2.namaBerkas, isi: e2.isi }
    expect(e2.namaBerkas).toBe('BINMAS_53.03_2024-07_2024-09_r2.xlsx')
    expect(manifestDari(e2.isi).get('revisi')?.v).toBe(2)
    const lain = await ekspor('2024-09', '2024-09')
    expect(lain.namaBerkas).toBe('BINMAS_53.03_2024-09_2024-09_r1.xlsx')
    expect(lain.peringatan).toEqual([
      'Periode ini tumpang tindih sebagian dengan berkas yang pernah dibuat (Juli–September 2024, r2); Polda akan menolak berkas yang periodenya tumpang tindih sebagian dengan berkas yang sudah diterimanya.',
    ])
    expect(qa('SELECT bulan_awal, bulan_akhir, revisi, nama_berkas FROM ekspor_revisi ORDER BY bulan_awal, revisi')).toEqual([
      { bulan_awal: '2024-07', bulan_akhir: '2024-09', revisi: 1, nama_berkas: 'BINMAS_53.03_2024-07_2024-09_r1.xlsx' },
      { bulan_awal: '2024-07', bulan_akhir: '2024-09', revisi: 2, nama_berkas: 'BINMAS_53.03_2024-07_2024-09_r2.xlsx' },
      { bulan_awal: '2024-09', bulan_akhir: '2024-09', revisi: 1, nama_berkas: 'BINMAS_53.03_2024-09_2024-09_r1.xlsx' },
    ])
  })

  it('[F1] tanda tangan Ed25519: kunci dibuat di aplikasi, kunci publik SPKI PEM memverifikasi manifest secara independen', async () => {
    expect((await A.panggil('pertukaran:kunci-info', {})).milik).toBeNull()
    const kunci = await A.panggil('pertukaran:kunci-buat', {})
    const pem = await A.panggil('pertukaran:kunci-ekspor', {})
    expect(pem.namaBerkas).toBe('BINMAS_53.03_kunci-publik.pem')
    expect(pem.isi).toMatch(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n$/)
    expect(pem.sidik).toBe(kunci.sidik)
    const kp = crypto.createPublicKey(pem.isi)
    expect(kp.asymmetricKeyType).toBe('ed25519')
    expect(crypto.createHash('sha256').update(kp.export({ type: 'spki', format: 'der' })).digest('hex')).toBe(kunci.sidik)

    const e = await ekspor('2024-06', '2024-06', { tandaTangan: true })
    const baris = bacaXlsx(e.isi).sel['Manifest']!.slice(1)
    const ttd = baris.at(-1)!
    expect(ttd[0]!.v).toBe('tanda_tangan')
    const q = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)
    const teks = baris.slice(0, -1).map((r) => `${q(render(r[0]))},${q(render(r[1]))}`).join('\n')
    expect(crypto.verify(null, Buffer.from(teks), kp, Buffer.from(String(ttd[1]!.v), 'base64'))).toBe(true)
    expect(crypto.verify(null, Buffer.from(teks.replace('2024-06', '2024-07')), kp, Buffer.from(String(ttd[1]!.v), 'base64'))).toBe(false)

    const lagi = galatDari(await A.hasil('pertukaran:kunci-buat', {}))
    expect(lagi.kode).toBe('KONFLIK')
    const ganti = await A.panggil('pertukaran:kunci-buat', { ganti: true })
    expect(ganti.sidik).not.toBe(kunci.sidik)
    // B trusts A's current key, as a Polda registers a Polres key.
    await B.panggil('pertukaran:kunci-percayai', { satkerKode: '53.03', kunciPublikPem: ganti.kunciPublikPem })
    expect((await B.panggil('pertukaran:kunci-info', {})).tepercaya).toEqual([{ satkerKode: '53.03', sidik: ganti.sidik, ditambahkanPada: expect.any(String) }])
    const bukanEd = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString()
    expect(galatDari(await B.hasil('pertukaran:kunci-percayai', { satkerKode: '53.03', kunciPublikPem: bukanEd }))).toEqual({ kode: 'INPUT_TIDAK_VALID', pesan: 'Kunci publik bukan kunci Ed25519.' })
  })

  it('[F1] "tanpa data pribadi": catatan dikosongkan, uraian diganti kategori; checksum tetap cocok', async () => {
    const e = await ekspor('2024-09', '2024-09', { tanpaDataPribadi: true })
    const { sel } = bacaXlsx(e.isi)
    expect(sel['LaporanMingguan']!.slice(1).every((r) => !r[15])).toBe(true)
    const uraian = new Set(sel['Kejadian']!.slice(1).map((r) => String(r[7]?.v)))
    expect(uraian.has('hoaks (ambang gangguan)')).toBe(true)
    for (const u of uraian) expect(u).toMatch(/^[a-z ]+ \((potensi|ambang|gangguan) ?[a-z]*\)$/)
    const m = manifestDari(e.isi)
    expect(m.get('sha256_Kejadian')?.v).toBe(shaCsv(KONTRAK.Kejadian, sel['Kejadian']!.slice(1).map((r) => KONTRAK.Kejadian.map((_, i) => render(r[i])))))
    expect(qa('SELECT tanpa_data_pribadi FROM ekspor_revisi WHERE bulan_awal = ? AND revisi = 2', '2024-09')).toEqual([{ tanpa_data_pribadi: 1 }])
  })

  it('[F1] ekspor ditolak untuk bulan yang belum dimulai, lebih dari 12 bulan, atau urutan bulan terbalik', async () => {
    expect(galatDari(await A.hasil('pertukaran:ekspor', { bulanAwal: '2024-10', bulanAkhir: '2024-11' }))).toMatchObject({ kode: 'INPUT_TIDAK_VALID', pesan: 'Bulan akhir belum dimulai.' })
    expect(galatDari(await A.hasil('pertukaran:ekspor', { bulanAwal: '2023-09', bulanAkhir: '2024-09' }))).toMatchObject({ kode: 'INPUT_TIDAK_VALID', pesan: 'Satu berkas paling banyak 12 bulan.' })
    expect(galatDari(await A.hasil('pertukaran:ekspor', { bulanAwal: '2024-09', bulanAkhir: '2024-08' })).rincian).toEqual([{ lokasi: 'bulanAkhir', pesan: 'Bulan awal harus sebelum atau sama dengan bulan akhir' }])
  })

  it('[F2] pratinjau: jumlah baru/berubah/sama per sheet sesuai kueri independen, tanpa menulis apa pun', async () => {
    const sebelum = potretTabel(B.app.bd.sqlite)
    const p = await pratinjau(B, berkas['r1']!)
    expect(potretTabel(B.app.bd.sqlite)).toEqual(sebelum)
    const n = (sql: string) => (A.app.bd.sqlite.prepare(sql).get() as { n: number }).n
    const desaIsi = n('SELECT count(*) n FROM desa WHERE aktif = 1 AND (penduduk IS NOT NULL OR jumlah_kk IS NOT NULL OR pos_kamling_total IS NOT NULL OR fkpm_aktif IS NOT NULL)')
    const mf = manifestDari(berkas['r1']!.isi)
    expect(p.sheet).toEqual([
      { sheet: 'Desa', baru: 0, berubah: desaIsi, sama: (mf.get('baris_Desa')!.v as number) - desaIsi, dihapus: 0, ditolak: 0 },
      { sheet: 'Personel', baru: n('SELECT count(*) n FROM personel'), berubah: 0, sama: 0, dihapus: 0, ditolak: 0 },
      { sheet: 'LaporanMingguan', baru: mf.get('baris_LaporanMingguan')!.v, berubah: 0, sama: 0, dihapus: 0, ditolak: 0 },
      { sheet: 'Kejadian', baru: mf.get('baris_Kejadian')!.v, berubah: 0, sama: 0, dihapus: 0, ditolak: 0 },
    ])
    expect(p.kesalahan).toEqual([])
    expect(p.bisaDiterapkan).toBe(true)
    expect(p.revisi).toEqual({ status: 'baru', revisiTersimpan: null })
    expect(p.integritas).toEqual({ checksum: 'cocok', tandaTangan: 'tidak-ada' })
    expect(p.manifest).toMatchObject({ satkerKode: '53.03', bulanAwal: '2024-07', bulanAkhir: '2024-09', periode: 'Juli–September 2024', revisi: 1 })
    // B registered A's key: an unsigned file from that satker is accepted with a warning.
    expect(p.peringatan.map((x) => x.pesan)).toEqual(['Berkas tidak ditandatangani, padahal satker 53.03 memiliki kunci tanda tangan terdaftar.'])
    expect(p.perubahan.length).toBe(Math.min(1000, p.sheet.reduce((a, h) => a + h.baru + h.berubah, 0)))
  })

  it('[F2] terapkan: satu transaksi sesudah cadangan; isi B sama dengan A untuk periode itu; audit dan IKDK mengikuti', async () => {
    const ikdkSelesai = new Promise<void>((ok) => {
      const lepas = B.app.dengar((e) => e.jenis === 'data-berubah' && e.tabel === 'hasil_ikdk' && (lepas(), ok()))
    })
    const { p, r } = await impor(B, berkas['r1']!)
    expect(r.imporId).toBe(1)
    expect(r.sheet).toEqual(p.sheet)
    expect(r.cadangan).toMatch(/^binmas-\d{8}-\d{6}-impor\.sqlite$/)
    expect(fs.existsSync(path.join(B.folder, 'cadangan', r.cadangan!))).toBe(true)

    const lap = `SELECT * FROM laporan_mingguan WHERE tahun = 2024 AND minggu BETWEEN ${MINGGU_JUL_SEP[0]} AND ${MINGGU_JUL_SEP[1]} ORDER BY desa_kode, minggu`
    expect(baris(B, lap)).toEqual(baris(A, lap))
    const kej = "SELECT * FROM kejadian WHERE tanggal BETWEEN '2024-07-01' AND '2024-09-30' OR (tanggal < '2024-07-01' AND tanggal_selesai BETWEEN '2024-07-01' AND '2024-09-30') ORDER BY id"
    expect(baris(B, kej)).toEqual(baris(A, kej))
    expect(baris(B, 'SELECT kode, penduduk, jumlah_kk, pos_kamling_total, fkpm_aktif FROM desa ORDER BY kode')).toEqual(baris(A, 'SELECT kode, penduduk, jumlah_kk, pos_kamling_total, fkpm_aktif FROM desa ORDER BY kode'))
    const org = 'SELECT p.nrp, p.nama, p.pangkat, p.jabatan, s.nama polsek FROM personel p LEFT JOIN polsek s ON s.id = p.polsek_id ORDER BY p.nrp'
    expect(baris(B, org)).toEqual(baris(A, org))
    const binaan = `SELECT nrp, desa_kode FROM desa_binaan WHERE mulai <= '${HARI}' AND (selesai IS NULL OR selesai >= '${HARI}') ORDER BY desa_kode`
    expect(baris(B, binaan)).toEqual(baris(A, binaan))

    const perubahan = p.sheet.reduce((a, h) => a + h.baru + h.berubah, 0) + qb<{ n: number }>('SELECT count(*) n FROM desa_binaan')[0]!.n
    expect(qb("SELECT count(*) n FROM audit WHERE aksi = 'impor' AND tabel <> 'impor'")).toEqual([{ n: perubahan }])
    expect(qb<{ kunci: string; sesudah: string }>("SELECT kunci, sesudah FROM audit WHERE aksi = 'impor' AND tabel = 'impor'").map((x) => ({ ...x, sesudah: JSON.parse(x.sesudah) }))).toEqual([
      { kunci: '53.03|2024-07|2024-09|r1', sesudah: expect.objectContaining({ namaBerkas: berkas['r1']!.nama, periode: 'Juli–September 2024', revisi: 'baru', konfirmasiGanti: false, perubahan }) },
    ])
    expect(qb('SELECT satker_kode, bulan_awal, bulan_akhir, revisi, impor_id FROM periode_impor')).toEqual([{ satker_kode: '53.03', bulan_awal: '2024-07', bulan_akhir: '2024-09', revisi: 1, impor_id: 1 }])

    // IKDK is recomputed after the import (the scheduler announces it): equal to A's for those months.
    await ikdkSelesai
    expect(qb<{ n: number }>('SELECT count(*) n FROM ikdk_kotor')[0]!.n).toBe(0)
    const ikdk = "SELECT desa_kode, bulan, nilai, kategori, keyakinan, dimensi FROM hasil_ikdk WHERE bulan BETWEEN '2024-07' AND '2024-09' ORDER BY desa_kode, bulan"
    const hb = baris(B, ikdk)
    expect(hb.length).toBe(3 * qa<{ n: number }>('SELECT count(*) n FROM desa WHERE aktif = 1')[0]!.n)
    expect(hb).toEqual(baris(A, ikdk))
  })

  it('[F2] idempoten: berkas yang sama diimpor lagi tidak mengubah apa pun', async () => {
    const sebelum = potretTabel(B.app.bd.sqlite)
    const { p, r } = await impor(B, berkas['r1']!)
    expect(p.revisi.status).toBe('sama')
    expect(p.adaPerubahan).toBe(false)
    expect(p.sheet.every((h) => h.baru + h.berubah + h.dihapus + h.ditolak === 0)).toBe(true)
    expect(r).toEqual({ imporId: null, sheet: p.sheet, cadangan: null })
    expect(potretTabel(B.app.bd.sqlite)).toEqual(sebelum)
  })

  it('[F2] revisi lebih tinggi menggantikan periode: baris mingguan yang tidak ada di berkas dihapus, kejadian ditutup bukan dihapus', async () => {
    const [d1, d2] = desaBerbahaya as [string, string]
    // In A: one weekly row removed, one changed; a new incident; an August incident closed.
    const kosong = ['kk_dikunjungi', 'penyuluhan', 'masalah_ditangani', 'masalah_selesai', 'info_deteksi_dini', 'pos_kamling_aktif', 'ronda_malam', 'pertemuan_fkpm', 'pertemuan_3pilar', 'kegiatan_pangan', 'sosialisasi_pilkada', 'nrp_pelapor', 'catatan'] as const
    await A.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: kosong.map((k) => ({ desaKode: d1, kolom: k, nilai: null })) })
    await A.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: d2, kolom: 'kk_dikunjungi', nilai: 39 }] })
    const baru = await A.panggil('kejadian:simpan', { tanggal: '2024-09-20', desaKode: d2, kategori: 'penimbunan', tingkat: 'potensi', status: 'terbuka', tanggalSelesai: null, uraian: 'Penimbunan pupuk bersubsidi' })
    const terbuka = qa<{ id: string; tanggal: string; desa_kode: string; kategori: 'bencana'; tingkat: 'nyata'; uraian: string }>("SELECT * FROM kejadian WHERE status = 'terbuka' AND tanggal BETWEEN '2024-08-01' AND '2024-08-31' ORDER BY id LIMIT 1")[0]!
    await A.panggil('kejadian:simpan', { id: terbuka.id, tanggal: terbuka.tanggal, desaKode: terbuka.desa_kode, kategori: terbuka.kategori, tingkat: terbuka.tingkat, status: 'selesai', tanggalSelesai: '2024-09-30', uraian: terbuka.uraian })
    // In B: a row typed locally for a desa-week A does not have.
    const lokal = qb<{ kode: string }>("SELECT kode FROM desa d WHERE aktif = 1 AND NOT EXISTS (SELECT 1 FROM laporan_mingguan l WHERE l.desa_kode = d.kode AND tahun = 2024 AND minggu = 36) ORDER BY kode LIMIT 1")[0]!.kode
    await B.panggil('mingguan:simpan', { tahun: 2024, minggu: 36, sel: [{ desaKode: lokal, kolom: 'penyuluhan', nilai: 2 }] })

    const e = await ekspor('2024-07', '2024-09')
    berkas['r3'] = { nama: e.namaBerkas, isi: e.isi }
    expect(e.revisi).toBe(3)
    const { p } = await impor(B, berkas['r3'])
    expect(p.revisi).toEqual({ status: 'lebih-tinggi', revisiTersimpan: 1 })
    expect(p.sheet.find((h) => h.sheet === 'LaporanMingguan')).toMatchObject({ baru: 0, berubah: 1, dihapus: 2, ditolak: 0 })
    expect(p.sheet.find((h) => h.sheet === 'Kejadian')).toMatchObject({ baru: 1, berubah: 1, dihapus: 0 })
    expect(p.perubahan.filter((x) => x.jenis !== 'baru' || x.sheet === 'Kejadian')).toEqual(
      expect.arrayContaining([
        { sheet: 'LaporanMingguan', baris: expect.any(Number), kunci: `${d2} minggu 37 2024`, jenis: 'berubah', kolom: ['kk_dikunjungi'] },
        { sheet: 'LaporanMingguan', baris: null, kunci: `${d1} minggu 37 2024`, jenis: 'dihapus', kolom: [] },
        { sheet: 'LaporanMingguan', baris: null, kunci: `${lokal} minggu 36 2024`, jenis: 'dihapus', kolom: [] },
        { sheet: 'Kejadian', baris: expect.any(Number), kunci: baru.id, jenis: 'baru', kolom: [] },
        { sheet: 'Kejadian', baris: expect.any(Number), kunci: terbuka.id, jenis: 'berubah', kolom: ['status', 'tanggal_selesai'] },
      ]),
    )
    const lap = `SELECT * FROM laporan_mingguan WHERE tahun = 2024 AND minggu BETWEEN 27 AND 39 ORDER BY desa_kode, minggu`
    expect(baris(B, lap)).toEqual(baris(A, lap))
    expect(qb('SELECT status, tanggal_selesai FROM kejadian WHERE id = ?', terbuka.id)).toEqual([{ status: 'selesai', tanggal_selesai: '2024-09-30' }])
    expect(qb('SELECT revisi FROM periode_impor')).toEqual([{ revisi: 3 }])
  })

  it('[F2] revisi lebih rendah ditolak, data tidak berubah', async () => {
    const sebelum = potretTabel(B.app.bd.sqlite)
    const g = galatDari(await B.hasil('pertukaran:pratinjau', { namaBerkas: berkas['r2']!.nama, berkasBase64: b64(berkas['r2']!.isi) }))
    expect(g).toEqual({ kode: 'KONFLIK', pesan: 'Revisi berkas (r2) lebih rendah dari revisi yang sudah diimpor untuk periode Juli–September 2024 (r3); berkas ditolak.' })
    expect(potretTabel(B.app.bd.sqlite)).toEqual(sebelum)
  })

  it('[F2] revisi sama dengan isi berbeda ditolak kecuali penggantian dikonfirmasi (tercatat di audit)', async () => {
    // r3 changed by hand in a spreadsheet: one count edited, checksums left out.
    const sheet: Record<string, unknown[][]> = {}
    for (const s of ['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian']) sheet[s] = nilaiSheet(berkas['r3']!.isi, s)
    sheet['Manifest'] = sheet['Manifest']!.filter((r) => !/^(baris|sha256)_/.test(String(r[0])))
    const r = sheet['LaporanMingguan']![1]!
    const [kode, minggu] = [String(r[0]), Number(r[2])]
    r[3] = 3
    const ubah = { nama: 'BINMAS_53.03_2024-07_2024-09_r3 (diedit).xlsx', isi: tulisXlsx(sheet) }
    const sebelum = potretTabel(B.app.bd.sqlite)
    const p = await pratinjau(B, ubah)
    expect(p.revisi).toEqual({ status: 'sama-berbeda', revisiTersimpan: 3 })
    expect(p.perluKonfirmasi).toBe('Revisi r3 untuk periode Juli–September 2024 sudah pernah diimpor dengan isi berbeda. Impor hanya dapat dilanjutkan bila Anda mengonfirmasi penggantian (dicatat di riwayat).')
    expect(p.integritas.checksum).toBe('tidak-ada')
    expect(p.peringatan.map((x) => x.pesan)).toContain('Berkas tanpa checksum: keutuhan isi tidak dapat diperiksa.')
    expect(p.sheet.find((h) => h.sheet === 'LaporanMingguan')).toMatchObject({ berubah: 1, dihapus: 0, ditolak: 0 })
    const tolak = galatDari(await B.hasil('pertukaran:terapkan', { token: p.token }))
    expect(tolak).toEqual({ kode: 'KONFLIK', pesan: 'Revisi r3 untuk periode Juli–September 2024 sudah diimpor dengan isi berbeda; konfirmasi penggantian untuk menggantinya.' })
    expect(potretTabel(B.app.bd.sqlite)).toEqual(sebelum)
    const ok = await B.panggil('pertukaran:terapkan', { token: p.token, konfirmasiGanti: true })
    expect(ok.imporId).toBeGreaterThan(0)
    expect(qb('SELECT kk_dikunjungi FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = ?', kode, minggu)).toEqual([{ kk_dikunjungi: 3 }])
    const audit = qb<{ sesudah: string }>("SELECT sesudah FROM audit WHERE aksi = 'impor' AND tabel = 'impor' ORDER BY id DESC LIMIT 1")[0]!
    expect(JSON.parse(audit.sesudah)).toMatchObject({ revisi: 'sama-berbeda', konfirmasiGanti: true, namaBerkas: ubah.nama })
  })

  it('[F2] periode yang tumpang tindih sebagian ditolak dengan menyebut bulan yang tumpang tindih', async () => {
    const e = await ekspor('2024-08', '2024-10')
    const sebelum = potretTabel(B.app.bd.sqlite)
    const g = galatDari(await B.hasil('pertukaran:pratinjau', { namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 }))
    expect(g).toEqual({
      kode: 'KONFLIK',
      pesan:
        'Periode berkas (Agustus–Oktober 2024) tumpang tindih sebagian dengan periode yang sudah diimpor (Juli–September 2024, revisi 3): Agustus 2024, September 2024. Kirim ulang berkas dengan periode yang sama persis, atau periode yang tidak tumpang tindih.',
    })
    expect(potretTabel(B.app.bd.sqlite)).toEqual(sebelum)
  })

  it('[F2] bulan yang dikunci: perubahan di bulan itu menjadi kesalahan baris dan impor tidak dapat diterapkan', async () => {
    await B.panggil('periode:kunci', { bulan: '2024-09' })
    const d = desaBerbahaya[2]!
    await A.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: d, kolom: 'ronda_malam', nilai: 6 }] })
    const e = await ekspor('2024-07', '2024-09')
    berkas['r4'] = { nama: e.namaBerkas, isi: e.isi }
    const sebelum = potretTabel(B.app.bd.sqlite)
    const p = await pratinjau(B, berkas['r4'])
    const nomor = bacaXlsx(e.isi).sel['LaporanMingguan']!.findIndex((r) => r[0]?.v === d && r[2]?.v === 37) + 1
    expect(p.kesalahan).toContainEqual({ sheet: 'LaporanMingguan', baris: nomor, kolom: 'minggu', pesan: `Sheet LaporanMingguan baris ${nomor}, kolom minggu: periode September 2024 sudah dikunci; laporan minggu 37 tahun 2024 tidak dapat diubah lewat impor.` })
    expect(p.bisaDiterapkan).toBe(false)
    const g = galatDari(await B.hasil('pertukaran:terapkan', { token: p.token }))
    expect(g.kode).toBe('FILE_TIDAK_VALID')
    expect(g.pesan).toBe(`Impor tidak dapat diterapkan: berkas masih memuat ${p.kesalahan.length} kesalahan baris. Perbaiki berkas, lalu pilih berkas itu lagi.`)
    expect(g.rincian).toContainEqual({ lokasi: `Sheet LaporanMingguan, baris ${nomor}, kolom minggu`, pesan: expect.stringContaining('sudah dikunci') })
    expect(potretTabel(B.app.bd.sqlite)).toEqual(sebelum)
    await B.panggil('periode:buka', { bulan: '2024-09', alasan: 'Koreksi data dari Polres sesudah Anev' })
  })

  it('[F2] "Batalkan impor" mengembalikan data sebelum impor terakhir; ditolak bila data sudah diubah lagi', async () => {
    const sebelum = potretTabel(B.app.bd.sqlite, TABEL_DATA)
    const { r } = await impor(B, berkas['r4']!)
    expect(potretTabel(B.app.bd.sqlite, TABEL_DATA)).not.toEqual(sebelum)
    const riwayat = await B.panggil('pertukaran:riwayat', {})
    expect(riwayat.impor[0]).toMatchObject({ id: r.imporId, revisi: 4, bisaDibatalkan: true, dibatalkanPada: null })
    expect(riwayat.impor.slice(1).every((i) => !i.bisaDibatalkan)).toBe(true)
    const batal = await B.panggil('pertukaran:batal', {})
    expect(batal).toEqual({ imporId: r.imporId, namaBerkas: berkas['r4']!.nama, dipulihkan: expect.any(Number) })
    expect(potretTabel(B.app.bd.sqlite, TABEL_DATA)).toEqual(sebelum)
    expect(qb('SELECT revisi FROM periode_impor')).toEqual([{ revisi: 3 }])
    expect(qb("SELECT count(*) n FROM audit WHERE aksi = 'batal-impor' AND tabel <> 'impor'")).toEqual([{ n: batal.dipulihkan }])
    expect(qb("SELECT kunci FROM audit WHERE aksi = 'batal-impor' AND tabel = 'impor'")).toEqual([{ kunci: '53.03|2024-07|2024-09|r4' }])

    // Imported again, then a row edited by hand: undoing would overwrite that work.
    await impor(B, berkas['r4']!)
    const d = desaBerbahaya[2]!
    await B.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: d, kolom: 'ronda_malam', nilai: 2 }] })
    const setelah = potretTabel(B.app.bd.sqlite)
    const g = galatDari(await B.hasil('pertukaran:batal', {}))
    expect(g.kode).toBe('KONFLIK')
    expect(g.pesan).toBe(`Impor "${berkas['r4']!.nama}" tidak dapat dibatalkan: 1 data sudah diubah lagi sesudah impor (mis. laporan_mingguan ${d} 2024 37).`)
    expect(potretTabel(B.app.bd.sqlite)).toEqual(setelah)
  })

  it('[F2] tanda tangan diperiksa terhadap kunci terdaftar, tidak pernah terhadap isi berkas', async () => {
    const e = await ekspor('2024-06', '2024-06', { tandaTangan: true })
    const p = await B.panggil('pertukaran:pratinjau', { namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 })
    expect(p.integritas).toEqual({ checksum: 'cocok', tandaTangan: 'sah' })
    // The same file signed with a key B does not know.
    await A.panggil('pertukaran:kunci-buat', { ganti: true })
    const asing = await ekspor('2024-06', '2024-06', { tandaTangan: true })
    expect(galatDari(await B.hasil('pertukaran:pratinjau', { namaBerkas: asing.namaBerkas, berkasBase64: asing.berkasBase64 }))).toEqual({
      kode: 'FILE_TIDAK_VALID',
      pesan: 'Pemeriksaan tanda tangan gagal: tanda tangan tidak cocok dengan kunci terdaftar satker 53.03; berkas diubah sesudah ditandatangani atau bukan dari satker itu.',
    })
  })

  it('[F2] aturan peran: pimpinan tidak boleh mengimpor atau membatalkan impor', async () => {
    const pimpinan = { pengguna: 'kapolres', peran: 'pimpinan' as const }
    expect(galatDari(await B.hasil('pertukaran:pratinjau', { namaBerkas: 'x.xlsx', berkasBase64: 'UEs=' }, pimpinan)).kode).toBe('TIDAK_BERHAK')
    expect(galatDari(await B.hasil('pertukaran:batal', {}, pimpinan)).kode).toBe('TIDAK_BERHAK')
    expect(galatDari(await B.hasil('pertukaran:terapkan', { token: 'tidak-ada' })).kode).toBe('TIDAK_DITEMUKAN')
  })
})
