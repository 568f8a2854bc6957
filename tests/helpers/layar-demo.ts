import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { folderSementara } from './folder'
import { bukaPeramban } from './peramban'

export const LAYAR = { width: 1366, height: 768 }

export interface LayarDemo {
  host: HostWeb
  peramban: Browser
  konteks: BrowserContext
  page: Page
  /** Calls a channel over HTTP with the host's token, as the renderer does; throws on an error result. */
  api: (kanal: string, masukan?: object) => Promise<unknown>
  tutup: () => Promise<void>
}

/**
 * A web host on a temp folder with the demo Polres loaded through the API,
 * and Chromium at 1366×768 showing Beranda.
 */
export async function bukaLayarDemo(awalan: string, hariIni: string): Promise<LayarDemo> {
  if (!fs.existsSync(path.resolve('out', 'renderer', 'index.html'))) {
    throw new Error('Renderer belum dibangun: jalankan `npx electron-vite build` dahulu.')
  }
  const tmp = folderSementara(awalan)
  const host = await mulaiHost({ folderData: tmp.folder, hariIni })
  const api = async (kanal: string, masukan: object = {}) => {
    const r = await fetch(`http://127.0.0.1:${host.port}/api/panggil/${kanal}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-binmas-token': host.token },
      body: JSON.stringify(masukan),
    })
    const h = (await r.json()) as { ok: boolean; data: unknown; galat?: unknown }
    if (!h.ok) throw new Error(`${kanal}: ${JSON.stringify(h.galat)}`)
    return h.data
  }
  await api('contoh:muat')
  const peramban = await bukaPeramban()
  const konteks = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID' })
  const page = await konteks.newPage()
  await page.goto(host.url)
  await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
  return {
    host,
    peramban,
    konteks,
    page,
    api,
    tutup: async () => {
      await peramban.close()
      await host.tutup()
      tmp.hapus()
    },
  }
}
