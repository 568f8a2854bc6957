import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { NAMA_BERKAS_DB } from '../../electron/services/aplikasi'
import { folderSementara } from '../helpers/folder'

// Security rules of the desktop shell that electron-shell.test.ts does not
// cover, under plain Node: electron/app/main.ts runs against a recording
// stand-in for the 'electron' module — once as a second copy that does not get
// the single-instance lock, once as the first copy that holds it — and every
// window's webPreferences are checked against the Electron security checklist.
// Whether the operating system really grants the lock to one process only, and
// whether Chromium honours these switches, needs a real Electron binary
// (SECURITY.md lists what is checked where).

const AKAR = path.resolve(import.meta.dirname, '..', '..')

const e = vi.hoisted(() => {
  type Fn = (...args: any[]) => any
  const catatan = {
    urutan: [] as string[],
    kunciDiberikan: true,
    /** Whether the database file existed when the lock was asked for. */
    dbAdaSaatKunci: [] as boolean[],
    /** Set by the test: is the database file there right now? */
    dbAda: (): boolean => false,
    keluar: 0,
    berhenti: [] as number[],
    jendela: [] as any[],
    handlerIpc: new Map<string, Fn>(),
    errorBox: [] as unknown[],
  }
  class Pemancar {
    pendengar = new Map<string, Fn[]>()
    on(nama: string, fn: Fn) {
      this.pendengar.set(nama, [...(this.pendengar.get(nama) ?? []), fn])
      return this
    }
    once(nama: string, fn: Fn) {
      return this.on(nama, fn)
    }
    emit(nama: string, ...args: unknown[]) {
      for (const fn of this.pendengar.get(nama) ?? []) fn(...args)
    }
    async emitAsync(nama: string, ...args: unknown[]) {
      for (const fn of this.pendengar.get(nama) ?? []) await fn(...args)
    }
  }
  class WebContentsPalsu extends Pemancar {
    isDestroyed() {
      return false
    }
    setWindowOpenHandler() {}
    send() {}
    async loadURL() {}
    async executeJavaScript() {
      return true
    }
    async printToPDF() {
      return Buffer.from('%PDF-1.7 palsu')
    }
  }
  class BrowserWindow extends Pemancar {
    webContents = new WebContentsPalsu()
    minimal = false
    dipulihkan = 0
    ditampilkan = 0
    difokus = 0
    constructor(readonly opsi: unknown) {
      super()
      catatan.jendela.push(this)
    }
    async loadURL() {}
    async loadFile() {}
    dihancurkan = false
    destroy() {
      this.dihancurkan = true
    }
    isDestroyed() {
      return this.dihancurkan
    }
    isMinimized() {
      return this.minimal
    }
    restore() {
      this.minimal = false
      this.dipulihkan++
    }
    show() {
      this.ditampilkan++
    }
    focus() {
      this.difokus++
    }
  }
  const app = Object.assign(new Pemancar(), {
    setName(_n: string) {
      catatan.urutan.push('setName')
    },
    requestSingleInstanceLock() {
      catatan.urutan.push('kunci')
      catatan.dbAdaSaatKunci.push(catatan.dbAda())
      return catatan.kunciDiberikan
    },
    whenReady: async () => {
      catatan.urutan.push('siap')
    },
    getAppPath: (): string => '',
    getPath: (nama: string): string => `/tidak-dipakai/${nama}`,
    getVersion: () => '0.1.0',
    isPackaged: false,
    quit() {
      catatan.urutan.push('quit')
      catatan.keluar++
    },
    exit(kode: number) {
      catatan.berhenti.push(kode)
    },
  })
  const sesi = Object.assign(new Pemancar(), {
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
    webRequest: { onBeforeRequest() {} },
    protocol: { handle() {} },
  })
  return { catatan, app, sesi, BrowserWindow }
})

