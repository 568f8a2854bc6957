import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { BrowserWindow, session, shell, type Session } from 'electron'
import type { OpsiCetak, PortPlatform } from '../services/platform'
import { alasanTolakFolder } from './folder-lokal'
import { sisipkanCspCetak, ukuranKertas } from './kertas'
import { amankanSesi } from './keamanan'

/** An in-memory session only for printing: no cookies or storage shared with the app window. */
const PARTISI_CETAK = 'binmas-cetak'
const BATAS_FONT_MS = 10_000
const BATAS_MUAT_MS = 60_000

let sesiCetakSiap = false

function sesiCetak(): Session {
  const s = session.fromPartition(PARTISI_CETAK, { cache: false })
  if (!sesiCetakSiap) {
    amankanSesi(s)
    sesiCetakSiap = true
  }
  return s
}

function denganBatasWaktu<T>(janji: Promise<T>, ms: number, pesan: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(pesan)), ms)
    janji.then(
      (v) => {
        clearTimeout(t)
        resolve(v)
      },
      (e: unknown) => {
        clearTimeout(t)
        reject(e instanceof Error ? e : new Error(String(e)))
      },
    )
  })
}

/**
 * Renders a report in a hidden, sandboxed window and prints it to PDF.
 * A temp file instead of a data: URL, because reports with embedded fonts and
 * chart images easily pass Chromium's 2 MB URL limit. JavaScript is on only
 * so the shell can await document.fonts.ready; the page's own scripts are
 * blocked by the injected CSP (script-src 'none'). A shown-never BrowserWindow
 * rather than offscreen rendering, because printToPDF uses the print
 * pipeline, not the compositor output that offscreen mode captures.
 */
async function cetakPdf(html: string, opsi: OpsiCetak): Promise<Uint8Array> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'binmas-cetak-'))
  const berkas = path.join(folder, 'laporan.html')
  const jendela = new BrowserWindow({
    show: false,
    width: 1024,
    height: 1400,
    webPreferences: {
      session: sesiCetak(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      javascript: true,
      spellcheck: false,
      devTools: false,
      webgl: false,
    },
  })
  try {
    await fs.writeFile(berkas, sisipkanCspCetak(html), 'utf8')
    await denganBatasWaktu(jendela.loadFile(berkas), BATAS_MUAT_MS, 'Laporan tidak selesai dimuat untuk dicetak.')
    // Fonts that never load must not hang the print: after the limit, print with fallbacks.
    await denganBatasWaktu(jendela.webContents.executeJavaScript('document.fonts.ready.then(() => true)'), BATAS_FONT_MS, 'font').catch(() => undefined)
    const pdf = await jendela.webContents.printToPDF({
      pageSize: ukuranKertas(opsi.ukuran),
      printBackground: true,
      preferCSSPageSize: true,
      // Margins come from the report's @page rule (naskah dinas), as in the Playwright test path.
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      // "Halaman X dari Y" in the bottom margin, as page.pdf does in the tests.
      ...(opsi.kakiHalaman ? { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: opsi.kakiHalaman } : {}),
    })
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    if (!jendela.isDestroyed()) jendela.destroy()
    await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined)
  }
}

/** Opens a folder in Explorer/Files: only an existing local folder, never a URL, share or file. */
async function bukaFolder(folder: string): Promise<void> {
  const alasan = alasanTolakFolder(folder)
  if (alasan) throw new Error(alasan)
  const info = await fs.stat(folder).catch(() => null)
  if (!info?.isDirectory()) throw new Error('Folder tidak ditemukan di komputer ini.')
  const galat = await shell.openPath(path.resolve(folder))
  if (galat) throw new Error(`Folder tidak dapat dibuka: ${galat}`)
}

export const platformElectron: PortPlatform = { cetakPdf, bukaFolder }
