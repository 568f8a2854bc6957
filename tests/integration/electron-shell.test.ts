import { EventEmitter } from 'node:events'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CSP } from '../../electron/app/csp'
import { CSP_CETAK } from '../../electron/app/kertas'
import { folderSementara } from '../helpers/folder'

// The Electron binary cannot run here, so electron/app/main.ts runs against
// a recording stand-in for the 'electron' module: the real backend (SQLite
// on a temp folder, dispatch), the real built renderer in out/, and every
// handler the shell registers, called the way Electron would call it.

const AKAR = path.resolve(import.meta.dirname, '..', '..')

const e = vi.hoisted(() => {
  type Fn = (...args: any[]) => any
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
  const catatan = {
    urutan: [] as string[],
    skemaIstimewa: [] as unknown[],
    handlerIpc: new Map<string, Fn>(),
    handlerProtokol: new Map<string, Fn>(),
    jendela: [] as any[],
    menu: null as any,
    errorBox: [] as unknown[],
    bukaPath: [] as string[],
    keluar: 0,
    berhenti: [] as number[],
  }
  class WebContentsPalsu extends Pemancar {
    terkirim: unknown[][] = []
    dimuat: string[] = []
    pembukaJendela: Fn | null = null
    hancur = false
    js: string[] = []
    pdf: any[] = []
    send(...args: unknown[]) {
      this.terkirim.push(args)
    }
    isDestroyed() {
      return this.hancur
    }
    setWindowOpenHandler(fn: Fn) {
      this.pembukaJendela = fn
    }
    async loadURL(url: string) {
      this.dimuat.push(url)
    }
    async executeJavaScript(kode: string) {
      this.js.push(kode)
      return true
    }
    async printToPDF(opsi: unknown) {
      this.pdf.push(opsi)
      return Buffer.from('%PDF-1.7 palsu')
    }
  }
  const app = Object.assign(new Pemancar(), {
    nama: '',
    setName(n: string) {
      catatan.urutan.push('setName')
      app.nama = n
    },
    requestSingleInstanceLock() {
      catatan.urutan.push('kunci')
      return true
    },
    whenReady: async () => {
      catatan.urutan.push('siap')
    },
    getAppPath: (): string => '',
    getPath: (nama: string) => path.join(os.tmpdir(), 'binmas-tidak-dipakai', nama),
    getVersion: () => '0.1.0',
    isPackaged: false,
    quit() {
      catatan.keluar++
    },
    exit(kode: number) {
      catatan.berhenti.push(kode)
    },
  })
  function buatSesi() {
    return Object.assign(new Pemancar(), {
      izinMinta: null as Fn | null,
      izinCek: null as Fn | null,
      sebelumMinta: null as { filter: unknown; fn: Fn } | null,
      setPermissionRequestHandler(fn: Fn) {
        this.izinMinta = fn
      },
      setPermissionCheckHandler(fn: Fn) {
        this.izinCek = fn
      },
      webRequest: {
        onBeforeRequest(this: void, filter: unknown, fn: Fn) {
          sesiUtama.sebelumMinta = { filter, fn }
        },
      },
      protocol: {
        handle: (skema: string, fn: Fn) => catatan.handlerProtokol.set(skema, fn),
      },
    })
  }
  const sesiUtama = buatSesi()
  const sesiCetak = buatSesi()
  class BrowserWindow extends Pemancar {
    webContents = new WebContentsPalsu()
    berkasDimuat: string[] = []
    isiBerkas: string[] = []
    dihancurkan = false
    ditampilkan = 0
    difokus = 0
    constructor(readonly opsi: any) {
      super()
      catatan.jendela.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    async loadURL(url: string) {
      this.webContents.dimuat.push(url)
    }
    async loadFile(berkas: string) {
      this.berkasDimuat.push(berkas)
      this.isiBerkas.push(fs.readFileSync(berkas, 'utf8'))
    }
    isDestroyed() {
      return this.dihancurkan
    }
    destroy() {
      this.dihancurkan = true
    }
    isMinimized() {
      return false
    }
    restore() {}
    show() {
      this.ditampilkan++
    }
    focus() {
      this.difokus++
    }
  }
  return { catatan, app, sesiUtama, sesiCetak, BrowserWindow, WebContentsPalsu }
})

vi.mock('electron', () => ({
  app: e.app,
  BrowserWindow: e.BrowserWindow,
  protocol: { registerSchemesAsPrivileged: (s: unknown[]) => e.catatan.skemaIstimewa.push(...s) },
  session: { defaultSession: e.sesiUtama, fromPartition: () => e.sesiCetak },
  ipcMain: { handle: (kanal: string, fn: (...a: unknown[]) => unknown) => e.catatan.handlerIpc.set(kanal, fn) },
  Menu: {
    buildFromTemplate: (t: unknown) => ({ templat: t }),
    setApplicationMenu: (m: unknown) => {
      e.catatan.menu = m
    },
  },
  dialog: { showErrorBox: (...a: unknown[]) => e.catatan.errorBox.push(a) },
  shell: {
    openPath: async (p: string) => {
      e.catatan.bukaPath.push(p)
      return ''
    },
  },
}))

const data = folderSementara('binmas-shell-')
const lingkunganLama = { ...process.env }

beforeAll(async () => {
  if (!fs.existsSync(path.join(AKAR, 'out', 'renderer', 'index.html'))) throw new Error('out/ belum ada: jalankan "npx electron-vite build" terlebih dahulu.')
  e.app.getAppPath = () => AKAR
  process.env.BINMAS_DATA_DIR = data.folder
  // The Node build of better-sqlite3 through the same nativeBinding path Electron uses.
  process.env.BINMAS_SQLITE_BINDING = path.join(AKAR, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node')
  await import('../../electron/app/main')
  await vi.waitFor(() => expect(e.catatan.jendela.length).toBeGreaterThan(0), { timeout: 20_000 })
})

afterAll(async () => {
  // Close the database the way quitting does.
  await e.app.emitAsync('will-quit', { preventDefault: () => {} })
  await vi.waitFor(() => expect(e.catatan.keluar).toBeGreaterThan(0))
  process.env = lingkunganLama
  data.hapus()
})

const jendelaUtama = () => e.catatan.jendela[0] as InstanceType<typeof e.BrowserWindow>

async function minta(url: string, metode = 'GET'): Promise<Response> {
  const fn = e.catatan.handlerProtokol.get('app')
  if (!fn) throw new Error('protokol app belum ditangani')
  return fn(new Request(url, { method: metode }))
}

function panggil(urlPengirim: string | null, kanal: unknown, masukan: unknown): Promise<any> {
  const fn = e.catatan.handlerIpc.get('binmas:panggil')!
  return fn({ senderFrame: urlPengirim === null ? null : { url: urlPengirim } }, kanal, masukan)
}

describe('shell Electron (dengan modul electron tiruan)', () => {
  it('[A2] nama aplikasi, kunci satu-instans dan skema app:// istimewa diatur sebelum siap', () => {
    expect(e.app.nama).toBe('Binmas Desk')
    expect(e.catatan.urutan.slice(0, 3)).toEqual(['setName', 'kunci', 'siap'])
    expect(e.catatan.skemaIstimewa).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(e.catatan.errorBox).toEqual([])
  })

  it('[A2] jendela utama 1366×768 dengan sandbox, isolasi konteks dan preload hasil build', () => {
    const j = jendelaUtama()
    expect(j.opsi).toMatchObject({ width: 1366, height: 768, minWidth: 1024, minHeight: 700, title: 'Binmas Desk' })
    expect(j.opsi.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, spellcheck: false, devTools: true })
    expect(j.opsi.webPreferences.preload).toBe(path.join(AKAR, 'out', 'preload', 'index.cjs'))
    expect(fs.existsSync(j.opsi.webPreferences.preload)).toBe(true)
    expect(j.webContents.dimuat).toEqual(['app://binmas/index.html'])
    j.emit('ready-to-show')
    expect(j.ditampilkan).toBe(1)
  })

  it('[A2] app:// menyajikan renderer hasil build dengan CSP dan tipe MIME, menolak traversal', async () => {
    const html = await minta('app://binmas/index.html')
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(html.headers.get('content-security-policy')).toBe(CSP)
    expect(html.headers.get('x-content-type-options')).toBe('nosniff')
    const teks = await html.text()
    expect(teks).toContain('<title>Binmas Desk</title>')

    const skrip = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(teks)?.[1]
    expect(skrip).toBeDefined()
    const js = await minta(`app://binmas/${skrip}`)
    expect(js.status).toBe(200)
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(js.headers.get('content-security-policy')).toBe(CSP)

    for (const url of ['app://binmas/%2e%2e/%2e%2e/package.json', 'app://binmas/..%2F..%2Fpackage.json', 'app://binmas/assets/tidak-ada.js', 'app://lain/index.html']) {
      const r = await minta(url)
      expect(r.status, url).toBe(404)
      expect(r.headers.get('content-security-policy')).toBe(CSP)
    }
    expect((await minta('app://binmas/index.html', 'POST')).status).toBe(405)
  })

  it('[A2] IPC hanya melayani bingkai dari app://binmas, lalu meneruskan ke dispatch', async () => {
    const h = await panggil('app://binmas/index.html#/desa', 'sistem:status', {})
    expect(h.ok).toBe(true)
    expect(h.data).toMatchObject({ sudahDisiapkan: false, folderData: data.folder, versiAplikasi: '0.1.0', galatDb: null })

    for (const asal of ['https://contoh.id/', 'file:///etc/passwd', 'app://binmas.lain/index.html', 'devtools://devtools/x', null]) {
      expect(await panggil(asal, 'sistem:status', {}), String(asal)).toEqual({ ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: expect.any(String) } })
    }
    // Unknown channels and bad input are dispatch's to refuse, not the shell's.
    expect(await panggil('app://binmas/index.html', 'fs:hapus', {})).toMatchObject({ ok: false, galat: { kode: 'KANAL_TIDAK_DIKENAL' } })
    expect(await panggil('app://binmas/index.html', { bukan: 'string' }, {})).toMatchObject({ ok: false, galat: { kode: 'KANAL_TIDAK_DIKENAL' } })
    expect(await panggil('app://binmas/index.html', 'wilayah:kabupaten', { provinsiKode: 5 })).toMatchObject({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID' } })
  })

  it('[A2] event dorong diteruskan ke binmas:event; db-siap diulang setiap halaman dimuat', () => {
    const wc = jendelaUtama().webContents
    wc.terkirim.length = 0
    wc.emit('dom-ready')
    expect(wc.terkirim).toEqual([['binmas:event', { jenis: 'db-siap', versiSkema: expect.any(Number) }]])
    // Muat Ulang: a new page, the old subscription is dropped (no duplicates).
    wc.emit('dom-ready')
    expect(wc.terkirim).toHaveLength(2)
  })

  it('[A2] navigasi keluar app://, jendela baru dan webview ditolak', () => {
    const wc = jendelaUtama().webContents
    const coba = (nama: string, url: string) => {
      let dicegah = false
      wc.emit(nama, { url, preventDefault: () => (dicegah = true) })
      return dicegah
    }
    for (const nama of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(coba(nama, 'https://contoh.id/'), nama).toBe(true)
      expect(coba(nama, 'file:///C:/Windows/System32/'), nama).toBe(true)
      expect(coba(nama, 'blob:https://contoh.id/uuid'), nama).toBe(true)
      expect(coba(nama, 'app://binmas/index.html#/tentang'), nama).toBe(false)
      expect(coba(nama, 'blob:app://binmas/uuid'), nama).toBe(false)
    }
    expect(wc.pembukaJendela?.({ url: 'https://contoh.id/' })).toEqual({ action: 'deny' })
    expect(wc.pembukaJendela?.({ url: 'app://binmas/index.html' })).toEqual({ action: 'deny' })
    let webviewDicegah = false
    wc.emit('will-attach-webview', { preventDefault: () => (webviewDicegah = true) }, {}, {})
    expect(webviewDicegah).toBe(true)
  })

  it('[A2] semua izin ditolak dan permintaan jaringan jarak jauh dibatalkan', () => {
    const s = e.sesiUtama
    for (const izin of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let jawaban: boolean | undefined
      s.izinMinta?.({}, izin, (b: boolean) => (jawaban = b), {})
      expect(jawaban, izin).toBe(false)
      expect(s.izinCek?.({}, izin, 'app://binmas', {}), izin).toBe(false)
    }
    let hasil: unknown
    s.sebelumMinta?.fn({ url: 'https://contoh.id/' }, (r: unknown) => (hasil = r))
    expect(hasil).toEqual({ cancel: true })
    expect((s.sebelumMinta?.filter as { urls: string[] }).urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']))
  })

  it('[A2] unduhan blob: dari aplikasi membuka dialog Simpan di Dokumen; yang lain dibatalkan', () => {
    const opsiDialog: unknown[] = []
    const item = (url: string, nama: string) => ({ getURL: () => url, getFilename: () => nama, setSaveDialogOptions: (o: unknown) => opsiDialog.push(o) })
    let dicegah = false
    e.sesiUtama.emit('will-download', { preventDefault: () => (dicegah = true) }, item('blob:app://binmas/6b1d-uuid', 'Laporan Anev September 2024.pdf'), {})
    expect(dicegah).toBe(false)
    expect(opsiDialog).toEqual([{ title: 'Simpan berkas', buttonLabel: 'Simpan', defaultPath: path.join(e.app.getPath('documents'), 'Laporan Anev September 2024.pdf') }])

    e.sesiUtama.emit('will-download', { preventDefault: () => {} }, item('blob:app://binmas/uuid', '../../rahasia.xlsx'), {})
    expect((opsiDialog[1] as { defaultPath: string }).defaultPath).toBe(path.join(e.app.getPath('documents'), 'rahasia.xlsx'))

    e.sesiUtama.emit('will-download', { preventDefault: () => (dicegah = true) }, item('https://contoh.id/x.exe', 'x.exe'), {})
    expect(dicegah).toBe(true)
    expect(opsiDialog).toHaveLength(2)
  })

  it('[A2] menu berbahasa Indonesia; Tentang membuka layar Tentang di aplikasi', async () => {
    type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void; type?: string }
    const templat = e.catatan.menu.templat as Item[]
    expect(templat.map((m) => m.label)).toEqual(['Berkas', 'Tampilan', 'Bantuan'])
    const label = (m: Item) => (m.submenu ?? []).filter((i) => i.type !== 'separator').map((i) => i.label)
    expect(label(templat[0]!)).toEqual(['Keluar'])
    expect(label(templat[1]!)).toEqual(['Muat Ulang', 'Perbesar', 'Perkecil', 'Ukuran Asli', 'Layar Penuh', 'Alat Pengembang'])
    expect(label(templat[2]!)).toEqual(['Tentang Binmas Desk'])
    expect(JSON.stringify(templat)).not.toMatch(/https?:/)

    const wc = jendelaUtama().webContents
    templat[2]!.submenu![0]!.click!()
    expect(wc.dimuat.at(-1)).toBe('app://binmas/index.html#/tentang')
  })

  it('[A2] cetakPdf: jendela tersembunyi bersandbox, CSP cetak, ukuran F4, berkas sementara dihapus', async () => {
    const { platformElectron } = await import('../../electron/app/platform')
    const sebelum = e.catatan.jendela.length
    const pdf = await platformElectron.cetakPdf('<!doctype html><html><head><title>Anev</title></head><body>Laporan</body></html>', { ukuran: 'F4' })
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.7 palsu')
    const j = e.catatan.jendela[sebelum] as InstanceType<typeof e.BrowserWindow>
    expect(j.opsi.show).toBe(false)
    expect(j.opsi.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, session: e.sesiCetak })
    expect(j.opsi.webPreferences.preload).toBeUndefined()
    expect(j.isiBerkas[0]).toContain(`<head><meta http-equiv="Content-Security-Policy" content="${CSP_CETAK}"><title>Anev</title>`)
    expect(j.berkasDimuat[0]!.startsWith(os.tmpdir())).toBe(true)
    expect(fs.existsSync(path.dirname(j.berkasDimuat[0]!))).toBe(false)
    expect(j.webContents.js).toEqual(['document.fonts.ready.then(() => true)'])
    expect(j.webContents.pdf).toEqual([
      { pageSize: { width: 215 / 25.4, height: 330 / 25.4 }, printBackground: true, preferCSSPageSize: true, margins: { top: 0, bottom: 0, left: 0, right: 0 } },
    ])
    expect(j.dihancurkan).toBe(true)
    // The print session gets the same deny-all rules as the app window.
    expect(e.sesiCetak.izinCek?.({}, 'media', 'file://', {})).toBe(false)

    await platformElectron.cetakPdf('<p>a</p>', { ukuran: 'A4' })
    expect((e.catatan.jendela.at(-1) as InstanceType<typeof e.BrowserWindow>).webContents.pdf[0].pageSize).toBe('A4')
  })

  it('[A2] bukaFolder hanya untuk folder lokal yang ada', async () => {
    const { platformElectron } = await import('../../electron/app/platform')
    await platformElectron.bukaFolder(data.folder)
    expect(e.catatan.bukaPath).toEqual([data.folder])
    const berkas = path.join(data.folder, 'bukan-folder.txt')
    fs.writeFileSync(berkas, 'x')
    await expect(platformElectron.bukaFolder(berkas)).rejects.toThrow(/tidak ditemukan/)
    await expect(platformElectron.bukaFolder(path.join(data.folder, 'tidak-ada'))).rejects.toThrow(/tidak ditemukan/)
    await expect(platformElectron.bukaFolder('https://contoh.id/')).rejects.toThrow()
    await expect(platformElectron.bukaFolder('relatif')).rejects.toThrow()
    expect(e.catatan.bukaPath).toHaveLength(1)
  })

  it('[A2] instans kedua memfokuskan jendela yang ada', () => {
    const j = jendelaUtama()
    const sebelum = j.difokus
    e.app.emit('second-instance', {}, [], AKAR)
    expect(j.difokus).toBe(sebelum + 1)
  })
})
