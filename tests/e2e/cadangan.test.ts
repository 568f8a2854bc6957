import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostWeb } from '../../electron/web/server'
import type { Masukan, NamaKanal } from '../../shared/api'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { bukaLayar, LAYAR, type LayarDemo, mulaiHostUji, panggilHost } from '../helpers/layar-demo'
import { berkasTangkapan } from '../helpers/peramban'
import { setupTtu } from '../helpers/setup-ttu'

/**
 * "Cadangan" in Debian's Chromium through the web test host: a password-
 * protected backup downloaded and restored (wrong password refused, data
 * unchanged), and a corrupt database restored from the corrupt-database screen.
 */

const HARI_INI = '2024-10-20'
// The corrupt screen cannot read the satker's zone and uses the computer's: make it WITA like the satker's.
const KONTEKS = { viewport: LAYAR, locale: 'id-ID', timezoneId: 'Asia/Makassar' }
const SANDI = 'rahasia-binmas-2024'
const WAKTU = /^\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4} \d{2}\.\d{2} WITA/

describe('Cadangan lewat antarmuka', () => {
  const unduhan = folderSementara('binmas-e2e-unduhan-')
  let layar: LayarDemo
  let host: HostWeb
  let peramban: Browser
  let page: Page
  let kode = ''
  let berkasUnduhan = ''

  const db = () => host.app.bdTerbuka!.sqlite
  const penduduk = () => (db().prepare('SELECT penduduk FROM desa WHERE kode = ?').get(kode) as { penduduk: number | null }).penduduk
  const dialog = () => page.getByRole('alertdialog')

  const api = <K extends NamaKanal>(kanal: K, masukan: Masukan<K>) => panggilHost(host, kanal, masukan)
  const ubahPenduduk = (n: number) => api('desa:ubah', { kode, penduduk: n, jumlahKk: 300, posKamlingTotal: 2, fkpmAktif: true, lintang: null, bujur: null })

  const bukaCadangan = async (p: Page) => {
    await p.getByRole('link', { name: 'Cadangan', exact: true }).click()
    await p.getByRole('heading', { level: 1, name: 'Cadangan' }).waitFor()
    await p.locator('.tabel-cadangan tbody tr').first().waitFor()
  }

  beforeAll(async () => {
    layar = await bukaLayar('binmas-e2e-cadangan-', HARI_INI, { konteks: KONTEKS })
    ;({ host, peramban, page } = layar)
    await api('setup:simpan', await setupTtu())
    kode = (db().prepare('SELECT kode FROM desa ORDER BY kode LIMIT 1').get() as { kode: string }).kode
    await ubahPenduduk(1111)
  })

  afterAll(async () => {
    await layar?.tutup()
    unduhan.hapus()
  })

  it('[G1] Cadangan: daftar bertanggal WITA, lalu "Buat & Unduh Cadangan" bersandi (sandi diperiksa) mengunduh berkas terenkripsi', async () => {
    await page.goto(host.url)
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    // Cadangan sits after Personel, before Pengaturan (ui.md).
    const menu = await page.locator('nav .menu a').allTextContents()
    expect(menu.indexOf('Cadangan')).toBe(menu.indexOf('Personel') + 1)
    expect(menu.indexOf('Cadangan')).toBeLessThan(menu.indexOf('Pengaturan'))
    await bukaCadangan(page)
    expect(await page.locator('.folder-cadangan code').textContent()).toBe(path.join(layar.folder, 'cadangan'))
    const barisAwal = await page.locator('.tabel-cadangan tbody tr').count()
    const sel = await page.locator('.tabel-cadangan tbody tr').first().locator('th, td').allTextContents()
    expect(sel[0]).toMatch(WAKTU)
    expect(['Saat aplikasi dibuka', 'Otomatis berkala', 'Manual', 'Sebelum impor', 'Sebelum pembaruan basis data', 'Sebelum pemulihan']).toContain(sel[1])
    expect(sel[2]).toMatch(/^\d+(,\d)? (KB|MB)$/)

    // The password is checked before anything is made: at least 8 characters, typed twice the same.
    const sandi = page.getByLabel('Kata sandi (boleh kosong)')
    const ulang = page.getByLabel('Ulangi kata sandi')
    const buat = page.getByRole('button', { name: 'Buat & Unduh Cadangan' })
    await sandi.fill('pendek')
    await buat.click()
    expect(await page.locator('#f-sandi-baru-galat').textContent()).toBe('Kata sandi minimal 8 karakter')
    await sandi.fill(SANDI)
    await ulang.fill(`${SANDI}x`)
    await buat.click()
    expect(await page.locator('#f-sandi-ulang-galat').textContent()).toBe('Kata sandi tidak sama dengan yang di atas')
    expect(await page.locator('.tabel-cadangan tbody tr').count()).toBe(barisAwal)
    expect(await page.getByText('Kata sandi yang terlupa tidak dapat dipulihkan').count()).toBe(1)

    await ulang.fill(SANDI)
    const [unduh] = await Promise.all([page.waitForEvent('download'), buat.click()])
    expect(unduh.suggestedFilename()).toBe('Cadangan_BinmasDesk_53.03_2024-10-20.bdcadangan')
    berkasUnduhan = path.join(unduhan.folder, unduh.suggestedFilename())
    await unduh.saveAs(berkasUnduhan)
    const isi = fs.readFileSync(berkasUnduhan)
    expect(isi.subarray(0, 20).toString()).toBe('BINMASDESK-CADANGAN-')
    // Encrypted: the SQLite header must not be readable inside.
    expect(isi.includes(Buffer.from('SQLite format 3'))).toBe(false)
    await page.getByText('Cadangan dibuat').waitFor()
    expect(await page.locator('.hasil-cadangan').textContent()).toContain('dilindungi kata sandi')
    await expect.poll(() => page.locator('.tabel-cadangan tbody tr').count()).toBe(barisAwal + 1)
    expect(await page.locator('.tabel-cadangan tbody tr').first().locator('td').first().textContent()).toBe('Manual')
    expect(await sandi.inputValue()).toBe('')
    await page.screenshot({ path: berkasTangkapan('g1-cadangan.png') })
  })

  it('[G1] memulihkan berkas unduhan: sandi salah ditolak dalam bahasa Indonesia tanpa mengubah data; sandi benar mengembalikan nilai lama', async () => {
    await ubahPenduduk(2222)
    expect(penduduk()).toBe(2222)

    await page.getByLabel('Berkas cadangan (.bdcadangan atau .sqlite)').setInputFiles(berkasUnduhan)
    const sandi = page.getByLabel('Kata sandi cadangan')
    await sandi.waitFor()
    await sandi.fill('sandi-yang-keliru')
    await page.getByRole('button', { name: 'Buka Berkas' }).click()
    const galat = page.locator('#f-berkas-cadangan-sandi-galat')
    await galat.waitFor()
    expect(await galat.textContent()).toBe('Kata sandi salah, atau berkas cadangan rusak')
    expect(await sandi.getAttribute('aria-invalid')).toBe('true')
    expect(await page.getByRole('button', { name: 'Pulihkan dari Berkas Ini' }).count()).toBe(0)
    expect(penduduk()).toBe(2222)
    await page.screenshot({ path: berkasTangkapan('g1-cadangan-sandi-salah.png') })

    await sandi.fill(SANDI)
    await page.getByRole('button', { name: 'Buka Berkas' }).click()
    const ringkasan = page.locator('.isi-berkas .ringkasan-isi')
    await ringkasan.waitFor()
    expect(await ringkasan.locator('dd').allTextContents()).toEqual(expect.arrayContaining(['POLRES TIMOR TENGAH UTARA', '193']))
    expect(penduduk()).toBe(2222)

    await page.getByRole('button', { name: 'Pulihkan dari Berkas Ini' }).click()
    await dialog().waitFor()
    expect(await dialog().getByRole('heading').first().textContent()).toBe('Ganti seluruh data dengan isi cadangan?')
    const teks = (await dialog().textContent())!
    expect(teks).toContain('Cadangan_BinmasDesk_53.03_2024-10-20.bdcadangan')
    expect(teks).toContain('laporan mingguan, kejadian, dan hasil IKDK')
    expect(teks).toContain('data sekarang dicadangkan dulu')
    // "Batal" holds the focus: an Enter by habit replaces nothing.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Batal')
    await page.screenshot({ path: berkasTangkapan('g1-cadangan-konfirmasi.png') })

    await dialog().getByRole('button', { name: 'Pulihkan', exact: true }).click()
    await dialog().getByRole('heading', { name: 'Pemulihan selesai' }).waitFor()
    expect(await dialog().locator('.ringkasan-isi dd').allTextContents()).toEqual(expect.arrayContaining(['POLRES TIMOR TENGAH UTARA', '193']))
    expect(penduduk()).toBe(1111)
    await page.screenshot({ path: berkasTangkapan('g1-cadangan-selesai.png') })
    await dialog().getByRole('button', { name: 'Tutup' }).click()
    await dialog().waitFor({ state: 'detached' })

    // The data replaced was backed up first, and the list shows it.
    await page.locator('.tabel-cadangan td', { hasText: 'Sebelum pemulihan' }).waitFor()
    const pulih = fs.readdirSync(path.join(layar.folder, 'cadangan')).filter((n) => /^binmas-\d{8}-\d{6}-pulih\.sqlite$/.test(n))
    expect(pulih).toHaveLength(1)
    expect(await page.locator('.bilah-atas-satker').textContent()).toBe('POLRES TIMOR TENGAH UTARA')
  })

  it('[G1] layar Cadangan dan dialog pemulihan tanpa pelanggaran aksesibilitas serius/kritis (axe)', async () => {
    const k = await peramban.newContext({ ...KONTEKS, bypassCSP: true })
    try {
      const p = await k.newPage()
      await p.goto(host.url)
      await p.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
      await bukaCadangan(p)
      expect(await pelanggaranBerat(p), 'Cadangan').toEqual([])
      await p.getByLabel('Berkas cadangan (.bdcadangan atau .sqlite)').setInputFiles(berkasUnduhan)
      await p.getByLabel('Kata sandi cadangan').fill('keliru-sekali')
      await p.getByRole('button', { name: 'Buka Berkas' }).click()
      await p.locator('#f-berkas-cadangan-sandi-galat').waitFor()
      expect(await pelanggaranBerat(p), 'Cadangan, sandi salah').toEqual([])
      await p.locator('.tabel-cadangan tbody tr').first().getByRole('button', { name: /^Pulihkan cadangan/ }).click()
      await p.getByRole('alertdialog').waitFor()
      expect(await pelanggaranBerat(p), 'dialog pemulihan').toEqual([])
      await p.getByRole('alertdialog').getByRole('button', { name: 'Batal' }).click()
    } finally {
      await k.close()
    }
  })

  it('[G2] basis data rusak: layar galat berbahasa Indonesia menawarkan cadangan terakhir; pemulihan membuka Beranda dengan 193 desa', async () => {
    await host.tutup()
    const berkasDb = path.join(layar.folder, 'binmas.sqlite')
    fs.writeFileSync(berkasDb, crypto.randomBytes(64 * 1024))
    for (const akhiran of ['-wal', '-shm']) fs.rmSync(berkasDb + akhiran, { force: true })
    // The restarted host replaces the first in `layar`, so teardown closes it.
    host = layar.host = await mulaiHostUji(layar.folder, HARI_INI)
    expect(host.app.galatDb?.kode).toBe('DB_RUSAK')
    expect(host.app.bdTerbuka).toBeNull()

    // Accessibility first, in a context that may inject axe.
    const k = await peramban.newContext({ ...KONTEKS, bypassCSP: true })
    try {
      const p = await k.newPage()
      await p.goto(host.url)
      await p.getByRole('button', { name: 'Pulihkan dari cadangan terakhir' }).waitFor()
      expect(await pelanggaranBerat(p), 'layar basis data rusak').toEqual([])
      await p.getByText(/^Pilih cadangan lain/).click()
      await p.locator('.tabel-cadangan').waitFor()
      await p.getByText('Pulihkan dari berkas cadangan (flash disk, surel)').click()
      await p.getByText('Belum ada berkas dipilih').waitFor()
      expect(await pelanggaranBerat(p), 'layar basis data rusak, daftar dan unggah dibuka').toEqual([])
      await p.screenshot({ path: berkasTangkapan('g2-db-rusak-pilihan.png'), fullPage: true })
    } finally {
      await k.close()
    }

    await page.goto(host.url)
    const judul = page.getByRole('heading', { level: 1 })
    await judul.waitFor()
    expect(await judul.textContent()).toBe('Basis data tidak dapat dibuka')
    expect(await page.getByRole('alert').textContent()).toContain('rusak atau bukan basis data Binmas Desk')
    const tombol = page.getByRole('button', { name: 'Pulihkan dari cadangan terakhir' })
    await tombol.waitFor()
    const terakhir = (await api('cadangan:daftar', {})).cadangan[0]!
    const teksTerakhir = (await page.locator('.pemulihan-darurat > p').first().textContent())!
    // Backups carry the real clock time (hariIni only fixes the calendar day).
    expect(teksTerakhir.replace('Cadangan terakhir: ', '')).toMatch(WAKTU)
    expect(teksTerakhir).toMatch(/ WITA \(Sebelum pemulihan, \d+(,\d)? (KB|MB)\)\. /)
    expect(terakhir.alasan).toBe('pulih')
    await page.screenshot({ path: berkasTangkapan('g2-db-rusak.png') })

    await tombol.click()
    await dialog().waitFor()
    expect(await dialog().textContent()).toContain('Berkas yang rusak tidak dihapus')
    await dialog().getByRole('button', { name: 'Pulihkan', exact: true }).click()
    await dialog().getByRole('heading', { name: 'Pemulihan selesai' }).waitFor()
    await dialog().getByRole('button', { name: 'Buka Beranda' }).click()
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    expect(await page.locator('.bilah-atas-satker').textContent()).toBe('POLRES TIMOR TENGAH UTARA')
    expect(host.app.galatDb).toBeNull()
    expect(db().prepare('SELECT count(*) n FROM desa').get()).toEqual({ n: 193 })
    // The backup taken just before the first restore held the later value.
    expect(penduduk()).toBe(2222)
    // The corrupt file is kept aside, never deleted.
    expect(fs.readdirSync(path.join(layar.folder, 'cadangan')).some((n) => /^rusak-\d{8}-\d{6}\.sqlite$/.test(n))).toBe(true)
  })
})
