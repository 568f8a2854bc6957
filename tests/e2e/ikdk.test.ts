import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostWeb } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { bukaLayarDemo, LAYAR, type LayarDemo } from '../helpers/layar-demo'
import { berkasTangkapan } from '../helpers/peramban'

/**
 * The IKDK screens (Indeks, "Mengapa nilai ini?", Peringatan Dini, Uji
 * Sensitivitas, Metodologi, Skema IKDK, Beranda) in Debian's Chromium through
 * the web test host, on the demo Polres TTU with "today" 20 October 2024.
 * Every number shown is checked against SQL on the host's own SQLite file,
 * written here independently of the services that produced it.
 */

const HARI_INI = '2024-10-20'
const SEPT = '2024-09'
const INDIKATOR = ['I1.1', 'I1.2', 'I2.1', 'I2.2', 'I3.1', 'I3.2', 'I3.3', 'I4.1', 'I4.2', 'I4.3', 'I5.1']
const BOBOT_DIMENSI = { D1: 35, D2: 20, D3: 20, D4: 15, D5: 10 } as const
const KATEGORI = ['Aman', 'Waspada', 'Rawan', 'Sangat Rawan']

type Baris = Record<string, unknown>
/** One decimal, Indonesian comma; written here so the test does not trust the app's formatter. */
function satuDesimal(v: number): string {
  const r = Math.round(Number((Math.abs(v) * 10).toPrecision(12))) / 10
  return `${v < 0 && r !== 0 ? '-' : ''}${r.toFixed(1).replace('.', ',')}`
}
/** At most three decimals without trailing zeros: 0.5812 → '0,581', 4 → '4'. */
function ringkas3(v: number): string {
  return String(Number(v.toFixed(3))).replace('.', ',')
}
const bulat3 = (v: number) => Math.round(Number((v * 1000).toPrecision(15))) / 1000
function kategoriDari(v: number | null): string | null {
  if (v === null) return null
  const r = bulat3(v)
  return r >= 80 ? 'Aman' : r >= 60 ? 'Waspada' : r >= 40 ? 'Rawan' : 'Sangat Rawan'
}