vi.mock('electron', () => ({
  app: e.app,
  BrowserWindow: e.BrowserWindow,
  protocol: { registerSchemesAsPrivileged: () => undefined },
  session: { defaultSession: e.sesi, fromPartition: () => e.sesi },
  ipcMain: { handle: (kanal: string, fn: (...a: unknown[]) => unknown) => e.catatan.handlerIpc.set(kanal, fn) },
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined },
  dialog: { showErrorBox: (...a: unknown[]) => e.catatan.errorBox.push(a) },
  shell: { openPath: async () => '' },
}))

const data = folderSementara('binmas-satu-instans-')
const lingkunganLama = { ...process.env }
const berkasDb = path.join(data.folder, NAMA_BERKAS_DB)

beforeEach(() => {
  vi.resetModules()
  e.app.pendengar.clear()
  Object.assign(e.catatan, { urutan: [], dbAdaSaatKunci: [], keluar: 0, berhenti: [], jendela: [], errorBox: [] })
  e.catatan.handlerIpc.clear()
  e.app.getAppPath = () => AKAR
  process.env.BINMAS_DATA_DIR = data.folder
  process.env.BINMAS_SQLITE_BINDING = path.join(AKAR, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
  e.catatan.dbAda = () => fs.existsSync(berkasDb)
})

afterAll(() => {
  process.env = lingkunganLama
  data.hapus()
})

describe('kunci satu instans (main.ts dengan modul electron tiruan)', () => {
  it('[G5] instans kedua yang tidak mendapat kunci keluar tanpa membuka basis data, jendela atau IPC', async () => {
    e.catatan.kunciDiberikan = false
    await import('../../electron/app/main')
    // Give any stray async start-up a chance to run; there must be none.
    await new Promise((r) => setTimeout(r, 50))

    expect(e.catatan.urutan).toEqual(['setName', 'kunci', 'quit'])
    expect(e.catatan.keluar).toBe(1)
    expect(e.catatan.jendela).toEqual([])
    expect(e.catatan.handlerIpc.size).toBe(0)
    expect(e.app.pendengar.has('second-instance')).toBe(false)
    expect(e.catatan.errorBox).toEqual([])
    // Not even created: the running copy alone writes the database.
    expect(fs.readdirSync(data.folder)).toEqual([])
  })

  it('[G5] instans pertama memegang kunci sebelum membuka basis data; instans kedua hanya memunculkan jendela yang ada, tanpa jendela atau basis data kedua', async () => {
    e.catatan.kunciDiberikan = true
    await import('../../electron/app/main')
    await vi.waitFor(() => expect(e.catatan.jendela).toHaveLength(1), { timeout: 20_000 })

    // The lock comes first: nothing was open or created when it was asked for.
    expect(e.catatan.urutan.slice(0, 3)).toEqual(['setName', 'kunci', 'siap'])
    expect(e.catatan.dbAdaSaatKunci).toEqual([false])
    expect(fs.existsSync(berkasDb)).toBe(true)
    expect(e.app.pendengar.get('second-instance')).toHaveLength(1)

    const j = e.catatan.jendela[0] as InstanceType<typeof e.BrowserWindow>
    j.minimal = true
    const isiFolder = fs.readdirSync(data.folder).sort()
    e.app.emit('second-instance', {}, ['binmas-desk.exe'], os.homedir())
    expect({ dipulihkan: j.dipulihkan, ditampilkan: j.ditampilkan, difokus: j.difokus }).toEqual({ dipulihkan: 1, ditampilkan: 1, difokus: 1 })
    e.app.emit('second-instance', {}, ['binmas-desk.exe'], os.homedir())
    expect({ dipulihkan: j.dipulihkan, ditampilkan: j.ditampilkan, difokus: j.difokus }).toEqual({ dipulihkan: 1, ditampilkan: 2, difokus: 2 })
    expect(e.catatan.jendela).toHaveLength(1)
    expect(e.catatan.handlerIpc.size).toBe(1)
    expect(e.catatan.keluar).toBe(0)
    expect(fs.readdirSync(data.folder).sort()).toEqual(isiFolder)

    // Quit as Electron would, so the database closes cleanly.
    await e.app.emitAsync('will-quit', { preventDefault: () => {} })
    await vi.waitFor(() => expect(e.catatan.keluar).toBe(1))
  })
})

/** Options that weaken a window; none may appear anywhere in the shell (checklist items 2, 4, 6, 8–11). */
const OPSI_BERBAHAYA: Record<string, unknown> = {
  nodeIntegration: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  contextIsolation: false,
  sandbox: false,
  webSecurity: false,
  allowRunningInsecureContent: true,
  experimentalFeatures: true,
  enableBlinkFeatures: expect.anything(),
  webviewTag: true,
}

describe('pengaturan jendela Electron (daftar periksa keamanan)', () => {
  it('[G4] jendela utama dan jendela cetak: isolasi konteks, sandbox, tanpa Node, webSecurity; tidak ada opsi yang melemahkan', async () => {
    e.catatan.kunciDiberikan = true
    await import('../../electron/app/main')
    await vi.waitFor(() => expect(e.catatan.jendela).toHaveLength(1), { timeout: 20_000 })
    const { platformElectron } = await import('../../electron/app/platform')
    await platformElectron.cetakPdf('<p>Laporan</p>', { ukuran: 'A4' })
    expect(e.catatan.jendela).toHaveLength(2)

    const [utama, cetak] = e.catatan.jendela.map((j) => (j.opsi as { webPreferences: Record<string, unknown> }).webPreferences)
    // Exactly these keys: anything else (an insecure switch) fails here first.
    expect(Object.keys(utama!).sort()).toEqual(['contextIsolation', 'devTools', 'nodeIntegration', 'preload', 'sandbox', 'spellcheck', 'webSecurity'])
    expect(Object.keys(cetak!).sort()).toEqual(['contextIsolation', 'devTools', 'javascript', 'nodeIntegration', 'sandbox', 'session', 'spellcheck', 'webSecurity', 'webgl'])
    for (const [nama, wp] of [['utama', utama!], ['cetak', cetak!]] as const) {
      expect(wp, nama).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
      for (const [opsi, buruk] of Object.entries(OPSI_BERBAHAYA)) if (opsi in wp) expect(wp[opsi], `${nama}.${opsi}`).not.toEqual(buruk)
    }
    // The print window has no preload: nothing is bridged into report HTML.
    expect(cetak!['preload']).toBeUndefined()

    await e.app.emitAsync('will-quit', { preventDefault: () => {} })
    await vi.waitFor(() => expect(e.catatan.keluar).toBe(1))
  })

  it('[G4] tidak ada kode shell, preload atau renderer yang menyalakan opsi tidak aman, webview atau allowpopups', () => {
    const berkas: string[] = []
    const jelajah = (folder: string) => {
      for (const isi of fs.readdirSync(folder, { withFileTypes: true })) {
        const p = path.join(folder, isi.name)
        if (isi.isDirectory()) jelajah(p)
        else if (/\.(ts|tsx|html)$/.test(isi.name)) berkas.push(p)
      }
    }
    for (const f of ['electron', 'renderer', 'shared']) jelajah(path.join(AKAR, f))
    expect(berkas.length).toBeGreaterThan(50)
    const pola = [
      /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/,
      /contextIsolation\s*:\s*false/,
      /sandbox\s*:\s*false/,
      /webSecurity\s*:\s*false/,
      /allowRunningInsecureContent/,
      /experimentalFeatures/,
      /enableBlinkFeatures/,
      /webviewTag/,
      /allowpopups/i,
      /<webview\b/i,
      /\bopenExternal\b/,
      /\bloadURL\(\s*['"`]https?:/,
    ]
    const langgar = berkas.flatMap((f) => {
      // Comments may name these options (to explain why they are off); code may not.
      const teks = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/[^\n]*/g, '$1')
      return pola.filter((p) => p.test(teks)).map((p) => `${path.relative(AKAR, f)}: ${p}`)
    })
    expect(langgar).toEqual([])
  })
})
