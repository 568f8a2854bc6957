import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { LAYAR, pastikanRendererDibangun } from '../helpers/layar-demo'
import { klienApi, masuk, masukPertama } from '../helpers/masuk'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'

/**
 * "Riwayat Perubahan" of one desa's weekly report, opened from the Input
 * Mingguan grid, in Debian's Chromium through the web host on the demo Polres
 * Timor Tengah Utara (zone WITA), "today" 2024-10-20: Minggu ke-42 is the
 * running week and still empty. The host runs WITHOUT the code-only test
 * session: an Admin account with a full name is made through the API and logs
 * in through the real form, so the trail names a real person. Every expected
 * line below is written out by hand from what the test typed.
 */

const HARI_INI = '2024-10-20'
const ADMIN = { namaPengguna: 'maria.seran', namaLengkap: 'BRIPKA MARIA SERAN', kataSandi: 'Sambang desa tiap Senin 5' }
const PIMPINAN = { nama: 'wakapolres', lengkap: 'KOMPOL DANIEL TALAN', sandi: 'Pimpinan membaca saja 7', baru: 'Laporan mingguan dibaca 8' }
/** How the trail names the Admin: full name, then the user name. */
const NAMA_ADMIN = 'BRIPKA MARIA SERAN (maria.seran)'
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']
const JUDUL_M42 = 'Minggu ke-42 · 14–20 Oktober 2024'
const JUDUL_M41 = 'Minggu ke-41 · 7–13 Oktober 2024'
/** Typed one week earlier for the first desa: must never show in its trail of Minggu ke-42. */
const CATATAN_M41 = 'Koreksi laporan minggu ke-41'

type Kolom = 'kk_dikunjungi' | 'penyuluhan' | 'masalah_ditangani' | 'ronda_malam'

/** "23 November 2026 09.05 WITA" for a moment, by hand: WITA is UTC+8 all year. */
function teksWaktuWita(ms: number): string {
  const d = new Date(ms + 8 * 3600_000)
  const dua = (n: number) => String(n).padStart(2, '0')
  return `${d.getUTCDate()} ${BULAN[d.getUTCMonth()]} ${d.getUTCFullYear()} ${dua(d.getUTCHours())}.${dua(d.getUTCMinutes())} WITA`
}

/** Every minute label between two moments (a save lies between them). */
function menitAntara(awal: number, akhir: number): Set<string> {
  const s = new Set<string>()
  for (let t = awal - 60_000; t <= akhir + 60_000; t += 30_000) s.add(teksWaktuWita(t))
  return s
}

