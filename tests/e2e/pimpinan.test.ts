import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { PESAN_DATA_POLRES } from '../../shared/kanal-polda'
import { aplikasiUji } from '../helpers/aplikasi'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { LAYAR, pastikanRendererDibangun } from '../helpers/layar-demo'
import { klienApi, masukPertama } from '../helpers/masuk'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'
import { isiSeptember, SETUP_POLDA_NTT, setupPolres } from '../helpers/polda'

/**
 * A Pimpinan (read-only role) through the real login path in Debian's
 * Chromium, on the demo Polres Timor Tengah Utara: every screen that changes
 * data shows the reason instead of its edit controls, and the weekly grid
 * ignores typing, Delete and paste. The host runs WITHOUT the code-only test
 * session; the Admin and the Pimpinan account are made through the API like
 * the Pengguna screen does, and what the Pimpinan tried is read back through
 * the API as the Admin and with SQL. Contexts bypass the CSP only so axe can
 * be injected.
 */

const HARI_INI = '2024-10-20'
const ADMIN = { namaPengguna: 'yohanes.bana', namaLengkap: 'AKP YOHANES BANA, S.H.', kataSandi: 'Kopi pagi di Kefamenanu' }
const PIMPINAN = { nama: 'kapolres', lengkap: 'AKBP ARIFIN NOTO', sandi: 'Pimpinan membaca saja 7', baru: 'Laporan Anev tiap bulan 8' }
const ALASAN = 'Peran Pimpinan hanya dapat melihat data.'

type BarisMingguan = { desaKode: string; nilai: Record<string, number | string | null>; diubahPada: string | null }

