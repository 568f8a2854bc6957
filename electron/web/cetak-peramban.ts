import fs from 'node:fs'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { sisipkanCspCetak } from '../app/kertas'
import { type OpsiCetak, PESAN_TANPA_CETAK, platformTanpaCetak, type PortPlatform } from '../services/platform'

/** Where Chromium-family browsers live on Linux, Windows and macOS; BINMAS_CHROMIUM first. */
export function calonPeramban(env: NodeJS.ProcessEnv = process.env): string[] {
  const win = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((x): x is string => !!x)
  return [
    env.BINMAS_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    ...win.flatMap((akar) => [path.join(akar, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.join(akar, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]),
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ].filter((x): x is string => !!x)
}

export function cariPeramban(env: NodeJS.ProcessEnv = process.env): string | null {
  return calonPeramban(env).find((p) => fs.existsSync(p)) ?? null
}

const UKURAN_PDF = { A4: { width: '210mm', height: '297mm' }, F4: { width: '215mm', height: '330mm' } } as const

export interface PlatformPeramban extends PortPlatform {
  /** Closes the browser started for printing (if any). */
  tutup: () => Promise<void>
}

/**
 * The web host's printing: the same HTML rendered by a local Chromium, Chrome
 * or Edge through playwright-core with the print CSP, no network, and the same
 * footer as the desktop shell's printToPDF. The browser starts on first print
 * and stays for the next. Without any such browser, printing answers with an
 * Indonesian message instead.
 */
export function buatPlatformPeramban(opsi: { executablePath?: string | null } = {}): PlatformPeramban {
  const exe = opsi.executablePath === undefined ? cariPeramban() : opsi.executablePath
  if (!exe) return { ...platformTanpaCetak, tutup: async () => {} }
  let peramban: Promise<Browser> | null = null
  const buka = () => {
    peramban ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: exe, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'] }),
    )
    peramban.catch(() => (peramban = null))
    return peramban
  }
  async function cetakPdf(html: string, o: OpsiCetak): Promise<Uint8Array> {
    let b: Browser
    try {
      b = await buka()
    } catch (e) {
      throw new Error(`${PESAN_TANPA_CETAK} (${exe}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)})`)
    }
    const konteks = await b.newContext({ offline: true, javaScriptEnabled: true })
    try {
      await konteks.route('**/*', (r) => r.abort())
      const page = await konteks.newPage()
      await page.setContent(sisipkanCspCetak(html), { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready.then(() => true))
      const pdf = await page.pdf({
        ...UKURAN_PDF[o.ukuran],
        printBackground: true,
        preferCSSPageSize: true,
        ...(o.kakiHalaman ? { displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: o.kakiHalaman } : {}),
      })
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
    } finally {
      await konteks.close()
    }
  }
  return {
    cetakPdf,
    bukaFolder: async () => {},
    tutup: async () => {
      const p = peramban
      peramban = null
      if (p) await (await p).close().catch(() => undefined)
    },
  }
}
