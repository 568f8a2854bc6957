import fs from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import type { Keluaran, Masukan, NamaKanal } from '../../shared/api'
import type { Hasil } from '../../shared/galat'
import { folderSementara } from './folder'
import { bukaPeramban } from './peramban'

export const LAYAR = { width: 1366, height: 768 }

/**
 * The screen tests run as a fixed Admin, set from code only (`OpsiHost.sesiUji`):
 * they test their screen, not the login. The login itself is tested in
 * tests/e2e/masuk.test.ts through the real path.
 */
export const SESI_UJI = { pengguna: 'admin', peran: 'admin' } as const

export interface LayarDemo {
  /** The running host; a test that restarts it on the same folder stores the new one here, so `api` and `tutup` use it. */
  host: HostWeb
  /** The host's temp data folder. */
  folder: string
  peramban: Browser
  konteks: BrowserContext
  page: Page
  /** Calls a channel over HTTP with the host's token, as the renderer does; throws on an error result. */
  api: (kanal: string, masukan?: object) => Promise<unknown>
  tutup: () => Promise<void>
}

export interface OpsiLayar {
  /** Fills the new database through the API before Chromium opens; without it the app shows Pengaturan Awal. */
  isi?: (api: LayarDemo['api']) => Promise<unknown>
  /** Chromium context options on top of 1366×768 and id-ID (time zone, downloads…). */
  konteks?: BrowserContextOptions
  /** Open the app and wait for Beranda; otherwise the page stays blank for the test to open. */
  beranda?: boolean
}

export function pastikanRendererDibangun(): void {
  if (!fs.existsSync(path.resolve('out', 'renderer', 'index.html'))) {
    throw new Error('Renderer belum dibangun: jalankan `npx electron-vite build` dahulu.')
  }
}

/** One API call through the host's HTTP transport with its token, as the renderer makes it; throws on an error result. */
export async function panggilHost<K extends NamaKanal>(host: HostWeb, kanal: K, masukan: Masukan<K>): Promise<Keluaran<K>> {
  const r = await fetch(`http://127.0.0.1:${host.port}/api/panggil/${kanal}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-binmas-token': host.token },
    body: JSON.stringify(masukan),
  })
  const h = (await r.json()) as Hasil<Keluaran<K>>
  if (!h.ok) throw new Error(`${kanal}: ${JSON.stringify(h.galat)}`)
  return h.data
}

/** A web host on `folder` as the test Admin (a restart on the same folder uses this too). */
export const mulaiHostUji = (folder: string, hariIni: string) => mulaiHost({ folderData: folder, hariIni, sesiUji: SESI_UJI })

/** A web host on `folder` with the demo Polres loaded through the API. */
export async function mulaiHostDemo(folder: string, hariIni: string): Promise<HostWeb> {
  const host = await mulaiHostUji(folder, hariIni)
  await panggilHost(host, 'contoh:muat', {})
  return host
}

/**
 * A web host on a fresh temp folder, filled by `opsi.isi`, and Chromium at
 * 1366×768 (id-ID) with one page; `tutup` closes both and deletes the folder.
 */
export async function bukaLayar(awalan: string, hariIni: string, opsi: OpsiLayar = {}): Promise<LayarDemo> {
  pastikanRendererDibangun()
  const tmp = folderSementara(awalan)
  let host: HostWeb | undefined
  let peramban: Browser | undefined
  try {
    host = await mulaiHostUji(tmp.folder, hariIni)
    const api = (kanal: string, masukan: object = {}) => panggilHost(host!, kanal as NamaKanal, masukan as never)
    await opsi.isi?.(api)
    peramban = await bukaPeramban()
    const konteks = await peramban.newContext({ viewport: LAYAR, locale: 'id-ID', ...opsi.konteks })
    const page = await konteks.newPage()
    if (opsi.beranda) {
      await page.goto(host.url)
      await page.getByRole('heading', { level: 1, name: 'Beranda' }).waitFor()
    }
    const b = peramban
    return {
      get host() {
        return host!
      },
      set host(h) {
        host = h
      },
      folder: tmp.folder,
      peramban: b,
      konteks,
      page,
      api,
      tutup: async () => {
        await b.close()
        await host!.tutup()
        tmp.hapus()
      },
    }
  } catch (e) {
    await peramban?.close()
    await host?.tutup()
    tmp.hapus()
    throw e
  }
}

/** Opens a screen from the sidebar and waits for its heading. */
export async function bukaMenu(page: Page, menu: string, judul = menu): Promise<void> {
  await page.getByRole('link', { name: menu, exact: true }).click()
  await page.getByRole('heading', { level: 1, name: judul }).waitFor()
}

/** The demo Polres on a fresh host, and Chromium at 1366×768 showing Beranda. */
export const bukaLayarDemo = (awalan: string, hariIni: string) => bukaLayar(awalan, hariIni, { isi: (api) => api('contoh:muat'), beranda: true })
