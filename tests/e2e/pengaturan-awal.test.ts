import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'

/**
 * "Pengaturan Awal" driven like a user in Debian's Chromium through the web
 * test host: wrong input is refused at the field and nothing is stored; the
 * right input sets up Polres Timor Tengah Utara (53.03).
 */

const LAYAR = { width: 1366, height: 768 }
const HARI_INI = '2024-09-18'

describe('Pengaturan Awal lewat antarmuka', () => {
  const tmp = folderSementara('binmas-e2e-setup-')
  let host: HostWeb
  let peramban: Browser
  let konteks: BrowserContext
  let page: Page

  const jumlahSatker = () => (host.app.bdTerbuka!.sqlite.prepare('SELECT count(*) n FROM satker').get() as { n: number }).n
  const status = async () => {
    const r = await fetch(`http://127.0.0.1:${host.port}/api/panggil/sistem:status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-binmas-token': host.token },
      body: '{}',
    })
    return ((await r.json()) as { ok: true; data: { sudahDisiapkan: boolean; satkerNama: string | null } }).data
  }
  const tombol = (nama: string) => page.getByRole('button', { name: nama, exact: true })
  const judulLangkah = () => page.getByRole('heading', { level: 2 }).first()

  beforeAll(async () => {
    if (!fs.existsSync(path.resolve('out', 'renderer', 'index.html'))) {
      throw new Error('Renderer belum dibangun: jalankan `npx electron-vite build` (atau vite build di renderer/) dahulu.')
    }
    host = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI, sesiUji: { pengguna: 'admin', peran: 'admin' } })
    peramban = await bukaPeramban()
    konteks = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID' })
    page = await konteks.newPage()
  })

  afterAll(async () => {
    await peramban?.close()
    await host?.tutup()
    tmp.hapus()
  })

  it('[A5] langkah Wilayah: Polda dan kabupaten/kota wajib dipilih; pesan tampil di bawah kolomnya', async () => {
    await page.goto(host.url)
    await page.getByRole('heading', { name: 'Langkah 1 dari 5: Wilayah' }).waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pengaturan Awal')

    await tombol('Lanjut').click()
    expect(await page.locator('#f-provinsiKode-galat').textContent()).toBe('Pilih Polda (provinsi) terlebih dahulu')

    const polda = page.getByLabel('Polda (provinsi)')
    expect(await polda.locator('option[value="53"]').textContent()).toBe('Polda Nusa Tenggara Timur (53)')
    await polda.selectOption('53')
    await tombol('Lanjut').click()
    expect(await page.locator('#f-kabupatenKode-galat').textContent()).toBe('Pilih minimal satu kabupaten/kota')
    expect(await page.locator('fieldset').getAttribute('aria-describedby')).toContain('f-kabupatenKode-galat')

    await page.getByLabel('Kabupaten Timor Tengah Utara').check()
    // Corrections clear the message at once.
    await page.locator('#f-kabupatenKode-galat').waitFor({ state: 'detached' })
    await page.screenshot({ path: berkasTangkapan('a5-wizard-langkah-1.png') })
    await tombol('Lanjut').click()
    await page.getByRole('heading', { name: 'Langkah 2 dari 5: Satker' }).waitFor()
  })

  it('[A5] langkah Satker: nama, kode dan zona waktu terisi dari wilayah yang dipilih', async () => {
    expect(await page.getByLabel('Nama satker').inputValue()).toBe('POLRES TIMOR TENGAH UTARA')
    expect(await page.getByLabel('Kode satker').inputValue()).toBe('53.03')
    expect(await page.getByLabel('Zona waktu').inputValue()).toBe('WITA')
    await page.screenshot({ path: berkasTangkapan('a5-wizard-langkah-2.png') })
    await page.getByLabel('Nama satker').press('Enter')
    await page.getByRole('heading', { name: 'Langkah 3 dari 5: Kasat Binmas' }).waitFor()
  })

  it('[A5] NRP 7 digit ditolak di bawah kolom NRP; draf tetap ada setelah halaman dimuat ulang', async () => {
    await page.getByLabel('Nama Kasat Binmas (beserta gelar)').pressSequentially('I KETUT SUTA, S.H.')
    await page.getByLabel('Pangkat').selectOption({ label: 'AKP' })
    const nrp = page.getByLabel('NRP', { exact: true })
    await nrp.pressSequentially('1234567')
    await nrp.press('Enter')

    const galat = page.locator('#f-kasat-nrp-galat')
    expect(await galat.textContent()).toBe('NRP harus 8 digit angka')
    expect(await nrp.getAttribute('aria-invalid')).toBe('true')
    expect(await nrp.getAttribute('aria-describedby')).toContain('f-kasat-nrp-galat')
    // The message sits directly under the NRP input, inside the same field.
    const kotakIsian = (await nrp.boundingBox())!
    const kotakGalat = (await galat.boundingBox())!
    expect(kotakGalat.y).toBeGreaterThan(kotakIsian.y)
    expect(Math.abs(kotakGalat.x - kotakIsian.x)).toBeLessThan(4)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-kasat-nrp')
    expect(await judulLangkah().textContent()).toBe('Langkah 3 dari 5: Kasat Binmas')
    await page.screenshot({ path: berkasTangkapan('a5-wizard-langkah-3.png') })
    expect(jumlahSatker()).toBe(0)

    // Nothing typed is lost on reload (the draft is kept in localStorage).
    await page.reload()
    await page.getByRole('heading', { name: 'Langkah 3 dari 5: Kasat Binmas' }).waitFor()
    expect(await page.getByLabel('Nama Kasat Binmas (beserta gelar)').inputValue()).toBe('I KETUT SUTA, S.H.')
    expect(await page.getByLabel('Pangkat').inputValue()).toBe('AKP')
    // …nor when going back a step and forth again.
    await tombol('Kembali').click()
    expect(await page.getByLabel('Nama satker').inputValue()).toBe('POLRES TIMOR TENGAH UTARA')
    await tombol('Lanjut').click()
    expect(await page.getByLabel('NRP', { exact: true }).inputValue()).toBe('1234567')

    await page.getByLabel('NRP', { exact: true }).fill('78090123')
    await tombol('Lanjut').click()
    await page.getByRole('heading', { name: 'Langkah 4 dari 5: Polsek' }).waitFor()
  })

  it('[A5] kecamatan tanpa Polsek dan nama Polsek kosong ditolak di barisnya; tidak ada yang tersimpan', async () => {
    await tombol('Satu Polsek per kecamatan').click()
    expect(await page.getByText('Semua 24 kecamatan sudah masuk Polsek.').isVisible()).toBe(true)
    expect(await page.getByLabel('Nama Polsek 1', { exact: true }).inputValue()).toBe('POLSEK MIOMAFFO TIMUR')

    // Take Kecamatan Noemuti away from its Polsek and give it to POLSEK MIOMAFFO TIMUR, then leave Kecamatan Biboki Selatan without one.
    await page.getByLabel('Polsek untuk Kecamatan Noemuti', { exact: true }).selectOption({ label: 'POLSEK MIOMAFFO TIMUR' })
    await page.getByLabel('Polsek untuk Kecamatan Biboki Selatan', { exact: true }).selectOption({ label: '— Belum dipilih —' })
    // And empty the name of Polsek 2.
    await page.getByLabel('Nama Polsek 2', { exact: true }).fill('')
    await tombol('Lanjut').click()

    const galatKec = page.locator('#f-kecamatan-53-03-03-galat')
    expect(await galatKec.textContent()).toBe('Kecamatan Biboki Selatan belum dimasukkan ke Polsek mana pun')
    const barisKec = page.locator('tr', { has: page.getByLabel('Polsek untuk Kecamatan Biboki Selatan', { exact: true }) })
    expect(await barisKec.locator('.galat-bidang').textContent()).toBe('Kecamatan Biboki Selatan belum dimasukkan ke Polsek mana pun')

    const galatNama = page.locator('#f-polsek-1-nama-galat')
    expect(await galatNama.textContent()).toBe('Nama Polsek tidak boleh kosong')
    const barisPolsek = page.locator('tr', { has: page.getByLabel('Nama Polsek 2', { exact: true }) })
    expect(await barisPolsek.locator('#f-polsek-1-nama-galat').count()).toBe(1)
    expect(await page.getByLabel('Nama Polsek 2', { exact: true }).getAttribute('aria-invalid')).toBe('true')

    // POLSEK NOEMUTI now covers nothing: said at its row too.
    expect(await page.locator('#f-polsek-3-kecamatanKode-galat').textContent()).toBe('POLSEK NOEMUTI belum memiliki kecamatan')
    // The warning list names the kecamatan left out.
    expect(await page.getByRole('status').filter({ hasText: 'belum masuk Polsek' }).textContent()).toContain('Biboki Selatan')
    expect(await judulLangkah().textContent()).toBe('Langkah 4 dari 5: Polsek')
    await page.screenshot({ path: berkasTangkapan('a5-wizard-langkah-4.png') })

    expect(jumlahSatker()).toBe(0)
    expect(await status()).toMatchObject({ sudahDisiapkan: false, satkerNama: null })
  })

  it('[A5] penolakan dari server (nama Polsek ganda) kembali ke baris Polsek yang benar', async () => {
    await page.getByLabel('Polsek untuk Kecamatan Biboki Selatan', { exact: true }).selectOption({ label: 'POLSEK BIBOKI SELATAN' })
    await page.getByLabel('Polsek untuk Kecamatan Noemuti', { exact: true }).selectOption({ label: 'POLSEK NOEMUTI' })
    // A name already used by Polsek 1: only the server checks this rule.
    await page.getByLabel('Nama Polsek 2', { exact: true }).fill('Polsek Miomaffo Timur')
    await tombol('Lanjut').click()
    await page.getByRole('heading', { name: 'Langkah 5 dari 5: Ringkasan' }).waitFor()
    await tombol('Simpan').click()

    await page.getByRole('heading', { name: 'Langkah 4 dari 5: Polsek' }).waitFor()
    expect(await page.locator('#f-polsek-1-nama-galat').textContent()).toBe('Nama Polsek "Polsek Miomaffo Timur" sudah dipakai')
    expect(await page.getByRole('alert').filter({ hasText: 'Pengaturan belum disimpan' }).isVisible()).toBe(true)
    expect(jumlahSatker()).toBe(0)
    expect((await status()).sudahDisiapkan).toBe(false)
  })

  it('[A5] isian benar menyimpan Polres Timor Tengah Utara dan membuka Beranda', async () => {
    await page.getByLabel('Nama Polsek 2', { exact: true }).fill('POLSEK MIOMAFFO BARAT')
    await page.locator('#f-polsek-1-nama-galat').waitFor({ state: 'detached' })
    await tombol('Lanjut').click()
    await page.getByRole('heading', { name: 'Langkah 5 dari 5: Ringkasan' }).waitFor()
    const ringkasan = await page.locator('.daftar-ringkasan').textContent()
    expect(ringkasan).toContain('Polda Nusa Tenggara Timur (53)')
    expect(ringkasan).toContain('AKP I KETUT SUTA, S.H. · NRP 78090123')
    expect(ringkasan).toContain('24 Polsek · 24 kecamatan · 193 desa/kelurahan')
    await page.screenshot({ path: berkasTangkapan('a5-wizard-langkah-5.png') })

    await tombol('Simpan').click()
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    expect(await page.locator('.bilah-atas').textContent()).toContain('POLRES TIMOR TENGAH UTARA')
    expect(await page.locator('.bilah-atas').textContent()).toContain('Minggu ke-38 · 16–22 September 2024')
    await page.screenshot({ path: berkasTangkapan('a5-beranda.png') })

    expect(await status()).toMatchObject({ sudahDisiapkan: true, satkerNama: 'POLRES TIMOR TENGAH UTARA' })
    const db = host.app.bdTerbuka!.sqlite
    expect(db.prepare('SELECT kode, nama, zona_waktu, kasat_nama, kasat_pangkat, kasat_nrp FROM satker').all()).toEqual([
      { kode: '53.03', nama: 'POLRES TIMOR TENGAH UTARA', zona_waktu: 'WITA', kasat_nama: 'I KETUT SUTA, S.H.', kasat_pangkat: 'AKP', kasat_nrp: '78090123' },
    ])
    expect((db.prepare('SELECT count(*) n FROM polsek').get() as { n: number }).n).toBe(24)
    expect((db.prepare('SELECT count(*) n FROM kecamatan WHERE polsek_id IS NULL').get() as { n: number }).n).toBe(0)
    // The draft is gone once saved.
    expect(await page.evaluate(() => localStorage.getItem('binmas:draf-pengaturan-awal'))).toBeNull()
  })

  it('[A5] basis data dari versi yang lebih baru: pesan satu halaman dalam bahasa Indonesia, bukan layar kosong', async () => {
    const tmp3 = folderSementara('binmas-e2e-setup-baru-')
    const bd = new Database(path.join(tmp3.folder, 'binmas.sqlite'))
    bd.pragma('user_version = 999')
    bd.close()
    const host3 = await mulaiHost({ folderData: tmp3.folder, hariIni: HARI_INI, sesiUji: { pengguna: 'admin', peran: 'admin' } })
    const p = await konteks.newPage()
    try {
      expect(host3.app.galatDb?.kode).toBe('DB_VERSI_LEBIH_BARU')
      await p.goto(host3.url)
      const judul = p.getByRole('heading', { level: 1 })
      await judul.waitFor()
      expect(await judul.textContent()).toBe('Basis data dari versi Binmas Desk yang lebih baru')
      expect(await p.getByRole('alert').textContent()).toContain(host3.app.galatDb!.pesan)
      expect(await p.getByRole('button', { name: 'Lanjut' }).count()).toBe(0)
    } finally {
      await p.close()
      await host3.tutup()
      tmp3.hapus()
    }
  })

  it('[A6] asisten Pengaturan Awal tanpa pelanggaran aksesibilitas serius/kritis (axe)', async () => {
    // A fresh, empty data folder, so the wizard shows again; only this context bypasses the CSP, for axe.
    const tmp2 = folderSementara('binmas-e2e-setup-axe-')
    const host2 = await mulaiHost({ folderData: tmp2.folder, hariIni: HARI_INI, sesiUji: { pengguna: 'admin', peran: 'admin' } })
    const k = await peramban.newContext({ viewport: LAYAR, bypassCSP: true })
    try {
      const p = await k.newPage()
      await p.goto(host2.url)
      const lanjut = p.getByRole('button', { name: 'Lanjut', exact: true })
      await p.getByLabel('Polda (provinsi)').selectOption('53')
      await p.getByLabel('Kabupaten Timor Tengah Utara').waitFor()
      await lanjut.click() // the kabupaten message
      expect(await pelanggaranBerat(p), 'langkah 1').toEqual([])
      await p.getByLabel('Kabupaten Timor Tengah Utara').check()
      await lanjut.click()
      expect(await pelanggaranBerat(p), 'langkah 2').toEqual([])
      await lanjut.click()
      await p.getByLabel('NRP', { exact: true }).fill('123')
      await lanjut.click()
      expect(await pelanggaranBerat(p), 'langkah 3 dengan pesan galat').toEqual([])
      await p.getByLabel('Nama Kasat Binmas (beserta gelar)').fill('I KETUT SUTA, S.H.')
      await p.getByLabel('Pangkat').selectOption('AKP')
      await p.getByLabel('NRP', { exact: true }).fill('78090123')
      await lanjut.click()
      await p.getByRole('button', { name: 'Satu Polsek per kecamatan' }).click()
      await p.getByLabel('Nama Polsek 1', { exact: true }).fill('')
      await p.getByLabel('Polsek untuk Kecamatan Miomaffo Barat', { exact: true }).selectOption({ label: '— Belum dipilih —' })
      await lanjut.click()
      expect(await pelanggaranBerat(p), 'langkah 4 dengan pesan galat').toEqual([])
      await p.getByLabel('Nama Polsek 1', { exact: true }).fill('POLSEK MIOMAFFO TIMUR')
      await p.getByLabel('Polsek untuk Kecamatan Miomaffo Barat', { exact: true }).selectOption({ label: 'POLSEK MIOMAFFO BARAT' })
      await lanjut.click()
      await p.getByRole('heading', { name: 'Langkah 5 dari 5: Ringkasan' }).waitFor()
      expect(await pelanggaranBerat(p), 'langkah 5').toEqual([])
    } finally {
      await k.close()
      await host2.tutup()
      tmp2.hapus()
    }
  })
})
