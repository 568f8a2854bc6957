import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { htmlLaporanAnev } from '../../shared/anev/html'
import type { DokumenAnev, PengesahanAnev } from '../../shared/anev/jenis'
import { formatAngka } from '../../shared/format'
import { bukaPeramban } from '../helpers/peramban'
import { ADA_CHROMIUM, ADA_POPPLER, aplikasiAnev, gambarGrafik, gambarHalaman, infoPdf, teksPdf } from './anev-alat'

// The demo Polres's Anev for September 2024 printed through the web host's
// Chromium platform (page.pdf with the same footer template as printToPDF),
// read back with pdftotext/pdfinfo/pdffonts and drawn with pdftoppm.
const HARI_INI = '2024-10-16'
const PENGESAHAN: PengesahanAnev = { nomor: 'B/321/X/BIN.1.2./2024', atasNamaKapolres: true, nama: 'YOHANES BANA, S.H.', pangkat: 'AKP', nrp: '79051234', tempat: 'Kefamenanu', tanggal: '2024-10-16', ukuran: 'A4' }
const MM_KE_PT = 72 / 25.4

describe.skipIf(!ADA_CHROMIUM || !ADA_POPPLER)('Laporan Anev sebagai PDF (perlu /usr/bin/chromium dan poppler-utils)', () => {
  const u = aplikasiAnev(HARI_INI)
  let peramban: Browser
  let pdf: Uint8Array
  let halaman: string[]
  /** pdftotext -layout per page: table rows stay on one line. */
  let tata: string[]
  let dok: DokumenAnev
  beforeAll(async () => {
    await u.panggil('contoh:muat', {})
    peramban = await bukaPeramban()
    const s = await u.panggil('anev:siapkan', { periode: '2024-09' })
    const grafik = await gambarGrafik(peramban, s.snapshot)
    dok = { snapshot: s.snapshot, narasi: s.narasiUsulan, pengesahan: PENGESAHAN, grafik }
    const h = await u.panggil('anev:cetak', { periode: '2024-09', narasi: s.narasiUsulan, pengesahan: PENGESAHAN, grafik })
    pdf = Buffer.from(h.pdfBase64, 'base64')
    halaman = teksPdf(pdf)
    tata = teksPdf(pdf, { layout: true })
  }, 180_000)
  afterAll(async () => {
    await peramban?.close()
    await u.tutup()
  })

  it('[E1] kop surat, nomor, judul, bagian I–VII dan blok tanda tangan a.n. KAPOLRES', () => {
    const semua = halaman.join('\n')
    expect(halaman[0]!.split('\n').slice(0, 3)).toEqual(['KEPOLISIAN NEGARA REPUBLIK INDONESIA', 'DAERAH NUSA TENGGARA TIMUR', 'RESOR TIMOR TENGAH UTARA'])
    expect(semua).toContain('Nomor: B/321/X/BIN.1.2./2024')
    expect(semua).toContain('BULAN SEPTEMBER 2024')
    let posisi = -1
    for (const judul of ['I. PENDAHULUAN', 'II. DATA', 'III. ANALISA', 'IV. EVALUASI', 'V. KENDALA', 'VI. REKOMENDASI/SARAN', 'VII. PENUTUP']) {
      const i = semua.indexOf(judul)
      expect(i, judul).toBeGreaterThan(posisi)
      posisi = i
    }
    const baris = tata[tata.length - 1]!.split('\n').map((b) => b.trim()).filter(Boolean)
    const ttd = baris.indexOf('Kefamenanu, 16 Oktober 2024')
    expect(ttd).toBeGreaterThan(-1)
    expect(baris.slice(ttd, ttd + 5)).toEqual(['Kefamenanu, 16 Oktober 2024', 'a.n. KAPOLRES TIMOR TENGAH UTARA', 'KASAT BINMAS', 'AKP YOHANES BANA, S.H.', 'NRP 79051234'])
    expect(semua).toContain('DATA CONTOH — bukan data sungguhan')
  })

  it('[E4] A4 tegak, setiap halaman bernomor "Halaman X dari Y", semua font tertanam', () => {
    const info = infoPdf(pdf)
    expect(info.ukuran[0]).toBeCloseTo(210 * MM_KE_PT, 0)
    expect(info.ukuran[1]).toBeCloseTo(297 * MM_KE_PT, 0)
    expect(halaman).toHaveLength(info.halaman)
    expect(info.halaman).toBeGreaterThan(5)
    halaman.forEach((h, i) => expect(h, `halaman ${i + 1}`).toContain(`Halaman ${i + 1} dari ${info.halaman}`))
    expect(info.font.length).toBeGreaterThan(0)
    for (const f of info.font) expect(f.tertanam, f.nama).toBe(true)
  })

  it('[E4] angka di PDF sama dengan hitungan SQL tersendiri (laporan masuk, gangguan nyata, KK dikunjungi)', () => {
    const db = u.app.bd.sqlite
    const ISI = `COALESCE(kk_dikunjungi, penyuluhan, masalah_ditangani, masalah_selesai, info_deteksi_dini, pos_kamling_aktif, ronda_malam, pertemuan_fkpm, pertemuan_3pilar, kegiatan_pangan, sosialisasi_pilkada) IS NOT NULL`
    const masuk = (db.prepare(`SELECT COUNT(*) n FROM laporan_mingguan l JOIN desa d ON d.kode = l.desa_kode AND d.aktif = 1 WHERE tahun = 2024 AND minggu BETWEEN 36 AND 39 AND ${ISI}`).get() as { n: number }).n
    const desa = (db.prepare('SELECT COUNT(*) n FROM desa WHERE aktif = 1').get() as { n: number }).n
    const kk = (db.prepare('SELECT SUM(kk_dikunjungi) n FROM laporan_mingguan WHERE tahun = 2024 AND minggu BETWEEN 36 AND 39').get() as { n: number }).n
    const kkLalu = (db.prepare('SELECT SUM(kk_dikunjungi) n FROM laporan_mingguan WHERE tahun = 2024 AND minggu BETWEEN 31 AND 35').get() as { n: number }).n
    const nyata = (db.prepare(`SELECT COUNT(*) n FROM kejadian WHERE tingkat = 'nyata' AND tanggal BETWEEN '2024-09-01' AND '2024-09-30'`).get() as { n: number }).n
    const semua = tata.join('\n')
    const a = (n: number) => formatAngka(n, 0).replace('.', '\\.')
    // Completeness total row: desa, expected (desa × 4 weeks), received, percentage.
    expect(semua).toMatch(new RegExp(`Jumlah\\s+${a(desa)}\\s+${a(desa * 4)}\\s+${a(masuk)}\\s+${formatAngka((masuk / (desa * 4)) * 100, 1)}%`))
    expect(semua).toMatch(new RegExp(`Sambang/DDS \\(KK dikunjungi\\)\\s+${a(kk)}\\s+${a(kkLalu)}\\s`))
    expect(semua).toMatch(new RegExp(`tercatat\\s+${a(nyata)}\\s+gangguan\\s+nyata`))
  })

  it('[E4] kepala tabel diulang di halaman berikutnya dan satu baris tidak terpotong antarhalaman', () => {
    const kepalaDds = /No\s+Bhabinkamtibmas\s+NRP\s+Polsek\s+Desa binaan\s+Lapor\s+KK\s+Target\s+Capaian/
    const kepalaKinerja = /No\s+Bhabinkamtibmas\s+Lapor\s+DDS\s+Luh\s+PS \(sls\)\s+DD\s+Ronda/
    expect(tata.filter((h) => kepalaDds.test(h)).length).toBeGreaterThanOrEqual(2)
    expect(tata.filter((h) => kepalaKinerja.test(h)).length).toBeGreaterThanOrEqual(2)
    // A DDS row holds the NRP and the desa binaan (often on two lines): all on the page of the NRP.
    const awalDds = tata.findIndex((h) => h.includes('C. Sambang/DDS terhadap Target'))
    const akhirDds = tata.findIndex((h) => h.includes('D. Gangguan Kamtibmas'))
    const bagian = tata.slice(awalDds, akhirDds + 1)
    for (const p of dok.snapshot.personel) {
      const h = bagian.findIndex((x) => x.includes(p.nrp))
      expect(h, p.nrp).toBeGreaterThan(-1)
      const kata = p.desa.join(' ').split(/\s+/)
      expect(bagian[h], `${p.nama}: ${p.desa.join(', ')}`).toContain(kata[0])
      expect(bagian[h], `${p.nama}: ${p.desa.join(', ')}`).toContain(kata[kata.length - 1])
    }
  })

  it('[E4] tidak ada tabel atau gambar yang terpotong di lebar kertas (isi 17 cm pada A4)', async () => {
    const page = await peramban.newPage({ viewport: { width: Math.floor((170 / 25.4) * 96), height: 1000 } })
    try {
      await page.emulateMedia({ media: 'print' })
      await page.setContent(htmlLaporanAnev(dok))
      const lebar = await page.evaluate(() => document.documentElement.clientWidth)
      const lewat = await page.evaluate((batas) => [...document.querySelectorAll('table, img, figure, p, h1, h2, h3')].filter((e) => e.getBoundingClientRect().right > batas + 0.5).map((e) => e.outerHTML.slice(0, 80)), lebar)
      expect(lewat).toEqual([])
      const gambar = await page.evaluate(() => [...document.images].map((i) => ({ alt: i.alt, lebar: i.naturalWidth })))
      expect(gambar.map((g) => g.alt)).toEqual(['Grafik kegiatan bulan September 2024 dibanding Agustus 2024', 'Grafik gangguan Kamtibmas per kategori bulan September 2024', 'Grafik sebaran kategori IKDK September 2024', 'Peta Rawan September 2024'])
      for (const g of gambar) expect(g.lebar, g.alt).toBeGreaterThan(0)
    } finally {
      await page.close()
    }
  })

  it('[E4] Folio (F4 215 × 330 mm) dapat dipilih; halaman PNG disimpan untuk dilihat', async () => {
    const h = await u.panggil('anev:cetak', { periode: '2024-09', narasi: dok.narasi, pengesahan: { ...PENGESAHAN, ukuran: 'F4' }, grafik: dok.grafik })
    const f4 = Buffer.from(h.pdfBase64, 'base64')
    const info = infoPdf(f4)
    expect(info.ukuran[0]).toBeCloseTo(215 * MM_KE_PT, 0)
    expect(info.ukuran[1]).toBeCloseTo(330 * MM_KE_PT, 0)
    expect(info.halaman).toBeLessThan(infoPdf(pdf).halaman)
    expect(teksPdf(f4)[0]).toContain(`Halaman 1 dari ${info.halaman}`)
    expect(gambarHalaman(pdf, 'anev-a4', 60).length).toBe(halaman.length)
    expect(gambarHalaman(f4, 'anev-f4', 40).length).toBe(info.halaman)
  })
})
