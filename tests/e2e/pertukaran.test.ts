import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import type { HostWeb } from '../../electron/web/server'
import { pelanggaranBerat } from '../helpers/axe'
import { folderSementara } from '../helpers/folder'
import { mulaiHostDemo, pastikanRendererDibangun } from '../helpers/layar-demo'
import { berkasTangkapan, bukaPeramban } from '../helpers/peramban'

/**
 * "Pertukaran Data" in Debian's Chromium through the web test host: September
 * 2024 exported from one computer (host A), then received on a second one
 * (host B, same demo Polres with some weekly reports missing and one changed):
 * the dry-run counts match an independent SQL count, applying makes the data
 * equal to the source, the same file again changes nothing, and a broken file
 * is refused in Indonesian without touching the data.
 */

const HARI_INI = '2024-10-20'
// axe must be injected, which the app's CSP forbids: these contexts bypass it.
const KONTEKS = { viewport: { width: 1366, height: 768 }, locale: 'id-ID', timezoneId: 'Asia/Makassar', bypassCSP: true, acceptDownloads: true }
const NAMA_BERKAS = 'BINMAS_53.03_2024-09_2024-09_r1.xlsx'
/** ISO weeks of 2024 whose Thursday falls in September 2024 (5, 12, 19, 26 September). */
const MINGGU_SEPT = [36, 37, 38, 39]
const KOLOM_LAPORAN = ['kk_dikunjungi', 'penyuluhan', 'masalah_ditangani', 'masalah_selesai', 'info_deteksi_dini', 'pos_kamling_aktif', 'ronda_malam', 'pertemuan_fkpm', 'pertemuan_3pilar', 'kegiatan_pangan', 'sosialisasi_pilkada', 'nrp_pelapor', 'catatan']

/** 1234 → "1.234", written independently of the app's formatter. */
const ribuan = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')

type BarisLaporan = Record<string, unknown> & { desa_kode: string; tahun: number; minggu: number }
const wadahMinggu = MINGGU_SEPT.map(() => '?').join(', ')
const laporanSept = (h: HostWeb) => h.app.bdTerbuka!.sqlite.prepare(`SELECT * FROM laporan_mingguan WHERE tahun = 2024 AND minggu IN (${wadahMinggu}) ORDER BY desa_kode, minggu`).all(...MINGGU_SEPT) as BarisLaporan[]
/** Everything the user owns, as one fingerprint: to prove nothing changed. */
function sidikData(h: HostWeb): string {
  const s = h.app.bdTerbuka!.sqlite
  const isi = ['desa', 'personel', 'desa_binaan', 'laporan_mingguan', 'kejadian'].map((t) => JSON.stringify(s.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()))
  return crypto.createHash('sha256').update(isi.join('\n')).digest('hex')
}
const isiKontrak = (b: BarisLaporan | undefined) => (b ? KOLOM_LAPORAN.map((k) => b[k]) : undefined)