describe('Layar IKDK lewat antarmuka', () => {
  let layar: LayarDemo
  let host: HostWeb
  let page: Page

  const db = () => host.app.bdTerbuka!.sqlite
  const satu = <T = number>(sql: string, ...p: unknown[]) => Object.values(db().prepare(sql).get(...p) as Baris)[0] as T
  const barisIkdk = () => page.locator('.tabel-ikdk tbody tr[data-kode]')
  const api = (kanal: string, masukan: object = {}) => layar.api(kanal, masukan)
  const menu = (label: string) => page.getByRole('navigation', { name: 'Menu utama' }).getByRole('link', { name: label, exact: true })
  const bukaIndeks = async (alamat = '') => {
    if (alamat) await page.goto(`${host.url.split('?')[0]}${alamat}`)
    else await menu('Indeks (IKDK)').click()
    await page.getByRole('heading', { level: 1, name: 'Indeks (IKDK)' }).waitFor()
  }

  beforeAll(async () => {
    layar = await bukaLayarDemo('binmas-e2e-ikdk-', HARI_INI)
    ;({ host, page } = layar)
  })

  afterAll(async () => {
    await layar?.tutup()
  })

  it('[C4] Indeks September 2024: satu baris per hasil tersimpan, nilai = nilai tersimpan dibulatkan 1 desimal, terendah di atas, skema bawaan berlabel', async () => {
    await bukaIndeks()
    await barisIkdk().first().waitFor()
    expect(await page.getByLabel('Bulan', { exact: true }).inputValue()).toBe(SEPT)
    const n = satu(`SELECT count(*) FROM hasil_ikdk WHERE bulan = ?`, SEPT)
    expect(n).toBeGreaterThan(100)
    expect(await barisIkdk().count()).toBe(n)
    expect(await page.locator('.ringkasan-kategori').textContent()).toContain(`${n} desa`)

    // Every row against the stored value, category and confidence.
    const tersimpan = new Map(
      (db().prepare('SELECT desa_kode, nilai, kategori, keyakinan FROM hasil_ikdk WHERE bulan = ?').all(SEPT) as { desa_kode: string; nilai: number | null; kategori: string | null; keyakinan: string }[]).map((r) => [r.desa_kode, r]),
    )
    const tampil = await page.$$eval('.tabel-ikdk tbody tr[data-kode]', (tr) =>
      tr.map((t) => {
        const sel = (k: string) => t.querySelector(`td.${k}`)?.textContent ?? ''
        return { kode: t.getAttribute('data-kode')!, kodeTampil: sel('kode'), nilai: sel('sel-nilai'), kategori: sel('sel-kategori'), keyakinan: sel('sel-keyakinan'), perubahan: sel('sel-perubahan') }
      }),
    )
    for (const t of tampil) {
      const s = tersimpan.get(t.kode)!
      const harapan = s.nilai === null ? 'N/A' : `${satuDesimal(s.nilai)}${s.keyakinan === 'Rendah' ? ' (rendah)' : ''}`
      expect(t.kodeTampil).toBe(t.kode)
      expect(t.nilai, t.kode).toBe(harapan)
      expect(t.kategori, t.kode).toBe(s.kategori ?? 'Tanpa nilai')
      expect(t.keyakinan, t.kode).toBe(s.keyakinan)
    }

    // Most rawan first; its change vs August computed here from the two stored values.
    const terendah = db().prepare(`SELECT desa_kode, nilai FROM hasil_ikdk WHERE bulan = ? AND nilai IS NOT NULL ORDER BY nilai, desa_kode LIMIT 1`).get(SEPT) as { desa_kode: string; nilai: number }
    expect(tampil[0]!.kode).toBe(terendah.desa_kode)
    const agustus = satu<number>(`SELECT nilai FROM hasil_ikdk WHERE bulan = '2024-08' AND desa_kode = ?`, terendah.desa_kode)
    const beda = bulat3(bulat3(terendah.nilai) - bulat3(agustus))
    expect(tampil[0]!.perubahan).toBe(`${beda > 0 ? '+' : '−'}${satuDesimal(Math.abs(beda))}`)
    expect(await page.locator('.tabel-ikdk tbody .sparkline').count()).toBe(n)

    expect(await page.locator('.label-skema').first().textContent()).toContain('Skema bawaan Binmas Desk — bukan standar resmi Polri')
    await page.screenshot({ path: berkasTangkapan('c4-indeks.png') })
  })

  it('[C4] saringan Polsek dan kategori mempersempit tabel; judul kolom mengurutkan', async () => {
    const hitung = (polsek: string | null, kategori: string | null) =>
      satu(
        `SELECT count(*) FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode JOIN kecamatan kc ON kc.kode = d.kecamatan_kode JOIN polsek p ON p.id = kc.polsek_id
         WHERE h.bulan = ? AND (? IS NULL OR p.nama = ?) AND (? IS NULL OR h.kategori = ?)`,
        SEPT,
        polsek,
        polsek,
        kategori,
        kategori,
      )
    const semua = await barisIkdk().count()
    await page.getByLabel('Polsek', { exact: true }).selectOption({ label: 'POLSEK INSANA' })
    const nInsana = hitung('POLSEK INSANA', null)
    await expect.poll(() => barisIkdk().count()).toBe(nInsana)
    expect(nInsana).toBeLessThan(semua)
    expect(new Set(await page.locator('.tabel-ikdk tbody tr td.sel-polsek').allTextContents())).toEqual(new Set(['POLSEK INSANA']))

    await page.getByLabel('Kategori', { exact: true }).selectOption('Waspada')
    const nInsanaWaspada = hitung('POLSEK INSANA', 'Waspada')
    await expect.poll(() => barisIkdk().count()).toBe(nInsanaWaspada)
    expect(nInsanaWaspada).toBeLessThan(nInsana)
    expect(new Set(await page.locator('.tabel-ikdk tbody tr td.sel-kategori').allTextContents())).toEqual(new Set(['Waspada']))
    expect(await page.locator('.ringkasan-kategori').textContent()).toContain(`${nInsanaWaspada} desa (dari ${semua})`)
    // The filters are in the address, so a reload keeps them.
    expect(page.url()).toContain('kategori=Waspada')

    await page.getByLabel('Polsek', { exact: true }).selectOption({ label: 'Semua Polsek' })
    await expect.poll(() => barisIkdk().count()).toBe(hitung(null, 'Waspada'))
    await page.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Semua kategori' })
    await expect.poll(() => barisIkdk().count()).toBe(semua)

    // Click "IKDK" again: highest first.
    await page.getByRole('button', { name: 'IKDK', exact: true }).click()
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('IKDK')
    const tertinggi = satu<number>(`SELECT max(nilai) FROM hasil_ikdk WHERE bulan = ?`, SEPT)
    expect((await barisIkdk().first().locator('td.sel-nilai').textContent())!.replace(' (rendah)', '')).toBe(satuDesimal(tertinggi))
    await page.getByRole('button', { name: 'Desa/kelurahan', exact: true }).click()
    const pertamaAbjad = (db().prepare(`SELECT d.nama FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode WHERE h.bulan = ?`).all(SEPT) as { nama: string }[]).map((r) => r.nama).sort((a, b) => a.localeCompare(b, 'id'))[0]
    expect(await barisIkdk().first().locator('a.tautan-desa').textContent()).toBe(pertamaAbjad)
    await page.getByRole('button', { name: 'IKDK', exact: true }).click()
  })

  it('[C4] bulan berjalan (Oktober 2024) ditandai "sementara"', async () => {
    const pilih = page.getByLabel('Bulan', { exact: true })
    expect(await pilih.locator('option[value="2024-10"]').textContent()).toBe('Oktober 2024 (sementara)')
    await pilih.selectOption('2024-10')
    await page.getByText('Oktober 2024 — sementara.').waitFor()
    await expect.poll(() => barisIkdk().count()).toBe(satu(`SELECT count(*) FROM hasil_ikdk WHERE bulan = '2024-10'`))
    expect(satu(`SELECT count(*) FROM hasil_ikdk WHERE bulan = '2024-10' AND sementara = 0`)).toBe(0)
    await page.getByRole('button', { name: 'Bulan sebelumnya' }).click()
    await expect.poll(() => pilih.inputValue()).toBe(SEPT)
    await page.getByText('Oktober 2024 — sementara.').waitFor({ state: 'detached' })
  })

  let kodeTerendah = ''

  it('[C4] "Mengapa nilai ini?": nilai mentah, batas, skor, bobot dan kontribusi tiap indikator, serta baris laporan mingguan dan kejadian di baliknya', async () => {
    kodeTerendah = (await barisIkdk().first().getAttribute('data-kode'))!
    const desa = db().prepare('SELECT nama, penduduk FROM desa WHERE kode = ?').get(kodeTerendah) as { nama: string; penduduk: number }
    await barisIkdk().first().locator('a.tautan-desa').click()
    const judul = page.getByRole('heading', { level: 2, name: `Mengapa nilai ini? — ${desa.nama}` })
    await judul.waitFor()
    expect(page.url()).toContain(`desa=${kodeTerendah}`)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('judul-rincian')

    const baris = page.locator('tr.baris-indikator')
    expect(await baris.evaluateAll((tr) => tr.map((t) => t.getAttribute('data-indikator')))).toEqual(INDIKATOR)
    const sel = async (id: string) => page.locator(`tr.baris-indikator[data-indikator="${id}"] td`).allTextContents()

    // I1.1 from the incident register: actual incidents per 1.000 population.
    const nyata = satu(`SELECT count(*) FROM kejadian WHERE desa_kode = ? AND tingkat = 'nyata' AND tanggal BETWEEN '2024-09-01' AND '2024-09-30'`, kodeTerendah)
    const i11 = (nyata / desa.penduduk) * 1000
    const s11 = await sel('I1.1')
    expect(s11[0]).toBe(`${ringkas3(i11)}kejadian per 1.000 penduduk`)
    expect(s11[1]).toBe('0–3')
    expect(s11[2]).toBe('makin rendah makin aman')
    expect(s11[3]).toBe(satuDesimal(Math.min(100, Math.max(0, ((3 - i11) / 3) * 100))))
    expect(s11[4]).toBe('2')

    // I3.2 from the weekly rows: Σ penyuluhan scaled to the month's 4 weeks.
    const p = db().prepare(`SELECT sum(penyuluhan) s, count(penyuluhan) n FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu BETWEEN 36 AND 39`).get(kodeTerendah) as { s: number; n: number }
    const s32 = await sel('I3.2')
    expect(s32[0]).toBe(p.n === 0 ? 'N/Akegiatan per bulan' : `${ringkas3((p.s * 4) / p.n)}kegiatan per bulan`)

    // The contributions add up to the stored IKDK.
    const nilai = satu<number>(`SELECT nilai FROM hasil_ikdk WHERE desa_kode = ? AND bulan = ?`, kodeTerendah, SEPT)
    expect(await page.locator('.tabel-indikator tfoot td').textContent()).toBe(nilai.toFixed(2).replace('.', ','))
    expect(await page.locator('.ringkasan-rincian .angka-nilai').textContent()).toContain(satuDesimal(nilai))

    // The rows behind it.
    const nLaporan = satu(`SELECT count(*) FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu BETWEEN 36 AND 39`, kodeTerendah)
    expect(await page.locator('tr.baris-laporan').count()).toBe(nLaporan)
    expect(await page.locator('tr.minggu-kosong').count()).toBe(4 - nLaporan)
    const penyuluhanTampil = await page.locator('tr.baris-laporan td:nth-of-type(2)').allTextContents()
    expect(penyuluhanTampil.filter((t) => t !== '—').reduce((a, t) => a + Number(t), 0)).toBe(p.s ?? 0)
    const nKejadian = satu(`SELECT count(*) FROM kejadian WHERE desa_kode = ? AND tanggal BETWEEN '2024-09-01' AND '2024-09-30'`, kodeTerendah)
    expect(await page.locator('tr.baris-kejadian').count()).toBe(nKejadian)
    await page.screenshot({ path: berkasTangkapan('c4-rincian.png') })
    // The page scrolls inside the app's own content area: one shot per part.
    await page.getByRole('heading', { level: 3, name: 'Rincian indikator' }).evaluate((h) => h.scrollIntoView())
    await page.screenshot({ path: berkasTangkapan('c4-rincian-indikator.png') })
    await page.locator('#judul-laporan-mingguan').evaluate((h) => h.scrollIntoView())
    await page.screenshot({ path: berkasTangkapan('c4-rincian-data.png') })
  })

  it('[C4] indikator N/A tampil "N/A" dengan alasannya, tidak diisi nol', async () => {
    const kode = satu<string>(`SELECT d.kode FROM desa d JOIN hasil_ikdk h ON h.desa_kode = d.kode AND h.bulan = ? WHERE d.penduduk IS NULL ORDER BY d.kode LIMIT 1`, SEPT)
    await bukaIndeks(`#/indeks?bulan=${SEPT}&desa=${kode}`)
    await page.locator('tr.baris-indikator').first().waitFor()
    const na = page.locator('tr.baris-indikator[data-indikator="I1.1"] td').first().locator('.nilai-na')
    expect(await na.first().textContent()).toContain('N/A')
    expect(await na.first().getAttribute('title')).toMatch(/penduduk/i)
    expect(await page.locator('tr.baris-indikator[data-indikator="I1.1"] .penjelasan').textContent()).toMatch(/^N\/A: /)
    // Its weight moved to I1.2: 100% of D1.
    expect(await page.locator('tr.baris-indikator[data-indikator="I1.1"] td').nth(6).textContent()).toBe('—')
  })

  it('[C4] hanya dengan papan ketik: Tab ke nama desa, Enter membuka rincian, "Kembali" mengembalikan fokus ke baris', async () => {
    await bukaIndeks(`#/indeks?bulan=${SEPT}`)
    // A fresh page, so the Tab order starts at the top (skip link, menu, month, filters, table).
    await page.reload()
    await barisIkdk().first().waitFor()
    let diTautan = false
    for (let i = 0; i < 60 && !diTautan; i++) {
      await page.keyboard.press('Tab')
      diTautan = await page.evaluate(() => document.activeElement?.classList.contains('tautan-desa') ?? false)
    }
    expect(diTautan).toBe(true)
    const kode = await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-kode'))
    expect(kode).toBe(kodeTerendah)
    await page.keyboard.press('Enter')
    await page.locator('#judul-rincian').waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('judul-rincian')
    await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Kembali ke daftar desa')
    await page.keyboard.press('Enter')
    await barisIkdk().first().waitFor()
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-kode'))).toBe(kodeTerendah)
  })

  it('[C5] Peringatan Dini September 2024: aturan dihitung ulang dengan SQL, alasan berbahasa Indonesia, tautan membuka desa di Indeks', async () => {
    await menu('Peringatan Dini').click()
    await page.getByRole('heading', { level: 1, name: 'Peringatan Dini' }).waitFor()
    await page.locator('.tabel-peringatan tbody tr[data-jenis]').first().waitFor()
    expect(await page.getByLabel('Bulan', { exact: true }).inputValue()).toBe(SEPT)
    const jumlah = (jenis: string) => page.locator(`.tabel-peringatan tbody tr[data-jenis="${jenis}"]`).count()

    const peringkat = `CASE %s WHEN 'Aman' THEN 0 WHEN 'Waspada' THEN 1 WHEN 'Rawan' THEN 2 WHEN 'Sangat Rawan' THEN 3 END`
    const memburuk = satu(
      `SELECT count(*) FROM hasil_ikdk h JOIN hasil_ikdk s ON s.desa_kode = h.desa_kode AND s.bulan = '2024-08' WHERE h.bulan = ? AND ${peringkat.replace('%s', 's.kategori')} < ${peringkat.replace('%s', 'h.kategori')}`,
      SEPT,
    )
    const nilai = db().prepare(`SELECT h.desa_kode, h.nilai n, s.nilai l FROM hasil_ikdk h JOIN hasil_ikdk s ON s.desa_kode = h.desa_kode AND s.bulan = '2024-08' WHERE h.bulan = ? AND h.nilai IS NOT NULL AND s.nilai IS NOT NULL`).all(SEPT) as { desa_kode: string; n: number; l: number }[]
    const turun = nilai.filter((r) => bulat3(bulat3(r.l) - bulat3(r.n)) >= 10)
    const konflik = satu(`SELECT count(*) FROM kejadian k JOIN desa d ON d.kode = k.desa_kode AND d.aktif = 1 WHERE k.tingkat = 'nyata' AND k.kategori IN ('konflik_sosial', 'konflik_agraria') AND k.tanggal BETWEEN '2024-09-01' AND '2024-09-30'`)
    expect(memburuk + turun.length + konflik).toBeGreaterThan(0)
    expect(await jumlah('kategori_memburuk')).toBe(memburuk)
    expect(await jumlah('nilai_turun')).toBe(turun.length)
    expect(await jumlah('konflik_nyata')).toBe(konflik)
    const total = await page.locator('.tabel-peringatan tbody tr[data-jenis]').count()
    expect(await page.locator('.ringkasan-jumlah').textContent()).toContain(`${total} peringatan September 2024`)

    // The reason of a drop, with the number worked out here.
    const contoh = turun[0]!
    const alasan = await page.locator(`.tabel-peringatan tbody tr[data-jenis="nilai_turun"][data-kode="${contoh.desa_kode}"] .alasan-peringatan`).textContent()
    expect(alasan).toBe(`IKDK turun ${satuDesimal(bulat3(bulat3(contoh.l) - bulat3(contoh.n)))} poin dibanding Agustus 2024`)
    const alasanKategori = await page.locator('.tabel-peringatan tbody tr[data-jenis="kategori_memburuk"] .alasan-peringatan').first().textContent()
    expect(alasanKategori).toMatch(/^Kategori memburuk dari (Aman|Waspada|Rawan) menjadi (Waspada|Rawan|Sangat Rawan) dibanding Agustus 2024$/)
    if (konflik > 0) expect(await page.locator('.tabel-peringatan tbody tr[data-jenis="konflik_nyata"] .alasan-peringatan').first().textContent()).toMatch(/^Konflik (sosial|agraria) nyata tercatat pada \d{1,2} September 2024$/)
    await page.screenshot({ path: berkasTangkapan('c5-peringatan.png') })

    // The link opens that desa's "Mengapa nilai ini?".
    const namaDesa = satu<string>('SELECT nama FROM desa WHERE kode = ?', contoh.desa_kode)
    await page.locator(`.tabel-peringatan tbody tr[data-jenis="nilai_turun"][data-kode="${contoh.desa_kode}"] a`).click()
    await page.getByRole('heading', { level: 1, name: 'Indeks (IKDK)' }).waitFor()
    await page.getByRole('heading', { level: 2, name: `Mengapa nilai ini? — ${namaDesa}` }).waitFor()
    expect(page.url()).toContain(`#/indeks?bulan=${SEPT}&desa=${contoh.desa_kode}`)
  })

  it('[C6] Uji Sensitivitas: 11 varian dengan bobot dimensi dalam persen; desa "tidak stabil" sama dengan hitungan ulang dari skor dimensi tersimpan', async () => {
    await menu('Uji Sensitivitas').click()
    await page.getByRole('heading', { level: 1, name: 'Uji Sensitivitas' }).waitFor()
    await page.locator('tr.baris-varian').first().waitFor()
    expect(await page.locator('tr.baris-varian').count()).toBe(11)
    const selVarian = (id: string) => page.locator(`tr.baris-varian[data-varian="${id}"] td`).allTextContents()
    // D1 + 5 → 40 / 105; the others 20/105, 15/105, 10/105.
    expect((await selVarian('D1+5')).slice(0, 5)).toEqual(['38,1%', '19,0%', '19,0%', '14,3%', '9,5%'])
    expect((await selVarian('D5-5')).slice(0, 5)).toEqual(['36,8%', '21,1%', '21,1%', '15,8%', '5,3%'])
    expect((await selVarian('sama')).slice(0, 5)).toEqual(['20,0%', '20,0%', '20,0%', '20,0%', '20,0%'])

    // Recompute every variant from the stored dimension scores.
    const dasar = Object.values(BOBOT_DIMENSI)
    const varian: number[][] = []
    dasar.forEach((_, i) => {
      for (const d of [5, -5]) varian.push(dasar.map((b, j) => (j === i ? Math.max(0, b + d) : b)))
    })
    varian.push(dasar.map(() => 20))
    const rows = db().prepare('SELECT desa_kode, kategori, dimensi FROM hasil_ikdk WHERE bulan = ?').all(SEPT) as { desa_kode: string; kategori: string | null; dimensi: string }[]
    const tidakStabil = rows
      .filter((r) => {
        const skor = Object.keys(BOBOT_DIMENSI).map((k) => (JSON.parse(r.dimensi) as Record<string, number | null>)[k] ?? null)
        return varian.some((w) => {
          const ada = skor.map((s, i) => (s === null ? 0 : w[i]!))
          const total = ada.reduce((a, b) => a + b, 0)
          const v = total > 0 ? skor.reduce<number>((a, s, i) => a + (s ?? 0) * ada[i]!, 0) / total : null
          return kategoriDari(v) !== r.kategori
        })
      })
      .map((r) => r.desa_kode)
      .sort()
    expect(tidakStabil.length).toBeGreaterThan(0)
    const tampil = (await page.locator('.tabel-tidak-stabil tbody tr').evaluateAll((tr) => tr.map((t) => t.getAttribute('data-kode')!))).sort()
    expect(tampil).toEqual(tidakStabil)
    expect(new Set(await page.locator('.tabel-tidak-stabil tbody .tidak-stabil').allTextContents())).toEqual(new Set(['tidak stabil']))
    expect(await page.locator('.ringkasan-jumlah').textContent()).toContain(`${tidakStabil.length} dari ${rows.length} desa tidak stabil`)
    // Each unstable desa names the variants and the category it falls into there.
    expect(await page.locator('.tabel-tidak-stabil tbody tr').first().locator('.daftar-varian-berubah li').first().textContent()).toMatch(/^(Bobot D\d \(.+\) [+−]5|Bobot semua dimensi sama): \d+,\d → (Aman|Waspada|Rawan|Sangat Rawan)$/)
    await page.screenshot({ path: berkasTangkapan('c6-sensitivitas.png') })
    await page.locator('#judul-tidak-stabil').evaluate((h) => h.scrollIntoView())
    await page.screenshot({ path: berkasTangkapan('c6-sensitivitas-tidak-stabil.png') })
  })

  it('[C7] Metodologi: dokumen dari berkas skema dengan catatan "bukan standar resmi Polri" dan semua indikator; dicetak A4 (page.pdf + pdftotext)', async () => {
    await menu('Metodologi').click()
    await page.getByRole('heading', { level: 1, name: 'Metodologi IKDK' }).waitFor()
    const dok = page.locator('.dokumen-metodologi')
    await dok.waitFor()
    const teks = (await dok.textContent())!
    expect(teks).toContain('Skema bawaan Binmas Desk — bukan standar resmi Polri')
    expect(await dok.locator('tr[data-indikator]').evaluateAll((tr) => tr.map((t) => t.getAttribute('data-indikator')))).toEqual(INDIKATOR)
    expect(teks).toContain('D1. Gangguan Kamtibmas — bobot 35 (35,0% dari IKDK)')
    expect(teks).toContain('KEPOLISIAN NEGARA REPUBLIK INDONESIA')
    expect(teks).toContain('RESOR TIMOR TENGAH UTARA')
    for (const k of ['≥ 80', '60 s.d. < 80', '40 s.d. < 60', '< 40']) expect(teks).toContain(k)
    expect(await dok.locator('tr[data-indikator="I3.3"]').textContent()).toContain('Jumlah masalah selesai ÷ jumlah masalah ditangani')
    await page.screenshot({ path: berkasTangkapan('c7-metodologi.png') })

    const pdf = berkasTangkapan('c7-metodologi.pdf')
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
    const teksPdf = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    expect(teksPdf).toContain('bukan standar resmi Polri')
    expect(teksPdf).toContain('METODOLOGI')
    for (const id of INDIKATOR) expect(teksPdf).toContain(id)
    // Only the document prints: no sidebar, no scheme form.
    expect(teksPdf).not.toContain('Input Mingguan')
    expect(teksPdf).not.toContain('Impor skema pengganti')
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/)
  })

  it('[C8] Beranda: kelengkapan minggu ini, jumlah desa per kategori, desa paling rawan, peringatan dan tren (chart.js) sesuai SQL; setiap bagian menaut ke layarnya', async () => {
    await menu('Beranda').click()
    await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    await page.locator('.tabel-paling-rawan tbody tr').first().waitFor()

    // This week = ISO week 41 (7–13 October 2024), the last finished one.
    const total = satu(`SELECT count(*) FROM desa WHERE aktif = 1`)
    const isi = ['kk_dikunjungi', 'penyuluhan', 'masalah_ditangani', 'masalah_selesai', 'info_deteksi_dini', 'pos_kamling_aktif', 'ronda_malam', 'pertemuan_fkpm', 'pertemuan_3pilar', 'kegiatan_pangan', 'sosialisasi_pilkada']
    const melapor = satu(`SELECT count(*) FROM laporan_mingguan l JOIN desa d ON d.kode = l.desa_kode AND d.aktif = 1 WHERE tahun = 2024 AND minggu = 41 AND (${isi.map((k) => `${k} IS NOT NULL`).join(' OR ')})`)
    expect((await page.locator('[data-uji="kelengkapan"]').textContent())!.replace(/\s+/g, ' ')).toBe(`${melapor} dari ${total} desa melapor`)
    expect(await page.getByText('Minggu ke-41 · 7–13 Oktober 2024').count()).toBeGreaterThan(0)

    const perKategori = new Map((db().prepare(`SELECT kategori, count(*) n FROM hasil_ikdk WHERE bulan = ? GROUP BY kategori`).all(SEPT) as { kategori: string | null; n: number }[]).map((r) => [r.kategori ?? '-', r.n]))
    for (const k of KATEGORI) {
      expect(await page.locator(`.daftar-kategori-beranda li[data-kategori="${k}"] .jumlah-kategori`).textContent(), k).toBe(String(perKategori.get(k) ?? 0))
    }

    const terendah = db().prepare(`SELECT desa_kode, nilai FROM hasil_ikdk WHERE bulan = ? AND nilai IS NOT NULL ORDER BY nilai LIMIT 1`).get(SEPT) as { desa_kode: string; nilai: number }
    const pertama = page.locator('.tabel-paling-rawan tbody tr').first()
    expect(await pertama.getAttribute('data-kode')).toBe(terendah.desa_kode)
    expect((await pertama.locator('td').nth(2).textContent())!.replace(' (rendah)', '')).toBe(satuDesimal(terendah.nilai))

    const jumlahPeringatan = ((await api('ikdk:peringatan', { bulan: '2024-10' })) as { peringatan: unknown[] }).peringatan.length + ((await api('ikdk:peringatan', { bulan: SEPT })) as { peringatan: unknown[] }).peringatan.length
    expect(await page.locator('[data-uji="jumlah-peringatan"]').textContent()).toBe(String(jumlahPeringatan))
    expect(await page.locator('.daftar-peringatan-beranda li').count()).toBe(Math.min(6, jumlahPeringatan))

    // Two charts drawn by chart.js (pixels on the canvas), with the same numbers as a table.
    const kanvas = page.locator('.grafik canvas')
    expect(await kanvas.count()).toBe(2)
    const piksel = await kanvas.evaluateAll((cs) =>
      (cs as HTMLCanvasElement[]).map((c) => {
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data
        let n = 0
        for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++
        return n
      }),
    )
    for (const n of piksel) expect(n).toBeGreaterThan(1000)
    const rata = satu<number>(`SELECT avg(nilai) FROM hasil_ikdk WHERE bulan = ?`, SEPT)
    const barisRata = page.locator('.grafik-tabel').first().locator('tbody tr', { hasText: 'Sep 2024' })
    expect(await barisRata.locator('td').nth(1).textContent()).toBe(satuDesimal(rata))
    expect(await page.locator('.grafik-tabel').first().locator('tbody tr', { hasText: 'Okt 2024 (sementara)' }).count()).toBe(1)
    await page.screenshot({ path: berkasTangkapan('c8-beranda.png') })
    await page.locator('#judul-tren').evaluate((h) => h.scrollIntoView())
    await page.screenshot({ path: berkasTangkapan('c8-beranda-tren.png') })
    await page.locator('#judul-wilayah').evaluate((h) => h.scrollIntoView())
    await page.screenshot({ path: berkasTangkapan('c8-beranda-wilayah.png') })

    // The kategori count links to the Indeks table, filtered.
    await page.locator('.daftar-kategori-beranda li[data-kategori="Waspada"] a').click()
    await page.getByRole('heading', { level: 1, name: 'Indeks (IKDK)' }).waitFor()
    await expect.poll(() => barisIkdk().count()).toBe(perKategori.get('Waspada'))
    expect(await page.getByLabel('Kategori', { exact: true }).inputValue()).toBe('Waspada')
    // And the most rawan desa opens its explanation.
    await menu('Beranda').click()
    await pertama.locator('a').click()
    await page.locator('#judul-rincian').waitFor()
    expect(page.url()).toContain(`desa=${terendah.desa_kode}`)
  })

  it('[C4] [C5] [C6] [C7] [C8] Indeks, rincian desa, Peringatan Dini, Uji Sensitivitas, Metodologi dan Beranda tanpa pelanggaran aksesibilitas serius/kritis (axe)', async () => {
    const k = await layar.peramban.newContext({ viewport: LAYAR, bypassCSP: true })
    try {
      const p = await k.newPage()
      const dasar = host.url.split('?')[0]
      await p.goto(host.url)
      await p.locator('.tabel-paling-rawan').waitFor()
      await p.locator('.grafik canvas').first().waitFor()
      expect(await pelanggaranBerat(p), 'Beranda').toEqual([])
      await p.goto(`${dasar}#/indeks?bulan=${SEPT}`)
      await p.locator('.tabel-ikdk tbody tr[data-kode]').first().waitFor()
      expect(await pelanggaranBerat(p), 'Indeks').toEqual([])
      await p.goto(`${dasar}#/indeks?bulan=${SEPT}&desa=${kodeTerendah}`)
      await p.locator('tr.baris-indikator').first().waitFor()
      expect(await pelanggaranBerat(p), 'Mengapa nilai ini?').toEqual([])
      await p.goto(`${dasar}#/peringatan-dini?bulan=${SEPT}`)
      await p.locator('.tabel-peringatan tbody tr').first().waitFor()
      expect(await pelanggaranBerat(p), 'Peringatan Dini').toEqual([])
      await p.goto(`${dasar}#/uji-sensitivitas?bulan=${SEPT}`)
      await p.locator('tr.baris-varian').first().waitFor()
      expect(await pelanggaranBerat(p), 'Uji Sensitivitas').toEqual([])
      await p.goto(`${dasar}#/metodologi`)
      await p.locator('.dokumen-metodologi').waitFor()
      expect(await pelanggaranBerat(p), 'Metodologi').toEqual([])
      await p.locator('#judul-skema-ikdk').click()
      await p.getByLabel('Berkas skema (.json)').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{') })
      await p.locator('.daftar-galat-skema').waitFor()
      expect(await pelanggaranBerat(p), 'Metodologi, bagian Skema IKDK dengan galat berkas').toEqual([])
    } finally {
      await k.close()
    }
  })

  it('[C1] berkas skema tidak valid: galat berbahasa Indonesia, tidak ada yang berubah', async () => {
    await menu('Metodologi').click()
    // The scheme section is folded above the document; open it.
    await page.locator('#judul-skema-ikdk').click()
    const berkas = page.getByLabel('Berkas skema (.json)')
    await berkas.waitFor()
    expect(await page.locator('#judul-skema-ikdk').textContent()).toContain('berlaku bulan ini: Skema Bawaan IKDK v1 (bawaan versi 1)')
    const skemaAwal = satu(`SELECT count(*) FROM skema_ikdk`)
    const periodeAwal = satu(`SELECT count(*) FROM skema_periode`)

    await berkas.setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{ "id": "polda-ntt", ') })
    await page.getByText('Berkas skema tidak valid — tidak ada yang diubah').waitFor()
    expect(await page.locator('.daftar-galat-skema li').first().textContent()).toMatch(/^skema: berkas bukan JSON yang sah/)

    const bawaan = JSON.parse(fs.readFileSync(path.resolve('resources/ikdk/bawaan-v1.json'), 'utf8')) as { dimensi: Baris[]; kategori: Baris[] } & Baris
    const salah = structuredClone(bawaan)
    salah.id = 'Polda NTT'
    salah.dimensi[0]!.bobot = -5
    ;(salah.dimensi[1]!.indikator as Baris[])[0]!.agregasi = 'rata_rata_bebas'
    salah.kategori[3]!.min = 10
    await berkas.setInputFiles({ name: 'salah.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(salah)) })
    await page.locator('.daftar-galat-skema li', { hasText: 'dimensi[0].bobot' }).waitFor()
    const galat = await page.locator('.daftar-galat-skema li').allTextContents()
    expect(galat).toContain('id: hanya huruf kecil, angka, - dan _ (mis. polda-ntt)')
    expect(galat).toContain('dimensi[0].bobot: harus angka ≥ 0')
    expect(galat.some((g) => g.startsWith("dimensi[1].indikator[0].agregasi: tidak dikenal: 'rata_rata_bebas'"))).toBe(true)
    expect(await page.getByRole('button', { name: 'Impor', exact: true }).count()).toBe(0)
    await page.screenshot({ path: berkasTangkapan('c1-skema-galat.png') })
    expect(satu(`SELECT count(*) FROM skema_ikdk`)).toBe(skemaAwal)
    expect(satu(`SELECT count(*) FROM skema_periode`)).toBe(periodeAwal)
  })

  it('[C1] skema Polda (polda-ntt versi 2, bobot D1 40): pratinjau "Bobot D1 … 35 → 40", impor, berlaku mulai September 2024, lalu Indeks memakai skema itu', async () => {
    const bawaan = JSON.parse(fs.readFileSync(path.resolve('resources/ikdk/bawaan-v1.json'), 'utf8')) as { dimensi: Baris[] } & Baris
    const ntt = { ...structuredClone(bawaan), id: 'polda-ntt', versi: 2, nama: 'Skema IKDK Polda NTT', catatan: 'Ditetapkan Ditbinmas Polda NTT' }
    ntt.dimensi[0]!.bobot = 40
    const nilaiLama = satu<number>(`SELECT nilai FROM hasil_ikdk WHERE bulan = ? AND desa_kode = ?`, SEPT, kodeTerendah)

    await page.getByLabel('Berkas skema (.json)').setInputFiles({ name: 'skema-polda-ntt.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(ntt, null, 2)) })
    await page.locator('.pratinjau-skema').waitFor()
    expect(await page.locator('.pratinjau-skema').textContent()).toContain('Skema IKDK Polda NTT — polda-ntt versi 2')
    expect(await page.locator('.daftar-perubahan-skema li').allTextContents()).toEqual(['Bobot D1 Gangguan Kamtibmas: 35 → 40'])
    await page.screenshot({ path: berkasTangkapan('c1-skema-pratinjau.png') })
    // A preview stores nothing.
    expect(satu(`SELECT count(*) FROM skema_ikdk WHERE id = 'polda-ntt'`)).toBe(0)

    await page.getByRole('button', { name: 'Impor', exact: true }).click()
    await page.getByText('Skema polda-ntt versi 2 berhasil diimpor.').waitFor()
    expect(db().prepare(`SELECT id, versi, nama FROM skema_ikdk WHERE id = 'polda-ntt'`).all()).toEqual([{ id: 'polda-ntt', versi: 2, nama: 'Skema IKDK Polda NTT' }])
    expect(await page.getByLabel('Skema', { exact: true }).inputValue()).toBe('polda-ntt@2')
    await page.getByLabel('Berlaku mulai bulan').selectOption(SEPT)
    await page.getByRole('button', { name: 'Tetapkan', exact: true }).click()
    await page.getByText('berlaku mulai September 2024').first().waitFor()
    expect(db().prepare('SELECT bulan_mulai, skema_id, skema_versi FROM skema_periode').all()).toEqual([{ bulan_mulai: SEPT, skema_id: 'polda-ntt', skema_versi: 2 }])
    expect(await page.locator('tr[data-bulan-mulai="2024-09"]').textContent()).toContain('polda-ntt versi 2')
    await page.locator('#judul-skema-ikdk').evaluate((h) => h.scrollIntoView())
    await page.screenshot({ path: berkasTangkapan('c1-skema-tetapkan.png') })

    // The Indeks table of September now shows the Polda scheme, and its values.
    await bukaIndeks(`#/indeks?bulan=${SEPT}`)
    await barisIkdk().first().waitFor()
    const label = (await page.locator('.label-skema').first().textContent())!
    expect(label).toContain('Skema IKDK Polda NTT')
    expect(label).toContain('polda-ntt versi 2')
    expect(label).not.toContain('bukan standar resmi Polri')
    expect(db().prepare(`SELECT DISTINCT bulan, skema_id, skema_versi FROM hasil_ikdk WHERE bulan >= '2024-08' ORDER BY bulan`).all()).toEqual([
      { bulan: '2024-08', skema_id: 'bawaan', skema_versi: 1 },
      { bulan: SEPT, skema_id: 'polda-ntt', skema_versi: 2 },
      { bulan: '2024-10', skema_id: 'polda-ntt', skema_versi: 2 },
    ])
    const nilaiBaru = satu<number>(`SELECT nilai FROM hasil_ikdk WHERE bulan = ? AND desa_kode = ?`, SEPT, kodeTerendah)
    expect(nilaiBaru).not.toBe(nilaiLama)
    const sel = await page.locator(`.tabel-ikdk tbody tr[data-kode="${kodeTerendah}"] td.sel-nilai`).textContent()
    expect(sel!.replace(' (rendah)', '')).toBe(satuDesimal(nilaiBaru))
    await page.screenshot({ path: berkasTangkapan('c1-indeks-skema-polda.png') })

    // Metodologi now explains the Polda scheme in force.
    await menu('Metodologi').click()
    await page.locator('.dokumen-metodologi').waitFor()
    await expect.poll(() => page.locator('.dokumen-metodologi').textContent()).toContain('D1. Gangguan Kamtibmas — bobot 40')
    expect(await page.locator('.dokumen-metodologi').textContent()).not.toContain('bukan standar resmi Polri')
  })
})
