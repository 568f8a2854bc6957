import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { dataWilayah } from '../../electron/services/wilayah'
import type { Keluaran, Masukan, NamaKanal } from '../../shared/api'
import type { Hasil } from '../../shared/galat'
import { aplikasiUji } from '../helpers/aplikasi'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'
import { isiSeptember, setupPolres } from '../helpers/polda'
import { pastikanRendererDibangun } from '../helpers/layar-demo'

/**
 * Mode Polda in Debian's Chromium through the web test host: a Polda app for
 * NTT receives the September 2024 files of two Polres (and one of NTB, which
 * it refuses) in one go, shows Status Kiriman and Rekap Polda, and hands a
 * trusted-keys bundle to a Polres app, which previews and accepts it.
 */

const HARI_INI = '2024-10-07'
const KONTEKS = { viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Makassar', bypassCSP: true, acceptDownloads: true }
/** A sidebar entry (pages may link to the same screens). */
const menu = (p: Page, nama: string) => p.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: nama, exact: true })
/** 1234 → "1.234", written independently of the app's formatter. */
const ribuan = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

async function api<K extends NamaKanal>(host: HostWeb, kanal: K, masukan: Masukan<K>): Promise<Keluaran<K>> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/panggil/${kanal}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-binmas-token': host.token }, body: JSON.stringify(masukan) })
  const h = (await res.json()) as Hasil<Keluaran<K>>
  if (!h.ok) throw new Error(`${kanal} gagal: ${JSON.stringify(h.galat)}`)
  return h.data
}

