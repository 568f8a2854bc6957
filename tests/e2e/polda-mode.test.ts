import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import type { Keluaran, Masukan, NamaKanal } from '../../shared/api'
import type { Hasil } from '../../shared/galat'
import { PESAN_DATA_POLRES } from '../../shared/kanal-polda'
import { aplikasiUji } from '../helpers/aplikasi'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'
import { isiSeptember, SETUP_POLDA_NTT, setupPolres } from '../helpers/polda'
import { pastikanRendererDibangun } from '../helpers/layar-demo'

/**
 * Mode Polda [F3] as the Ditbinmas analyst sees it in Chromium (1366×768,
 * keyboard): the Polda's Beranda after the September 2024 files of Polres
 * TTU (on time) and Belu (late) came in, the Polres data screens read-only,
 * and renaming a Polres plus the kiriman deadline in Pengaturan.
 */

const KONTEKS = { viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Makassar', bypassCSP: true }
const menu = (p: Page, nama: string) => p.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: nama, exact: true })

async function api<K extends NamaKanal>(host: HostWeb, kanal: K, masukan: Masukan<K>): Promise<Keluaran<K>> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/panggil/${kanal}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-binmas-token': host.token }, body: JSON.stringify(masukan) })
  const h = (await res.json()) as Hasil<Keluaran<K>>
  if (!h.ok) throw new Error(`${kanal} gagal: ${JSON.stringify(h.galat)}`)
  return h.data
}

