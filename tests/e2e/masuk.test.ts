import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { LAYAR, pastikanRendererDibangun } from '../helpers/layar-demo'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'
import { masuk, masukPertama } from '../helpers/masuk'

/**
 * Accounts through the real login path in Debian's Chromium: the web host here
 * runs WITHOUT the code-only test session, exactly as `npm run web` does. The
 * wizard creates the Admin and shows the recovery code; users log in and out;
 * Operator and Pimpinan meet their limits; the recovery code resets the Admin's
 * password once; and the screen locks after a short idle limit injected from
 * code (2,5 s instead of 15 minutes) without losing a pending grid edit.
 * Contexts bypass the CSP only so axe can be injected; the CSP itself is
 * tested in web-host.test.ts and by the other screen tests.
 */

const HARI_INI = '2024-10-20'
const ADMIN = { nama: 'yohanes.bana', lengkap: 'AKP YOHANES BANA, S.H.', sandi: 'Kopi pagi di Kefamenanu' }
/** `sandi` is what the Admin gives; `baru` what the user replaces it with at the first login. */
const OPERATOR = { nama: 'maria.seran', lengkap: 'BRIPKA MARIA SERAN', sandi: 'Operator Insana Utara 5', baru: 'Sawah di Insana Utara 3' }
const PIMPINAN = { nama: 'kapolres', lengkap: 'AKBP ARIFIN NOTO', sandi: 'Pimpinan membaca saja 7', baru: 'Laporan Anev tiap bulan 8' }
const KODE = /^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/

