import fs from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buatPlatformPeramban, type PlatformPeramban } from '../../electron/web/cetak-peramban'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { pastikanRendererDibangun, SESI_UJI } from '../helpers/layar-demo'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'
import { ADA_POPPLER, teksPdf } from '../integration/anev-alat'

/**
 * Laporan Anev in Debian's Chromium through the web host, whose platform
 * prints with the same Chromium (page.pdf): the demo Polres TTU seen on
 * 16 October 2024, so the default period is September 2024 (weeks 36–39).
 */

const HARI_INI = '2024-10-16'
const LAYAR = { width: 1366, height: 768 }
const ADA_CHROMIUM = fs.existsSync(process.env.BINMAS_CHROMIUM ?? '/usr/bin/chromium')

describe.skipIf(!ADA_CHROMIUM || !ADA_POPPLER)('Laporan Anev lewat antarmuka (perlu Chromium dan poppler-utils)', () => {
  let host: HostWeb
  let platform: PlatformPeramban
  let peramban: Browser
  let konteks: BrowserContext
  let page: Page
  const tmp = folderSementara('binmas-e2e-anev-')
  const db = () => host.app.bdTerbuka!.sqlite
  const pratinjau = () => page.frameLocator('iframe.pratinjau-anev')

  beforeAll(async () => {
    pastikanRendererDibangun()
    platform = buatPlatformPeramban({ executablePath: process.env.BINMAS_CHROMIUM ?? '/usr/bin/chromium' })
    // A fixed Admin, as every screen test (the login has its own test).
    host = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI, platform, sesiUji: SESI_UJI })
    const r = await fetch(`http://127.0.0.1:${host.port}/api/panggil/contoh:muat`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-binmas-token': host.token }, body: '{}' })
    expect(((await r.json()) as { ok: boolean }).ok).toBe(true)
    peramban = await bukaPeramban()
    // axe needs its script injected, which the app's CSP forbids: this context bypasses CSP.
    konteks = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID', bypassCSP: true, acceptDownloads: true })
    page = await konteks.newPage()
    await page.goto(host.url)
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
  }, 120_000)

  afterAll(async () => {
    await peramban?.close()
    await platform?.tutup()
    await host?.tutup()
    tmp.hapus()
  })

  it('[E1] menu Laporan Anev sesudah Peta Rawan; dibuka dengan papan ketik; periode bawaan September 2024 dan pratinjau berkop surat', async () => {
    const label = await page.getByRole('navigation', { name: 'Menu utama' }).locator('a').allTextContents()
    expect(label.indexOf('Laporan Anev')).toBe(label.indexOf('Peta Rawan') + 1)
    expect(label.indexOf('Pertukaran Data')).toBe(label.indexOf('Laporan Anev') + 1)
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Laporan Anev', exact: true }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Laporan Anev' }).waitFor()
    await expect.poll(() => page.getByLabel('Bulan', { exact: true }).inputValue()).toBe('9')
    expect(await page.getByLabel('Tahun').inputValue()).toBe('2024')
    await pratinjau().getByText('RESOR TIMOR TENGAH UTARA', { exact: true }).waitFor()
    await pratinjau().getByText('BULAN SEPTEMBER 2024', { exact: true }).waitFor()
    expect(await page.getByLabel('Nama penanda tangan').inputValue()).toBe('YOHANES BANA, S.H.')
    expect(await page.getByLabel('NRP').inputValue()).toBe('79051234')
  })

  it('[E2] angka pratinjau sama dengan SQL: laporan masuk September 2024 dan jumlah KK dikunjungi', async () => {
    const ISI = `COALESCE(kk_dikunjungi, penyuluhan, masalah_ditangani, masalah_selesai, info_deteksi_dini, pos_kamling_aktif, ronda_malam, pertemuan_fkpm, pertemuan_3pilar, kegiatan_pangan, sosialisasi_pilkada) IS NOT NULL`
    const masuk = (db().prepare(`SELECT COUNT(*) n FROM laporan_mingguan WHERE tahun = 2024 AND minggu BETWEEN 36 AND 39 AND ${ISI}`).get() as { n: number }).n
    const kk = (db().prepare(`SELECT SUM(kk_dikunjungi) n FROM laporan_mingguan WHERE tahun = 2024 AND minggu BETWEEN 36 AND 39`).get() as { n: number }).n
    const titik = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
    const jumlah = pratinjau().locator('tfoot tr').first()
    await expect.poll(async () => (await jumlah.locator('td').allTextContents())[4]).toBe(titik(masuk))
    const baris = pratinjau().locator('tr', { hasText: 'Sambang/DDS (KK dikunjungi)' })
    expect((await baris.locator('td').allTextContents())[2]).toBe(titik(kk))
    expect(await pratinjau().locator('img[alt^="Grafik"]').count()).toBe(3)
  })

  it('[E3][E5] narasi disunting dengan papan ketik, tersimpan otomatis, tampil di pratinjau dan tetap ada setelah halaman dimuat ulang', async () => {
    const analisa = page.getByLabel('III. ANALISA')
    expect(await analisa.inputValue()).toMatch(/^Pada bulan September 2024 tercatat \d+ gangguan nyata/)
    await analisa.focus()
    await page.keyboard.press('Control+End')
    await page.keyboard.type('\n\nCatatan Kasat: patroli dialogis di Mutis ditingkatkan.')
    // The autosave reaches the database (its own SQL), then the screen says so.
    await expect.poll(() => (db().prepare(`SELECT narasi FROM draf_anev WHERE periode = '2024-09'`).get() as { narasi: string } | undefined)?.narasi ?? '', { timeout: 10_000 }).toContain('patroli dialogis di Mutis')
    await page.getByRole('status').filter({ hasText: /^Tersimpan$/ }).waitFor()
    await pratinjau().getByText('Catatan Kasat: patroli dialogis di Mutis ditingkatkan.').waitFor()
    await page.getByRole('button', { name: 'Kembalikan ke usulan dari data' }).waitFor()
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Laporan Anev' }).waitFor()
    await expect.poll(() => page.getByLabel('III. ANALISA').inputValue()).toContain('Catatan Kasat: patroli dialogis di Mutis ditingkatkan.')
  })

  it('[E1][E4] NRP salah menahan cetak dengan pesan di bawah isian; a.n. KAPOLRES; Cetak PDF mengunduh PDF bernomor halaman dan masuk Arsip Laporan', async () => {
    const nrp = page.getByLabel('NRP')
    await nrp.fill('7905')
    await page.getByRole('button', { name: 'Cetak PDF' }).click()
    await page.getByText('NRP harus 8 angka').waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('anev-nrp')
    await nrp.fill('79051234')
    await page.getByLabel('Ditandatangani a.n. KAPOLRES').check()
    await page.getByLabel('Nomor surat').fill('B/77/X/BIN.1.2./2024')
    await pratinjau().getByText('a.n. KAPOLRES TIMOR TENGAH UTARA').waitFor()
    await page.screenshot({ path: berkasTangkapan('e1-laporan-anev.png') })

    await page.getByRole('button', { name: 'Cetak PDF' }).focus()
    const [unduhan] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')])
    expect(unduhan.suggestedFilename()).toMatch(/^Laporan-Anev-2024-09-POLRES-TIMOR-TENGAH-UTARA-\d+\.pdf$/)
    const pdf = fs.readFileSync((await unduhan.path())!)
    const teks = teksPdf(pdf)
    expect(teks[0]).toContain('Nomor: B/77/X/BIN.1.2./2024')
    expect(teks.join('\n')).toContain('Catatan Kasat: patroli dialogis di Mutis ditingkatkan.')
    teks.forEach((h, i) => expect(h).toContain(`Halaman ${i + 1} dari ${teks.length}`))
    expect(teks[teks.length - 1]).toContain('a.n. KAPOLRES TIMOR TENGAH UTARA')
    await page.getByText(/dibuat dan laporan disimpan di Arsip Laporan/).waitFor()
    const arsip = page.getByRole('region', { name: 'Arsip Laporan' })
    await arsip.getByRole('cell', { name: 'B/77/X/BIN.1.2./2024' }).waitFor()
    const tersimpan = db().prepare('SELECT periode, nomor FROM laporan_anev').all()
    expect(tersimpan).toEqual([{ periode: '2024-09', nomor: 'B/77/X/BIN.1.2./2024' }])
    expect(await arsip.locator('tbody tr').count()).toBe(1)
  })

  it('[E5] arsip dibuka apa adanya walau data berubah, dan dicetak ulang dengan teks yang sama', async () => {
    const pertama = await page.getByRole('region', { name: 'Arsip Laporan' }).getByRole('button', { name: /^Buka laporan bulan September 2024/ })
    db().prepare('UPDATE laporan_mingguan SET kk_dikunjungi = kk_dikunjungi + 500 WHERE tahun = 2024 AND minggu = 38 AND kk_dikunjungi IS NOT NULL').run()
    await pertama.click()
    await page.getByRole('heading', { name: /^Arsip: bulan September 2024/ }).waitFor()
    await pratinjau().getByText('Nomor: B/77/X/BIN.1.2./2024').waitFor()
    const [a] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: /^Cetak ulang laporan bulan September 2024/ }).click()])
    const ulang = teksPdf(fs.readFileSync((await a.path())!))
    expect(ulang.join('\n')).toContain('Catatan Kasat: patroli dialogis di Mutis ditingkatkan.')
    expect(ulang[0]).toContain('Nomor: B/77/X/BIN.1.2./2024')
  })

  it('[E6] Unduh Lampiran (xlsx) memberi buku kerja satu sheet per tabel tanpa rumus', async () => {
    await page.getByRole('button', { name: 'Kembali ke laporan periode ini' }).click()
    const [u] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: 'Unduh Lampiran (xlsx)' }).click()])
    expect(u.suggestedFilename()).toBe('Lampiran-Anev-2024-09.xlsx')
    const buku = XLSX.read(fs.readFileSync((await u.path())!), { cellFormula: true })
    expect(buku.SheetNames).toContain('Kinerja')
    for (const n of buku.SheetNames) for (const [k, c] of Object.entries(buku.Sheets[n]!)) if (!k.startsWith('!')) expect((c as XLSX.CellObject).f).toBeUndefined()
  })

  it('[E1] triwulan dipilih dengan papan ketik; 1366×768 tanpa gulir mendatar; axe bersih', async () => {
    await page.getByLabel('Jenis').selectOption('triwulan')
    await pratinjau().getByText('TRIWULAN III 2024', { exact: true }).waitFor()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(LAYAR.width)
    await page.screenshot({ path: berkasTangkapan('e1-laporan-anev-triwulan.png') })
    expect(await pelanggaranBerat(page)).toEqual([])
  })
})