describe('Mode Polda lewat antarmuka: Beranda, data Polres hanya baca, Daftar Polres', () => {
  const tmp = folderSementara('binmas-e2e-polda-mode-')
  let polda: HostWeb
  let peramban: Browser
  let page: Page

  beforeAll(async () => {
    pastikanRendererDibangun()
    polda = await mulaiHost({ folderData: tmp.folder, hariIni: '2024-10-07', sesiUji: { pengguna: 'admin', peran: 'admin' } })
    await api(polda, 'setup:simpan', SETUP_POLDA_NTT)
    // TTU: 1 Rawan + 2 Sangat Rawan desa; Belu: 2 + 2 (tests/helpers/polda.ts).
    const berkas = []
    for (const [kab, nama, rawan, sangatRawan] of [['53.03', 'POLRES TIMOR TENGAH UTARA', 1, 2], ['53.04', 'POLRES BELU', 2, 2]] as const) {
      const u = aplikasiUji({ hariIni: '2024-10-02' })
      await u.panggil('setup:simpan', await setupPolres(kab, nama))
      isiSeptember(u.app.bd.sqlite, { rawan, sangatRawan })
      const e = await u.panggil('pertukaran:ekspor', { bulanAwal: '2024-09', bulanAkhir: '2024-09' })
      berkas.push({ namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 })
      await u.tutup()
    }
    await api(polda, 'polda:impor-banyak', { berkas })
    // TTU received 3 Oct 10:00 WITA (on time, due 5 Oct), Belu 6 Oct 09:00 WITA (late).
    const s = polda.app.bdTerbuka!.sqlite
    for (const [kab, waktu] of [['53.03', '2024-10-03T02:00:00Z'], ['53.04', '2024-10-06T01:00:00Z']]) {
      s.prepare('UPDATE impor SET diimpor_pada = ? WHERE satker_kode = ?').run(waktu, kab)
      s.prepare('UPDATE periode_impor SET diimpor_pada = ? WHERE satker_kode = ?').run(waktu, kab)
    }
    peramban = await bukaPeramban()
    page = await (await peramban.newContext(KONTEKS)).newPage()
  }, 180_000)

  afterAll(async () => {
    await peramban?.close()
    await polda?.tutup()
    tmp.hapus()
  })

  it('[F3] Beranda Mode Polda: kiriman September, kategori IKDK provinsi, Polres paling rawan; tanpa ajakan Input Mingguan', async () => {
    await page.goto(polda.url)
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    await page.getByRole('heading', { name: 'Kiriman berkas September 2024' }).waitFor()
    const konten = page.locator('main')
    // 22 Polres; TTU on time, Belu late, the other 20 missing and past the 5 October deadline.
    expect((await konten.locator('[data-uji="kiriman-masuk"]').textContent())?.replace(/\s+/g, ' ')).toBe('2 dari 22 Polres mengirim')
    expect(await konten.locator('[data-uji="kiriman-rincian"]').textContent()).toBe('1 tepat waktu · 1 terlambat · 20 belum (20 lewat batas)')
    expect(await konten.textContent()).toContain('Batas 5 Oktober 2024')
    // Hand count (isiSeptember): Rawan 1 + 2, Sangat Rawan 2 + 2.
    expect(await konten.locator('.daftar-kategori-polda li[data-kategori="Rawan"] .jumlah-kategori').textContent()).toBe('3')
    expect(await konten.locator('.daftar-kategori-polda li[data-kategori="Sangat Rawan"] .jumlah-kategori').textContent()).toBe('4')
    const baris = await konten.locator('#tabel-polres-rawan tbody tr').evaluateAll((tr) => tr.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)))
    expect(baris.map((b) => b.slice(0, 3))).toEqual([
      ['POLRES BELU', '2', '2'],
      ['POLRES TIMOR TENGAH UTARA', '1', '2'],
    ])
    expect(await konten.textContent()).not.toMatch(/minggu ini|Input Mingguan/)
    expect(await konten.getByRole('link', { name: 'Buka Status Kiriman ›' }).count()).toBe(2)
    expect(await pelanggaranBerat(page), 'Beranda Polda').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f3-polda-beranda-mode.png') })
    // Keyboard: the card's link opens Status Kiriman.
    await konten.getByRole('link', { name: 'Buka Status Kiriman ›' }).first().focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Status Kiriman Polres' }).waitFor()
    await menu(page, 'Beranda').click()
    await konten.getByRole('link', { name: 'Semua Polres di Rekap Polda ›' }).click()
    await page.getByRole('heading', { level: 1, name: 'Rekap Polda' }).waitFor()
  }, 60_000)

  it('[F3] Kejadian, Data Desa, dan Personel hanya baca di Mode Polda dengan penjelasan', async () => {
    const s = polda.app.bdTerbuka!.sqlite
    const sebelum = s.prepare('SELECT count(*) n FROM audit').get()
    // axe is checked on all three screens, then asserted together at the end.
    const axe: Record<string, unknown[]> = {}
    await menu(page, 'Kejadian & Deteksi Dini').click()
    await page.getByRole('heading', { level: 1, name: 'Kejadian & Deteksi Dini' }).waitFor()
    const hanyaBaca = page.locator('[data-uji="hanya-baca-polda"]')
    await hanyaBaca.waitFor()
    expect(await hanyaBaca.textContent()).toContain(PESAN_DATA_POLRES)
    await page.locator('tbody tr[data-id]').first().waitFor()
    expect(await page.locator('tbody tr[data-id]').count()).toBe(16)
    expect(await page.getByRole('button', { name: 'Tambah Kejadian' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /Hapus terpilih/ }).count()).toBe(0)
    // Enter on a row opens no editing dialog.
    await page.locator('tbody tr[data-id]').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForTimeout(300)
    expect(await page.locator('dialog[open]').count()).toBe(0)
    await page.screenshot({ path: berkasTangkapan('f3-polda-kejadian-hanya-baca.png') })
    axe.kejadian = await pelanggaranBerat(page)

    await menu(page, 'Data Desa').click()
    await page.getByRole('heading', { level: 1, name: 'Data Desa' }).waitFor()
    await hanyaBaca.waitFor()
    expect(await hanyaBaca.textContent()).toContain(PESAN_DATA_POLRES)
    await page.locator('tbody tr[data-kode]').first().waitFor()
    expect(await page.getByRole('button', { name: 'Tambah Desa' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Ganti Kode Desa' }).count()).toBe(0)
    await page.locator('tbody tr[data-kode]').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForTimeout(300)
    expect(await page.locator('dialog[open]').count()).toBe(0)
    await page.screenshot({ path: berkasTangkapan('f3-polda-data-desa-hanya-baca.png') })
    axe.dataDesa = await pelanggaranBerat(page)

    await menu(page, 'Personel').click()
    await page.getByRole('heading', { level: 1, name: 'Personel' }).waitFor()
    await hanyaBaca.waitFor()
    expect(await page.getByRole('button', { name: 'Tambah Personel' }).count()).toBe(0)
    await page.screenshot({ path: berkasTangkapan('f3-polda-personel-hanya-baca.png') })
    axe.personel = await pelanggaranBerat(page)
    expect(s.prepare('SELECT count(*) n FROM audit').get()).toEqual(sebelum)
    expect(axe).toEqual({ kejadian: [], dataDesa: [], personel: [] })
  }, 60_000)

  it('[F3] Pengaturan Mode Polda: Daftar Polres, ganti nama POLRESTA KUPANG dengan papan ketik (diaudit), dan batas kiriman', async () => {
    const s = polda.app.bdTerbuka!.sqlite
    await menu(page, 'Pengaturan').click()
    await page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor()
    await page.getByRole('heading', { name: 'Daftar Polres' }).waitFor()
    await page.locator('#tabel-daftar-polres tbody tr').first().waitFor()
    expect(await page.locator('#tabel-daftar-polres tbody tr').count()).toBe(22)
    expect(await page.locator('#tabel-daftar-polres tr[data-kode="53.71"] th').textContent()).toBe('POLRESTA KUPANG')
    expect(await page.getByLabel('Batas kiriman berkas bulanan').inputValue()).toBe('5')
    expect(await pelanggaranBerat(page), 'Pengaturan Mode Polda').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f3-polda-pengaturan-daftar-polres.png') })

    // Keyboard only: open the rename dialog, type, Enter.
    await page.getByRole('button', { name: 'Ubah nama POLRESTA KUPANG' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Ubah nama POLRESTA KUPANG' }).waitFor()
    const nama = page.getByLabel('Nama Polres', { exact: true })
    expect(await nama.evaluate((e) => e === document.activeElement)).toBe(true)
    // A name already used is refused under the field, nothing saved.
    await page.keyboard.press('Control+A')
    await page.keyboard.type('polres belu')
    await page.keyboard.press('Enter')
    await page.locator('#f-nama-galat').waitFor()
    expect(await page.locator('#f-nama-galat').textContent()).toBe('Nama "POLRES BELU" sudah dipakai Polres 53.04')
    expect(await pelanggaranBerat(page), 'Dialog ubah nama Polres').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f3-polda-ubah-nama-galat.png') })
    await nama.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('polresta kupang kota')
    expect(await nama.inputValue()).toBe('POLRESTA KUPANG KOTA')
    await page.keyboard.press('Enter')
    await page.getByText('POLRESTA KUPANG (53.71) kini bernama POLRESTA KUPANG KOTA; tercatat di Riwayat Perubahan.').waitFor()
    await expect.poll(() => page.locator('#tabel-daftar-polres tr[data-kode="53.71"] th').textContent()).toBe('POLRESTA KUPANG KOTA')
    expect(s.prepare("SELECT nama FROM polres WHERE kode = '53.71'").get()).toEqual({ nama: 'POLRESTA KUPANG KOTA' })
    const audit = s.prepare("SELECT sebelum, sesudah FROM audit WHERE tabel = 'polres' AND kunci = '53.71'").all() as { sebelum: string; sesudah: string }[]
    expect(audit.map((a) => [JSON.parse(a.sebelum).nama, JSON.parse(a.sesudah).nama])).toEqual([['POLRESTA KUPANG', 'POLRESTA KUPANG KOTA']])
    // The dialog shows the trail when opened again.
    await page.getByRole('button', { name: 'Ubah nama POLRESTA KUPANG KOTA' }).click()
    await page.locator('dialog[open] .tabel-riwayat tbody tr').first().waitFor()
    expect(await page.locator('dialog[open] .tabel-riwayat').textContent()).toContain('POLRESTA KUPANG')
    await page.screenshot({ path: berkasTangkapan('f3-polda-ubah-nama-riwayat.png') })
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0)

    // The kiriman deadline, set here, is the one Status Kiriman uses.
    const batas = page.getByLabel('Batas kiriman berkas bulanan')
    await batas.fill('31')
    await batas.press('Enter')
    await page.locator('#f-polda-batas-hari-galat').waitFor()
    expect(await page.locator('#f-polda-batas-hari-galat').textContent()).toBe('Hari batas paling lambat tanggal 28')
    await batas.fill('7')
    await batas.press('Enter')
    await page.getByText('Batas kiriman menjadi tanggal 7 bulan berikutnya').waitFor()
    expect(s.prepare("SELECT nilai FROM pengaturan WHERE kunci = 'polda_batas_kirim_hari'").get()).toEqual({ nilai: '7' })
    await page.screenshot({ path: berkasTangkapan('f3-polda-pengaturan-batas.png') })
    // Belu's 6 October receipt is now on time, and on 7 October the 7 October deadline has not passed yet.
    await menu(page, 'Beranda').click()
    await page.getByRole('heading', { name: 'Kiriman berkas September 2024' }).waitFor()
    expect(await page.locator('[data-uji="kiriman-rincian"]').textContent()).toBe('2 tepat waktu · 0 terlambat · 20 belum')
  }, 60_000)
})