describe('Masuk, Pengguna, dan pemulihan lewat antarmuka (tanpa sesi uji)', () => {
  const tmp = folderSementara('binmas-e2e-masuk-')
  let host: HostWeb
  let peramban: Browser
  let konteks: BrowserContext
  let page: Page
  let kodePemulihan = ''
  const db = () => host.app.bdTerbuka!.sqlite
  const tombol = (nama: string) => page.getByRole('button', { name: nama, exact: true })
  const menu = (p: Page) => p.getByRole('navigation', { name: 'Menu utama' })

  beforeAll(async () => {
    pastikanRendererDibangun()
    host = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI })
    peramban = await bukaPeramban()
    konteks = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID', bypassCSP: true })
    page = await konteks.newPage()
  })
  afterAll(async () => {
    await peramban?.close()
    await host?.tutup()
    tmp.hapus()
  })

  it('[G3] Pengaturan Awal: langkah "Akun Admin" sebelum Ringkasan; kode pemulihan tampil sekali dengan Cetak dan konfirmasi', async () => {
    await page.goto(host.url)
    await page.getByRole('heading', { name: 'Langkah 1 dari 6: Wilayah' }).waitFor()
    await page.getByLabel('Polda (provinsi)').selectOption('53')
    await page.getByLabel('Kabupaten Timor Tengah Utara').check()
    await tombol('Lanjut').click()
    await page.getByRole('heading', { name: 'Langkah 2 dari 6: Satker' }).waitFor()
    await tombol('Lanjut').click()
    await page.getByLabel('Nama Kasat Binmas (beserta gelar)').fill('I KETUT SUTA, S.H.')
    await page.getByLabel('Pangkat').selectOption('AKP')
    await page.getByLabel('NRP').fill('78090123')
    await tombol('Lanjut').click()
    await page.getByRole('heading', { name: 'Langkah 4 dari 6: Polsek' }).waitFor()
    await tombol('Satu Polsek per kecamatan').click()
    await tombol('Lanjut').click()
    await page.getByRole('heading', { name: 'Langkah 5 dari 6: Akun Admin' }).waitFor()
    // The rule is checked at the field before anything is sent.
    await page.getByLabel('Nama lengkap (beserta pangkat)').fill(ADMIN.lengkap)
    await page.getByLabel('Nama pengguna').fill(ADMIN.nama)
    await page.getByLabel('Kata sandi', { exact: true }).fill('pendek')
    await page.getByLabel('Ulangi kata sandi').fill('pendek')
    await tombol('Lanjut').click()
    expect(await page.locator('#f-admin-kataSandi-galat').textContent()).toBe('Kata sandi minimal 8 karakter')
    await page.getByLabel('Kata sandi', { exact: true }).fill(ADMIN.sandi)
    await page.getByLabel('Ulangi kata sandi').fill(ADMIN.sandi)
    await tombol('Lanjut').click()
    await page.getByRole('heading', { name: 'Langkah 6 dari 6: Ringkasan' }).waitFor()
    // The password never reaches the saved draft.
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain(ADMIN.sandi)
    await tombol('Simpan').click()

    await page.getByRole('heading', { level: 1, name: 'Kode Pemulihan Admin' }).waitFor({ timeout: 30_000 })
    kodePemulihan = (await page.locator('.kode-pemulihan').textContent())!.trim()
    expect(kodePemulihan).toMatch(KODE)
    expect(await tombol('Cetak kode pemulihan').isVisible()).toBe(true)
    expect(await tombol('Lanjut').isDisabled()).toBe(true)
    await page.screenshot({ path: berkasTangkapan('g3-kode-pemulihan.png') })
    // The printed page carries the code and no buttons.
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.kode-pemulihan').isVisible()).toBe(true)
    expect(await tombol('Lanjut').isVisible()).toBe(false)
    await page.emulateMedia({ media: 'screen' })
    expect(JSON.stringify(await pelanggaranBerat(page))).toBe('[]')

    await page.getByLabel('Kode pemulihan sudah saya cetak atau catat dan simpan di tempat aman').check()
    await tombol('Lanjut').click()
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    await page.locator('.menu-akun', { hasText: ADMIN.lengkap }).waitFor()
    expect(db().prepare('SELECT nama_pengguna, peran FROM pengguna').all()).toEqual([{ nama_pengguna: ADMIN.nama, peran: 'admin' }])
    expect(db().prepare("SELECT pengguna FROM audit WHERE aksi = 'setup'").all()).toEqual([{ pengguna: ADMIN.nama }])
  })

  it('[G3] Pengguna (Admin): menambah Operator dan Pimpinan; urutan menu sesuai ui.md', async () => {
    const label = await menu(page).locator('ul.menu').first().locator('a').allTextContents()
    expect(label.indexOf('Pengguna')).toBe(label.indexOf('Cadangan') + 1)
    await menu(page).getByRole('link', { name: 'Pengguna', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Pengguna' }).waitFor()
    for (const [u, peran] of [
      [OPERATOR, 'Operator'],
      [PIMPINAN, 'Pimpinan (hanya baca)'],
    ] as const) {
      await tombol('Tambah Pengguna').click()
      const d = page.getByRole('dialog')
      await d.getByLabel('Nama lengkap (beserta pangkat)').fill(u.lengkap)
      await d.getByLabel('Nama pengguna').fill(u.nama)
      await d.getByLabel('Kata sandi', { exact: true }).fill(u.sandi)
      await d.getByLabel('Ulangi kata sandi').fill(u.sandi)
      await d.getByLabel('Peran').selectOption({ label: peran })
      await d.getByRole('button', { name: 'Simpan' }).click()
      await page.getByText(`Pengguna ${u.lengkap} (${u.nama}) ditambahkan`).waitFor()
    }
    expect(await page.locator('tbody tr').count()).toBe(3)
    // The last active Admin cannot be deactivated: the refusal shows in the dialog.
    await page.getByRole('button', { name: `Nonaktifkan ${ADMIN.nama}` }).click()
    const tanya = page.getByRole('alertdialog')
    await tanya.getByRole('button', { name: 'Nonaktifkan' }).click()
    await tanya.getByText(/Admin aktif terakhir/).waitFor()
    await page.screenshot({ path: berkasTangkapan('g3-pengguna-admin-terakhir.png') })
    await tanya.getByRole('button', { name: 'Batal' }).click()
    await page.screenshot({ path: berkasTangkapan('g3-pengguna.png') })
    expect(JSON.stringify(await pelanggaranBerat(page))).toBe('[]')
    expect(db().prepare('SELECT nama_pengguna, peran, aktif FROM pengguna ORDER BY id').all()).toEqual([
      { nama_pengguna: ADMIN.nama, peran: 'admin', aktif: 1 },
      { nama_pengguna: OPERATOR.nama, peran: 'operator', aktif: 1 },
      { nama_pengguna: PIMPINAN.nama, peran: 'pimpinan', aktif: 1 },
    ])
  })

  it('[G3] Keluar lalu Masuk: sandi salah ditolak tanpa petunjuk apakah nama ada; sandi benar membuka Beranda', async () => {
    await tombol('Keluar').click()
    await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor()
    // Nothing of the data answers without the session cookie.
    const r = await page.evaluate(async () => (await fetch('/api/panggil/desa:daftar', { method: 'POST', headers: { 'x-binmas-token': sessionStorage.getItem('binmas-token')! }, body: '{}' })).json())
    expect(r).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
    await masuk(page, ADMIN.nama, 'bukan sandinya')
    const pesan = page.locator('.pemberitahuan-galat')
    await pesan.waitFor()
    expect(await pesan.textContent()).toBe('Nama pengguna atau kata sandi salah.')
    await masuk(page, 'tidak.ada', 'bukan sandinya')
    await expect.poll(() => pesan.textContent()).toBe('Nama pengguna atau kata sandi salah.')
    expect(await page.getByLabel('Kata sandi').inputValue()).toBe('')
    await page.screenshot({ path: berkasTangkapan('g3-masuk.png') })
    expect(JSON.stringify(await pelanggaranBerat(page))).toBe('[]')
    await masuk(page, ADMIN.nama, ADMIN.sandi)
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
  })

  it('[G3] Operator (login pertama wajib ganti sandi dari Admin): tanpa menu Pengguna, halaman Pengguna ditolak, kunci periode tidak ditawarkan dan ditolak server; data dapat diubah dan audit menyebut namanya', async () => {
    const k = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID', bypassCSP: true })
    const p = await k.newPage()
    try {
      await p.goto(host.url)
      await masukPertama(p, OPERATOR, 'g3-ganti-sandi-wajib.png')
      await p.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
      expect(await menu(p).getByRole('link', { name: 'Pengguna', exact: true }).count()).toBe(0)
      await p.goto(`${host.url.split('?')[0]}#/pengguna`)
      await p.getByText('Halaman Pengguna hanya dapat dibuka oleh Admin.').waitFor()
      // What an Operator may do (change a desa, record an incident) is audited under her name.
      const r = await p.evaluate(async () => {
        const h = { 'content-type': 'application/json', 'x-binmas-token': sessionStorage.getItem('binmas-token')! }
        const kirim = async (kanal: string, isi: object) => (await fetch(`/api/panggil/${kanal}`, { method: 'POST', headers: h, body: JSON.stringify(isi) })).json()
        const desa = (await kirim('desa:daftar', {})) as { data: { kode: string }[] }
        const kode = desa.data[0]!.kode
        return [
          await kirim('desa:ubah', { kode, penduduk: 1500, jumlahKk: 400, posKamlingTotal: 2, fkpmAktif: true, lintang: null, bujur: null }),
          await kirim('kejadian:simpan', { tanggal: '2024-09-10', desaKode: kode, kategori: 'hoaks', tingkat: 'potensi', status: 'terbuka', tanggalSelesai: null, uraian: 'Kabar bohong soal Pilkada' }),
        ]
      })
      expect(r).toMatchObject([{ ok: true }, { ok: true }])
      // Settings: locking a month is the Admin's (the contract); it is not offered, and the server refuses it anyway.
      await menu(p).getByRole('link', { name: 'Pengaturan', exact: true }).click()
      await p.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor()
      await p.locator('tr[data-bulan="2024-09"]').waitFor()
      await p.getByText('Hanya Admin yang dapat mengubah bagian ini.').waitFor()
      expect(await p.getByRole('button', { name: 'Kunci September 2024' }).count()).toBe(0)
      const kunci = await p.evaluate(async () => {
        const h = { 'content-type': 'application/json', 'x-binmas-token': sessionStorage.getItem('binmas-token')! }
        return (await fetch('/api/panggil/periode:kunci', { method: 'POST', headers: h, body: JSON.stringify({ bulan: '2024-09' }) })).json()
      })
      expect(kunci).toMatchObject({ ok: false, galat: { kode: 'TIDAK_BERHAK' } })
      expect(db().prepare('SELECT count(*) n FROM kunci_periode').get()).toEqual({ n: 0 })
      await p.screenshot({ path: berkasTangkapan('g3-operator-ditolak.png') })
      expect(db().prepare("SELECT DISTINCT pengguna FROM audit WHERE tabel IN ('desa', 'kejadian')").all()).toEqual([{ pengguna: OPERATOR.nama }])
    } finally {
      await k.close()
    }
  })

  it('[G3] Pimpinan: melihat Data Desa tanpa dialog ubah; menyimpan lewat API ditolak dan data tidak berubah', async () => {
    const k = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID', bypassCSP: true })
    const p = await k.newPage()
    try {
      await p.goto(host.url)
      await masukPertama(p, PIMPINAN)
      await p.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
      await p.locator('.menu-akun', { hasText: 'Pimpinan (hanya baca)' }).waitFor()
      expect(await menu(p).getByRole('link', { name: 'Pengguna', exact: true }).count()).toBe(0)
      await menu(p).getByRole('link', { name: 'Data Desa', exact: true }).click()
      const baris = p.locator('tbody tr[data-kode]')
      await baris.first().waitFor()
      const nDesa = (db().prepare('SELECT count(*) n FROM desa WHERE aktif = 1').get() as { n: number }).n
      const kode = (await baris.nth(1).getAttribute('data-kode'))!
      const sebelum = db().prepare('SELECT * FROM desa WHERE kode = ?').get(kode)
      // The edit dialog is not offered (tests/e2e/pimpinan.test.ts covers every screen); the server refuses the write anyway.
      await p.getByText('Peran Pimpinan hanya dapat melihat data.').waitFor()
      await baris.nth(1).click()
      await p.waitForTimeout(300)
      expect(await p.getByRole('dialog').count()).toBe(0)
      const ubah = await p.evaluate(async (kode) => {
        const h = { 'content-type': 'application/json', 'x-binmas-token': sessionStorage.getItem('binmas-token')! }
        const isi = { kode, penduduk: 9999, jumlahKk: 400, posKamlingTotal: 2, fkpmAktif: true, lintang: null, bujur: null }
        return (await fetch('/api/panggil/desa:ubah', { method: 'POST', headers: h, body: JSON.stringify(isi) })).json()
      }, kode)
      expect(ubah).toMatchObject({ ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: 'Peran Anda tidak berhak melakukan tindakan ini.' } })
      expect(db().prepare('SELECT * FROM desa WHERE kode = ?').get(kode)).toEqual(sebelum)
      expect(nDesa).toBeGreaterThan(0)
      await p.screenshot({ path: berkasTangkapan('g3-pimpinan-ditolak.png') })
    } finally {
      await k.close()
    }
  })

  it('[G3] Lupa kata sandi Admin: kode pemulihan menetapkan sandi baru sekali, kode baru tampil, kode lama ditolak', async () => {
    await tombol('Keluar').click()
    await page.getByRole('button', { name: 'Lupa kata sandi Admin?' }).click()
    await page.getByRole('heading', { level: 1, name: 'Lupa Kata Sandi Admin' }).waitFor()
    const isi = async (kode: string, sandi: string) => {
      await page.getByLabel('Nama pengguna Admin').fill(ADMIN.nama)
      await page.getByLabel('Kode pemulihan').fill(kode)
      await page.getByLabel('Kata sandi baru', { exact: true }).fill(sandi)
      await page.getByLabel('Ulangi kata sandi baru').fill(sandi)
      await tombol('Atur Kata Sandi Baru').click()
    }
    // The new password typed differently the second time: refused at the field, nothing sent.
    await page.getByLabel('Nama pengguna Admin').fill(ADMIN.nama)
    await page.getByLabel('Kode pemulihan').fill(kodePemulihan)
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('Sandi pulih dari kertas 1')
    await page.getByLabel('Ulangi kata sandi baru').fill('Sandi pulih dari kertas 2')
    await tombol('Atur Kata Sandi Baru').click()
    expect(await page.locator('#f-ulangiSandi-galat').textContent()).toBe('Kata sandi yang diulang tidak sama')
    expect(db().prepare('SELECT status FROM kode_pemulihan ORDER BY id').all()).toEqual([{ status: 'aktif' }])
    await isi('AAAAA-BBBBB-CCCCC-DDDDD', 'Sandi pulih dari kertas 1')
    await page.getByText('Nama pengguna Admin atau kode pemulihan salah.').waitFor()
    expect(await page.locator('#f-ulangiSandi-galat').count()).toBe(0)
    // Typed in lower case without dashes, as from paper.
    await isi(kodePemulihan.toLowerCase().replace(/-/g, ''), 'Sandi pulih dari kertas 1')
    await page.getByRole('heading', { level: 1, name: 'Kode Pemulihan Admin' }).waitFor()
    const baru = (await page.locator('.kode-pemulihan').textContent())!.trim()
    expect(baru).toMatch(KODE)
    expect(baru).not.toBe(kodePemulihan)
    await page.getByLabel('Kode pemulihan sudah saya cetak atau catat dan simpan di tempat aman').check()
    await tombol('Lanjut').click()
    await masuk(page, ADMIN.nama, ADMIN.sandi)
    await page.getByText('Nama pengguna atau kata sandi salah.').waitFor()
    await masuk(page, ADMIN.nama, 'Sandi pulih dari kertas 1')
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    expect(db().prepare('SELECT status FROM kode_pemulihan ORDER BY id').all()).toEqual([{ status: 'dipakai' }, { status: 'aktif' }])
    // The used code is refused from now on.
    await tombol('Keluar').click()
    await page.getByRole('button', { name: 'Lupa kata sandi Admin?' }).click()
    await isi(kodePemulihan, 'Sandi pulih ketiga kali 3')
    await page.getByText('Nama pengguna Admin atau kode pemulihan salah.').waitFor()
  })
})