describe('Pertukaran Data lewat antarmuka', () => {
  const tmpA = folderSementara('binmas-e2e-pertukaran-a-')
  const tmpB = folderSementara('binmas-e2e-pertukaran-b-')
  const unduhan = folderSementara('binmas-e2e-pertukaran-unduh-')
  let hostA: HostWeb
  let hostB: HostWeb
  let peramban: Browser
  let pageA: Page
  let pageB: Page
  let berkas = ''
  let sumber: BarisLaporan[] = []
  let dihapusDiB = 0
  let barisUbah: BarisLaporan

  const bukaPertukaran = async (p: Page, host: HostWeb) => {
    await p.goto(host.url)
    await p.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    await p.getByRole('link', { name: 'Pertukaran Data', exact: true }).click()
    await p.getByRole('heading', { level: 1, name: 'Pertukaran Data' }).waitFor()
  }
  const hitungan = (p: Page, tabel: string, sheet: string) => p.locator(`#${tabel} tbody tr[data-sheet="${sheet}"] td`).allTextContents()
  const unggah = (p: Page, f: string) => p.getByLabel('Berkas Pertukaran Data (.xlsx)').setInputFiles(f)

  beforeAll(async () => {
    pastikanRendererDibangun()
    hostA = await mulaiHostDemo(tmpA.folder, HARI_INI)
    hostB = await mulaiHostDemo(tmpB.folder, HARI_INI)
    peramban = await bukaPeramban()
    pageA = await (await peramban.newContext(KONTEKS)).newPage()
    pageB = await (await peramban.newContext(KONTEKS)).newPage()
  }, 120_000)

  afterAll(async () => {
    await peramban?.close()
    await hostA?.tutup()
    await hostB?.tutup()
    tmpA.hapus()
    tmpB.hapus()
    unduhan.hapus()
  })

  it('[F1] Kirim ke Polda: September 2024 (bulan tutup terakhir, bawaan) diekspor lewat layar, berkas BINMAS_53.03_2024-09_2024-09_r1.xlsx terunduh dengan jumlah baris yang benar', async () => {
    await bukaPertukaran(pageA, hostA)
    // ui.md order: … Indeks (IKDK), Peta Rawan, [Laporan Anev], Pertukaran Data, Data Desa …
    const menu = await pageA.locator('nav .menu a').allTextContents()
    expect(menu.slice(menu.indexOf('Peta Rawan'), menu.indexOf('Pertukaran Data') + 1)).toEqual(['Peta Rawan', 'Laporan Anev', 'Pertukaran Data'])
    expect(menu.indexOf('Data Desa')).toBe(menu.indexOf('Pertukaran Data') + 1)

    expect(await pageA.getByLabel('Bulan awal').inputValue()).toBe('2024-09')
    expect(await pageA.getByLabel('Bulan akhir').inputValue()).toBe('2024-09')
    expect(await pageA.locator('#ekspor-bulan-awal option:checked').textContent()).toBe('September 2024')
    // No signing key yet: the box is disabled, with a hint and a way to make one.
    expect(await pageA.getByLabel('Tanda tangani berkas').isDisabled()).toBe(true)
    await pageA.getByText('Belum ada kunci tanda tangan di komputer ini').waitFor()
    expect(await pageA.getByRole('button', { name: 'Buat kunci' }).count()).toBe(1)

    sumber = laporanSept(hostA)
    expect(sumber.length).toBeGreaterThan(0)
    const [unduh] = await Promise.all([pageA.waitForEvent('download'), pageA.getByRole('button', { name: 'Ekspor', exact: true }).click()])
    expect(unduh.suggestedFilename()).toBe(NAMA_BERKAS)
    berkas = path.join(unduhan.folder, NAMA_BERKAS)
    await unduh.saveAs(berkas)
    expect(fs.readFileSync(berkas).subarray(0, 2).toString()).toBe('PK')

    await pageA.getByText('Berkas dibuat: revisi 1').waitFor()
    const hasil = await pageA.locator('.hasil-ekspor').textContent()
    expect(hasil).toContain(NAMA_BERKAS)
    expect(hasil).toContain(`Laporan Mingguan${ribuan(sumber.length)} baris`)
    const nDesa = (hostA.app.bdTerbuka!.sqlite.prepare('SELECT COUNT(*) AS n FROM desa').get() as { n: number }).n
    expect(hasil).toContain(`Desa${ribuan(nDesa)} baris`)
    // The history lists the export.
    await expect.poll(() => pageA.locator('.tabel-riwayat-pertukaran tbody tr').count()).toBe(1)
    expect(await pageA.locator('.tabel-riwayat-pertukaran tbody tr').first().textContent()).toContain(NAMA_BERKAS)

    await pageA.locator('.hasil-ekspor').scrollIntoViewIfNeeded()
    await pageA.screenshot({ path: berkasTangkapan('f1-ekspor.png') })

    // A key made from the screen enables signing and offers the public key for the Polda.
    await pageA.getByRole('button', { name: 'Buat kunci' }).click()
    await pageA.getByRole('button', { name: 'Unduh kunci publik (PEM)' }).waitFor()
    expect(await pageA.getByLabel('Tanda tangani berkas').isDisabled()).toBe(false)
    const [pem] = await Promise.all([pageA.waitForEvent('download'), pageA.getByRole('button', { name: 'Unduh kunci publik (PEM)' }).click()])
    expect(pem.suggestedFilename()).toBe('BINMAS_53.03_kunci-publik.pem')
    const pemBerkas = path.join(unduhan.folder, pem.suggestedFilename())
    await pem.saveAs(pemBerkas)
    expect(fs.readFileSync(pemBerkas, 'utf8')).toContain('BEGIN PUBLIC KEY')

    expect(await pelanggaranBerat(pageA), 'Pertukaran Data sesudah ekspor').toEqual([])
  }, 60_000)

  it('[F2] Terima Berkas di komputer kedua: pratinjau sesuai hitungan SQL, Terapkan menyamakan data dengan sumber', async () => {
    expect(berkas).not.toBe('')
    // Host B: the same demo Polres, week 38 missing and one week-36 report changed.
    const s = hostB.app.bdTerbuka!.sqlite
    dihapusDiB = s.prepare('DELETE FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 38').run().changes
    expect(dihapusDiB).toBeGreaterThan(0)
    barisUbah = laporanSept(hostB).find((b) => b.minggu === 36)!
    s.prepare('UPDATE laporan_mingguan SET kk_dikunjungi = COALESCE(kk_dikunjungi, 0) + 7 WHERE desa_kode = ? AND tahun = 2024 AND minggu = 36').run(barisUbah.desa_kode)
    const sumberUbah = sumber.find((b) => b.desa_kode === barisUbah.desa_kode && b.minggu === 36)
    expect(isiKontrak(laporanSept(hostB).find((b) => b.desa_kode === barisUbah.desa_kode && b.minggu === 36))).not.toEqual(isiKontrak(sumberUbah))

    await bukaPertukaran(pageB, hostB)
    await unggah(pageB, berkas)
    await pageB.locator('#tabel-pratinjau').waitFor()
    const teks = await pageB.locator('.pratinjau').textContent()
    expect(teks).toContain('POLRES TIMOR TENGAH UTARA (53.03), September 2024, revisi 1')
    expect(teks).toContain('Format berkas: Sesuai')
    expect(teks).toContain('Checksum: Cocok')
    expect(teks).toContain('Tanda tangan: Berkas tidak ditandatangani.')
    expect(teks).toContain('Revisi: Revisi 1: periode ini belum pernah diimpor.')
    // Baru, Berubah, Sama, Dihapus, Ditolak — against an independent count of the source rows.
    expect(await hitungan(pageB, 'tabel-pratinjau', 'LaporanMingguan')).toEqual([dihapusDiB, 1, sumber.length - dihapusDiB - 1, 0, 0].map(ribuan))
    expect((await hitungan(pageB, 'tabel-pratinjau', 'Desa')).slice(0, 2)).toEqual(['0', '0'])
    expect(await pageB.locator('.daftar-kesalahan').count()).toBe(0)
    expect(await pageB.getByRole('button', { name: 'Terapkan' }).isEnabled()).toBe(true)
    expect(await pelanggaranBerat(pageB), 'pratinjau impor').toEqual([])
    await pageB.screenshot({ path: berkasTangkapan('f2-pratinjau.png') })

    await pageB.getByRole('button', { name: 'Terapkan' }).click()
    await pageB.getByText('Impor selesai').waitFor()
    expect(await hitungan(pageB, 'tabel-hasil-impor', 'LaporanMingguan')).toEqual([dihapusDiB, 1, sumber.length - dihapusDiB - 1, 0, 0].map(ribuan))
    // The data now equals the source: the changed row, and every September row.
    const kini = laporanSept(hostB)
    expect(kini.length).toBe(sumber.length)
    expect(isiKontrak(kini.find((b) => b.desa_kode === barisUbah.desa_kode && b.minggu === 36))).toEqual(isiKontrak(sumberUbah))
    expect(kini.map(isiKontrak)).toEqual(sumber.map(isiKontrak))
    await expect.poll(() => pageB.locator('.tabel-riwayat-pertukaran tbody tr').count()).toBe(1)
    expect(await pageB.locator('.batal-impor').textContent()).toContain(NAMA_BERKAS)
  }, 60_000)

  it('[F2] berkas yang sama diimpor lagi: semua "Sama", tidak ada yang berubah', async () => {
    const sebelum = sidikData(hostB)
    await unggah(pageB, berkas)
    await pageB.locator('#tabel-pratinjau').waitFor()
    expect(await hitungan(pageB, 'tabel-pratinjau', 'LaporanMingguan')).toEqual(['0', '0', ribuan(sumber.length), '0', '0'])
    for (const sheet of ['Desa', 'Personel', 'Kejadian']) {
      const [baru, berubah, , dihapus, ditolak] = await hitungan(pageB, 'tabel-pratinjau', sheet)
      expect([baru, berubah, dihapus, ditolak], sheet).toEqual(['0', '0', '0', '0'])
    }
    expect(await pageB.locator('.pratinjau').textContent()).toContain('sudah pernah diimpor dengan isi yang sama')
    await pageB.getByRole('button', { name: 'Terapkan' }).click()
    await pageB.getByText('Tidak ada yang berubah', { exact: true }).waitFor()
    expect(sidikData(hostB)).toBe(sebelum)
  }, 60_000)

  it('[F2] berkas rusak ditolak dalam bahasa Indonesia tanpa mengubah data; impor terakhir dapat dibatalkan dengan konfirmasi', async () => {
    const sebelum = sidikData(hostB)
    const rusak = path.join(unduhan.folder, 'BINMAS_53.03_2024-09_2024-09_r2.xlsx')
    fs.writeFileSync(rusak, crypto.randomBytes(4096))
    await unggah(pageB, rusak)
    const galat = pageB.locator('.galat-impor')
    await galat.waitFor()
    const teks = (await galat.textContent()) ?? ''
    expect(teks).toContain('Berkas ditolak')
    expect(teks).toContain('Tidak ada data yang diubah.')
    expect(teks).not.toMatch(/error|invalid|undefined|exception|cannot|failed/i)
    expect(await pageB.locator('.pratinjau').count()).toBe(0)
    expect(await pageB.getByRole('button', { name: 'Terapkan' }).count()).toBe(0)
    expect(sidikData(hostB)).toBe(sebelum)
    expect(await pelanggaranBerat(pageB), 'berkas ditolak').toEqual([])
    await pageB.screenshot({ path: berkasTangkapan('f2-galat.png') })

    // A file edited by hand (checksums dropped) with row errors: every error listed with its exact message, applying blocked.
    const buku = XLSX.read(fs.readFileSync(berkas), { type: 'buffer' })
    const manifest = XLSX.utils.sheet_to_json<{ kunci: string; nilai: unknown }>(buku.Sheets.Manifest!).filter((r) => !/^(sha256_|baris_|tanda_tangan)/.test(r.kunci))
    buku.Sheets.Manifest = XLSX.utils.json_to_sheet(manifest, { header: ['kunci', 'nilai'] })
    const laporan = XLSX.utils.sheet_to_json<Record<string, unknown>>(buku.Sheets.LaporanMingguan!, { defval: null })
    laporan[0]!.ronda_malam = 9
    laporan[1]!.kode_desa = '53.03.99.9999'
    buku.Sheets.LaporanMingguan = XLSX.utils.json_to_sheet(laporan, { header: Object.keys(laporan[0]!) })
    const salah = path.join(unduhan.folder, 'BINMAS_53.03_2024-09_2024-09_r1_diedit.xlsx')
    fs.writeFileSync(salah, XLSX.write(buku, { type: 'buffer', bookType: 'xlsx' }) as Buffer)
    await unggah(pageB, salah)
    await pageB.locator('#tabel-pratinjau').waitFor()
    const kesalahan = await pageB.locator('.daftar-kesalahan li').allTextContents()
    expect(kesalahan.some((k) => k.startsWith('Sheet LaporanMingguan baris 2, kolom ronda_malam:'))).toBe(true)
    expect(kesalahan.some((k) => k.startsWith('Sheet LaporanMingguan baris 3, kolom kode_desa:'))).toBe(true)
    expect(await pageB.getByText('impor tidak dapat diterapkan').count()).toBe(1)
    expect(await pageB.getByRole('button', { name: 'Terapkan' }).isDisabled()).toBe(true)
    expect(await pageB.locator('.pratinjau').textContent()).toContain('Checksum: Tidak ada checksum')
    expect(sidikData(hostB)).toBe(sebelum)
    expect(await pelanggaranBerat(pageB), 'pratinjau dengan kesalahan baris').toEqual([])
    await pageB.locator('.daftar-kesalahan').scrollIntoViewIfNeeded()
    await pageB.screenshot({ path: berkasTangkapan('f2-kesalahan-baris.png') })

    // Undo the import: asked first, then host B is back to its state before it (week 38 missing again).
    await pageB.getByRole('button', { name: 'Batalkan impor terakhir' }).click()
    const dialog = pageB.getByRole('alertdialog')
    await dialog.getByText(NAMA_BERKAS).waitFor()
    expect(await pelanggaranBerat(pageB), 'konfirmasi batalkan impor').toEqual([])
    await dialog.getByRole('button', { name: 'Batalkan Impor' }).click()
    await pageB.getByText(`Impor ${NAMA_BERKAS} dibatalkan`).waitFor()
    expect(laporanSept(hostB).length).toBe(sumber.length - dihapusDiB)
    expect(await pageB.locator('.tabel-riwayat-pertukaran tbody tr').first().textContent()).toContain('Dibatalkan')
  }, 60_000)
})