describe('Riwayat Perubahan laporan mingguan satu desa, dibuka dari grid Input Mingguan', () => {
  const tmp = folderSementara('binmas-e2e-riwayat-mingguan-')
  let host: HostWeb
  let peramban: Browser
  let konteks: BrowserContext
  let page: Page
  let admin: ReturnType<typeof klienApi>
  let desa: { kode: string; nama: string }[] = []
  let mulai = 0
  /** The first desa's note in Minggu ke-41 before the test wrote one (demo data), read with SQL. */
  let m41Sebelum: { catatan: string | null } | undefined

  const db = () => host.app.bdTerbuka!.sqlite
  const sel = (kode: string, kolom: Kolom) => page.locator(`.baris-grid[data-kode="${kode}"] [data-kolom="${kolom}"]`)
  const grid = () => page.getByRole('grid')
  const dialog = () => page.locator('dialog.dialog-riwayat-mingguan')
  const judulDialog = () => dialog().locator('h2')
  /** The trail as the user reads it: [time, user cell, change lines] per row, top to bottom. */
  const barisRiwayat = () =>
    dialog()
      .locator('.tabel-riwayat tbody tr')
      .evaluateAll((rs) =>
        rs.map((r) => {
          const td = r.querySelectorAll('td')
          return { waktu: td[0]!.textContent ?? '', pengguna: td[1]!.textContent ?? '', perubahan: [...td[2]!.querySelectorAll('li')].map((li) => li.textContent ?? '') }
        }),
      )
  const nilaiDb = (kode: string, kolom: Kolom, minggu = 42) =>
    (db().prepare(`SELECT ${kolom} v FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = ?`).get(kode, minggu) as { v: number | null } | undefined)?.v ?? null

  /** Types (or clears, for '') one cell like a user, then waits until that cell says "Tersimpan". */
  async function isi(kode: string, kolom: Kolom, teks: string, lalu: 'Enter' | 'Tab' = 'Enter', tunggu = true) {
    await sel(kode, kolom).click()
    if (teks === '') await page.keyboard.press('Delete')
    else {
      await page.keyboard.type(teks)
      await page.keyboard.press(lalu)
    }
    if (!tunggu) return
    await expect.poll(() => sel(kode, kolom).getAttribute('data-status'), { timeout: 15_000 }).toBe('tersimpan')
    await expect.poll(() => page.locator('.indikator-simpan .simpan-utama').textContent(), { timeout: 15_000 }).toBe('Tersimpan')
  }

  beforeAll(async () => {
    pastikanRendererDibangun()
    host = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI })
    admin = klienApi(host)
    await admin('contoh:muat')
    await admin('pengguna:admin-pertama', ADMIN)
    await admin('pengguna:tambah', { namaPengguna: PIMPINAN.nama, namaLengkap: PIMPINAN.lengkap, kataSandi: PIMPINAN.sandi, peran: 'pimpinan' })
    // The grid's order: Polsek name, then desa code; the first two rows are the desa typed into.
    desa = db()
      .prepare(
        `SELECT d.kode, d.nama FROM desa d JOIN kecamatan k ON k.kode = d.kecamatan_kode
         LEFT JOIN polsek p ON p.id = k.polsek_id WHERE d.aktif = 1 ORDER BY p.nama, d.kode LIMIT 2`,
      )
      .all() as typeof desa
    // Minggu ke-42 is empty in the demo: every entry of its trail comes from this test.
    expect(db().prepare('SELECT COUNT(*) n FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 42').get()).toEqual({ n: 0 })
    // The first desa's report one week earlier gets a note: it belongs to another week's trail.
    m41Sebelum = db().prepare('SELECT catatan FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 41').get(desa[0]!.kode) as typeof m41Sebelum
    await admin('mingguan:simpan', { tahun: 2024, minggu: 41, sel: [{ desaKode: desa[0]!.kode, kolom: 'catatan', nilai: CATATAN_M41 }] })
    peramban = await bukaPeramban()
    // bypassCSP only so axe can be injected.
    konteks = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID', bypassCSP: true })
    page = await konteks.newPage()
  })

  afterAll(async () => {
    await peramban?.close()
    await host?.tutup()
    tmp.hapus()
  })

  it('[B5] Alt+R dari grid membuka riwayat desa baris aktif untuk minggu terpilih: terbaru di atas, nama pengguna, aksi, sebelum → sesudah', async () => {
    const [d1, d2] = desa as [{ kode: string; nama: string }, { kode: string; nama: string }]
    await page.goto(`${host.url}#/mingguan?tahun=2024&minggu=42`)
    await masuk(page, ADMIN.namaPengguna, ADMIN.kataSandi)
    await grid().waitFor()
    expect(await page.locator('.periode-terpilih').textContent()).toBe(JUDUL_M42)
    mulai = Date.now()

    // Another desa first: its entry must stay out of the first desa's trail.
    await isi(d2.kode, 'penyuluhan', '9')
    // The first desa: two cells, one changed again, one cleared — four separate saves.
    await isi(d1.kode, 'kk_dikunjungi', '1234', 'Tab')
    await isi(d1.kode, 'ronda_malam', '5', 'Tab')
    await isi(d1.kode, 'kk_dikunjungi', '1250', 'Tab')
    await isi(d1.kode, 'ronda_malam', '')
    expect([nilaiDb(d1.kode, 'kk_dikunjungi'), nilaiDb(d1.kode, 'ronda_malam'), nilaiDb(d2.kode, 'penyuluhan')]).toEqual([1250, null, 9])
    const selesai = Date.now()

    // Keyboard only: the grid has the focus on the cleared cell (row 1, column 7 = sel-0-6).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid')
    expect(await grid().getAttribute('aria-activedescendant')).toBe('sel-0-6')
    await page.keyboard.press('Alt+KeyR')
    await dialog().waitFor()
    expect(await judulDialog().textContent()).toBe(`Riwayat Perubahan — ${d1.nama}, ${JUDUL_M42}`)
    await expect.poll(async () => (await barisRiwayat()).length, { timeout: 10_000 }).toBe(4)
    const baris = await barisRiwayat()
    // Newest first; "Diubah" rows carry no extra word, the first save of the week added the report.
    expect(baris.map((b) => [b.pengguna, b.perubahan])).toEqual([
      [NAMA_ADMIN, ['Ronda malam (malam): 5 → kosong']],
      [NAMA_ADMIN, ['Sambang/DDS (KK): 1.234 → 1.250']],
      [NAMA_ADMIN, ['Ronda malam (malam): kosong → 5']],
      [`${NAMA_ADMIN} · Ditambah`, ['Sambang/DDS (KK): 1.234']],
    ])
    // Times in the satker's zone, each within the minutes the saves happened.
    const menit = menitAntara(mulai, selesai)
    for (const b of baris) expect(menit.has(b.waktu), `waktu ${b.waktu}`).toBe(true)
    // Not the other desa's entry, not the other week's note.
    const teks = (await dialog().textContent()) ?? ''
    expect(teks).not.toContain('Penyuluhan')
    expect(teks).not.toContain(CATATAN_M41)
    // Read-only: nothing in it can change data.
    expect(await dialog().locator('input, select, textarea, button[type="submit"]').count()).toBe(0)

    // Esc closes it; the focus is back on the grid, on the same cell.
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid')
    expect(await grid().getAttribute('aria-activedescendant')).toBe('sel-0-6')
  })

  it('[B5] riwayat tetap terkini: isian yang baru diketik muncul saat dibuka lagi; tombol menyebut desa; axe bersih; 1366×768', async () => {
    const [d1] = desa as [{ kode: string; nama: string }]
    // Typed and Tab, then Alt+R at once, before the batched save went out: the trail
    // reloads when the save is confirmed (versi) and shows it on top.
    await isi(d1.kode, 'masalah_ditangani', '3', 'Tab', false)
    await page.keyboard.press('Alt+KeyR')
    await dialog().waitFor()
    await expect.poll(async () => (await barisRiwayat()).length, { timeout: 10_000 }).toBe(5)
    expect((await barisRiwayat())[0]).toMatchObject({ pengguna: NAMA_ADMIN, perubahan: ['Masalah ditangani: kosong → 3'] })
    expect(nilaiDb(d1.kode, 'masalah_ditangani')).toBe(3)
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
    // Tab moved one cell right: masalah selesai (column 4).
    expect(await grid().getAttribute('aria-activedescendant')).toBe('sel-0-3')

    // The button names the active row's desa and its shortcut.
    const tombol = page.getByRole('button', { name: `Riwayat Perubahan: ${d1.nama}` })
    expect(await tombol.getAttribute('aria-keyshortcuts')).toBe('Alt+R')
    expect(await tombol.getAttribute('title')).toContain('(Alt+R)')
    await page.screenshot({ path: berkasTangkapan('b5-tombol-riwayat-mingguan.png') })
    await tombol.click()
    await dialog().waitFor()
    await expect.poll(async () => (await barisRiwayat()).length, { timeout: 10_000 }).toBe(5)
    expect(await judulDialog().textContent()).toBe(`Riwayat Perubahan — ${d1.nama}, ${JUDUL_M42}`)
    // The close button has the focus; the dialog is modal and named by its heading.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tutup')
    expect(await page.getByRole('dialog', { name: `Riwayat Perubahan — ${d1.nama}, ${JUDUL_M42}` }).count()).toBe(1)
    await page.screenshot({ path: berkasTangkapan('b5-riwayat-mingguan.png') })
    expect(JSON.stringify(await pelanggaranBerat(page))).toBe('[]')
    // Closed with its button, the focus goes back to the button that opened it.
    await dialog().getByRole('button', { name: 'Tutup' }).click()
    await dialog().waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(`Riwayat Perubahan: ${d1.nama}`)
  })

  it('[B5] baris lain, minggu lain: riwayat selalu milik desa dan minggu yang dipilih', async () => {
    const [d1, d2] = desa as [{ kode: string; nama: string }, { kode: string; nama: string }]
    // Down one row: the button and the dialog follow the active row.
    await grid().focus()
    await page.keyboard.press('ArrowDown')
    expect(await grid().getAttribute('aria-activedescendant')).toBe('sel-1-3')
    await page.getByRole('button', { name: `Riwayat Perubahan: ${d2.nama}` }).waitFor()
    await page.keyboard.press('Alt+KeyR')
    await dialog().waitFor()
    expect(await judulDialog().textContent()).toBe(`Riwayat Perubahan — ${d2.nama}, ${JUDUL_M42}`)
    await expect.poll(async () => (await barisRiwayat()).length, { timeout: 10_000 }).toBe(1)
    expect((await barisRiwayat()).map((b) => [b.pengguna, b.perubahan])).toEqual([[`${NAMA_ADMIN} · Ditambah`, ['Penyuluhan: 9']]])
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })

    // One week earlier: the first desa's trail holds only that week's note.
    await page.locator('#pilih-minggu').selectOption('41')
    await expect.poll(() => page.locator('.periode-terpilih').textContent()).toBe(JUDUL_M41)
    await sel(d1.kode, 'kk_dikunjungi').click()
    await page.keyboard.press('Alt+KeyR')
    await dialog().waitFor()
    expect(await judulDialog().textContent()).toBe(`Riwayat Perubahan — ${d1.nama}, ${JUDUL_M41}`)
    await expect.poll(async () => (await barisRiwayat()).length, { timeout: 10_000 }).toBeGreaterThanOrEqual(1)
    // Newest entry: the note. A demo report that week makes it a change, none makes it an addition.
    const [b] = await barisRiwayat()
    if (m41Sebelum) expect(b).toMatchObject({ pengguna: NAMA_ADMIN, perubahan: [`Catatan: ${m41Sebelum.catatan ?? 'kosong'} → ${CATATAN_M41}`] })
    else expect(b).toMatchObject({ pengguna: `${NAMA_ADMIN} · Ditambah`, perubahan: [`Catatan: ${CATATAN_M41}`] })
    expect((await dialog().textContent()) ?? '').not.toContain('Sambang/DDS (KK)')
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })

    // The second desa was not touched in Minggu ke-41: an empty trail says so.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Alt+KeyR')
    await dialog().waitFor()
    expect(await judulDialog().textContent()).toBe(`Riwayat Perubahan — ${d2.nama}, ${JUDUL_M41}`)
    await dialog().getByText('Belum ada perubahan yang tercatat untuk desa ini pada minggu ini.').waitFor()
    expect(await dialog().locator('.tabel-riwayat').count()).toBe(0)
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
  })

  it('[B5] Pimpinan (hanya baca) juga membuka riwayat yang sama dengan Alt+R dari grid', async () => {
    const [d1] = desa as [{ kode: string; nama: string }]
    const k = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID' })
    const p = await k.newPage()
    await p.goto(`${host.url}#/mingguan?tahun=2024&minggu=42`)
    // First login: the password the Admin gave is replaced before anything else.
    await masukPertama(p, PIMPINAN)
    // Then the screen asked for in the address: the weekly grid, read-only.
    const g = p.getByRole('grid')
    await g.waitFor()
    expect(await g.getAttribute('aria-readonly')).toBe('true')
    await p.locator(`.baris-grid[data-kode="${d1.kode}"] [data-kolom="penyuluhan"]`).click()
    await p.keyboard.press('Alt+KeyR')
    const dlg = p.locator('dialog.dialog-riwayat-mingguan')
    await dlg.waitFor()
    expect(await dlg.locator('h2').textContent()).toBe(`Riwayat Perubahan — ${d1.nama}, ${JUDUL_M42}`)
    await expect.poll(() => dlg.locator('.tabel-riwayat tbody tr').count(), { timeout: 10_000 }).toBe(5)
    expect(await dlg.locator('.tabel-riwayat tbody tr').first().locator('li').allTextContents()).toEqual(['Masalah ditangani: kosong → 3'])
    await p.keyboard.press('Escape')
    await dlg.waitFor({ state: 'detached' })
    expect(await p.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid')
    await k.close()
  })
})
