import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostWeb } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { bukaLayarDemo, LAYAR, type LayarDemo } from '../helpers/layar-demo'
import { WARNA_UI } from '../helpers/peta'
import { type FiturShp, keUtm51S, PRJ_UTM51S, zipShapefile } from '../helpers/peta-shp'
import { berkasTangkapan } from '../helpers/peramban'

/**
 * Peta batas wilayah in Debian's Chromium under the app's own CSP, on the demo
 * Polres TTU ("today" 20 October 2024, month September 2024): import a GeoJSON
 * and a zipped Shapefile through the screen, check the preview report, save,
 * and check every drawn desa's paint against SQL run here on the host's file.
 */

const HARI_INI = '2024-10-20'
const SEPT = '2024-09'
const FIXTURE = path.resolve('tests/fixtures/peta/batas-kefamenanu.geojson')
const KEC = '53.03.05'
const BENPASI = '53.03.05.1005'

describe('Peta Rawan: batas wilayah lewat antarmuka', () => {
  let layar: LayarDemo
  let host: HostWeb
  let page: Page

  const db = () => host.app.bdTerbuka!.sqlite
  const satu = <T>(q: string, ...p: unknown[]) => Object.values(db().prepare(q).get(...p) as object)[0] as T
  const dasar = () => host.url.split('?')[0]
  /** Expected paint of a desa from the stored result: ui.md colour, white for low confidence points, hatch for no value. */
  const hasil = (kode: string) => db().prepare('SELECT kategori, keyakinan FROM hasil_ikdk WHERE desa_kode = ? AND bulan = ?').get(kode, SEPT) as { kategori: string | null; keyakinan: string } | undefined
  const warnaHarapan = (kode: string, titik: boolean) => {
    const h = hasil(kode)
    if (!h || h.kategori === null) return 'url(#peta-arsir)'
    return titik && h.keyakinan === 'Rendah' ? '#ffffff' : WARNA_UI[h.kategori]
  }
  const jalur = (kelas: string) =>
    page.locator(`.peta-wilayah path.${kelas}`).evaluateAll((p) => p.map((e) => ({ kode: e.getAttribute('data-kode')!, kategori: e.getAttribute('data-kategori')!, fill: e.getAttribute('fill')!, opacity: e.getAttribute('fill-opacity') })))
  const panel = () => page.locator('.panel-impor-peta')
  const formBatas = () => page.locator('.form-impor-peta[data-jenis="batas"]')

  /** What Chromium reports against the app's CSP while the map runs (Leaflet sets styles from script). */
  const pelanggaranCsp: string[] = []

  beforeAll(async () => {
    layar = await bukaLayarDemo('binmas-e2e-peta-batas-', HARI_INI)
    ;({ host, page } = layar)
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) pelanggaranCsp.push(m.text())
    })
  })

  afterAll(async () => {
    await layar?.tutup()
  })

  it('[D3] titik desa: lingkaran per desa berkoordinat, warna = kategori IKDK (SQL); tampilan awal "Peta batas wilayah"', async () => {
    await page.goto(`${dasar()}#/peta-rawan?bulan=${SEPT}`)
    await page.locator('.peta-wilayah path.desa-titik').first().waitFor()
    expect(await page.getByRole('radio', { name: 'Peta batas wilayah' }).isChecked()).toBe(true)
    const harap = (db().prepare('SELECT kode FROM desa WHERE aktif = 1 AND lintang IS NOT NULL AND bujur IS NOT NULL ORDER BY kode').all() as { kode: string }[]).map((r) => r.kode)
    const titik = await jalur('desa-titik')
    expect(titik.map((t) => t.kode).sort()).toEqual(harap)
    for (const t of titik) expect(t.fill, t.kode).toBe(warnaHarapan(t.kode, true))
    // No tile layer, nothing remote.
    expect(await page.locator('.leaflet-tile-pane img, .leaflet-tile').count()).toBe(0)
    // Desa without a location are listed and counted, never silently missing.
    const tanpa = satu<number>('SELECT count(*) FROM desa WHERE aktif = 1 AND (lintang IS NULL OR bujur IS NULL)')
    expect(await page.locator('.catatan-tanpa-lokasi').textContent()).toBe(`${tanpa} desa tanpa batas/titik (tidak tergambar, ditandai ∅).`)
    await page.screenshot({ path: berkasTangkapan('d3-peta-titik.png') })
  })

  it('[D2] [D7] impor GeoJSON (fixture buatan tangan): pratinjau melaporkan cocok/tidak cocok/desa tanpa batas sebelum menyimpan; simpan → poligon berwarna kategori (SQL) dan garis kecamatan', async () => {
    await panel().locator('summary').click()
    await formBatas().getByLabel('Berkas batas wilayah').setInputFiles(FIXTURE)
    await formBatas().locator('.laporan-impor-peta').waitFor()
    const aktif = satu<number>('SELECT count(*) FROM desa WHERE aktif = 1')
    const hitung = async (x: string) => (await formBatas().locator(`[data-hitung="${x}"] .angka`).textContent())!
    expect(await hitung('fitur')).toBe('5')
    expect(await hitung('cocok')).toBe('4')
    expect(await hitung('tidak-cocok')).toBe('1')
    expect(await hitung('desa-tanpa')).toBe(String(aktif - 4))
    expect(await formBatas().locator('.tabel-tidak-cocok tbody tr').evaluateAll((t) => t.map((r) => r.getAttribute('data-nomor')))).toEqual(['5'])
    expect(await formBatas().locator('.tabel-tidak-cocok tbody td').nth(2).textContent()).toContain('kode 53.03.99.9999 tidak ada di daftar desa satker')
    expect(await formBatas().getByLabel('Kolom kode desa').inputValue()).toBe('KDEPUM')
    // Nothing stored by the preview.
    expect(satu<number>('SELECT count(*) FROM batas_desa')).toBe(0)
    await formBatas().locator('.laporan-impor-peta').scrollIntoViewIfNeeded()
    await page.screenshot({ path: berkasTangkapan('d2-pratinjau-batas.png') })

    const auditAwal = satu<number>(`SELECT count(*) FROM audit WHERE tabel = 'batas_desa'`)
    await formBatas().getByRole('button', { name: 'Simpan batas 4 desa' }).click()
    await panel().getByText('Batas wilayah 4 desa tersimpan dari batas-kefamenanu.geojson.').waitFor()
    expect((db().prepare('SELECT desa_kode FROM batas_desa ORDER BY desa_kode').all() as { desa_kode: string }[]).map((r) => r.desa_kode)).toEqual(['53.03.05.1002', BENPASI, '53.03.05.1006', '53.03.05.1009'])
    expect(satu<number>(`SELECT count(*) FROM audit WHERE tabel = 'batas_desa'`) - auditAwal).toBe(4)

    await expect.poll(async () => (await jalur('desa-batas')).length).toBe(4)
    const poligon = await jalur('desa-batas')
    for (const p of poligon) {
      expect(p.fill, p.kode).toBe(warnaHarapan(p.kode, false))
      expect(p.kategori, p.kode).toBe(hasil(p.kode)?.kategori ?? '-')
      const h = hasil(p.kode)
      expect(p.opacity, p.kode).toBe(h?.kategori == null ? '1' : h.keyakinan === 'Rendah' ? '0.35' : '0.85')
    }
    expect(await page.locator(`.peta-wilayah path.garis-kecamatan[data-kecamatan="${KEC}"]`).count()).toBe(1)
    // Desa with a boundary are no longer also drawn as points.
    expect((await jalur('desa-titik')).map((t) => t.kode)).not.toContain(BENPASI)
  })

  it('[D2] hanya Polsek Kota Kefamenanu: poligon terlihat besar dengan label; arahkan tetikus → keterangan; klik → rincian desa di Indeks', async () => {
    const polsek = satu<number>('SELECT polsek_id FROM kecamatan WHERE kode = ?', KEC)
    await page.getByLabel('Polsek', { exact: true }).selectOption(String(polsek))
    await expect.poll(async () => (await jalur('desa-titik')).length + (await jalur('desa-batas')).length).toBe(satu<number>(`SELECT count(*) FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE kc.polsek_id = ? AND d.aktif = 1 AND (d.lintang IS NOT NULL OR EXISTS (SELECT 1 FROM batas_desa b WHERE b.desa_kode = d.kode))`, polsek))
    // Zoom in with the mouse wheel over Benpasi (Leaflet zooms around the pointer) until its name fits inside it.
    const benpasi = page.locator(`.peta-wilayah path.desa-batas[data-kode="${BENPASI}"]`)
    await page.locator('.peta-wilayah').scrollIntoViewIfNeeded()
    const label = page.locator('.label-desa', { hasText: 'Benpasi' })
    for (let i = 0; i < 6 && !(await label.isVisible()); i++) {
      const k = (await benpasi.boundingBox())!
      await page.mouse.move(k.x + k.width / 2, k.y + k.height / 2)
      await page.mouse.wheel(0, -200)
      await page.waitForTimeout(400)
    }
    await label.waitFor()
    const nama = satu<string>('SELECT nama FROM desa WHERE kode = ?', BENPASI)
    const h = hasil(BENPASI)
    await benpasi.hover()
    const tip = page.locator('.tooltip-peta')
    await tip.waitFor()
    expect(await tip.textContent()).toContain(nama)
    expect(await tip.textContent()).toContain('Kec. Kota Kefamenanu')
    expect(await tip.textContent()).toContain(h?.kategori ?? 'Tanpa nilai')
    await page.screenshot({ path: berkasTangkapan('d2-peta-batas-hover.png') })
    await benpasi.click()
    await page.getByRole('heading', { level: 2, name: nama }).waitFor()
    expect(page.url()).toContain(`#/indeks?bulan=${SEPT}&desa=${BENPASI}`)
    await page.goBack()
    await benpasi.waitFor()
  })

  it('[D2] papan ketik: daftar desa di samping peta menyorot desa di peta dan Enter membuka rinciannya', async () => {
    const tautan = page.locator(`.daftar-desa-peta a[data-kode="${BENPASI}"]`)
    await tautan.focus()
    const benpasi = page.locator(`.peta-wilayah path.desa-batas[data-kode="${BENPASI}"]`)
    await expect.poll(() => benpasi.getAttribute('stroke-width')).toBe('4')
    expect(await benpasi.getAttribute('stroke')).toBe('#1b1f24')
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid')
    await page.screenshot({ path: berkasTangkapan('d2-papan-ketik.png') })
    // The map container itself takes focus (arrows pan, +/− zoom).
    expect(await page.locator('.peta-wilayah').getAttribute('tabindex')).toBe('0')
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: satu<string>('SELECT nama FROM desa WHERE kode = ?', BENPASI) }).waitFor()
    expect(page.url()).toContain(`desa=${BENPASI}`)
    await page.goBack()
    await page.locator('.peta-wilayah path.desa-batas').first().waitFor()
  })

  it('[D2] [D7] impor Shapefile .zip (UTM 51S + .prj) lewat antarmuka; Shapefile tanpa .prj ditolak dengan pesan dan tidak ada yang tersimpan', async () => {
    const desa = db().prepare(`SELECT kode, nama FROM desa WHERE kecamatan_kode = ? AND kode NOT IN (SELECT desa_kode FROM batas_desa) ORDER BY kode LIMIT 2`).all(KEC) as { kode: string; nama: string }[]
    const persegiUtm = (x: number, y: number) => [[[x, y], [x + 0.02, y], [x + 0.02, y + 0.02], [x, y + 0.02], [x, y]].map((p) => keUtm51S(p as [number, number]))]
    const fitur: FiturShp[] = [
      { cincin: persegiUtm(124.46, -9.42), atribut: { KODE_DESA: desa[0]!.kode.replace(/\./g, ''), NAMA: desa[0]!.nama } },
      { cincin: persegiUtm(124.48, -9.42), atribut: { KODE_DESA: desa[1]!.kode, NAMA: desa[1]!.nama } },
    ]
    const tanpaPrj = zipShapefile('batas_kefa', fitur)
    // The panel was closed by leaving the screen for the Indeks.
    if ((await panel().getAttribute('open')) === null) await panel().locator('summary').click()
    const sebelum = JSON.stringify(db().prepare('SELECT * FROM batas_desa ORDER BY desa_kode').all())
    await formBatas().getByLabel('Berkas batas wilayah').setInputFiles({ name: 'batas_kefa.zip', mimeType: 'application/zip', buffer: tanpaPrj })
    const alert = formBatas().getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toMatch(/^Koordinat fitur ke-1 \([\d.,]+; [\d.,]+\) berada di luar wilayah Indonesia \(bujur 94–142, lintang −11,5–6,5\)\. .* Tidak ada yang disimpan\.$/)
    expect(JSON.stringify(db().prepare('SELECT * FROM batas_desa ORDER BY desa_kode').all())).toBe(sebelum)

    await formBatas().getByLabel('Berkas batas wilayah').setInputFiles({ name: 'batas_kefa.zip', mimeType: 'application/zip', buffer: zipShapefile('batas_kefa', fitur, PRJ_UTM51S) })
    await formBatas().locator('.laporan-impor-peta').waitFor()
    expect(await formBatas().locator('[data-hitung="cocok"] .angka').textContent()).toBe('2')
    expect(await formBatas().getByLabel('Kolom kode desa').inputValue()).toBe('KODE_DESA')
    await formBatas().getByRole('button', { name: 'Simpan batas 2 desa' }).click()
    await panel().getByText('Batas wilayah 2 desa tersimpan dari batas_kefa.zip.').waitFor()
    await expect.poll(async () => (await jalur('desa-batas')).length).toBe(6)
    for (const p of await jalur('desa-batas')) expect(p.fill, p.kode).toBe(warnaHarapan(p.kode, false))
    // Reprojected back onto the same place: the new squares sit north of Benpasi's (lat −9,42 vs −9,46).
    const kotak = async (kode: string) => (await page.locator(`.peta-wilayah path.desa-batas[data-kode="${kode}"]`).boundingBox())!
    expect((await kotak(desa[0]!.kode)).y).toBeLessThan((await kotak(BENPASI)).y)
    expect(Math.abs((await kotak(desa[0]!.kode)).x - (await kotak(BENPASI)).x)).toBeLessThan(3)
    await page.screenshot({ path: berkasTangkapan('d2-peta-batas.png') })
  })

  it('[D3] impor titik CSV lewat antarmuka: desa tanpa koordinat mendapat titik berwarna kategori, tersimpan di lintang/bujur desa', async () => {
    const d = db().prepare(`SELECT d.kode, d.nama, kc.nama kec FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE d.aktif = 1 AND d.lintang IS NULL AND NOT EXISTS (SELECT 1 FROM batas_desa b WHERE b.desa_kode = d.kode) ORDER BY d.kode LIMIT 1`).get() as { kode: string; nama: string; kec: string }
    await page.getByLabel('Polsek', { exact: true }).selectOption('')
    const form = page.locator('.form-impor-peta[data-jenis="titik"]')
    if ((await panel().getAttribute('open')) === null) await panel().locator('summary').click()
    const csv = `desa;kecamatan;lintang;bujur\r\nDesa ${d.nama.toUpperCase()};${d.kec};-9,61234;124,55678\r\n`
    await form.getByLabel('Berkas titik koordinat').setInputFiles({ name: 'titik_desa.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') })
    await form.locator('.laporan-impor-peta').waitFor()
    expect(await form.locator('[data-hitung="cocok"]').textContent()).toContain('1 fitur cocok dengan desa (0 lewat kode, 1 lewat nama)')
    expect(db().prepare('SELECT lintang, bujur FROM desa WHERE kode = ?').get(d.kode)).toEqual({ lintang: null, bujur: null })
    await form.getByRole('button', { name: 'Simpan titik 1 desa' }).click()
    await panel().getByText('Titik koordinat 1 desa tersimpan dari titik_desa.csv.').waitFor()
    expect(db().prepare('SELECT lintang, bujur FROM desa WHERE kode = ?').get(d.kode)).toEqual({ lintang: -9.61234, bujur: 124.55678 })
    const titik = page.locator(`.peta-wilayah path.desa-titik[data-kode="${d.kode}"]`)
    await titik.waitFor({ state: 'attached' })
    expect(await titik.getAttribute('fill')).toBe(warnaHarapan(d.kode, true))
  })

  it('[D3] lapisan kejadian bulan ini dan pos kamling: satu tanda per desa, angka sama dengan SQL', async () => {
    await page.getByLabel('Polsek', { exact: true }).selectOption('')
    await page.locator('.peta-wilayah path.desa-titik').first().waitFor()
    await page.getByRole('checkbox', { name: /^Kejadian September 2024/ }).check()
    const kejadian = db()
      .prepare(
        `SELECT j.desa_kode k, count(*) n FROM kejadian j JOIN desa d ON d.kode = j.desa_kode WHERE j.tanggal BETWEEN '2024-09-01' AND '2024-09-30'
         AND (d.lintang IS NOT NULL OR EXISTS (SELECT 1 FROM batas_desa b WHERE b.desa_kode = d.kode)) GROUP BY j.desa_kode ORDER BY j.desa_kode`,
      )
      .all() as { k: string; n: number }[]
    expect(kejadian.length).toBeGreaterThan(5)
    await expect.poll(() => page.locator('.tanda-kejadian[data-kode]').count()).toBe(kejadian.length)
    const tanda = await page.locator('.tanda-kejadian[data-kode]').evaluateAll((t) => t.map((e) => [e.getAttribute('data-kode')!, Number(e.textContent)] as [string, number]))
    expect(tanda.sort((a, b) => (a[0] < b[0] ? -1 : 1))).toEqual(kejadian.map((r) => [r.k, r.n]))
    // The marker's colour follows the highest tingkat of the month in that desa.
    const tertinggi = db().prepare(`SELECT max(CASE tingkat WHEN 'nyata' THEN 3 WHEN 'ambang' THEN 2 ELSE 1 END) t FROM kejadian WHERE desa_kode = ? AND tanggal BETWEEN '2024-09-01' AND '2024-09-30'`).get(kejadian[0]!.k) as { t: number }
    expect(await page.locator(`.tanda-kejadian[data-kode="${kejadian[0]!.k}"]`).getAttribute('class')).toContain(['', 'tingkat-potensi', 'tingkat-ambang', 'tingkat-nyata'][tertinggi.t])

    await page.getByRole('checkbox', { name: 'Pos kamling (aktif/jumlah)' }).check()
    const pos = satu<number>(`SELECT count(*) FROM desa d WHERE d.aktif = 1 AND d.pos_kamling_total > 0 AND (d.lintang IS NOT NULL OR EXISTS (SELECT 1 FROM batas_desa b WHERE b.desa_kode = d.kode))`)
    await expect.poll(() => page.locator('.tanda-pos[data-kode]').count()).toBe(pos)
    const contoh = db().prepare(`SELECT kode, pos_kamling_total FROM desa WHERE aktif = 1 AND pos_kamling_total > 0 AND lintang IS NOT NULL ORDER BY kode LIMIT 1`).get() as { kode: string; pos_kamling_total: number }
    const aktif = db()
      .prepare(`SELECT pos_kamling_aktif FROM laporan_mingguan WHERE desa_kode = ? AND pos_kamling_aktif IS NOT NULL AND tahun = 2024 AND minggu BETWEEN 36 AND 39 ORDER BY minggu DESC LIMIT 1`)
      .get(contoh.kode) as { pos_kamling_aktif: number } | undefined
    expect(await page.locator(`.tanda-pos[data-kode="${contoh.kode}"]`).textContent()).toBe(`${aktif?.pos_kamling_aktif ?? '?'}/${contoh.pos_kamling_total}`)
    await page.screenshot({ path: berkasTangkapan('d3-lapisan.png') })
    await page.getByRole('checkbox', { name: /^Kejadian September 2024/ }).uncheck()
    await page.getByRole('checkbox', { name: 'Pos kamling (aktif/jumlah)' }).uncheck()
  })

  it('[D4] bandingkan dengan Agustus di peta batas wilayah: tanda ▲/▼ tepat di desa berlokasi yang kategorinya berubah (SQL)', async () => {
    await page.getByLabel('Bandingkan dengan bulan sebelumnya').check()
    const sql = db()
      .prepare(
        `SELECT s.desa_kode k, a.kategori sebelum, s.kategori sesudah FROM hasil_ikdk s JOIN hasil_ikdk a ON a.desa_kode = s.desa_kode AND a.bulan = '2024-08' JOIN desa d ON d.kode = s.desa_kode
         WHERE s.bulan = ? AND s.kategori IS NOT a.kategori AND (d.lintang IS NOT NULL OR EXISTS (SELECT 1 FROM batas_desa b WHERE b.desa_kode = d.kode)) ORDER BY s.desa_kode`,
      )
      .all(SEPT) as { k: string; sebelum: string | null; sesudah: string | null }[]
    expect(sql.length).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.tanda-berubah[data-kode]').count()).toBe(sql.length)
    const tanda = await page.locator('.tanda-berubah[data-kode]').evaluateAll((t) => t.map((e) => [e.getAttribute('data-kode')!, e.textContent!] as [string, string]))
    const peringkat = (k: string | null) => (k === null ? -1 : ['Aman', 'Waspada', 'Rawan', 'Sangat Rawan'].indexOf(k))
    expect(tanda.sort((a, b) => (a[0] < b[0] ? -1 : 1))).toEqual(sql.map((r) => [r.k, r.sebelum === null || r.sesudah === null ? '◆' : peringkat(r.sesudah) < peringkat(r.sebelum) ? '▲' : '▼']))
    await page.screenshot({ path: berkasTangkapan('d4-peta-batas-banding.png') })
    await page.getByLabel('Bandingkan dengan bulan sebelumnya').uncheck()
    await expect.poll(() => page.locator('.tanda-berubah').count()).toBe(0)
  })

  it('[D5] Unduh PNG: berkas Peta_Rawan_September_2024.png, tanda tangan PNG, ukuran 1800×1280', async () => {
    const [unduh] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh PNG' }).click()])
    expect(unduh.suggestedFilename()).toBe('Peta_Rawan_September_2024.png')
    const tujuan = berkasTangkapan('d5-unduhan-peta.png')
    await unduh.saveAs(tujuan)
    const png = fs.readFileSync(tujuan)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.toString('latin1', 12, 16)).toBe('IHDR')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1800, 1280])
    expect(png.length).toBeGreaterThan(20_000)
    // On the schematic view the PNG is the tiles.
    await page.getByRole('radio', { name: 'Skematik' }).check()
    await page.locator('.peta-skematis a.ubin').first().waitFor()
    const [u2] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh PNG' }).click()])
    const t2 = berkasTangkapan('d5-unduhan-skematik.png')
    await u2.saveAs(t2)
    expect(fs.readFileSync(t2).subarray(1, 4).toString('latin1')).toBe('PNG')
    await page.getByRole('radio', { name: 'Peta batas wilayah' }).check()
    await page.locator('.peta-wilayah path.desa-batas').first().waitFor()
  })

  it('[D2] Leaflet berjalan di bawah CSP aplikasi tanpa satu pun pelanggaran CSP di konsol', () => {
    expect(pelanggaranCsp).toEqual([])
  })

  it('[D2] [D3] peta batas wilayah tanpa pelanggaran aksesibilitas serius/kritis (axe); muat di 1366×768', async () => {
    const kotak = await page.locator('.tata-peta-wilayah').boundingBox()
    expect(kotak!.x + kotak!.width).toBeLessThanOrEqual(LAYAR.width)
    const peta = await page.locator('.peta-wilayah').boundingBox()
    expect(peta!.y + peta!.height).toBeLessThanOrEqual(LAYAR.height + 200)
    expect(peta!.width).toBeGreaterThan(600)
    const k = await layar.peramban.newContext({ viewport: LAYAR, bypassCSP: true })
    try {
      const p = await k.newPage()
      await p.goto(host.url)
      await p.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
      await p.goto(`${dasar()}#/peta-rawan?bulan=${SEPT}`)
      await p.locator('.peta-wilayah path.desa-batas').first().waitFor()
      expect(await pelanggaranBerat(p), 'Peta batas wilayah').toEqual([])
    } finally {
      await k.close()
    }
  })
})