describe('Pimpinan hanya membaca: kontrol ubah tidak ditawarkan', () => {
  const tmp = folderSementara('binmas-e2e-pimpinan-')
  let host: HostWeb
  let peramban: Browser
  let konteks: BrowserContext
  let page: Page
  let admin: ReturnType<typeof klienApi>
  const db = () => host.app.bdTerbuka!.sqlite
  const tombol = (nama: string | RegExp) => page.getByRole('button', { name: nama })
  const pemberitahuan = () => page.locator('[data-uji="hanya-baca-peran"]')

  async function buka(rute: string, judul: string): Promise<void> {
    await page.goto(`${host.url.split('?')[0]}#/${rute}`)
    await page.getByRole('heading', { level: 1, name: judul }).waitFor()
  }

  /** The notice says why, and axe finds nothing serious on the read-only screen. */
  async function periksaPemberitahuanDanAxe(tangkapan: string): Promise<void> {
    await pemberitahuan().first().waitFor()
    expect(await pemberitahuan().first().textContent()).toContain(ALASAN)
    await page.screenshot({ path: berkasTangkapan(tangkapan) })
    expect(JSON.stringify(await pelanggaranBerat(page))).toBe('[]')
  }

  beforeAll(async () => {
    pastikanRendererDibangun()
    host = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI })
    admin = klienApi(host)
    await admin('contoh:muat')
    await admin('pengguna:admin-pertama', ADMIN)
    await admin('pengguna:tambah', { namaPengguna: PIMPINAN.nama, namaLengkap: PIMPINAN.lengkap, kataSandi: PIMPINAN.sandi, peran: 'pimpinan' })
    peramban = await bukaPeramban()
    konteks = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID', bypassCSP: true })
    await konteks.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${host.port}` })
    page = await konteks.newPage()
    // First login: the password the Admin gave is replaced before anything else.
    await page.goto(host.url)
    await masukPertama(page, PIMPINAN)
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    await page.locator('.menu-akun', { hasText: 'Pimpinan (hanya baca)' }).waitFor()
  })

  afterAll(async () => {
    await peramban?.close()
    await host?.tutup()
    tmp.hapus()
  })

  it('[G3] Data Desa: tanpa Tambah Desa / Ganti Kode Desa, baris tidak membuka dialog ubah, pemberitahuan alasan tampil', async () => {
    await buka('desa', 'Data Desa')
    const baris = page.locator('tbody tr[data-kode]')
    await baris.first().waitFor()
    await periksaPemberitahuanDanAxe('g3-pimpinan-data-desa.png')
    expect(await tombol('Tambah Desa').count()).toBe(0)
    expect(await tombol('Ganti Kode Desa').count()).toBe(0)
    // Neither a click nor Enter opens the edit dialog.
    await baris.nth(1).click()
    await page.keyboard.press('Enter')
    await page.waitForTimeout(300)
    expect(await page.getByRole('dialog').count()).toBe(0)
  })

  it('[G3] Personel: tanpa Tambah Personel, baris tidak membuka dialog, panel desa tanpa Bhabin tanpa ajakan "Tetapkan"', async () => {
    await buka('personel', 'Personel')
    const baris = page.locator('tbody tr[data-nrp]')
    await baris.first().waitFor()
    await periksaPemberitahuanDanAxe('g3-pimpinan-personel.png')
    expect(await tombol('Tambah Personel').count()).toBe(0)
    await baris.first().click()
    await page.keyboard.press('Enter')
    await page.waitForTimeout(300)
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect(await page.locator('.panel-tanpa').textContent()).not.toContain('Tetapkan')
  })

  it('[G3] Kejadian: tanpa Tambah / Hapus terpilih dan tanpa kotak centang; Spasi tidak menandai; baris tidak membuka formulir', async () => {
    const nKejadian = (db().prepare('SELECT count(*) n FROM kejadian').get() as { n: number }).n
    expect(nKejadian).toBeGreaterThan(0)
    await buka('kejadian', 'Kejadian & Deteksi Dini')
    const baris = page.locator('tbody tr[data-id]')
    await baris.first().waitFor()
    await periksaPemberitahuanDanAxe('g3-pimpinan-kejadian.png')
    expect(await tombol('Tambah Kejadian').count()).toBe(0)
    expect(await tombol(/^Hapus terpilih/).count()).toBe(0)
    expect(await page.locator('.tabel-kejadian input[type="checkbox"]').count()).toBe(0)
    await baris.first().focus()
    await page.keyboard.press(' ')
    await page.keyboard.press('Enter')
    await baris.first().click()
    await page.waitForTimeout(300)
    expect(await page.getByRole('dialog').count()).toBe(0)
    expect((db().prepare('SELECT count(*) n FROM kejadian').get() as { n: number }).n).toBe(nKejadian)
  })

  it('[G3] Input Mingguan: grid hanya baca — mengetik, Delete, dan tempel tidak mengubah apa pun (dibaca ulang lewat API sebagai Admin)', async () => {
    const sebelum = await admin<{ baris: BarisMingguan[] }>('mingguan:ambil', { tahun: 2024, minggu: 41 })
    const auditSebelum = db().prepare("SELECT count(*) n FROM audit WHERE tabel = 'laporan_mingguan'").get()
    await buka('mingguan', 'Input Mingguan')
    const grid = page.getByRole('grid')
    await grid.waitFor()
    expect(await page.locator('.periode-terpilih').textContent()).toBe('Minggu ke-41 · 7–13 Oktober 2024')
    await periksaPemberitahuanDanAxe('g3-pimpinan-input-mingguan.png')
    expect(await grid.getAttribute('aria-readonly')).toBe('true')
    expect(await page.locator('.indikator-simpan .simpan-utama').textContent()).toBe('Hanya baca')
    // The template and import actions are not offered to a Pimpinan.
    expect(await page.getByRole('group', { name: 'Templat dan impor' }).count()).toBe(0)
    expect(await tombol(/Urungkan/).isDisabled()).toBe(true)

    const pertama = sebelum.baris[0]!
    const sel = page.locator(`.baris-grid[data-kode="${pertama.desaKode}"] [data-kolom="kk_dikunjungi"] .nilai-sel`)
    const tampilAwal = await sel.textContent()
    await grid.focus()
    await page.keyboard.type('7')
    await page.keyboard.press('Enter')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('F2')
    await page.keyboard.type('9')
    await page.keyboard.press('Enter')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Delete')
    await page.evaluate(() => navigator.clipboard.writeText('5\t6\n7\t8'))
    await page.keyboard.press('Control+V')
    expect(await page.locator('.editor-sel, .grid-mingguan input').count()).toBe(0)
    expect(await sel.textContent()).toBe(tampilAwal)
    // Well past the save debounce (250 ms): nothing was sent, nothing kept as a draft.
    await page.waitForTimeout(1500)
    const sesudah = await admin<{ baris: BarisMingguan[] }>('mingguan:ambil', { tahun: 2024, minggu: 41 })
    expect(sesudah.baris).toEqual(sebelum.baris)
    expect(db().prepare("SELECT count(*) n FROM audit WHERE tabel = 'laporan_mingguan'").get()).toEqual(auditSebelum)
    expect(await page.evaluate(() => localStorage.getItem('binmas:mingguan:draf:2024-41'))).toBeNull()
  })

  it('[G3] Pengaturan: tanpa tombol Kunci / Buka kunci; status bulan dan Riwayat tetap dapat dibaca', async () => {
    await buka('pengaturan', 'Pengaturan')
    await page.locator('.tabel-periode tbody tr').first().waitFor()
    await periksaPemberitahuanDanAxe('g3-pimpinan-pengaturan.png')
    // Only the account menu's "Kunci Layar" may start with "Kunci".
    const periode = page.locator('.tabel-periode')
    expect(await periode.getByRole('button', { name: /^Kunci / }).count()).toBe(0)
    expect(await periode.getByRole('button', { name: /^Buka kunci / }).count()).toBe(0)
    expect(await periode.getByRole('button', { name: /^Riwayat Perubahan / }).count()).toBeGreaterThan(0)
    expect(db().prepare('SELECT count(*) n FROM kunci_periode').get()).toEqual({ n: 0 })
  })

  it('[G3] Cadangan, Metodologi, Pertukaran Data, Laporan Anev: yang ditolak kontrak untuk Pimpinan tidak ditawarkan', async () => {
    await buka('cadangan', 'Cadangan')
    await periksaPemberitahuanDanAxe('g3-pimpinan-cadangan.png')
    expect(await tombol(/Pulihkan/).count()).toBe(0)
    expect(await tombol(/Buat & Unduh/).count()).toBe(0)

    await buka('metodologi', 'Metodologi IKDK')
    await page.locator('#judul-skema-ikdk').click()
    await periksaPemberitahuanDanAxe('g3-pimpinan-metodologi.png')
    expect(await tombol('Tetapkan').count()).toBe(0)
    expect(await page.locator('#berkas-skema').count()).toBe(0)

    await buka('pertukaran', 'Pertukaran Data')
    await periksaPemberitahuanDanAxe('g3-pimpinan-pertukaran.png')
    expect(await page.locator('input[type="file"]').count()).toBe(0)
    expect(await page.locator('.tata-pertukaran form, .tata-pertukaran button[type="submit"]').count()).toBe(0)

    await buka('anev', 'Laporan Anev')
    await page.getByRole('button', { name: 'Unduh Lampiran (xlsx)' }).waitFor({ timeout: 30_000 })
    await periksaPemberitahuanDanAxe('g3-pimpinan-anev.png')
    expect(await tombol('Cetak PDF').count()).toBe(0)
    expect(await page.locator('.kolom-isian-anev textarea').count()).toBe(0)
  })
})

describe('Mode Polda: register kejadian dan panel desa tanpa Bhabin juga hanya baca', () => {
  const tmp = folderSementara('binmas-e2e-pimpinan-polda-')
  let polda: HostWeb
  let peramban: Browser
  let page: Page

  beforeAll(async () => {
    pastikanRendererDibangun()
    polda = await mulaiHost({ folderData: tmp.folder, hariIni: '2024-10-07', sesiUji: { pengguna: 'admin', peran: 'admin' } })
    const api = klienApi(polda)
    await api('setup:simpan', SETUP_POLDA_NTT)
    // One Polres file of September 2024 with 2 × 4 open hoaks incidents (tests/helpers/polda.ts).
    const u = aplikasiUji({ hariIni: '2024-10-02' })
    await u.panggil('setup:simpan', await setupPolres('53.03', 'POLRES TIMOR TENGAH UTARA'))
    isiSeptember(u.app.bd.sqlite, { sangatRawan: 2 })
    const e = await u.panggil('pertukaran:ekspor', { bulanAwal: '2024-09', bulanAkhir: '2024-09' })
    await u.tutup()
    await api('polda:impor-banyak', { berkas: [{ namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 }] })
    peramban = await bukaPeramban()
    page = await (await peramban.newContext({ viewport: LAYAR, locale: 'id-ID', bypassCSP: true })).newPage()
  })

  afterAll(async () => {
    await peramban?.close()
    await polda?.tutup()
    tmp.hapus()
  })

  it('[G3] Mode Polda (Admin): tanpa kotak centang di register Kejadian, Spasi tidak menandai; Personel tanpa ajakan "Tetapkan lewat personel"', async () => {
    await page.goto(`${polda.url}#/kejadian`)
    await page.getByRole('heading', { level: 1, name: 'Kejadian & Deteksi Dini' }).waitFor()
    const baris = page.locator('tbody tr[data-id]')
    await baris.first().waitFor()
    expect(await baris.count()).toBe(8)
    expect(await page.locator('[data-uji="hanya-baca-polda"]').textContent()).toContain(PESAN_DATA_POLRES)
    expect(await page.locator('.tabel-kejadian input[type="checkbox"]').count()).toBe(0)
    expect(await page.locator('.tabel-kejadian thead th').count()).toBe(7)
    await baris.first().focus()
    await page.keyboard.press(' ')
    expect(await page.getByRole('button', { name: /Hapus terpilih/ }).count()).toBe(0)
    await page.screenshot({ path: berkasTangkapan('g3-polda-kejadian-tanpa-centang.png') })
    expect(JSON.stringify(await pelanggaranBerat(page))).toBe('[]')

    await page.goto(`${polda.url}#/personel`)
    await page.getByRole('heading', { level: 1, name: 'Personel' }).waitFor()
    await page.locator('.panel-tanpa').waitFor()
    expect(await page.locator('.panel-tanpa').textContent()).not.toContain('Tetapkan')
    expect(await page.locator('[data-uji="hanya-baca-polda"]').count()).toBe(1)
    await page.screenshot({ path: berkasTangkapan('g3-polda-personel-tanpa-tetapkan.png') })
    expect(JSON.stringify(await pelanggaranBerat(page))).toBe('[]')
  }, 60_000)
})