describe('Kunci layar karena diam (batas disuntikkan dari kode)', () => {
  const tmp = folderSementara('binmas-e2e-kunci-')
  let host: HostWeb
  let peramban: Browser
  let page: Page
  const db = () => host.app.bdTerbuka!.sqlite

  beforeAll(async () => {
    pastikanRendererDibangun()
    host = await mulaiHost({ folderData: tmp.folder, hariIni: HARI_INI, batasDiamMs: 2500 })
    // A database set up before accounts existed: the demo, loaded without a login while no account exists.
    const r = await fetch(`http://127.0.0.1:${host.port}/api/panggil/contoh:muat`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-binmas-token': host.token }, body: '{}' })
    expect(((await r.json()) as { ok: boolean }).ok).toBe(true)
    peramban = await bukaPeramban()
    page = await (await peramban.newContext({ viewport: LAYAR, locale: 'id-ID', bypassCSP: true })).newPage()
  })
  afterAll(async () => {
    await peramban?.close()
    await host?.tutup()
    tmp.hapus()
  })

  it('[G3] basis data lama tanpa akun: "Buat Akun Admin" tampil sebelum apa pun, dengan kode pemulihan', async () => {
    await page.goto(host.url)
    await page.getByRole('heading', { level: 1, name: 'Buat Akun Admin' }).waitFor()
    expect(await page.getByRole('navigation', { name: 'Menu utama' }).count()).toBe(0)
    await page.getByLabel('Nama lengkap (beserta pangkat)').fill(ADMIN.lengkap)
    await page.getByLabel('Nama pengguna').fill(ADMIN.nama)
    // Checked before anything is sent: a password holding the user name, repeated wrongly.
    await page.getByLabel('Kata sandi', { exact: true }).fill(`${ADMIN.nama}-2024`)
    await page.getByLabel('Ulangi kata sandi').fill(`${ADMIN.nama}-2025`)
    await page.getByRole('button', { name: 'Buat Akun Admin' }).click()
    await page.getByText('Akun belum dibuat: periksa isian yang ditandai.').waitFor()
    expect(await page.locator('#f-kataSandi-galat').textContent()).toBe('Kata sandi tidak boleh memuat nama pengguna')
    expect(await page.locator('#f-ulangiSandi-galat').textContent()).toBe('Kata sandi yang diulang tidak sama')
    expect(db().prepare('SELECT count(*) n FROM pengguna').get()).toEqual({ n: 0 })
    await page.getByLabel('Kata sandi', { exact: true }).fill(ADMIN.sandi)
    await page.getByLabel('Ulangi kata sandi').fill(ADMIN.sandi)
    await page.getByRole('button', { name: 'Buat Akun Admin' }).click()
    await page.getByRole('heading', { level: 1, name: 'Kode Pemulihan Admin' }).waitFor()
    expect((await page.locator('.kode-pemulihan').textContent())!.trim()).toMatch(KODE)
    await page.getByLabel('Kode pemulihan sudah saya cetak atau catat dan simpan di tempat aman').check()
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
  })

  it('[G3] setelah batas diam layar terkunci ke sandi pengguna yang sama; isian grid yang tertunda tersimpan setelah dibuka, tidak hilang', async () => {
    await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: 'Input Mingguan' }).click()
    const grid = page.getByRole('grid')
    await grid.waitFor()
    const kode = (await page.locator('.baris-grid').first().getAttribute('data-kode'))!
    const nilaiDb = () => (db().prepare('SELECT kk_dikunjungi v FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 41').get(kode) as { v: number | null } | undefined)?.v ?? null
    // Week 41 (the last finished one) is shown; a value the demo does not already hold.
    const target = nilaiDb() === 37 ? 38 : 37
    // Start typing a value and leave the PC with the editor still open.
    await page.locator(`.baris-grid[data-kode="${kode}"] [data-kolom="kk_dikunjungi"]`).click()
    await page.keyboard.type(String(target))
    const kunci = page.getByRole('dialog', { name: 'Layar Terkunci' })
    await kunci.waitFor({ timeout: 10_000 })
    expect(await kunci.getByText(`Pengguna: ${ADMIN.nama}`).count()).toBe(1)
    // Underneath, the app is inert: not reachable by keyboard or screen reader.
    expect(await page.locator('.akar-aplikasi').getAttribute('inert')).not.toBeNull()
    await page.screenshot({ path: berkasTangkapan('g3-layar-terkunci.png') })
    expect(JSON.stringify(await pelanggaranBerat(page))).toBe('[]')
    // The server-side session ended with the lock.
    const r = await page.evaluate(async () => (await fetch('/api/panggil/satker:info', { method: 'POST', headers: { 'x-binmas-token': sessionStorage.getItem('binmas-token')! }, body: '{}' })).json())
    expect(r).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
    // A wrong password keeps it locked.
    await kunci.getByLabel('Kata sandi').fill('bukan sandinya')
    await kunci.getByRole('button', { name: 'Buka Kunci' }).click()
    await kunci.getByText('Nama pengguna atau kata sandi salah.').waitFor()
    await kunci.getByLabel('Kata sandi').fill(ADMIN.sandi)
    await kunci.getByRole('button', { name: 'Buka Kunci' }).click()
    await kunci.waitFor({ state: 'detached' })
    // The edit typed before the lock is saved now (the call that met the ended session was sent again).
    await expect.poll(nilaiDb, { timeout: 15_000 }).toBe(target)
    expect(db().prepare("SELECT pengguna FROM audit WHERE tabel = 'laporan_mingguan' ORDER BY id DESC LIMIT 1").get()).toEqual({ pengguna: ADMIN.nama })
    expect(await grid.isVisible()).toBe(true)
  })
})
