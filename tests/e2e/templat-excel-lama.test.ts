import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { SESI_UJI } from '../helpers/layar-demo'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'

/**
 * [F4] [F8] Input Mingguan's template and old-workbook actions in Debian's
 * Chromium through the web test host, at 1366×768, driven with the keyboard
 * where a user would: download a Polsek template, fill it (SheetJS), import
 * it; import an old recap step by step. Stored rows are checked with SQL.
 */

const HARI_INI = '2024-09-25'
const KONTEKS = { viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Makassar', bypassCSP: true, acceptDownloads: true }

async function panggilApi<T>(host: HostWeb, kanal: string, masukan: unknown): Promise<T> {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/panggil/${kanal}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-binmas-token': host.token }, body: JSON.stringify(masukan) })
  const h = (await res.json()) as { ok: boolean; data: T; galat?: unknown }
  if (!h.ok) throw new Error(`${kanal} gagal: ${JSON.stringify(h.galat)}`)
  return h.data
}

describe('Templat Polsek dan Impor dari Excel lama lewat antarmuka', () => {
  const tmp = folderSementara('binmas-e2e-templat-')
  const unduhan = folderSementara('binmas-e2e-templat-unduh-')
  let host: HostWeb
  let peramban: Browser
  let page: Page
  let polsek: { id: number; nama: string }
  let desa: { kode: string; nama: string; kecamatan: string }[] = []
  const sql = (q: string, ...p: unknown[]) => host.app.bdTerbuka!.sqlite.prepare(q).all(...p) as Record<string, unknown>[]
  /** Keyboard: focus by Tab order is long; the button is focused, then activated with Enter like a keyboard user. */
  const tekan = async (nama: string) => {
    const b = page.getByRole('button', { name: nama, exact: true })
    await b.focus()
    await page.keyboard.press('Enter')
  }

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve('out', 'renderer', 'index.html'))) throw new Error('Renderer belum dibangun: jalankan `npx electron-vite build` dahulu.')
    // A fixed Admin session (test hosts only): the login itself is tested in tests/e2e/masuk.test.ts.
    host = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI, sesiUji: SESI_UJI })
    await panggilApi(host, 'contoh:muat', {})
    polsek = sql('SELECT p.id, p.nama FROM polsek p JOIN kecamatan k ON k.polsek_id = p.id GROUP BY p.id ORDER BY p.nama LIMIT 1')[0] as typeof polsek
    desa = sql('SELECT d.kode, d.nama, k.nama kecamatan FROM desa d JOIN kecamatan k ON k.kode = d.kecamatan_kode WHERE k.polsek_id = ? AND d.aktif = 1 ORDER BY d.kode', polsek.id) as typeof desa
    // Week 39 of the demo is empty for these desa: the imports below start from nothing.
    host.app.bdTerbuka!.sqlite.prepare('DELETE FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 39').run()
    peramban = await bukaPeramban()
    page = await (await peramban.newContext(KONTEKS)).newPage()
    await page.goto(`${host.url}#/mingguan?tahun=2024&minggu=39`)
    await page.getByRole('heading', { level: 1, name: 'Input Mingguan' }).waitFor()
  }, 120_000)

  afterAll(async () => {
    await peramban?.close()
    await host?.tutup()
    tmp.hapus()
    unduhan.hapus()
  })

  let templat = ''

  it('[F4] "Unduh templat Polsek": pilih Polsek dan minggu dengan papan ketik, berkas berbahasa Indonesia terunduh', async () => {
    await page.locator('#pilih-minggu').selectOption('39')
    expect(await page.getByRole('group', { name: 'Templat dan impor' }).getByRole('button').allTextContents()).toEqual(['Unduh templat Polsek', 'Impor templat Polsek', 'Impor dari Excel lama'])
    expect(await pelanggaranBerat(page), 'Input Mingguan dengan tombol templat').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f4-input-mingguan-tombol.png') })
    await tekan('Unduh templat Polsek')
    const dialog = page.getByRole('dialog', { name: 'Unduh templat Polsek' })
    await dialog.waitFor()
    await dialog.getByLabel('Polsek').selectOption(String(polsek.id))
    expect(await dialog.getByLabel('Minggu').inputValue()).toBe('39')
    expect(await pelanggaranBerat(page), 'dialog unduh templat').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f4-unduh-templat.png') })
    const [unduh] = await Promise.all([page.waitForEvent('download'), tekan('Unduh templat')])
    const nama = `Templat_InputMingguan_${polsek.nama.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_2024-W39.xlsx`
    expect(unduh.suggestedFilename()).toBe(nama)
    templat = path.join(unduhan.folder, nama)
    await unduh.saveAs(templat)
    await dialog.getByText('1 templat dibuat').waitFor()
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
  }, 60_000)

  it('[F4] "Impor templat Polsek": templat terisi → pratinjau dengan kesalahan baris → perbaiki → Terapkan; grid memuat nilainya', async () => {
    expect(templat).not.toBe('')
    const wb = XLSX.read(fs.readFileSync(templat), { type: 'buffer' })
    const ws = wb.Sheets['InputMingguan']!
    const kepala = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1 })[0] as string[]
    const sel = (baris: number, kolom: string) => `${XLSX.utils.encode_col(kepala.indexOf(kolom))}${baris}`
    ws[sel(2, 'kk_dikunjungi')] = { t: 'n', v: 14 }
    ws[sel(2, 'ronda_malam')] = { t: 'n', v: 9 }
    ws[sel(3, 'penyuluhan')] = { t: 'n', v: 2 }
    const salah = path.join(unduhan.folder, 'templat-salah.xlsx')
    fs.writeFileSync(salah, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
    ws[sel(2, 'ronda_malam')] = { t: 'n', v: 6 }
    const benar = path.join(unduhan.folder, 'templat-benar.xlsx')
    fs.writeFileSync(benar, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer)

    await tekan('Impor templat Polsek')
    const dialog = page.getByRole('dialog', { name: 'Impor templat Polsek' })
    await dialog.waitFor()
    await dialog.getByLabel('Templat yang sudah diisi (.xlsx)').setInputFiles(salah)
    await dialog.locator('.daftar-kesalahan').waitFor()
    expect(await dialog.locator('.daftar-kesalahan li').allTextContents()).toEqual(['Sheet InputMingguan baris 2, kolom ronda_malam: nilai 9 melebihi batas 7.'])
    expect(await dialog.getByRole('button', { name: /^Terapkan/ }).isDisabled()).toBe(true)
    expect(await pelanggaranBerat(page), 'pratinjau templat dengan kesalahan').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f4-impor-templat-kesalahan.png') })

    await dialog.getByLabel('Templat yang sudah diisi (.xlsx)').setInputFiles(benar)
    await dialog.getByText(`Isi berkas: ${polsek.nama}, Minggu ke-39 2024 (23–29 September 2024)`).waitFor()
    expect(await dialog.locator('#tabel-pratinjau-mingguan tbody tr td').allTextContents()).toEqual(['2', '0', String(desa.length - 2), '0', '0'])
    await page.screenshot({ path: berkasTangkapan('f4-impor-templat-pratinjau.png') })
    await tekan('Terapkan (2 laporan)')
    await dialog.getByText('Impor selesai').waitFor()
    expect(sql('SELECT desa_kode, kk_dikunjungi, penyuluhan, ronda_malam FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 39 ORDER BY desa_kode')).toEqual([
      { desa_kode: desa[0]!.kode, kk_dikunjungi: 14, penyuluhan: null, ronda_malam: 6 },
      { desa_kode: desa[1]!.kode, kk_dikunjungi: null, penyuluhan: 2, ronda_malam: null },
    ])
    await page.keyboard.press('Escape')
    // The grid reloaded with the imported value.
    await expect.poll(() => page.locator(`.baris-grid[data-kode="${desa[0]!.kode}"] [data-kolom="kk_dikunjungi"] .nilai-sel`).textContent(), { timeout: 10_000 }).toBe('14')
  }, 60_000)

  it('[F8] "Impor dari Excel lama": berkas → sheet dan baris judul → kolom → desa → minggu → pratinjau → Terapkan, pemetaan disimpan', async () => {
    const [a, b, c] = desa as [(typeof desa)[0], (typeof desa)[0], (typeof desa)[0]]
    const aoa = [
      ['LAPORAN KEGIATAN BHABINKAMTIBMAS'],
      [`${polsek.nama} — MINGGU KE-39 2024`],
      [],
      ['No', 'Desa/Kel', 'Sambang (KK)', 'Binluh', 'Ronda', 'Paraf'],
      [1, `Desa ${a.nama}`, '1.234', 1, 7, 'ttd'],
      [2, b.nama.toUpperCase(), 8, null, 2, null],
      [3, 'Kampung Baru Sekali', 3, 1, 1, null],
      [null, 'JUMLAH', 1245, 2, 10, null],
    ]
    const ws = XLSX.utils.aoa_to_sheet(aoa)
    ws['!merges'] = [XLSX.utils.decode_range('A1:F1'), XLSX.utils.decode_range('A2:F2')]
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, ws, 'Rekap')
    const berkas = path.join(unduhan.folder, 'rekap-lama.xlsx')
    fs.writeFileSync(berkas, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer)

    await tekan('Impor dari Excel lama')
    const dialog = page.getByRole('dialog', { name: 'Impor dari Excel lama' })
    await dialog.waitFor()
    await dialog.getByLabel('Berkas Excel lama (.xlsx)').setInputFiles(berkas)
    await dialog.getByRole('heading', { name: 'Langkah 2: Sheet dan baris judul' }).waitFor()
    expect(await dialog.getByLabel('Baris judul kolom').inputValue()).toBe('4')
    expect(await pelanggaranBerat(page), 'langkah sheet').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f8-langkah-sheet.png') })
    await tekan('Lanjut: kolom')

    await dialog.getByRole('heading', { name: 'Langkah 3: Kolom' }).waitFor()
    expect(await dialog.getByLabel('Isian untuk kolom B (Desa/Kel)').inputValue()).toBe('desa_nama')
    expect(await dialog.getByLabel('Isian untuk kolom C (Sambang (KK))').inputValue()).toBe('kk_dikunjungi')
    expect(await dialog.getByLabel('Isian untuk kolom E (Ronda)').inputValue()).toBe('ronda_malam')
    expect(await dialog.getByLabel('Isian untuk kolom A (No)').inputValue()).toBe('')
    expect(await pelanggaranBerat(page), 'langkah kolom').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f8-langkah-kolom.png') })
    await tekan('Lanjut: desa')

    await dialog.getByRole('heading', { name: 'Langkah 4: Desa' }).waitFor()
    await dialog.getByText('3 nama/kode desa di berkas: 2 cocok otomatis, 1 tanpa saran (1 belum dipilih).', { exact: false }).waitFor()
    // The unknown one is chosen with the search field, by typing the desa's code.
    const cari = dialog.getByLabel('Desa di aplikasi untuk Kampung Baru Sekali')
    await cari.focus()
    await page.keyboard.type(c.kode)
    await page.keyboard.press('Tab')
    expect(await pelanggaranBerat(page), 'langkah desa').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f8-langkah-desa.png') })
    await tekan('Lanjut: minggu')

    await dialog.getByRole('heading', { name: 'Langkah 5: Minggu' }).waitFor()
    expect(await dialog.getByLabel('Satu minggu untuk seluruh sheet').isChecked()).toBe(true)
    expect(await dialog.getByLabel('Minggu', { exact: true }).inputValue()).toBe('39')
    await tekan('Lihat pratinjau')

    await dialog.getByRole('heading', { name: 'Langkah 6: Pratinjau' }).waitFor()
    await dialog.locator('#tabel-pratinjau-mingguan').waitFor()
    // a and b were imported from the template for week 39 (a changes, b changes), c is new.
    expect(await dialog.locator('#tabel-pratinjau-mingguan tbody tr td').allTextContents()).toEqual(['1', '2', '0', '0', '0'])
    expect(await dialog.locator('.daftar-peringatan').textContent()).toContain('Sheet Rekap baris 8, kolom B (Desa/Kel): baris "JUMLAH" dianggap baris jumlah dan dilewati.')
    await dialog.getByLabel('Simpan pemetaan ini untuk berkas berikutnya').fill('Rekap lama Polsek')
    await tekan('Simpan pemetaan')
    await dialog.getByText('Pemetaan "Rekap lama Polsek" disimpan', { exact: false }).waitFor()
    expect(await pelanggaranBerat(page), 'langkah pratinjau').toEqual([])
    await page.screenshot({ path: berkasTangkapan('f8-langkah-pratinjau.png') })
    await tekan('Terapkan (3 laporan)')
    await dialog.getByText('Impor selesai').waitFor()
    // By hand: "1.234" = 1234; blank Binluh = not reported; the other fields of the template rows are replaced.
    expect(sql('SELECT desa_kode, kk_dikunjungi, penyuluhan, ronda_malam FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 39 ORDER BY desa_kode')).toEqual(
      [
        { desa_kode: a.kode, kk_dikunjungi: 1234, penyuluhan: 1, ronda_malam: 7 },
        { desa_kode: b.kode, kk_dikunjungi: 8, penyuluhan: null, ronda_malam: 2 },
        { desa_kode: c.kode, kk_dikunjungi: 3, penyuluhan: 1, ronda_malam: 1 },
      ].sort((x, y) => x.desa_kode.localeCompare(y.desa_kode)),
    )
    expect(sql('SELECT nama FROM pemetaan_impor')).toEqual([{ nama: 'Rekap lama Polsek' }])
    await page.keyboard.press('Escape')
  }, 90_000)

  it('[F8] pemetaan tersimpan dipakai lagi untuk berkas bulan berikutnya (kolom berpindah): kolom dan desa langsung terpetakan', async () => {
    const [a, , c] = desa as [(typeof desa)[0], (typeof desa)[0], (typeof desa)[0]]
    const aoa = [['LAPORAN KEGIATAN BHABINKAMTIBMAS — OKTOBER'], [], [], ['Ronda', 'Desa/Kel', 'Paraf', 'Sambang (KK)', 'No', 'Binluh'], [3, 'Kampung Baru Sekali', null, 4, 1, 2], [1, a.nama, null, 5, 2, null]]
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(aoa), 'Rekap')
    const berkas = path.join(unduhan.folder, 'rekap-oktober.xlsx')
    fs.writeFileSync(berkas, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer)

    await tekan('Impor dari Excel lama')
    const dialog = page.getByRole('dialog', { name: 'Impor dari Excel lama' })
    await dialog.getByLabel('Pemetaan tersimpan (opsional)').selectOption({ label: 'Rekap lama Polsek' })
    await dialog.getByLabel('Berkas Excel lama (.xlsx)').setInputFiles(berkas)
    await dialog.getByRole('heading', { name: 'Langkah 2: Sheet dan baris judul' }).waitFor()
    expect(await dialog.getByLabel('Baris judul kolom').inputValue()).toBe('4')
    await tekan('Lanjut: kolom')
    expect(await dialog.getByLabel('Isian untuk kolom A (Ronda)').inputValue()).toBe('ronda_malam')
    expect(await dialog.getByLabel('Isian untuk kolom D (Sambang (KK))').inputValue()).toBe('kk_dikunjungi')
    expect(await dialog.getByLabel('Isian untuk kolom F (Binluh)').inputValue()).toBe('penyuluhan')
    await tekan('Lanjut: desa')
    // "Kampung Baru Sekali" was mapped by hand last time: the saved mapping knows it.
    await dialog.getByText('2 nama/kode desa di berkas: 1 cocok otomatis, 1 tanpa saran (0 belum dipilih).', { exact: false }).waitFor()
    expect(await dialog.locator('.desa-belum').count()).toBe(0)
    expect(await dialog.getByRole('button', { name: /^Lanjut: minggu$/ }).count()).toBe(1)
    await tekan('Lanjut: minggu')
    // No date or week column in this file: the week on screen (39) is offered; both desa already have a week-39 report.
    expect(await dialog.getByLabel('Minggu', { exact: true }).inputValue()).toBe('39')
    await tekan('Lihat pratinjau')
    await dialog.locator('#tabel-pratinjau-mingguan').waitFor()
    expect(await dialog.locator('.daftar-kesalahan').count()).toBe(0)
    expect(await dialog.locator('#tabel-pratinjau-mingguan tbody tr td').allTextContents()).toEqual(['0', '2', '0', '0', '0'])
    await page.screenshot({ path: berkasTangkapan('f8-pemetaan-tersimpan.png') })
    await tekan('Terapkan (2 laporan)')
    await dialog.getByText('Impor selesai').waitFor()
    expect(sql('SELECT desa_kode, kk_dikunjungi, penyuluhan, ronda_malam FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 39 AND desa_kode IN (?, ?) ORDER BY desa_kode', a.kode, c.kode)).toEqual(
      [
        { desa_kode: a.kode, kk_dikunjungi: 5, penyuluhan: null, ronda_malam: 1 },
        { desa_kode: c.kode, kk_dikunjungi: 4, penyuluhan: 2, ronda_malam: 3 },
      ].sort((x, y) => x.desa_kode.localeCompare(y.desa_kode)),
    )
    await page.keyboard.press('Escape')
  }, 90_000)

  it('[F4] "Semua Polsek": satu berkas per Polsek terunduh', async () => {
    const jumlah = Number(sql('SELECT count(DISTINCT k.polsek_id) n FROM kecamatan k JOIN desa d ON d.kecamatan_kode = k.kode WHERE k.polsek_id IS NOT NULL')[0]!['n'])
    const nama: string[] = []
    page.on('download', (d) => nama.push(d.suggestedFilename()))
    await tekan('Unduh templat Polsek')
    const dialog = page.getByRole('dialog', { name: 'Unduh templat Polsek' })
    await dialog.getByLabel('Polsek').selectOption('semua')
    await tekan('Unduh templat')
    await dialog.getByText(`${jumlah} templat dibuat`).waitFor()
    await expect.poll(() => nama.length, { timeout: 15_000 }).toBe(jumlah)
    expect(new Set(nama).size).toBe(jumlah)
    for (const n of nama) expect(n).toMatch(/^Templat_InputMingguan_POLSEK_[A-Z0-9_]+_2024-W39\.xlsx$/)
    await page.keyboard.press('Escape')
  }, 60_000)
})
