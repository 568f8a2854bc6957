import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'

/**
 * "Data Desa" in Debian's Chromium through the web test host, after a
 * Pengaturan Awal done through the UI: the list matches the reference data,
 * it narrows, edits are stored with their audit trail and survive a restart.
 */

const LAYAR = { width: 1366, height: 768 }
const HARI_INI = '2024-09-18'
const KABUPATEN = '53.03'

/** The reference data read straight from the package's CSV, independent of the app's own loader. */
function bacaCsv(nama: string): { kode: string; induk: string; nama: string }[] {
  const berkas = path.resolve('node_modules', 'idn-area-data', 'data', nama)
  return fs
    .readFileSync(berkas, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((b) => b.trim() !== '')
    .map((b) => {
      const [kode, induk, ...sisa] = b.split(',')
      return { kode: kode!, induk: induk!, nama: sisa.join(',').replace(/^"|"$/g, '') }
    })
}
const DESA = bacaCsv('villages.csv').filter((d) => d.kode.startsWith(`${KABUPATEN}.`))
const KECAMATAN = bacaCsv('districts.csv').filter((k) => k.kode.startsWith(`${KABUPATEN}.`))

/** Pengaturan Awal through the UI, the quick way: one Polsek per kecamatan. */
async function siapkanLewatUi(page: Page, url: string): Promise<void> {
  const lanjut = page.getByRole('button', { name: 'Lanjut', exact: true })
  await page.goto(url)
  await page.getByLabel('Polda (provinsi)').selectOption('53')
  await page.getByLabel('Kabupaten Timor Tengah Utara').check()
  await lanjut.click()
  await lanjut.click()
  await page.getByLabel('Nama Kasat Binmas (beserta gelar)').fill('I KETUT SUTA, S.H.')
  await page.getByLabel('Pangkat').selectOption('AKP')
  await page.getByLabel('NRP', { exact: true }).fill('78090123')
  await lanjut.click()
  await page.getByRole('button', { name: 'Satu Polsek per kecamatan' }).click()
  await lanjut.click()
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
}

describe('Data Desa lewat antarmuka', () => {
  const tmp = folderSementara('binmas-e2e-desa-')
  let host: HostWeb
  let peramban: Browser
  let konteks: BrowserContext
  let page: Page

  const db = () => host.app.bdTerbuka!.sqlite
  const baris = (kode: string) => page.locator(`tbody tr[data-kode="${kode}"]`)
  const barisTabel = () => page.locator('.tabel-desa tbody tr[data-kode]')
  const ringkasan = () => page.locator('.ringkasan-jumlah')
  const dialog = () => page.getByRole('dialog')
  const bukaDataDesa = async () => {
    await page.getByRole('link', { name: 'Data Desa', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Data Desa' }).waitFor()
    await barisTabel().first().waitFor()
  }

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve('out', 'renderer', 'index.html'))) {
      throw new Error('Renderer belum dibangun: jalankan `npx electron-vite build` (atau vite build di renderer/) dahulu.')
    }
    host = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI, sesiUji: { pengguna: 'admin', peran: 'admin' } })
    peramban = await bukaPeramban()
    konteks = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID' })
    page = await konteks.newPage()
    await siapkanLewatUi(page, host.url)
  })

  afterAll(async () => {
    await peramban?.close()
    await host?.tutup()
    tmp.hapus()
  })

  it('[A6] jumlah desa sama dengan desa 53.03 di villages.csv idn-area-data; nilai kosong tampil "—"', async () => {
    expect(DESA.length).toBeGreaterThan(100)
    await bukaDataDesa()
    expect(await barisTabel().count()).toBe(DESA.length)
    const teks = await ringkasan().textContent()
    expect(teks).toContain(`${DESA.length} desa`)
    expect(teks).toContain(`${DESA.length} desa belum berisi data penduduk`)
    // Blank is not zero.
    const pertama = [...DESA].sort((a, b) => a.kode.localeCompare(b.kode))[0]!
    const sel = await baris(pertama.kode).locator('td').allTextContents()
    expect(sel.slice(0, 2)).toEqual([pertama.kode, pertama.nama])
    expect(sel.slice(4)).toEqual(['—', '—', '—', '—', '—'])
    await page.screenshot({ path: berkasTangkapan('a6-data-desa-daftar.png') })
  })

  it('[A6] pencarian dan saringan Polsek mempersempit daftar', async () => {
    const cari = page.getByLabel('Cari desa, kecamatan, atau kode')
    const contoh = DESA.find((d) => d.nama.length >= 6)!
    const kata = contoh.nama.slice(0, 6).toLowerCase()
    const namaKec = new Map(KECAMATAN.map((k) => [k.kode, k.nama.toLowerCase()]))
    const harapan = DESA.filter((d) => d.nama.toLowerCase().includes(kata) || namaKec.get(d.induk)!.includes(kata) || d.kode.includes(kata))
    await cari.fill(kata)
    await expect.poll(() => barisTabel().count()).toBe(harapan.length)
    expect(harapan.length).toBeLessThan(DESA.length)
    expect(await baris(contoh.kode).count()).toBe(1)
    expect(await ringkasan().textContent()).toContain(`${harapan.length} desa (dari ${DESA.length})`)

    // A code prefix works too.
    await cari.fill('53.03.05.')
    await expect.poll(() => barisTabel().count()).toBe(DESA.filter((d) => d.kode.startsWith('53.03.05.')).length)
    await cari.fill('')

    // The Polsek filter: POLSEK INSANA covers exactly Kecamatan Insana.
    const insana = KECAMATAN.find((k) => k.nama === 'Insana')!
    await page.getByLabel('Polsek', { exact: true }).selectOption({ label: 'POLSEK INSANA' })
    const nInsana = DESA.filter((d) => d.induk === insana.kode).length
    await expect.poll(() => barisTabel().count()).toBe(nInsana)
    expect(await page.locator('.tabel-desa tbody td:nth-child(4)').allTextContents()).toEqual(Array(nInsana).fill('POLSEK INSANA'))
    await page.screenshot({ path: berkasTangkapan('a6-data-desa-saring.png') })
    // Search inside the filter narrows further; an impossible search says what to do.
    await cari.fill('zzzz')
    await expect.poll(() => barisTabel().count()).toBe(0)
    expect(await page.locator('.sel-kosong').textContent()).toContain('Tidak ada desa yang cocok')
    await page.getByRole('button', { name: 'Hapus pencarian dan saringan' }).click()
    await expect.poll(() => barisTabel().count()).toBe(DESA.length)
  })

  it('[A6] kolom dapat diurutkan dengan klik atau Enter pada judulnya', async () => {
    const kolomNama = page.getByRole('button', { name: 'Nama desa' })
    await kolomNama.click()
    const urutNaik = [...DESA].map((d) => d.nama).sort((a, b) => a.localeCompare(b, 'id'))
    expect(await page.locator('.tabel-desa tbody tr td:nth-child(2)').first().textContent()).toBe(urutNaik[0])
    expect(await page.locator('th[aria-sort]').textContent()).toContain('Nama desa')
    await kolomNama.press('Enter')
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Nama desa')
    expect(await page.locator('.tabel-desa tbody tr td:nth-child(2)').first().textContent()).toBe(urutNaik.at(-1))
    await page.getByRole('button', { name: 'Kode', exact: true }).click()
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Kode')
  })

  let kodeUbah = ''

  it('[A6] mengubah desa: "Tersimpan", baris diperbarui, dan tercatat di Riwayat Perubahan', async () => {
    kodeUbah = (await barisTabel().first().getAttribute('data-kode'))!
    await baris(kodeUbah).click()
    await dialog().waitFor()
    await page.getByLabel('Penduduk (jiwa)').fill('2000')
    await page.getByLabel('Jumlah KK').fill('500')
    await page.getByLabel('Pos kamling (total)').fill('4')
    await page.getByLabel('FKPM aktif').selectOption({ label: 'Ya' })
    await page.getByLabel('Lintang').fill('-9,45')
    await page.getByLabel('Bujur').fill('124,48')
    await dialog().getByRole('button', { name: 'Simpan' }).click()

    await dialog().getByText('Tersimpan').waitFor()
    const riwayat = dialog().locator('.tabel-riwayat tbody tr')
    await riwayat.first().waitFor()
    expect(await riwayat.count()).toBe(1)
    const sel = await riwayat.first().locator('td').allTextContents()
    expect(sel[0]).toMatch(/^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \d{2}\.\d{2} WITA$/)
    expect(sel[1]).toBe('admin')
    const perubahan = await riwayat.first().locator('li').allTextContents()
    expect(perubahan).toEqual(['penduduk: — → 2.000', 'jumlah KK: — → 500', 'pos kamling: — → 4', 'FKPM aktif: — → Ya', 'lintang: — → -9,45', 'bujur: — → 124,48'])
    await page.screenshot({ path: berkasTangkapan('a6-data-desa-ubah.png') })

    // Esc closes the dialog and the focus returns to the row.
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-kode'))).toBe(kodeUbah)
    expect((await baris(kodeUbah).locator('td').allTextContents()).slice(4)).toEqual(['2.000', '500', '4', 'Ya', '✓ada'])
    expect(await ringkasan().textContent()).toContain(`${DESA.length - 1} desa belum berisi data penduduk`)

    expect(db().prepare('SELECT penduduk, jumlah_kk, pos_kamling_total, fkpm_aktif, lintang, bujur FROM desa WHERE kode = ?').get(kodeUbah)).toEqual({
      penduduk: 2000,
      jumlah_kk: 500,
      pos_kamling_total: 4,
      fkpm_aktif: 1,
      lintang: -9.45,
      bujur: 124.48,
    })
  })

  it('[A6] isian salah (penduduk -5; KK melebihi penduduk) tampil di bawah kolomnya dan tidak disimpan', async () => {
    const kode = (await barisTabel().nth(1).getAttribute('data-kode'))!
    const sebelum = db().prepare('SELECT * FROM desa WHERE kode = ?').get(kode)
    const nAudit = () => (db().prepare('SELECT count(*) n FROM audit').get() as { n: number }).n
    const auditAwal = nAudit()

    await baris(kode).click()
    await dialog().waitFor()
    const penduduk = page.getByLabel('Penduduk (jiwa)')
    await penduduk.pressSequentially('-5')
    await dialog().getByRole('button', { name: 'Simpan' }).click()
    expect(await page.locator('#f-penduduk-galat').textContent()).toBe('Penduduk tidak boleh negatif')
    expect(await penduduk.getAttribute('aria-describedby')).toContain('f-penduduk-galat')
    expect(await penduduk.getAttribute('aria-invalid')).toBe('true')
    expect(await dialog().getByRole('alert').textContent()).toContain('Belum disimpan')

    await penduduk.fill('100')
    await page.getByLabel('Jumlah KK').fill('500')
    await dialog().getByRole('button', { name: 'Simpan' }).click()
    await page.locator('#f-penduduk-galat').waitFor({ state: 'detached' })
    expect(await page.locator('#f-jumlahKk-galat').textContent()).toBe('Jumlah KK tidak boleh melebihi jumlah penduduk')
    // Text that is not a number is refused too, in Indonesian.
    await page.getByLabel('Pos kamling (total)').fill('empat')
    await dialog().getByRole('button', { name: 'Simpan' }).click()
    expect(await page.locator('#f-posKamlingTotal-galat').textContent()).toBe('Pos kamling harus berupa angka')
    // …while the KK rule, checked across fields, still shows.
    expect(await page.locator('#f-jumlahKk-galat').textContent()).toBe('Jumlah KK tidak boleh melebihi jumlah penduduk')
    await page.screenshot({ path: berkasTangkapan('a6-data-desa-galat.png') })

    await dialog().getByRole('button', { name: 'Batal' }).click()
    await dialog().waitFor({ state: 'detached' })
    expect(db().prepare('SELECT * FROM desa WHERE kode = ?').get(kode)).toEqual(sebelum)
    expect(nAudit()).toBe(auditAwal)
    expect((await baris(kode).locator('td').allTextContents()).slice(4, 6)).toEqual(['—', '—'])
  })

  it('[A6] hanya dengan papan ketik: memilih desa dengan panah, mengubah, menyimpan, Esc kembali ke baris', async () => {
    await page.reload()
    await barisTabel().first().waitFor()
    // The first Tab stop is the skip link; it jumps past the menu.
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Lewati ke konten')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('konten')

    // Tab on until a table row holds the focus.
    let diBaris = false
    for (let i = 0; i < 40 && !diBaris; i++) {
      await page.keyboard.press('Tab')
      diBaris = await page.evaluate(() => document.activeElement?.tagName === 'TR')
    }
    expect(diBaris).toBe(true)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const kode = (await page.evaluate(() => document.activeElement?.getAttribute('data-kode')))!
    expect(kode).toBe(await barisTabel().nth(2).getAttribute('data-kode'))

    await page.keyboard.press('Enter')
    await dialog().waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-penduduk')
    await page.keyboard.type('1.250')
    await page.keyboard.press('Tab')
    await page.keyboard.type('300')
    await page.keyboard.press('Tab')
    await page.keyboard.type('2')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Tidak')
    await page.keyboard.press('Tab')
    await page.keyboard.type('-9,3')
    await page.keyboard.press('Tab')
    await page.keyboard.type('124,3')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Simpan')
    await page.keyboard.press('Enter')
    await dialog().getByText('Tersimpan').waitFor()
    await dialog().locator('.tabel-riwayat li', { hasText: 'penduduk: — → 1.250' }).waitFor()

    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-kode'))).toBe(kode)
    expect((await baris(kode).locator('td').allTextContents()).slice(4)).toEqual(['1.250', '300', '2', 'Tidak', '✓ada'])
    expect(db().prepare('SELECT penduduk, jumlah_kk, pos_kamling_total, fkpm_aktif, lintang, bujur FROM desa WHERE kode = ?').get(kode)).toEqual({
      penduduk: 1250,
      jumlah_kk: 300,
      pos_kamling_total: 2,
      fkpm_aktif: 0,
      lintang: -9.3,
      bujur: 124.3,
    })
  })

  it('[A6] perubahan bertahan setelah host ditutup dan dibuka lagi; audit mencatat admin, sebelum dan sesudah', async () => {
    await host.tutup()
    host = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI, sesiUji: { pengguna: 'admin', peran: 'admin' } })
    await page.goto(host.url)
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    await bukaDataDesa()
    expect((await baris(kodeUbah).locator('td').allTextContents()).slice(4)).toEqual(['2.000', '500', '4', 'Ya', '✓ada'])
    await baris(kodeUbah).click()
    expect(await page.getByLabel('Penduduk (jiwa)').inputValue()).toBe('2000')
    expect(await page.getByLabel('Lintang').inputValue()).toBe('-9,45')
    await dialog().locator('.tabel-riwayat li', { hasText: 'penduduk: — → 2.000' }).waitFor()
    await page.keyboard.press('Escape')

    const audit = db().prepare("SELECT pengguna, aksi, tabel, kunci, sebelum, sesudah FROM audit WHERE tabel = 'desa' AND kunci = ?").all(kodeUbah) as Record<string, string>[]
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ pengguna: 'admin', aksi: 'ubah', tabel: 'desa', kunci: kodeUbah })
    expect(JSON.parse(audit[0]!.sebelum!)).toEqual({ penduduk: null, jumlah_kk: null, pos_kamling_total: null, fkpm_aktif: null, lintang: null, bujur: null })
    expect(JSON.parse(audit[0]!.sesudah!)).toEqual({ penduduk: 2000, jumlah_kk: 500, pos_kamling_total: 4, fkpm_aktif: 1, lintang: -9.45, bujur: 124.48 })
  })

  it('[A6] Data Desa, dialog ubah, Beranda dan Tentang (kredit ODbL) tanpa pelanggaran aksesibilitas serius/kritis (axe)', async () => {
    // Only this context bypasses the CSP, so axe can be injected.
    const k = await peramban.newContext({ viewport: LAYAR, bypassCSP: true })
    try {
      const p = await k.newPage()
      await p.goto(host.url)
      await p.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
      await p.locator('.kartu table').nth(1).waitFor()
      expect(await pelanggaranBerat(p), 'Beranda').toEqual([])
      await p.getByRole('link', { name: 'Data Desa', exact: true }).click()
      await p.locator('.tabel-desa tbody tr[data-kode]').first().waitFor()
      expect(await pelanggaranBerat(p), 'Data Desa').toEqual([])
      await p.locator(`tbody tr[data-kode="${kodeUbah}"]`).click()
      await p.locator('.tabel-riwayat').waitFor()
      await p.getByLabel('Penduduk (jiwa)').fill('-5')
      await p.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click()
      await p.locator('#f-penduduk-galat').waitFor()
      expect(await pelanggaranBerat(p), 'dialog ubah desa dengan pesan galat').toEqual([])
      await p.keyboard.press('Escape')
      await p.getByRole('link', { name: 'Tentang', exact: true }).click()
      await p.getByText('Data wilayah: idn-area-data').waitFor()
      const versi = (JSON.parse(fs.readFileSync(path.resolve('node_modules', 'idn-area-data', 'package.json'), 'utf8')) as { version: string }).version
      expect(await p.getByText('Data wilayah: idn-area-data').textContent()).toBe(
        `Data wilayah: idn-area-data ${versi}, Open Database License (ODbL) v1.0, bersumber dari Kemendagri.`,
      )
      const nDesaNasional = bacaCsv('villages.csv').length.toLocaleString('id-ID')
      expect(await p.locator('.daftar-angka').textContent()).toContain(`Desa/kelurahan${nDesaNasional}`)
      expect(await pelanggaranBerat(p), 'Tentang').toEqual([])
    } finally {
      await k.close()
    }
  })
})
