import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostWeb } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { bukaLayar, bukaMenu, LAYAR, type LayarDemo, panggilHost } from '../helpers/layar-demo'
import { berkasTangkapan } from '../helpers/peramban'

/**
 * "Pengaturan" (Kunci Periode, Data Contoh) and the demo Polres in Debian's
 * Chromium through the web test host: the demo is loaded from the wizard's
 * first step, a locked month refuses edits with the server's message, an
 * unlock needs a reason and is audited, and removing the demo returns to
 * Pengaturan Awal with nothing left behind.
 */

const HARI_INI = '2024-10-20'
const PESAN_TERKUNCI =
  'Periode September 2024 sudah dikunci; kejadian bulan itu (kecuali menutupnya dengan tanggal selesai sesudah bulan itu) tidak dapat diubah. Buka kunci di Kunci Periode (dengan alasan) bila perlu koreksi.'

type BarisKejadian = { id: string; tanggal: string; desa_kode: string; kategori: string; tingkat: string; status: string; tanggal_selesai: string | null; uraian: string; diubah_pada: string }

describe('Pengaturan: Kunci Periode dan Data Contoh lewat antarmuka', () => {
  let layar: LayarDemo
  let host: HostWeb
  let peramban: Browser
  let page: Page

  const db = () => host.app.bdTerbuka!.sqlite
  const satu = <T,>(sql: string, ...p: unknown[]) => db().prepare(sql).get(...p) as T
  const hitung = (sql: string, ...p: unknown[]) => satu<{ n: number }>(sql, ...p).n
  const kejadian = (id: string) => satu<BarisKejadian>('SELECT * FROM kejadian WHERE id = ?', id)
  const dialog = () => page.getByRole('dialog')
  const spanduk = () => page.locator('.spanduk-contoh')
  const buka = (menu: string, judul: string) => bukaMenu(page, menu, judul)

  beforeAll(async () => {
    layar = await bukaLayar('binmas-e2e-pengaturan-', HARI_INI)
    ;({ host, peramban, page } = layar)
  })

  afterAll(async () => {
    await layar?.tutup()
  })

  it('[B6] langkah pertama Pengaturan Awal menawarkan Data Contoh; satu klik memuat Polres TTU dan spanduk DATA CONTOH tampil di setiap layar', async () => {
    await page.goto(host.url)
    await page.getByRole('heading', { level: 1, name: 'Pengaturan Awal' }).waitFor()
    const tombol = page.getByRole('button', { name: 'Muat Data Contoh (Polres Timor Tengah Utara)' })
    await tombol.waitFor()
    expect(await page.locator('.kartu-contoh').textContent()).toContain('bukan data sungguhan')
    // Secondary: the wizard's own "Lanjut" stays the primary button.
    expect(await tombol.getAttribute('class')).not.toContain('tombol-utama')
    await page.screenshot({ path: berkasTangkapan('b6-wizard-contoh.png') })
    expect(hitung('SELECT count(*) n FROM satker')).toBe(0)

    await tombol.click()
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor({ timeout: 60_000 })
    expect(await spanduk().textContent()).toContain('DATA CONTOH — bukan data sungguhan')
    expect(satu('SELECT nama FROM satker')).toEqual({ nama: 'POLRES TIMOR TENGAH UTARA' })
    expect(satu("SELECT nilai FROM pengaturan WHERE kunci = 'data_contoh'")).toEqual({ nilai: '1' })
    expect(hitung('SELECT count(*) n FROM kejadian')).toBeGreaterThan(100)
    await page.screenshot({ path: berkasTangkapan('b6-spanduk.png') })
    for (const [menu, judul] of [
      ['Personel', 'Personel'],
      ['Kejadian & Deteksi Dini', 'Kejadian & Deteksi Dini'],
      ['Pengaturan', 'Pengaturan'],
    ] as const) {
      await buka(menu, judul)
      expect(await spanduk().isVisible()).toBe(true)
    }
  })

  it('[B1] Personel data contoh: jumlah personel dan "Desa tanpa Bhabinkamtibmas" sama dengan hitungan SQL', async () => {
    await buka('Personel', 'Personel')
    await page.locator('.tabel-personel tbody tr[data-nrp]').first().waitFor()
    expect(await page.locator('.tabel-personel tbody tr[data-nrp]').count()).toBe(hitung('SELECT count(*) n FROM personel'))
    const tanpa = hitung(
      `SELECT count(*) n FROM desa d WHERE d.aktif = 1 AND NOT EXISTS (
         SELECT 1 FROM desa_binaan b JOIN personel p ON p.nrp = b.nrp
         WHERE b.desa_kode = d.kode AND p.aktif = 1 AND b.mulai <= ? AND (b.selesai IS NULL OR b.selesai >= ?))`,
      HARI_INI,
      HARI_INI,
    )
    expect(tanpa).toBeGreaterThan(0)
    expect(Number(await page.locator('.jumlah-tanpa').textContent())).toBe(tanpa)
    await page.screenshot({ path: berkasTangkapan('b1-personel-contoh.png') })
  })

  it('[B5] Kunci Periode: daftar bulan sesuai data; mengunci September 2024 dengan konfirmasi tercatat di Riwayat Perubahan', async () => {
    await buka('Pengaturan', 'Pengaturan')
    const baris = page.locator('.tabel-periode tbody tr')
    await baris.first().waitFor()
    const bulanKejadian = (db().prepare('SELECT DISTINCT substr(tanggal, 1, 7) b FROM kejadian').all() as { b: string }[]).map((r) => r.b)
    expect(await baris.count()).toBeGreaterThanOrEqual(new Set(bulanKejadian).size)
    expect(await page.locator('.tabel-periode tbody th').first().textContent()).toBe('Oktober 2024')

    await page.getByRole('button', { name: 'Kunci September 2024' }).click()
    const tanya = page.getByRole('alertdialog')
    await tanya.getByRole('heading', { name: 'Kunci September 2024?' }).waitFor()
    await tanya.getByRole('button', { name: 'Batal' }).click()
    await tanya.waitFor({ state: 'detached' })
    expect(hitung('SELECT count(*) n FROM kunci_periode')).toBe(0)

    await page.getByRole('button', { name: 'Kunci September 2024' }).click()
    await tanya.getByRole('button', { name: 'Kunci Periode' }).click()
    await tanya.waitFor({ state: 'detached' })
    await page.getByText('September 2024 dikunci; tercatat di Riwayat Perubahan bulan itu.').waitFor()
    expect(await page.locator('tr[data-bulan="2024-09"] td').first().textContent()).toBe('Terkunci')
    expect(satu('SELECT bulan, dikunci_oleh FROM kunci_periode')).toEqual({ bulan: '2024-09', dikunci_oleh: 'admin' })
    await page.screenshot({ path: berkasTangkapan('b5-kunci-periode.png') })
    await page.getByRole('button', { name: 'Riwayat Perubahan September 2024' }).click()
    await dialog().getByRole('heading', { name: 'Kunci Periode September 2024' }).waitFor()
    await dialog().locator('.tabel-riwayat li', { hasText: 'Periode dikunci' }).waitFor()
    expect(await dialog().locator('.tabel-riwayat tbody td').nth(1).textContent()).toBe('admin · Dikunci')
    await page.screenshot({ path: berkasTangkapan('b5-riwayat-periode.png') })
    await page.keyboard.press('Escape')
    await dialog().waitFor({ state: 'detached' })
  })

  it('[B5][B4] kejadian bulan terkunci: ditandai, hanya bisa ditutup; ubahan ditolak dengan pesan server dan basis data tidak berubah; menutup dengan tanggal Oktober berhasil', async () => {
    const terbuka = satu<BarisKejadian>("SELECT * FROM kejadian WHERE tanggal LIKE '2024-09-%' AND status = 'terbuka' ORDER BY tanggal, id LIMIT 1")
    const oktober = satu<BarisKejadian>("SELECT * FROM kejadian WHERE tanggal LIKE '2024-10-%' ORDER BY tanggal, id LIMIT 1")
    expect(terbuka).toBeDefined()
    const nAudit = () => hitung('SELECT count(*) n FROM audit')
    await buka('Kejadian & Deteksi Dini', 'Kejadian & Deteksi Dini')
    await page.getByLabel('Bulan').selectOption('2024-09')
    await page.getByLabel('Status', { exact: true }).selectOption('terbuka')
    const baris = page.locator('.tabel-kejadian tbody tr[data-id]')
    await expect.poll(() => baris.count()).toBe(hitung("SELECT count(*) n FROM kejadian WHERE tanggal LIKE '2024-09-%' AND status = 'terbuka'"))
    expect(await page.locator('.tabel-kejadian tbody tr.baris-terkunci').count()).toBe(await baris.count())
    expect(await page.locator(`tr[data-id="${terbuka.id}"] td`).last().textContent()).toBe('Terkunci')
    expect(await page.locator(`tr[data-id="${terbuka.id}"] input[type="checkbox"]`).isDisabled()).toBe(true)
    await page.screenshot({ path: berkasTangkapan('b5-kejadian-daftar-terkunci.png') })

    // Read-only except "Tutup kejadian"; a closing date inside September is refused by the server.
    await page.locator(`tr[data-id="${terbuka.id}"]`).click()
    await dialog().getByText('Periode September 2024 terkunci').waitFor()
    expect(await dialog().locator('input:not([type="date"]), select, textarea').count()).toBe(0)
    const sebelum = kejadian(terbuka.id)
    const auditAwal = nAudit()
    await dialog().getByLabel('Tanggal selesai').fill('2024-09-30')
    await dialog().getByRole('button', { name: 'Tutup kejadian' }).click()
    await dialog().getByRole('alert').waitFor()
    expect(await dialog().getByRole('alert').textContent()).toBe(`Belum disimpan: ${PESAN_TERKUNCI}`)
    expect(kejadian(terbuka.id)).toEqual(sebelum)
    expect(nAudit()).toBe(auditAwal)
    await page.screenshot({ path: berkasTangkapan('b5-kejadian-terkunci.png') })

    await dialog().getByLabel('Tanggal selesai').fill('2024-10-05')
    await dialog().getByRole('button', { name: 'Tutup kejadian' }).click()
    await dialog().getByText('✓ Tersimpan').waitFor()
    expect(kejadian(terbuka.id)).toMatchObject({ status: 'selesai', tanggal_selesai: '2024-10-05', uraian: sebelum.uraian, tanggal: sebelum.tanggal })
    await dialog().locator('.tabel-riwayat li', { hasText: 'status: Terbuka → Selesai' }).waitFor()
    await dialog().getByText('Kejadian ini sudah selesai dan bulannya terkunci').waitFor()
    await page.keyboard.press('Escape')

    // An October incident moved into September is refused too, and nothing changes.
    await page.getByRole('button', { name: 'Hapus saringan' }).click()
    await page.locator(`tr[data-id="${oktober.id}"]`).click()
    await dialog().getByLabel('Tanggal kejadian').fill('2024-09-28')
    await dialog().getByRole('button', { name: 'Simpan' }).click()
    await dialog().getByRole('alert').waitFor()
    expect(await dialog().getByRole('alert').textContent()).toBe(`Belum disimpan: ${PESAN_TERKUNCI}`)
    expect(kejadian(oktober.id)).toEqual(oktober)
    await dialog().getByRole('button', { name: 'Batal' }).click()

    // A new incident dated in September: refused the same way.
    const n = hitung('SELECT count(*) n FROM kejadian')
    await page.getByRole('button', { name: 'Tambah Kejadian' }).click()
    await dialog().getByLabel('Tanggal kejadian').fill('2024-09-15')
    await dialog().getByLabel('Desa', { exact: true }).fill(oktober.desa_kode)
    await dialog().getByLabel('Kategori').selectOption('hoaks')
    await dialog().getByLabel('Tingkat').selectOption('potensi')
    await dialog().getByRole('button', { name: 'Simpan' }).click()
    await dialog().getByRole('alert').waitFor()
    expect(await dialog().getByRole('alert').textContent()).toContain('Periode September 2024 sudah dikunci')
    expect(hitung('SELECT count(*) n FROM kejadian')).toBe(n)
    await page.keyboard.press('Escape')
  })

  it('[B5] membuka kunci meminta alasan minimal 10 huruf; alasannya tercatat di audit dan Riwayat Perubahan', async () => {
    await buka('Pengaturan', 'Pengaturan')
    await page.getByRole('button', { name: 'Buka kunci September 2024' }).click()
    await dialog().waitFor()
    expect(await dialog().textContent()).toContain('Pembukaan kunci diaudit')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-alasan')
    await dialog().getByLabel('Alasan membuka kunci').fill('salah')
    await dialog().getByRole('button', { name: 'Buka Kunci' }).click()
    await page.locator('#f-alasan-galat').waitFor()
    expect(await page.locator('#f-alasan-galat').textContent()).toBe('Tuliskan alasan membuka kunci (minimal 10 huruf)')
    expect(hitung("SELECT count(*) n FROM kunci_periode WHERE bulan = '2024-09'")).toBe(1)
    await page.screenshot({ path: berkasTangkapan('b5-buka-kunci.png') })

    const alasan = 'Koreksi laporan Polsek Insana minggu ke-37'
    await dialog().getByLabel('Alasan membuka kunci').fill(alasan)
    await dialog().getByRole('button', { name: 'Buka Kunci' }).click()
    await dialog().waitFor({ state: 'detached' })
    await page.getByText('Kunci September 2024 dibuka; alasannya tercatat di Riwayat Perubahan.').waitFor()
    expect(hitung('SELECT count(*) n FROM kunci_periode')).toBe(0)
    const audit = satu<{ pengguna: string; sesudah: string }>("SELECT pengguna, sesudah FROM audit WHERE tabel = 'kunci_periode' AND kunci = '2024-09' AND aksi = 'buka-kunci'")
    expect(audit.pengguna).toBe('admin')
    expect(JSON.parse(audit.sesudah)).toEqual({ alasan })
    await page.getByRole('button', { name: 'Riwayat Perubahan September 2024' }).click()
    const riwayat = dialog().locator('.tabel-riwayat tbody tr')
    await expect.poll(() => riwayat.count()).toBe(2)
    expect(await riwayat.first().locator('li').textContent()).toBe(`Kunci dibuka. Alasan: ${alasan}`)
    expect(await riwayat.first().locator('td').nth(1).textContent()).toBe('admin · Kunci dibuka')
    await page.keyboard.press('Escape')
    expect(await page.locator('tr[data-bulan="2024-09"] td').first().textContent()).toBe('Terbuka')
  })

  it('[B5][B6] Pengaturan, konfirmasinya, dan dialog buka kunci tanpa pelanggaran aksesibilitas serius/kritis (axe)', async () => {
    const k = await peramban.newContext({ viewport: LAYAR, bypassCSP: true })
    try {
      const p = await k.newPage()
      await p.goto(host.url)
      await p.getByRole('link', { name: 'Pengaturan', exact: true }).click()
      await p.locator('.tabel-periode tbody tr').first().waitFor()
      expect(await pelanggaranBerat(p), 'Pengaturan').toEqual([])
      await p.getByRole('button', { name: 'Kunci Agustus 2024' }).click()
      await p.getByRole('alertdialog').waitFor()
      expect(await pelanggaranBerat(p), 'konfirmasi kunci').toEqual([])
      await p.getByRole('alertdialog').getByRole('button', { name: 'Kunci Periode' }).click()
      await p.getByRole('button', { name: 'Buka kunci Agustus 2024' }).click()
      await p.getByRole('dialog').getByRole('button', { name: 'Buka Kunci' }).click()
      await p.locator('#f-alasan-galat').waitFor()
      expect(await pelanggaranBerat(p), 'dialog buka kunci dengan pesan galat').toEqual([])
      await p.keyboard.press('Escape')
      await p.getByRole('link', { name: 'Kejadian & Deteksi Dini', exact: true }).click()
      await p.getByLabel('Bulan').selectOption('2024-08')
      await p.locator('.tabel-kejadian tbody tr.baris-terkunci').first().click()
      await p.getByRole('dialog').getByText('Belum ada perubahan sejak kejadian ini dicatat.').waitFor()
      expect(await pelanggaranBerat(p), 'kejadian terkunci').toEqual([])
    } finally {
      await k.close()
    }
  })

  it('[B6] tautan spanduk membawa ke Hapus Data Contoh; konfirmasi menyebut semua yang hilang; sesudahnya kembali ke Pengaturan Awal tanpa sisa data', async () => {
    await page.reload()
    await spanduk().getByRole('link', { name: 'Hapus data contoh' }).click()
    await page.getByRole('heading', { level: 1, name: 'Pengaturan' }).waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('judul-data-contoh')
    await page.getByRole('button', { name: 'Hapus Data Contoh' }).click()
    const tanya = page.getByRole('alertdialog')
    await tanya.getByRole('heading', { name: 'Hapus seluruh data contoh?' }).waitFor()
    const isi = await tanya.textContent()
    for (const kata of ['seluruh desa', 'personel', 'laporan mingguan, kejadian', 'kunci periode dan Riwayat Perubahan', 'kembali ke Pengaturan Awal']) expect(isi).toContain(kata)
    await page.screenshot({ path: berkasTangkapan('b6-hapus-contoh.png') })

    await tanya.getByRole('button', { name: 'Hapus Data Contoh' }).click()
    await page.getByRole('heading', { level: 1, name: 'Pengaturan Awal' }).waitFor()
    await page.getByRole('button', { name: 'Muat Data Contoh (Polres Timor Tengah Utara)' }).waitFor()
    expect(await spanduk().count()).toBe(0)
    for (const t of ['satker', 'polsek', 'kecamatan', 'desa', 'personel', 'desa_binaan', 'laporan_mingguan', 'kejadian', 'kunci_periode', 'audit']) {
      expect(hitung(`SELECT count(*) n FROM ${t}`), t).toBe(0)
    }
    expect(hitung("SELECT count(*) n FROM pengaturan WHERE kunci = 'data_contoh'")).toBe(0)
    expect(await panggilHost(host, 'sistem:status', {})).toMatchObject({ sudahDisiapkan: false, dataContoh: false })
  })
})
