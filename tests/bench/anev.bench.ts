// [E7] The demo Polres's Anev PDF (Polres Timor Tengah Utara, September 2024:
// 193 desa, 92 Bhabinkamtibmas) through the real dispatch — read the data,
// build the HTML, print with Chromium, file it in the archive — against the
// same Chromium printing a static HTML page of the same size (the very HTML
// of that report) in the same run. Goal ≤ 1.5x.
import { chromium } from 'playwright-core'
import { htmlLaporanAnev, kakiHalamanAnev } from '../../shared/anev/html'
import type { DokumenAnev, PengesahanAnev } from '../../shared/anev/jenis'
import { aplikasiAnev, gambarGrafik } from '../integration/anev-alat'
import { banding, simpanHasil } from './alat'

const HARI_INI = '2024-10-16'
const CHROMIUM = process.env.BINMAS_CHROMIUM ?? '/usr/bin/chromium'
const { platform, panggil, tutup } = aplikasiAnev(HARI_INI)

await panggil('contoh:muat', {})
const s = await panggil('anev:siapkan', { periode: '2024-09' })

// Charts are drawn once by chart.js in Chromium (the renderer's job, not timed here).
const peramban = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] })
const grafik = await gambarGrafik(peramban, s.snapshot)
await peramban.close()

const pengesahan: PengesahanAnev = { nomor: 'B/321/X/BIN.1.2./2024', atasNamaKapolres: true, nama: 'YOHANES BANA, S.H.', pangkat: 'AKP', nrp: '79051234', tempat: 'Kefamenanu', tanggal: HARI_INI, ukuran: 'A4' }
const dok: DokumenAnev = { snapshot: s.snapshot, narasi: s.narasiUsulan, pengesahan, grafik }
const html = htmlLaporanAnev(dok)
const kaki = kakiHalamanAnev(dok)
let halamanPdf = 0

const hasil = await banding({
  nama: `[E7] Laporan Anev PDF Polres TTU September 2024 (${s.snapshot.jumlahDesa} desa, ${s.snapshot.personel.length} Bhabinkamtibmas, HTML ${Math.round(html.length / 1024)} KB)`,
  target: 1.5,
  iterasi: 5,
  dasar: { nama: 'Chromium mencetak HTML statis yang sama (page.pdf)', fn: () => platform.cetakPdf(html, { ukuran: 'A4', kakiHalaman: kaki }) },
  uji: {
    nama: "dispatch('anev:cetak'): data + HTML + PDF + arsip",
    fn: async () => {
      halamanPdf = (await panggil('anev:cetak', { periode: '2024-09', narasi: s.narasiUsulan, pengesahan, grafik })).halaman
    },
  },
})
hasil.catatan = `${halamanPdf} halaman A4`
console.log(`  PDF   : ${halamanPdf} halaman`)

const dataSaja = await banding({
  nama: '[E7] Data laporan saja (anev:siapkan) dibanding cetak HTML statis',
  target: 1,
  iterasi: 5,
  dasar: { nama: 'Chromium mencetak HTML statis yang sama (page.pdf)', fn: () => platform.cetakPdf(html, { ukuran: 'A4', kakiHalaman: kaki }) },
  uji: { nama: "dispatch('anev:siapkan'): data + narasi usulan", fn: () => panggil('anev:siapkan', { periode: '2024-09' }) },
})
simpanHasil('anev.json', [hasil, dataSaja])
await tutup()