describe('Mode Polda lewat antarmuka', () => {
  const tmp = folderSementara('binmas-e2e-polda-')
  const tmpPolres = folderSementara('binmas-e2e-polda-polres-')
  const berkasDir = folderSementara('binmas-e2e-polda-berkas-')
  let polda: HostWeb
  let polres: HostWeb
  let peramban: Browser
  let page: Page
  const berkas: string[] = []
  const kk: Record<string, number> = {}

  beforeAll(async () => {
    pastikanRendererDibangun()
    // Files of Polres TTU, Polres Belu (NTT) and Polres Lombok Barat (NTB), made by real Polres apps.
    for (const [kab, nama] of [['53.03', 'POLRES TIMOR TENGAH UTARA'], ['53.04', 'POLRES BELU'], ['52.01', 'POLRES LOMBOK BARAT']] as const) {
      const u = aplikasiUji({ hariIni: '2024-10-02' })
      await u.panggil('setup:simpan', await setupPolres(kab, nama))
      kk[kab] = isiSeptember(u.app.bd.sqlite)
      const e = await u.panggil('pertukaran:ekspor', { bulanAwal: '2024-09', bulanAkhir: '2024-09' })
      const f = path.join(berkasDir.folder, e.namaBerkas)
      fs.writeFileSync(f, Buffer.from(e.berkasBase64, 'base64'))
      berkas.push(f)
      await u.tutup()
    }
    polda = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI, sesiUji: { pengguna: 'admin', peran: 'admin' } })
    await api(polda, 'setup:simpan', { provinsiKode: '53', kabupatenKode: ['53.01'], satkerNama: 'POLDA NUSA TENGGARA TIMUR', satkerKode: '53', zonaWaktu: 'WITA', kasat: { nama: 'KOMBES POL YUDHA', pangkat: 'KOMBES POL', nrp: '70010001' }, polsek: [] })
    polres = await mulaiHost({ folderData: tmpPolres.folder, hariIni: HARI_INI, sesiUji: { pengguna: 'admin', peran: 'admin' } })
    await api(polres, 'setup:simpan', await setupPolres('53.05', 'POLRES ALOR'))
    peramban = await bukaPeramban()
    page = await (await peramban.newContext(KONTEKS)).newPage()
  }, 180_000)

  afterAll(async () => {
    await peramban?.close()
    await polda?.tutup()
    await polres?.tutup()
    for (const t of [tmp, tmpPolres, berkasDir]) t.hapus()
  })

  it('[F3] Pengaturan Awal sebagai Polda: pilih provinsi, semua kabupaten/kota menjadi Polres (nama dapat diubah), tanpa langkah Polsek', async () => {
    const tmpW = folderSementara('binmas-e2e-polda-wizard-')
    const host = await mulaiHost({ folderData: tmpW.folder, hariIni: HARI_INI, sesiUji: { pengguna: 'admin', peran: 'admin' } })
    const p = await (await peramban.newContext(KONTEKS)).newPage()
    try {
      const lanjut = () => p.getByRole('button', { name: 'Lanjut', exact: true }).click()
      await p.goto(host.url)
      await p.getByRole('heading', { name: 'Langkah 1 dari 5: Wilayah' }).waitFor()
      await p.getByRole('radio', { name: /Ditbinmas Polda/ }).check()
      await p.getByLabel('Polda (provinsi)').selectOption('53')
      await p.getByText('seluruh 22 kabupaten/kota Provinsi Nusa Tenggara Timur').waitFor()
      expect(await p.locator('.daftar-centang').count()).toBe(0)
      await p.screenshot({ path: berkasTangkapan('f3-polda-wizard-wilayah.png') })
      await lanjut()
      await p.getByRole('heading', { name: 'Langkah 2 dari 5: Satker' }).waitFor()
      expect(await p.getByLabel('Nama satker').inputValue()).toBe('POLDA NUSA TENGGARA TIMUR')
      expect(await p.getByLabel('Kode satker').inputValue()).toBe('53')
      await lanjut()
      await p.getByLabel('Nama Kasat Binmas (beserta gelar)').fill('KOMBES POL YUDHA, S.I.K.')
      await p.getByLabel('Pangkat').selectOption({ label: 'KOMBES POL' })
      await p.getByLabel('NRP', { exact: true }).fill('70010001')
      await lanjut()
      await p.getByRole('heading', { name: 'Langkah 4 dari 5: Polres' }).waitFor()
      expect(await p.getByLabel('Nama Polres Kabupaten Belu').inputValue()).toBe('POLRES BELU')
      expect(await p.getByLabel('Nama Polres Kota Kupang').inputValue()).toBe('POLRESTA KUPANG')
      await p.getByLabel('Nama Polres Kota Kupang').fill('POLRESTA KUPANG KOTA')
      // A name too short is refused under its field.
      await p.getByLabel('Nama Polres Kabupaten Alor').fill('PO')
      await lanjut()
      await p.locator('#f-polres-4-nama-galat').waitFor()
      expect(await p.locator('#f-polres-4-nama-galat').textContent()).toContain('Nama Polres minimal 3 huruf')
      await p.getByLabel('Nama Polres Kabupaten Alor').fill('POLRES ALOR')
      await p.screenshot({ path: berkasTangkapan('f3-polda-wizard-polres.png') })
      expect(await pelanggaranBerat(p), 'langkah Polres').toEqual([])
      await lanjut()
      await p.getByRole('heading', { name: 'Langkah 5 dari 5: Ringkasan' }).waitFor()
      const w = await dataWilayah()
      const desaProv = w.desa.filter((d) => d.kode.startsWith('53.')).length
      expect(await p.locator('.daftar-ringkasan').textContent()).toContain('22 Polres')
      await p.getByRole('button', { name: 'Simpan' }).click()
      await p.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
      const db = host.app.bdTerbuka!.sqlite
      expect(db.prepare('SELECT kode, jenis FROM satker').get()).toEqual({ kode: '53', jenis: 'polda' })
      expect((db.prepare('SELECT count(*) n FROM desa').get() as { n: number }).n).toBe(desaProv)
      expect(db.prepare("SELECT nama FROM polres WHERE kode = '53.71'").get()).toEqual({ nama: 'POLRESTA KUPANG KOTA' })
      expect((db.prepare('SELECT count(*) n FROM polsek').get() as { n: number }).n).toBe(0)
    } finally {
      await p.context().close()
      await host.tutup()
      tmpW.hapus()
    }
  }, 90_000)

  it('[F3] menu Mode Polda: Status Kiriman dan Rekap Polda tampil, Input Mingguan tersembunyi', async () => {
    await page.goto(polda.url)
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    const menu = await page.locator('nav .menu a').allTextContents()
    expect(menu).not.toContain('Input Mingguan')
    expect(menu.indexOf('Status Kiriman')).toBe(menu.indexOf('Pertukaran Data') + 1)
    expect(menu.indexOf('Rekap Polda')).toBe(menu.indexOf('Pertukaran Data') + 2)
    expect(await page.locator('.merek-sub').textContent()).toBe('Ditbinmas Polda')
    // The weekly typing screen, reached by its address, says where the data come from instead.
    await page.goto(`${polda.url.split('#')[0]}#/mingguan`)
    await page.getByText('Mode Polda', { exact: false }).first().waitFor()
    expect(await page.locator('.grid-mingguan, table').count()).toBe(0)
    await page.screenshot({ path: berkasTangkapan('f3-polda-input-mingguan.png') })
  }, 60_000)

  it('[F3] impor banyak berkas sekaligus dari layar Pertukaran Data: hasil per berkas, berkas provinsi lain ditolak', async () => {
    await menu(page, 'Pertukaran Data').click()
    await page.getByRole('heading', { level: 1, name: 'Pertukaran Data' }).waitFor()
    await page.getByRole('heading', { name: 'Ekspor Konsolidasi Polda' }).waitFor()
    await page.getByLabel('Berkas Polres (.xlsx, boleh lebih dari satu)').setInputFiles(berkas)
    await page.getByText('3 berkas dipilih').waitFor()
    await page.getByRole('button', { name: 'Impor 3 Berkas' }).click()
    await page.locator('#tabel-impor-banyak').waitFor({ timeout: 60_000 })
    const baris = page.locator('#tabel-impor-banyak tbody tr')
    expect(await baris.count()).toBe(3)
    expect(await baris.nth(0).getAttribute('data-status')).toBe('diterapkan')
    expect(await baris.nth(1).getAttribute('data-status')).toBe('diterapkan')
    expect(await baris.nth(2).getAttribute('data-status')).toBe('ditolak')
    expect(await baris.nth(2).textContent()).toContain('di luar wilayah POLDA NUSA TENGGARA TIMUR')
    // Rows changed for TTU: its 80 weekly rows (20 desa × 4 weeks) plus 20 desa master rows unchanged.
    expect(await baris.nth(0).textContent()).toContain('POLRES TIMOR TENGAH UTARA (53.03)')
    expect(await page.locator('.hasil-impor-banyak').textContent()).toContain('2 diterapkan, 0 sudah ada, 0 perlu konfirmasi, 1 ditolak')
    expect(await pelanggaranBerat(page), 'Pertukaran Data Mode Polda').toEqual([])
    await page.locator('.hasil-impor-banyak').scrollIntoViewIfNeeded()
    await page.screenshot({ path: berkasTangkapan('f3-polda-impor-banyak.png') })
  }, 90_000)

  it('[F3] Status Kiriman: matriks Polres × bulan, saringan, dan batas tanggal 5 (dihitung dengan tangan)', async () => {
    // Receipt dates set by hand: TTU 3 Oct 10:00 WITA (on time, deadline 5 Oct), Belu 6 Oct 09:00 WITA (late).
    const s = polda.app.bdTerbuka!.sqlite
    s.prepare("UPDATE impor SET diimpor_pada = '2024-10-03T02:00:00Z' WHERE satker_kode = '53.03'").run()
    s.prepare("UPDATE periode_impor SET diimpor_pada = '2024-10-03T02:00:00Z' WHERE satker_kode = '53.03'").run()
    s.prepare("UPDATE impor SET diimpor_pada = '2024-10-06T01:00:00Z' WHERE satker_kode = '53.04'").run()
    s.prepare("UPDATE periode_impor SET diimpor_pada = '2024-10-06T01:00:00Z' WHERE satker_kode = '53.04'").run()
    await menu(page, 'Status Kiriman').click()
    await page.getByRole('heading', { level: 1, name: 'Status Kiriman Polres' }).waitFor()
    await page.getByLabel('Jumlah bulan').selectOption('3')
    await page.locator('#tabel-kiriman').waitFor()
    const sel = async (nama: string) => (await page.locator('#tabel-kiriman tbody tr', { hasText: nama }).locator('td').allTextContents()).map((t) => t.replace(/^.*?: /, ''))
    const ttu = await page.locator('#tabel-kiriman tbody tr', { hasText: 'POLRES TIMOR TENGAH UTARA' }).locator('td [aria-hidden="true"]').allTextContents()
    // August 2024, September 2024, October 2024.
    expect(ttu).toEqual(['Belum (lewat batas)', 'Sudah3/10 · r1', 'Belum'])
    const belu = await page.locator('#tabel-kiriman tbody tr', { hasText: 'POLRES BELU' }).locator('td [aria-hidden="true"]').allTextContents()
    expect(belu).toEqual(['Belum (lewat batas)', 'Terlambat6/10 · r1', 'Belum'])
    expect((await sel('POLRES TIMOR TENGAH UTARA'))[1]).toContain('diterima tepat waktu 3 Oktober 2024 (batas 5 Oktober 2024), revisi 1')
    expect(await page.locator('#tabel-kiriman tbody tr').count()).toBe(22)
    // Filters: by name, then "late" only.
    await page.getByLabel('Cari Polres').fill('timor')
    await expect.poll(() => page.locator('#tabel-kiriman tbody tr').count()).toBe(2)
    await page.getByLabel('Cari Polres').fill('')
    await page.getByLabel('Tampilkan').selectOption('terlambat')
    await expect.poll(() => page.locator('#tabel-kiriman tbody tr').count()).toBe(1)
    await page.getByLabel('Tampilkan').selectOption('semua')
    expect(await pelanggaranBerat(page), 'Status Kiriman').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f3-polda-status-kiriman.png') })
    // Printed (Cetak): the matrix with its words, without the filters.
    const pdf = berkasTangkapan('f3-polda-status-kiriman.pdf')
    await page.pdf({ path: pdf, format: 'A4', landscape: true, printBackground: true })
    const teksPdf = execFileSync('pdftotext', ['-layout', pdf, '-']).toString()
    expect(teksPdf).toContain('Status Kiriman Polres')
    for (const t of ['POLRES BELU (53.04)', 'Belum (lewat batas)', 'Terlambat', '6/10 · r1', 'Sudah']) expect(teksPdf).toContain(t)
    expect(teksPdf).not.toContain('Rekap Polda')
    expect(teksPdf).not.toContain('Cari Polres')
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, berkasTangkapan('f3-polda-status-kiriman-cetak')])
  }, 60_000)

  it('[F3] Rekap Polda: jumlah DDS per Polres sama dengan jumlah yang dihitung di sini; urut dengan papan ketik; rincian desa', async () => {
    await menu(page, 'Rekap Polda').click()
    await page.getByRole('heading', { level: 1, name: 'Rekap Polda' }).waitFor()
    expect(await page.getByLabel('Bulan').inputValue()).toBe('2024-09')
    await page.locator('#tabel-rekap-polda').waitFor()
    const kolom = await page.locator('#tabel-rekap-polda thead th').allTextContents()
    const iDds = kolom.indexOf('DDS (KK)')
    const baris = (nama: string) => page.locator('#tabel-rekap-polda tbody tr', { hasText: nama }).locator('th, td').allTextContents()
    expect((await baris('POLRES TIMOR TENGAH UTARA'))[iDds]).toBe(ribuan(kk['53.03']!))
    expect((await baris('POLRES BELU'))[iDds]).toBe(ribuan(kk['53.04']!))
    const total = await page.locator('#tabel-rekap-polda tfoot tr').locator('th, td').allTextContents()
    expect(total[iDds]).toBe(ribuan(kk['53.03']! + kk['53.04']!))
    // Sort by DDS with the keyboard: ascending, then descending puts the larger Polres first.
    const tombol = page.locator('#tabel-rekap-polda thead').getByRole('button', { name: 'DDS (KK)' })
    await tombol.focus()
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    const atas = kk['53.03']! >= kk['53.04']! ? 'POLRES TIMOR TENGAH UTARA' : 'POLRES BELU'
    expect(await page.locator('#tabel-rekap-polda tbody tr').first().locator('th').textContent()).toBe(atas)
    expect(await pelanggaranBerat(page), 'Rekap Polda').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f3-polda-rekap.png') })
    await page.getByRole('button', { name: 'POLRES BELU' }).click()
    await page.getByRole('heading', { level: 1, name: 'POLRES BELU — September 2024' }).waitFor()
    const n = (polda.app.bdTerbuka!.sqlite.prepare("SELECT count(*) n FROM desa WHERE kode LIKE '53.04.%'").get() as { n: number }).n
    expect(await page.locator('#tabel-rincian-polres tbody tr').count()).toBe(n)
    expect(await pelanggaranBerat(page), 'Rincian Polres').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f3-polda-rincian-polres.png') })
    await page.getByRole('button', { name: '‹ Kembali ke Rekap Polda' }).click()
    await page.locator('#tabel-rekap-polda').waitFor()
    // The other screens hold the data of every Polres: Beranda, Personel.
    await menu(page, 'Beranda').click()
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    await page.waitForTimeout(800)
    await page.screenshot({ path: berkasTangkapan('f3-polda-beranda.png') })
    await menu(page, 'Personel').click()
    await page.getByRole('heading', { level: 1, name: 'Personel' }).waitFor()
    await page.waitForTimeout(800)
    await page.screenshot({ path: berkasTangkapan('f3-polda-personel.png') })
  }, 60_000)

  it('[F3] Peta Rawan Mode Polda memuat semua desa provinsi', async () => {
    const w = await dataWilayah()
    const desaProv = w.desa.filter((d) => d.kode.startsWith('53.')).length
    expect((await api(polda, 'desa:daftar', {})).length).toBe(desaProv)
    await menu(page, 'Peta Rawan').click()
    await page.getByRole('heading', { level: 1, name: /Peta Rawan/ }).waitFor()
    await page.waitForTimeout(1500)
    await page.screenshot({ path: berkasTangkapan('f3-polda-peta-rawan.png') })
  }, 60_000)

  it('[F3] paket kunci tepercaya dari Polda diterima Polres lewat pratinjau di Pertukaran Data', async () => {
    await menu(page, 'Pertukaran Data').click()
    await page.getByRole('heading', { name: 'Paket untuk Polres' }).waitFor()
    const [skema] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan Berkas Skema IKDK' }).click()])
    expect(skema.suggestedFilename()).toBe('bawaan@1.ikdk.json')
    // The Polda has no key yet and trusts none: nothing to send, said in Indonesian.
    await page.getByRole('button', { name: 'Simpan Paket Kunci Tepercaya' }).click()
    await page.getByText('Belum ada kunci untuk dikirim').waitFor()
    await api(polda, 'pertukaran:kunci-buat', {})
    const [unduh] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan Paket Kunci Tepercaya' }).click()])
    expect(unduh.suggestedFilename()).toBe('BINMAS_53_kunci-tepercaya.json')
    const f = path.join(berkasDir.folder, unduh.suggestedFilename())
    await unduh.saveAs(f)
    await page.locator('.kartu-paket').scrollIntoViewIfNeeded()
    await page.screenshot({ path: berkasTangkapan('f3-polda-paket-polres.png') })

    const p2 = await (await peramban.newContext(KONTEKS)).newPage()
    await p2.goto(polres.url)
    await p2.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    expect(await p2.locator('nav .menu a').allTextContents()).toContain('Input Mingguan')
    await menu(p2, 'Pertukaran Data').click()
    await p2.getByRole('heading', { name: 'Paket dari Polda' }).waitFor()
    await p2.getByLabel('Berkas kunci tepercaya (.json)').setInputFiles(f)
    await p2.locator('#tabel-paket-kunci').waitFor()
    expect(await p2.locator('.pratinjau-paket h3').textContent()).toBe('Dari POLDA NUSA TENGGARA TIMUR (53)')
    expect(await p2.locator('.pratinjau-paket').textContent()).toContain('Tanda tangan belum dapat diperiksa')
    expect(await p2.locator('#tabel-paket-kunci tbody tr').count()).toBe(1)
    expect(await pelanggaranBerat(p2), 'Paket dari Polda').toEqual([])
    await p2.locator('.pratinjau-paket').scrollIntoViewIfNeeded()
    await p2.screenshot({ path: berkasTangkapan('f3-polres-paket-kunci.png') })
    await p2.getByRole('button', { name: 'Terima Kunci' }).click()
    await p2.getByText('1 kunci ditambahkan ke daftar kunci tepercaya; 0 sudah ada.').waitFor()
    const tepercaya = await api(polres, 'pertukaran:kunci-info', {})
    expect(tepercaya.tepercaya.map((t) => t.satkerKode)).toEqual(['53'])
  }, 60_000)
})
