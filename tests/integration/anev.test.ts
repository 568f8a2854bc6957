import ExcelJS from 'exceljs'
import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NarasiAnev, PengesahanAnev } from '../../shared/anev/jenis'
import { aplikasiUji } from '../helpers/aplikasi'
import { ADA_CHROMIUM, ADA_POPPLER, aplikasiAnev, teksPdf } from './anev-alat'

// The demo Polres (Timor Tengah Utara) seen on 16 October 2024: September 2024
// is ISO weeks 36–39 (Thursdays 5, 12, 19, 26 September), August weeks 31–35
// (Thursdays 1…29 August), Triwulan III weeks 27–39, Triwulan II weeks 14–26.
const HARI_INI = '2024-10-16'
const ISI = `COALESCE(kk_dikunjungi, penyuluhan, masalah_ditangani, masalah_selesai, info_deteksi_dini, pos_kamling_aktif, ronda_malam, pertemuan_fkpm, pertemuan_3pilar, kegiatan_pangan, sosialisasi_pilkada) IS NOT NULL`
const DARI_DESA = `FROM laporan_mingguan l JOIN desa d ON d.kode = l.desa_kode AND d.aktif = 1 JOIN kecamatan kc ON kc.kode = d.kecamatan_kode JOIN polsek p ON p.id = kc.polsek_id`

const NARASI: NarasiAnev = { analisa: 'Analisa disunting oleh Kasat.', evaluasi: 'Evaluasi disunting.', kendala: 'Kendala: sinyal lemah di Mutis.', rekomendasi: '1. Saran pertama.\n2. Saran kedua.', penutup: 'Demikian.' }
const PENGESAHAN: PengesahanAnev = { nomor: 'B/321/X/BIN.1.2./2024', atasNamaKapolres: true, nama: 'YOHANES BANA, S.H.', pangkat: 'AKP', nrp: '79051234', tempat: 'Kefamenanu', tanggal: '2024-10-16', ukuran: 'A4' }

