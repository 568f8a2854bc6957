import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostWeb } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { bukaLayarDemo, LAYAR, type LayarDemo } from '../helpers/layar-demo'
import { berkasTangkapan } from '../helpers/peramban'

/**
 * Peta Rawan in Debian's Chromium through the web test host, on the demo
 * Polres TTU with "today" 20 October 2024. Every count on the map is checked
 * against SQL written here on the host's own SQLite file.
 */

const HARI_INI = '2024-10-20'
const SEPT = '2024-09'
const AGUS = '2024-08'
const KATEGORI = ['Aman', 'Waspada', 'Rawan', 'Sangat Rawan']

describe('Peta Rawan lewat antarmuka', () => {
  let layar: LayarDemo
  let host: HostWeb
  let page: Page

  const db = () => host.app.bdTerbuka!.sqlite
  const ubin = () => page.locator('.peta-skematis a.ubin')
  const api = (kanal: string, masukan: object = {}) => layar.api(kanal, masukan)
  const menu = (label: string) => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: label, exact: true })
  /** Tiles per kategori ('-' = no value) as the map shows them. */
  const ubinPerKategori = async () => {
    const k = await ubin().evaluateAll((a) => a.map((x) => x.getAttribute('data-kategori')!))
    const m: Record<string, number> = {}
    for (const x of k) m[x] = (m[x] ?? 0) + 1
    return m
  }
  /** Per kategori from SQL: the stored September results plus desa with no stored result ('-'). */
  const sqlPerKategori = (polsekId?: number) => {
    const saring = polsekId === undefined ? '' : 'AND kc.polsek_id = @p'
    const baris = db()
      .prepare(
        `SELECT coalesce(h.kategori, '-') k, count(*) n FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode
         LEFT JOIN hasil_ikdk h ON h.desa_kode = d.kode AND h.bulan = @b WHERE 1 = 1 ${saring} GROUP BY 1`,
      )
      .all({ b: SEPT, ...(polsekId === undefined ? {} : { p: polsekId }) }) as { k: string; n: number }[]
    return Object.fromEntries(baris.map((r) => [r.k, r.n]))
  }

  beforeAll(async () => {
    layar = await bukaLayarDemo('binmas-e2e-peta-', HARI_INI)
    ;({ host, page } = layar)
  })

  afterAll(async () => {
    await layar?.tutup()
  })

  it('[D1] peta skematis September 2024: kotak per kategori dan legenda sama dengan GROUP BY hasil_ikdk; satu kotak per desa, blok per kecamatan urut kode', async () => {
    // The sidebar: after the Indeks (IKDK) group, before Pertukaran Data.
    const label = await page.getByRole('navigation', { name: 'Menu utama' }).locator('ul.menu').first().locator('a').allTextContents()
    expect(label.indexOf('Peta Rawan')).toBe(label.indexOf('Metodologi') + 1)
    // ui.md order: Peta Rawan, Laporan Anev (once that screen exists), Pertukaran Data.
    expect(label.indexOf('Pertukaran Data')).toBe(label.indexOf('Peta Rawan') + (label.includes('Laporan Anev') ? 2 : 1))
    await menu('Peta Rawan').click()
    await page.getByRole('heading', { level: 1, name: 'Peta Rawan' }).waitFor()
    // The demo desa have coordinates, so the map opens on "Peta batas wilayah"; the tiles are one choice away.
    await page.locator('.peta-wilayah .desa-titik').first().waitFor()
    await page.getByRole('radio', { name: 'Skematik' }).check()
    await ubin().first().waitFor()
    expect(page.url()).toContain('tampilan=skematik')
    expect(await page.getByLabel('Bulan', { exact: true }).inputValue()).toBe(SEPT)

    // Independent SQL: September's stored categories.
    const grup = db().prepare(`SELECT coalesce(kategori, '-') k, count(*) n FROM hasil_ikdk WHERE bulan = ? GROUP BY kategori`).all(SEPT) as { k: string; n: number }[]
    const tanpaHasil = Object.values(db().prepare(`SELECT count(*) FROM desa d WHERE NOT EXISTS (SELECT 1 FROM hasil_ikdk h WHERE h.desa_kode = d.kode AND h.bulan = ?)`).get(SEPT) as object)[0] as number
    const harapan: Record<string, number> = Object.fromEntries(grup.map((g) => [g.k, g.n]))
    if (tanpaHasil > 0) harapan['-'] = (harapan['-'] ?? 0) + tanpaHasil
    expect(await ubinPerKategori()).toEqual(harapan)
    const jumlahDesa = Object.values(db().prepare('SELECT count(*) FROM desa').get() as object)[0] as number
    expect(jumlahDesa).toBeGreaterThan(150)
    expect(await ubin().count()).toBe(jumlahDesa)
    const kode = await ubin().evaluateAll((a) => a.map((x) => x.getAttribute('data-kode')!))
    expect(new Set(kode).size).toBe(kode.length)

    // Legend: every category with its word and the same count.
    for (const k of [...KATEGORI, '-']) {
      const li = page.locator(`.legenda-peta li[data-kategori="${k}"]`)
      expect(await li.locator('.legenda-jumlah').textContent(), k).toBe(String(harapan[k] ?? 0))
      expect(await li.locator('.legenda-kata').textContent()).toBe(k === '-' ? 'Tanpa nilai' : k)
    }
    const rendah = Object.values(db().prepare(`SELECT count(*) FROM hasil_ikdk WHERE bulan = ? AND keyakinan = 'Rendah' AND kategori IS NOT NULL`).get(SEPT) as object)[0] as number
    expect(await page.locator('.legenda-peta li[data-kategori="rendah"] .legenda-jumlah').textContent()).toBe(String(rendah))
    expect(await page.locator('.peta-skematis a.ubin-rendah').count()).toBe(rendah)

    // Blocks: one per kecamatan, in kecamatan-code order, titled with their desa count.
    const kec = db().prepare(`SELECT kc.kode, kc.nama, count(d.kode) n FROM kecamatan kc JOIN desa d ON d.kecamatan_kode = kc.kode GROUP BY kc.kode ORDER BY kc.kode`).all() as { kode: string; nama: string; n: number }[]
    const blok = await page.locator('.blok-kecamatan').evaluateAll((s) => s.map((b) => ({ kode: b.getAttribute('data-kecamatan'), judul: b.querySelector('h2')!.textContent, n: b.querySelectorAll('a.ubin').length })))
    expect(blok).toEqual(kec.map((k) => ({ kode: k.kode, judul: `${k.nama} (${k.n})`, n: k.n })))

    // Every tile: accessible name = full name + category word; tooltip holds the full name.
    const nama = new Map((db().prepare('SELECT kode, nama FROM desa').all() as { kode: string; nama: string }[]).map((r) => [r.kode, r.nama]))
    const sept = new Map((db().prepare('SELECT desa_kode, kategori FROM hasil_ikdk WHERE bulan = ?').all(SEPT) as { desa_kode: string; kategori: string | null }[]).map((r) => [r.desa_kode, r.kategori]))
    const isi = await ubin().evaluateAll((a) => a.map((x) => ({ kode: x.getAttribute('data-kode')!, sr: x.querySelector('.peta-sr')!.textContent!, judul: x.getAttribute('title')! })))
    for (const u of isi) {
      expect(u.sr.startsWith(`${nama.get(u.kode)}: ${sept.get(u.kode) ?? 'Tanpa nilai'}`), u.kode).toBe(true)
      expect(u.judul.startsWith(nama.get(u.kode)!)).toBe(true)
    }

    // Readable at 1366×768: tile text ≥ 12 px, tiles inside the content width (no horizontal scroll).
    const ukuran = await page.locator('.peta-skematis .ubin-nama').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize))
    expect(ukuran).toBeGreaterThanOrEqual(12)
    const kotak = await page.locator('.peta-skematis').boundingBox()
    expect(kotak!.x + kotak!.width).toBeLessThanOrEqual(LAYAR.width)
    const kanan = await ubin().evaluateAll((a) => Math.max(...a.map((x) => x.getBoundingClientRect().right)))
    expect(kanan).toBeLessThanOrEqual(LAYAR.width)
    await page.screenshot({ path: berkasTangkapan('d1-peta-rawan.png') })
  })

  it('[D4] bandingkan dengan Agustus: daftar berisi tepat desa yang kategorinya berbeda (SQL), kotaknya berbingkai dengan ▲/▼', async () => {
    await page.getByRole('heading', { level: 1, name: 'Peta Rawan' }).waitFor()
    await page.getByLabel('Bandingkan dengan bulan sebelumnya').check()
    await page.locator('.daftar-berubah').waitFor()
    const sql = db()
      .prepare(
        `SELECT s.desa_kode, a.kategori sebelum, s.kategori sesudah FROM hasil_ikdk s JOIN hasil_ikdk a ON a.desa_kode = s.desa_kode AND a.bulan = ?
         WHERE s.bulan = ? AND s.kategori IS NOT a.kategori ORDER BY s.desa_kode`,
      )
      .all(AGUS, SEPT) as { desa_kode: string; sebelum: string | null; sesudah: string | null }[]
    expect(sql.length).toBeGreaterThan(0)
    const daftar = await page.locator('.tabel-berubah tbody tr').evaluateAll((tr) => tr.map((t) => t.getAttribute('data-kode')!))
    expect([...daftar].sort()).toEqual(sql.map((r) => r.desa_kode))
    expect(await page.locator('#judul-berubah').textContent()).toContain(`${sql.length} desa`)
    const berbingkai = await page.locator('.peta-skematis a.ubin-berubah').evaluateAll((a) => a.map((x) => x.getAttribute('data-kode')!))
    expect([...berbingkai].sort()).toEqual(sql.map((r) => r.desa_kode))

    // Direction marker per desa: ▲ safer, ▼ less safe (rank of the default categories).
    const peringkat = (k: string | null) => (k === null ? -1 : KATEGORI.indexOf(k))
    for (const r of sql) {
      const teks = await page.locator(`.peta-skematis a.ubin[data-kode="${r.desa_kode}"] .ubin-tanda`).textContent()
      if (r.sebelum !== null && r.sesudah !== null) expect(teks, r.desa_kode).toBe(peringkat(r.sesudah) < peringkat(r.sebelum) ? '▲' : '▼')
      const baris = page.locator(`.tabel-berubah tr[data-kode="${r.desa_kode}"] td`)
      expect(await baris.nth(2).textContent()).toBe(r.sebelum ?? 'Tanpa nilai')
      expect(await baris.nth(3).textContent()).toBe(r.sesudah ?? 'Tanpa nilai')
    }
    expect(page.url()).toContain('banding=1')
    await page.screenshot({ path: berkasTangkapan('d4-banding.png') })
    // "Lihat daftarnya" jumps to the list below the map and moves the focus there.
    await page.getByRole('button', { name: 'Lihat daftarnya ↓' }).click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('judul-berubah')
    await page.screenshot({ path: berkasTangkapan('d4-banding-daftar.png') })
  })

  it('[D4] saringan Polsek mempersempit kotak sesuai hitungan SQL; bulan dapat diganti', async () => {
    const polsek = db().prepare(`SELECT p.id, p.nama, count(d.kode) n FROM polsek p JOIN kecamatan kc ON kc.polsek_id = p.id JOIN desa d ON d.kecamatan_kode = kc.kode GROUP BY p.id ORDER BY n LIMIT 1`).get() as { id: number; nama: string; n: number }
    const semua = await ubin().count()
    await page.getByLabel('Polsek', { exact: true }).selectOption(String(polsek.id))
    await expect.poll(() => ubin().count()).toBe(polsek.n)
    expect(polsek.n).toBeLessThan(semua)
    expect(await ubinPerKategori()).toEqual(sqlPerKategori(polsek.id))
    for (const k of KATEGORI) expect(await page.locator(`.legenda-peta li[data-kategori="${k}"] .legenda-jumlah`).textContent()).toBe(String(sqlPerKategori(polsek.id)[k] ?? 0))
    // The comparison list narrows to this Polsek too.
    const berubahPolsek = Object.values(
      db()
        .prepare(
          `SELECT count(*) FROM hasil_ikdk s JOIN hasil_ikdk a ON a.desa_kode = s.desa_kode AND a.bulan = ? JOIN desa d ON d.kode = s.desa_kode JOIN kecamatan kc ON kc.kode = d.kecamatan_kode
           WHERE s.bulan = ? AND s.kategori IS NOT a.kategori AND kc.polsek_id = ?`,
        )
        .get(AGUS, SEPT, polsek.id) as object,
    )[0] as number
    expect(await page.locator('.peta-skematis a.ubin-berubah').count()).toBe(berubahPolsek)

    // Month: August with the same Polsek.
    await page.getByRole('button', { name: 'Bulan sebelumnya' }).click()
    await expect.poll(() => page.getByLabel('Bulan', { exact: true }).inputValue()).toBe(AGUS)
    const agus = Object.values(db().prepare(`SELECT count(*) FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE h.bulan = ? AND h.kategori = 'Aman' AND kc.polsek_id = ?`).get(AGUS, polsek.id) as object)[0] as number
    await expect.poll(() => page.locator('.peta-skematis a.ubin[data-kategori="Aman"]').count()).toBe(agus)
    await page.getByLabel('Polsek', { exact: true }).selectOption('')
    await page.getByRole('button', { name: 'Bulan berikutnya' }).click()
    await expect.poll(() => ubin().count()).toBe(semua)
  })

  it('[D1] bulan tanpa hasil IKDK: semua desa tetap tampil sebagai kotak arsir abu-abu "Tanpa nilai"', async () => {
    const kosong = '2023-01'
    expect(Object.values(db().prepare('SELECT count(*) FROM hasil_ikdk WHERE bulan = ?').get(kosong) as object)[0]).toBe(0)
    await page.goto(`${host.url.split('?')[0]}#/peta-rawan?bulan=${kosong}&tampilan=skematik`)
    await page.locator('.peta-skematis a.ubin-kosong').first().waitFor()
    const jumlahDesa = Object.values(db().prepare('SELECT count(*) FROM desa').get() as object)[0] as number
    expect(await ubinPerKategori()).toEqual({ '-': jumlahDesa })
    expect(await page.locator('.legenda-peta li[data-kategori="-"] .legenda-jumlah').textContent()).toBe(String(jumlahDesa))
    const latar = await page.locator('.peta-skematis a.ubin').first().evaluate((e) => getComputedStyle(e).backgroundImage)
    expect(latar).toContain('repeating-linear-gradient')
    await page.screenshot({ path: berkasTangkapan('d1-peta-tanpa-data.png') })
  })

  it('[D1] kotak dapat difokus dengan Tab dan Enter membuka rincian desa di Indeks', async () => {
    await page.goto(`${host.url.split('?')[0]}#/peta-rawan?bulan=${SEPT}&tampilan=skematik`)
    await ubin().first().waitFor()
    const kode = (db().prepare(`SELECT desa_kode FROM hasil_ikdk WHERE bulan = ? AND kategori = 'Sangat Rawan' ORDER BY desa_kode LIMIT 1`).get(SEPT) as { desa_kode: string } | undefined)?.desa_kode
      ?? (db().prepare(`SELECT desa_kode FROM hasil_ikdk WHERE bulan = ? ORDER BY nilai LIMIT 1`).get(SEPT) as { desa_kode: string }).desa_kode
    const nama = (db().prepare('SELECT nama FROM desa WHERE kode = ?').get(kode) as { nama: string }).nama
    const u = page.locator(`.peta-skematis a.ubin[data-kode="${kode}"]`)
    // Keyboard: Tab from the checkbox reaches the first tile, focus is visible.
    await page.getByLabel('Bandingkan dengan bulan sebelumnya').focus()
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ubin'))).toBe(true)
    const garis = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(garis).toBe('solid')
    await u.focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: nama }).waitFor()
    expect(page.url()).toContain(`#/indeks?bulan=${SEPT}&desa=${kode}`)
  })

  it('[D1] [D4] Peta Rawan tanpa pelanggaran aksesibilitas serius/kritis (axe), juga saat dibandingkan', async () => {
    const k = await layar.peramban.newContext({ viewport: LAYAR, bypassCSP: true })
    try {
      const p = await k.newPage()
      const dasar = host.url.split('?')[0]
      await p.goto(host.url)
      await p.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
      await p.goto(`${dasar}#/peta-rawan?bulan=${SEPT}&tampilan=skematik`)
      await p.locator('.peta-skematis a.ubin').first().waitFor()
      expect(await pelanggaranBerat(p), 'Peta Rawan').toEqual([])
      await p.goto(`${dasar}#/peta-rawan?bulan=${SEPT}&banding=1&tampilan=skematik`)
      await p.locator('.tabel-berubah').waitFor()
      expect(await pelanggaranBerat(p), 'Peta Rawan dibandingkan').toEqual([])
    } finally {
      await k.close()
    }
  })
})
