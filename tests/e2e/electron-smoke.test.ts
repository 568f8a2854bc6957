import fs from 'node:fs'
import path from 'node:path'
import { _electron, type ElectronApplication } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { siapkanSqliteElectron } from '../../scripts/electron-native.mjs'
import { folderSementara } from '../helpers/folder'

// Starts the real desktop app where an Electron binary exists. Electron 45+
// downloads its binary on first launch, which is impossible on a machine
// without internet; there the test is skipped and says why in its title.

const AKAR = path.resolve(import.meta.dirname, '..', '..')

function binaryElectron(): string | null {
  const folder = path.join(AKAR, 'node_modules', 'electron')
  try {
    const relatif = fs.readFileSync(path.join(folder, 'path.txt'), 'utf8').trim()
    const berkas = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(folder, 'dist'), relatif)
    return relatif && fs.existsSync(berkas) ? berkas : null
  } catch {
    return null
  }
}

const binary = binaryElectron()
const adaLayar = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
const alasanLewati = !binary
  ? 'binary Electron tidak tersedia di mesin ini'
  : !adaLayar
    ? 'tidak ada layar (DISPLAY/WAYLAND_DISPLAY) untuk membuka jendela Electron'
    : null
const ada = alasanLewati === null
if (!ada) console.info(`[A3] smoke Electron dilewati: ${alasanLewati}. (Skipped: no runnable Electron binary/display on this machine.)`)

describe('aplikasi desktop Electron', () => {
  let aplikasi: ElectronApplication | undefined
  const data = folderSementara('binmas-electron-')

  afterAll(async () => {
    await aplikasi?.close()
    data.hapus()
  })

  it.skipIf(!ada)(ada ? '[A3] smoke Electron: jendela Binmas Desk, window.binmas ada, window.require tidak, sistem:status menjawab' : `[A3] smoke Electron (dilewati: ${alasanLewati})`, async () => {
    // Electron needs its own ABI build of better-sqlite3 (node_modules keeps the Node one for the other tests).
    const sqlite = siapkanSqliteElectron({ akar: AKAR })
    if (!sqlite.ok) throw new Error(sqlite.pesan)

    const env: Record<string, string> = {}
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v
    env.BINMAS_DATA_DIR = data.folder
    env.BINMAS_SQLITE_BINDING = sqlite.berkas
    // Chromium refuses to start as root with its OS sandbox (CI containers); the page sandbox stays on.
    const args = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox', '.'] : ['.']

    aplikasi = await _electron.launch({ executablePath: binary!, args, cwd: AKAR, env, timeout: 60_000 })
    const jendela = await aplikasi.firstWindow()
    await jendela.waitForLoadState('domcontentloaded')

    expect(jendela.url()).toMatch(/^app:\/\/binmas\/index\.html/)
    await expect.poll(() => jendela.title()).toContain('Binmas Desk')
    expect(await jendela.evaluate(() => typeof window.binmas)).toBe('object')
    expect(await jendela.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined')
    expect(await jendela.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined')

    const status = await jendela.evaluate(() => window.binmas!['sistem:status']({}))
    expect(status).toMatchObject({ ok: true, data: { folderData: data.folder, galatDb: null } })

    const jendelaUtama = await aplikasi.evaluate(({ BrowserWindow }) => {
      const w = BrowserWindow.getAllWindows()[0]!
      return { judul: w.getTitle(), ukuranMin: w.getMinimumSize(), jumlah: BrowserWindow.getAllWindows().length }
    })
    expect(jendelaUtama).toMatchObject({ ukuranMin: [1024, 700], jumlah: 1 })
    expect(jendelaUtama.judul).toContain('Binmas Desk')
  })
})