describe('Laporan Anev: data dari basis data', () => {
  const u = aplikasiUji({ hariIni: HARI_INI })
  const sql = () => u.app.bd.sqlite
  beforeAll(async () => {
    await u.panggil('contoh:muat', {})
  }, 120_000)
  afterAll(() => u.tutup())

  it('[E2] kelengkapan laporan per Polsek sama dengan hitungan SQL tersendiri', async () => {
    const { snapshot: s } = await u.panggil('anev:siapkan', { periode: '2024-09' })
    const desa = new Map((sql().prepare(`SELECT p.nama, COUNT(*) n FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode JOIN polsek p ON p.id = kc.polsek_id WHERE d.aktif = 1 GROUP BY p.nama`).all() as { nama: string; n: number }[]).map((r) => [r.nama, r.n]))
    const masuk = new Map((sql().prepare(`SELECT p.nama, COUNT(*) n ${DARI_DESA} WHERE l.tahun = 2024 AND l.minggu BETWEEN 36 AND 39 AND ${ISI} GROUP BY p.nama`).all() as { nama: string; n: number }[]).map((r) => [r.nama, r.n]))
    expect(s.mingguSelesai).toBe(4)
    expect(s.kelengkapan.map((x) => x.polsek).sort()).toEqual([...desa.keys()].sort())
    for (const x of s.kelengkapan) {
      expect(x.desa, x.polsek).toBe(desa.get(x.polsek))
      expect(x.wajib, x.polsek).toBe(desa.get(x.polsek)! * 4)
      expect(x.masuk, x.polsek).toBe(masuk.get(x.polsek) ?? 0)
    }
  })

  it('[E2] jumlah kegiatan bulan ini dan bulan lalu sama dengan SUM SQL; pembanding Agustus 2024', async () => {
    const { snapshot: s } = await u.panggil('anev:siapkan', { periode: '2024-09' })
    const jumlah = (dari: number, sampai: number) =>
      sql().prepare(`SELECT SUM(kk_dikunjungi) kk, SUM(penyuluhan) luh, SUM(masalah_ditangani) ps, SUM(ronda_malam) ronda, SUM(pertemuan_3pilar) tiga, SUM(kegiatan_pangan) pangan, SUM(sosialisasi_pilkada) pilkada ${DARI_DESA} WHERE l.tahun = 2024 AND l.minggu BETWEEN ? AND ?`).get(dari, sampai) as Record<string, number>
    const ini = jumlah(36, 39)
    const lalu = jumlah(31, 35)
    const k = new Map(s.kegiatan.map((x) => [x.kolom, x]))
    expect(s.pembanding.kode).toBe('2024-08')
    expect(s.pembanding.adaData).toBe(true)
    for (const [kolom, kunci] of [['kk_dikunjungi', 'kk'], ['penyuluhan', 'luh'], ['masalah_ditangani', 'ps'], ['ronda_malam', 'ronda'], ['pertemuan_3pilar', 'tiga'], ['kegiatan_pangan', 'pangan'], ['sosialisasi_pilkada', 'pilkada']] as const) {
      expect(k.get(kolom)!.ini, kolom).toBe(ini[kunci])
      expect(k.get(kolom)!.lalu, kolom).toBe(lalu[kunci])
    }
  })

  it('[E2] triwulan III dibanding triwulan II: 13 minggu, jumlah DDS sama dengan SUM SQL', async () => {
    const { snapshot: s } = await u.panggil('anev:siapkan', { periode: '2024-T3' })
    const kk = (a: number, b: number) => (sql().prepare(`SELECT SUM(kk_dikunjungi) n ${DARI_DESA} WHERE l.tahun = 2024 AND l.minggu BETWEEN ? AND ?`).get(a, b) as { n: number }).n
    expect(s.periode.label).toBe('Triwulan III 2024')
    expect(s.mingguSelesai).toBe(13)
    expect(s.kegiatan.find((x) => x.kolom === 'kk_dikunjungi')!.ini).toBe(kk(27, 39))
    expect(s.kegiatan.find((x) => x.kolom === 'kk_dikunjungi')!.lalu).toBe(kk(14, 26))
    expect(s.ikdk.bulan).toBe('2024-09')
    expect(s.ikdk.bulanPembanding).toBe('2024-06')
  })

  it('[E2] kejadian per kategori dan tingkat sama dengan GROUP BY SQL', async () => {
    const { snapshot: s } = await u.panggil('anev:siapkan', { periode: '2024-09' })
    const rows = sql().prepare(`SELECT kategori, tingkat, COUNT(*) n FROM kejadian k JOIN desa d ON d.kode = k.desa_kode AND d.aktif = 1 WHERE tanggal BETWEEN '2024-09-01' AND '2024-09-30' GROUP BY kategori, tingkat`).all() as { kategori: string; tingkat: 'potensi' | 'ambang' | 'nyata'; n: number }[]
    expect(rows.length).toBeGreaterThan(0)
    for (const r of s.kejadian.perKategori) for (const t of ['potensi', 'ambang', 'nyata'] as const) expect(r[t], `${r.kategori} ${t}`).toBe(rows.find((x) => x.kategori === r.kategori && x.tingkat === t)?.n ?? 0)
    const lalu = sql().prepare(`SELECT COUNT(*) n FROM kejadian WHERE tingkat = 'nyata' AND tanggal BETWEEN '2024-08-01' AND '2024-08-31'`).get() as { n: number }
    expect(s.kejadian.lalu!.nyata).toBe(lalu.n)
    const selesai = sql().prepare(`SELECT COUNT(*) n FROM kejadian WHERE status = 'selesai' AND tanggal BETWEEN '2024-09-01' AND '2024-09-30'`).get() as { n: number }
    expect(s.kejadian.selesai).toBe(selesai.n)
  })

  it('[E2] sebaran IKDK dan desa yang berubah kategori sama dengan SQL atas hasil_ikdk', async () => {
    const { snapshot: s } = await u.panggil('anev:siapkan', { periode: '2024-09' })
    const sebaran = sql().prepare(`SELECT h.kategori, COUNT(*) n FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode AND d.aktif = 1 WHERE h.bulan = '2024-09' AND h.kategori IS NOT NULL GROUP BY h.kategori`).all() as { kategori: string; n: number }[]
    for (const d of s.ikdk.distribusi) expect(d.jumlah, d.kategori).toBe(sebaran.find((x) => x.kategori === d.kategori)?.n ?? 0)
    const berubah = sql().prepare(`SELECT COUNT(*) n FROM hasil_ikdk a JOIN hasil_ikdk b ON b.desa_kode = a.desa_kode AND b.bulan = '2024-08' JOIN desa d ON d.kode = a.desa_kode AND d.aktif = 1 WHERE a.bulan = '2024-09' AND a.kategori <> b.kategori`).get() as { n: number }
    expect(s.ikdk.berubah).toHaveLength(berubah.n)
    expect(s.ikdk.peringatan.length).toBeGreaterThan(0)
    expect(s.petaSvg ?? '').toMatch(/^<svg/)
  })

  it('[E2] DDS per Bhabinkamtibmas terhadap target 5 KK/hari (5 × 7 × 4 = 140), dan target dari pengaturan', async () => {
    const { snapshot: s } = await u.panggil('anev:siapkan', { periode: '2024-09' })
    // Demo assignments start before 2024 and never end, so "the desa binaan of the officer" is enough here.
    const perNrp = sql().prepare(`SELECT b.nrp, SUM(l.kk_dikunjungi) kk, COUNT(DISTINCT b.desa_kode) desa, SUM(${ISI}) masuk FROM desa_binaan b JOIN laporan_mingguan l ON l.desa_kode = b.desa_kode AND l.tahun = 2024 AND l.minggu BETWEEN 36 AND 39 GROUP BY b.nrp`).all() as { nrp: string; kk: number | null; desa: number; masuk: number }[]
    const jumlahBhabin = sql().prepare('SELECT COUNT(DISTINCT nrp) n FROM desa_binaan').get() as { n: number }
    expect(s.personel).toHaveLength(jumlahBhabin.n)
    for (const x of s.personel) {
      const r = perNrp.find((p) => p.nrp === x.nrp)
      expect(x.targetKk).toBe(140)
      expect(x.kk, x.nrp).toBe(r?.kk ?? null)
      expect(x.masuk, x.nrp).toBe(r?.masuk ?? 0)
      expect(x.wajib, x.nrp).toBe(x.desa.length * 4)
    }
    sql().prepare(`UPDATE pengaturan SET nilai = '6' WHERE kunci = 'target_dds_kk_per_hari'`).run()
    try {
      const lagi = await u.panggil('anev:siapkan', { periode: '2024-09' })
      expect(lagi.snapshot.targetDdsPerHari).toBe(6)
      expect(lagi.snapshot.personel[0]!.targetKk).toBe(168)
      expect(lagi.narasiUsulan.evaluasi).toContain('target DDS 6 KK per hari')
    } finally {
      sql().prepare(`UPDATE pengaturan SET nilai = '5' WHERE kunci = 'target_dds_kk_per_hari'`).run()
    }
  })

  it('[E1] penanda tangan bawaan dari Kasat Binmas satker; tempat dan tanggal', async () => {
    const h = await u.panggil('anev:siapkan', { periode: '2024-09' })
    expect(h.pengesahanBawaan).toMatchObject({ nama: 'YOHANES BANA, S.H.', pangkat: 'AKP', nrp: '79051234', tempat: 'Timor Tengah Utara', tanggal: HARI_INI, atasNamaKapolres: false, ukuran: 'A4' })
    expect(h.pengesahanBawaan.nomor).toMatch(/^B\/\s*\/X\/BIN\.1\.2\.\/2024$/)
  })

  it('[E5] draf narasi tersimpan per periode dan kembali saat dibuka; NRP setengah diketik tidak hilang', async () => {
    const awal = await u.panggil('anev:siapkan', { periode: '2024-08' })
    expect(awal.draf).toBeNull()
    await u.panggil('anev:draf-simpan', { periode: '2024-08', narasi: { ...awal.narasiUsulan, analisa: 'Ketikan pertama' }, pengesahan: { ...awal.pengesahanBawaan, nrp: '7905' } })
    await u.panggil('anev:draf-simpan', { periode: '2024-08', narasi: { ...awal.narasiUsulan, analisa: 'Ketikan kedua' }, pengesahan: { ...awal.pengesahanBawaan, nrp: '79051' } })
    const lagi = await u.panggil('anev:siapkan', { periode: '2024-08' })
    expect(lagi.draf?.narasi.analisa).toBe('Ketikan kedua')
    expect(lagi.draf?.pengesahan.nrp).toBe('79051')
    expect((await u.panggil('anev:siapkan', { periode: '2024-09' })).draf).toBeNull()
  })

  it('[E4] masukan salah dijawab dengan pesan Indonesia; tanpa peramban cetak tidak mengarsipkan apa pun', async () => {
    const salah = await u.hasil('anev:siapkan', { periode: '2024-13' })
    expect(salah).toMatchObject({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID', rincian: [{ lokasi: 'periode', pesan: expect.stringContaining('Periode harus') }] } })
    const depan = await u.hasil('anev:siapkan', { periode: '2025-T1' })
    expect(depan).toMatchObject({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID', pesan: 'Periode Triwulan I 2025 belum dimulai.' } })
    const nrp = await u.hasil('anev:cetak', { periode: '2024-09', narasi: NARASI, pengesahan: { ...PENGESAHAN, nrp: '123' }, grafik: {} })
    expect(nrp).toMatchObject({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID', rincian: [{ lokasi: 'pengesahan.nrp', pesan: 'NRP harus 8 angka' }] } })
    const gambar = await u.hasil('anev:cetak', { periode: '2024-09', narasi: NARASI, pengesahan: PENGESAHAN, grafik: { kegiatan: 'data:text/html;base64,PGgxPg==' } })
    expect(gambar).toMatchObject({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID' } })
    const tanpa = await u.hasil('anev:cetak', { periode: '2024-09', narasi: NARASI, pengesahan: PENGESAHAN, grafik: {} })
    expect(tanpa).toMatchObject({ ok: false, galat: { kode: 'BELUM_DISIAPKAN', pesan: expect.stringContaining('Chromium, Google Chrome atau Microsoft Edge tidak ditemukan') } })
    expect(await u.panggil('anev:arsip', {})).toEqual([])
    expect(await u.hasil('anev:arsip-buka', { id: 999 })).toMatchObject({ ok: false, galat: { kode: 'TIDAK_DITEMUKAN' } })
  })

  it('[E6] Lampiran xlsx: satu sheet per tabel, header tebal berbingkai dan beku, format angka, tanpa rumus; teks berawalan = + - @ tetap teks', async () => {
    const desa = sql().prepare(`SELECT b.desa_kode kode, b.nrp FROM desa_binaan b ORDER BY b.desa_kode LIMIT 1`).get() as { kode: string; nrp: string }
    const namaLama = sql().prepare('SELECT nama FROM desa WHERE kode = ?').get(desa.kode) as { nama: string }
    const personelLama = sql().prepare('SELECT nama FROM personel WHERE nrp = ?').get(desa.nrp) as { nama: string }
    sql().prepare('UPDATE desa SET nama = ? WHERE kode = ?').run('=HYPERLINK("http://contoh.invalid","klik")', desa.kode)
    sql().prepare('UPDATE personel SET nama = ? WHERE nrp = ?').run('+62 812 @SUM(A1) -1', desa.nrp)
    try {
      const h = await u.panggil('anev:lampiran', { periode: '2024-09' })
      expect(h.namaBerkas).toBe('Lampiran-Anev-2024-09.xlsx')
      const buku = XLSX.read(Buffer.from(h.berkasBase64, 'base64'), { cellFormula: true })
      expect(buku.SheetNames).toEqual(['Keterangan', 'Kelengkapan', 'Kegiatan', 'DDS', 'Gangguan', 'IKDK', 'Berubah Kategori', 'Peringatan Dini', 'Kinerja'])
      let sel = 0
      for (const nama of buku.SheetNames) {
        const ws = buku.Sheets[nama]!
        for (const [alamat, c] of Object.entries(ws)) {
          if (alamat.startsWith('!')) continue
          sel++
          expect((c as XLSX.CellObject).f, `${nama}!${alamat}`).toBeUndefined()
        }
      }
      expect(sel).toBeGreaterThan(500)
      const dds = XLSX.utils.sheet_to_json<Record<string, unknown>>(buku.Sheets['DDS']!)
      const baris = dds.find((r) => r['NRP'] === desa.nrp)!
      expect(baris['Nama']).toBe('+62 812 @SUM(A1) -1')
      expect(String(baris['Desa binaan'])).toContain('=HYPERLINK("http://contoh.invalid","klik")')
      expect(baris['Target KK']).toBe(140)

      const ej = new ExcelJS.Workbook()
      await ej.xlsx.load(Buffer.from(h.berkasBase64, 'base64') as never)
      const ws = ej.getWorksheet('Kelengkapan')!
      expect(ws.getRow(1).getCell(2).value).toBe('Polsek')
      expect(ws.getRow(1).getCell(2).font?.bold).toBe(true)
      expect(ws.getRow(1).getCell(2).border?.bottom?.style).toBe('thin')
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
      expect(ws.getRow(2).getCell(6).numFmt).toBe('0.0%')
      expect(ws.getRow(2).getCell(4).numFmt).toBe('#,##0')
      expect(ws.getColumn(2).width).toBe(30)
    } finally {
      sql().prepare('UPDATE desa SET nama = ? WHERE kode = ?').run(namaLama.nama, desa.kode)
      sql().prepare('UPDATE personel SET nama = ? WHERE nrp = ?').run(personelLama.nama, desa.nrp)
    }
  })
})

describe.skipIf(!ADA_CHROMIUM || !ADA_POPPLER)('Laporan Anev: arsip (perlu /usr/bin/chromium dan poppler-utils)', () => {
  const u = aplikasiAnev(HARI_INI)
  beforeAll(async () => {
    await u.panggil('contoh:muat', {})
  }, 120_000)
  afterAll(() => u.tutup())

  it('[E5] laporan tercetak masuk Arsip Laporan; data yang berubah kemudian tidak mengubahnya; cetak ulang memberi teks pdftotext yang sama', async () => {
    const cetak = await u.panggil('anev:cetak', { periode: '2024-09', narasi: NARASI, pengesahan: PENGESAHAN, grafik: {} })
    expect(cetak.namaBerkas).toBe(`Laporan-Anev-2024-09-POLRES-TIMOR-TENGAH-UTARA-${cetak.id}.pdf`)
    const teks1 = teksPdf(Buffer.from(cetak.pdfBase64, 'base64'))
    expect(teks1.join('\n')).toContain('Analisa disunting oleh Kasat.')
    const arsip = await u.panggil('anev:arsip', {})
    expect(arsip).toEqual([expect.objectContaining({ id: cetak.id, jenisPeriode: 'bulan', periode: '2024-09', label: 'bulan September 2024', nomor: 'B/321/X/BIN.1.2./2024', dibuatOleh: 'admin' })])
    const sebelum = await u.panggil('anev:arsip-buka', { id: cetak.id })
    const kkLama = sebelum.snapshot.kegiatan.find((x) => x.kolom === 'kk_dikunjungi')!.ini!

    // The data changes afterwards: more KK visited in week 37, and a new actual incident.
    const db = u.app.bd.sqlite
    const diubah = db.prepare('UPDATE laporan_mingguan SET kk_dikunjungi = kk_dikunjungi + 1000 WHERE tahun = 2024 AND minggu = 37 AND kk_dikunjungi IS NOT NULL').run().changes
    expect(diubah).toBeGreaterThan(0)
    const desa = (db.prepare('SELECT kode FROM desa WHERE aktif = 1 ORDER BY kode LIMIT 1').get() as { kode: string }).kode
    await u.panggil('kejadian:simpan', { tanggal: '2024-09-20', desaKode: desa, kategori: 'unjuk_rasa', tingkat: 'nyata', status: 'terbuka', tanggalSelesai: null, uraian: 'Unjuk rasa uji arsip' })
    const baru = await u.panggil('anev:siapkan', { periode: '2024-09' })
    expect(baru.snapshot.kegiatan.find((x) => x.kolom === 'kk_dikunjungi')!.ini).toBe(kkLama + 1000 * diubah)

    const sesudah = await u.panggil('anev:arsip-buka', { id: cetak.id })
    expect(sesudah.snapshot).toEqual(sebelum.snapshot)
    expect(sesudah.narasi).toEqual(NARASI)
    const ulang = await u.panggil('anev:arsip-cetak', { id: cetak.id })
    expect(teksPdf(Buffer.from(ulang.pdfBase64, 'base64'))).toEqual(teks1)
    expect(ulang.halaman).toBe(cetak.halaman)

    const lampiran = await u.panggil('anev:lampiran', { id: cetak.id })
    const kegiatan = XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(Buffer.from(lampiran.berkasBase64, 'base64')).Sheets['Kegiatan']!)
    expect(kegiatan[0]!['bulan September 2024']).toBe(kkLama)
  }, 120_000)
})
