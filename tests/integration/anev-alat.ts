import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import type { GrafikAnev, SnapshotAnev } from '../../shared/anev/jenis'
import { konfigurasiGrafikAnev, UKURAN_GRAFIK } from '../../shared/anev/grafik'
import { buatDispatch } from '../../electron/api'
import { Aplikasi } from '../../electron/services/aplikasi'
import { buatPlatformPeramban } from '../../electron/web/cetak-peramban'
import type { Keluaran, Masukan, NamaKanal } from '../../shared/api'
import type { Hasil } from '../../shared/galat'
import { folderSementara } from '../helpers/folder'

/** Shared tools of the Anev tests: charts drawn by chart.js in Chromium, and poppler to read PDFs back. */

export const FOLDER_HASIL_ANEV = path.resolve('test-results', 'anev')
export const ADA_CHROMIUM = fs.existsSync(process.env.BINMAS_CHROMIUM ?? '/usr/bin/chromium')
export const ADA_POPPLER = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/**
 * The report's charts drawn with chart.js (its UMD build) in a Chromium page,
 * from the same configurations the renderer draws, as PNG data URLs.
 */
export async function gambarGrafik(peramban: Browser, s: SnapshotAnev): Promise<GrafikAnev> {
  const page = await peramban.newPage()
  try {
    await page.addScriptTag({ path: path.resolve('node_modules', 'chart.js', 'dist', 'chart.umd.js') })
    // Plain JSON (no callbacks), so it crosses into the page as data.
    const konfigurasi = JSON.parse(JSON.stringify(konfigurasiGrafikAnev(s))) as Record<string, unknown>
    return (await page.evaluate(
      ({ konfigurasi, ukuran }) => {
        const C = (window as unknown as { Chart: new (c: HTMLCanvasElement, k: unknown) => { destroy: () => void } }).Chart
        const hasil: Record<string, string> = {}
        for (const [kunci, k] of Object.entries(konfigurasi)) {
          const kanvas = document.createElement('canvas')
          kanvas.width = ukuran.lebar
          kanvas.height = ukuran.tinggi
          document.body.append(kanvas)
          const c = new C(kanvas, k)
          hasil[kunci] = kanvas.toDataURL('image/png')
          c.destroy()
          kanvas.remove()
        }
        return hasil
      },
      { konfigurasi, ukuran: UKURAN_GRAFIK },
    )) as GrafikAnev
  } finally {
    await page.close()
  }
}

function berkasSementara(pdf: Uint8Array): { berkas: string; hapus: () => void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'anev-pdf-'))
  const berkas = path.join(folder, 'laporan.pdf')
  fs.writeFileSync(berkas, pdf)
  return { berkas, hapus: () => fs.rmSync(folder, { recursive: true, force: true }) }
}

/** pdftotext, one string per page (split on form feeds). */
export function teksPdf(pdf: Uint8Array, opsi: { layout?: boolean } = {}): string[] {
  const t = berkasSementara(pdf)
  try {
    const teks = execFileSync('pdftotext', [...(opsi.layout ? ['-layout'] : []), t.berkas, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    return teks.split('\f').filter((p, i, a) => i < a.length - 1 || p.trim() !== '')
  } finally {
    t.hapus()
  }
}

export function infoPdf(pdf: Uint8Array): { halaman: number; ukuran: [number, number]; font: { nama: string; tertanam: boolean }[] } {
  const t = berkasSementara(pdf)
  try {
    const info = execFileSync('pdfinfo', [t.berkas], { encoding: 'utf8' })
    const halaman = Number(/Pages:\s+(\d+)/.exec(info)![1])
    const u = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!
    const font = execFileSync('pdffonts', [t.berkas], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((b) => b.trim())
      .map((b) => {
        const kolom = b.trim().split(/\s+/)
        // name type… encoding emb sub uni object ID: 'emb' is the 5th field from the end.
        return { nama: kolom[0]!, tertanam: kolom[kolom.length - 5] === 'yes' }
      })
    return { halaman, ukuran: [Number(u[1]), Number(u[2])], font }
  } finally {
    t.hapus()
  }
}

/** Every page as a PNG under test-results/anev/ (to open and look at). */
export function gambarHalaman(pdf: Uint8Array, awalan: string, dpi = 60): string[] {
  fs.mkdirSync(FOLDER_HASIL_ANEV, { recursive: true })
  const t = berkasSementara(pdf)
  try {
    const dasar = path.join(FOLDER_HASIL_ANEV, awalan)
    for (const f of fs.readdirSync(FOLDER_HASIL_ANEV)) if (f.startsWith(`${awalan}-`) && f.endsWith('.png')) fs.rmSync(path.join(FOLDER_HASIL_ANEV, f))
    execFileSync('pdftoppm', ['-png', '-r', String(dpi), t.berkas, dasar])
    fs.copyFileSync(t.berkas, `${dasar}.pdf`)
    return fs
      .readdirSync(FOLDER_HASIL_ANEV)
      .filter((f) => f.startsWith(`${awalan}-`) && f.endsWith('.png'))
      .sort()
      .map((f) => path.join(FOLDER_HASIL_ANEV, f))
  } finally {
    t.hapus()
  }
}

/** A real backend on a temp folder whose platform prints with Chromium (the web host's platform). */
export function aplikasiAnev(hariIni: string) {
  const tmp = folderSementara('anev-')
  const platform = buatPlatformPeramban({ executablePath: process.env.BINMAS_CHROMIUM ?? '/usr/bin/chromium' })
  const app = Aplikasi.buka({ folderData: tmp.folder, platform, versiAplikasi: '0.0.0-uji', hariIni })
  const dispatch = buatDispatch(app)
  const sesi = { pengguna: 'admin', peran: 'admin' as const }
  type Kanal = NamaKanal
  type Masuk<K extends Kanal> = Masukan<K>
  type Keluar<K extends Kanal> = Keluaran<K>
  type HasilK<K extends Kanal> = Hasil<Keluar<K>>
  return {
    app,
    platform,
    hasil: <K extends Kanal>(kanal: K, m: Masuk<K>) => dispatch(kanal, m, sesi) as Promise<HasilK<K>>,
    panggil: async <K extends Kanal>(kanal: K, m: Masuk<K>): Promise<Keluar<K>> => {
      const h = (await dispatch(kanal, m, sesi)) as HasilK<K>
      if (!h.ok) throw new Error(`${kanal} gagal: ${JSON.stringify(h.galat)}`)
      return h.data
    },
    tutup: async () => {
      await platform.tutup()
      await app.tutup()
      tmp.hapus()
    },
  }
}
