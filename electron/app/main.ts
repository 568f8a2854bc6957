import fs from 'node:fs'
import path from 'node:path'
import { app, dialog, session, type BrowserWindow } from 'electron'
import { buatDispatch } from '../api'
import { Aplikasi, tentukanFolderData } from '../services/aplikasi'
import { pilihBindingSqlite } from './binding-sqlite'
import { daftarkanIpc, teruskanEvent } from './ipc'
import { buatJendelaUtama } from './jendela'
import { amankanSesi, pasangPenjagaWebContents } from './keamanan'
import { pasangMenu } from './menu'
import { platformElectron } from './platform'
import { daftarkanSkemaApp, layaniSkemaApp } from './protokol'
import { aturUnduhan } from './unduhan'

// Before anything else: the name decides the userData folder, and the scheme must be privileged before ready.
app.setName('Binmas Desk')
daftarkanSkemaApp()
pasangPenjagaWebContents()

let jendela: BrowserWindow | null = null

function fokuskan(): void {
  if (!jendela || jendela.isDestroyed()) return
  if (jendela.isMinimized()) jendela.restore()
  jendela.show()
  jendela.focus()
}

function gagalMulai(e: unknown): void {
  let pesan = e instanceof Error ? e.message : String(e)
  // A development checkout started without the Electron build of better-sqlite3.
  if (pesan.includes('NODE_MODULE_VERSION')) pesan += '\n\nModul better-sqlite3 belum dibangun untuk Electron. Jalankan: node scripts/electron-native.mjs (atau npm start).'
  console.error('[binmas] gagal memulai:', e)
  dialog.showErrorBox(
    'Binmas Desk tidak dapat dimulai',
    `Aplikasi tidak dapat membuka basis data atau komponennya.\n\n${pesan}\n\nData Anda tidak diubah. Hubungi admin TI dengan pesan di atas.`,
  )
  app.exit(1)
}

async function mulai(): Promise<void> {
  await app.whenReady()
  // app.getAppPath() is the repo root under `electron .` and app.asar when packaged: out/ sits in both.
  const akarApp = app.getAppPath()
  const dikemas = app.isPackaged

  let aplikasi: Aplikasi
  try {
    const nativeBinding = pilihBindingSqlite({
      env: process.env,
      dikemas,
      akarRepo: akarApp,
      versiElectron: process.versions.electron,
      ada: (p) => fs.existsSync(p),
    })
    aplikasi = Aplikasi.buka({
      folderData: tentukanFolderData(process.env, app.getPath('userData')),
      platform: platformElectron,
      versiAplikasi: app.getVersion(),
      nativeBinding,
    })
  } catch (e) {
    gagalMulai(e)
    return
  }
  // Expected failures (DB from a newer version, corrupt file) open the app anyway: the renderer shows them from sistem:status.
  if (aplikasi.galatDb) console.error(`[binmas] basis data: ${aplikasi.galatDb.pesan}`)

  const sesi = session.defaultSession
  amankanSesi(sesi)
  aturUnduhan(sesi)
  layaniSkemaApp(sesi, path.join(akarApp, 'out', 'renderer'))
  // Every window logs in: the session is kept per webContents by the IPC handler.
  daftarkanIpc(buatDispatch(aplikasi))
  pasangMenu({ dikemas, jendela: () => jendela })

  const ikon = path.join(akarApp, 'resources', 'icons', 'icon.png')
  jendela = buatJendelaUtama({
    preload: path.join(akarApp, 'out', 'preload', 'index.cjs'),
    dikemas,
    ikon: fs.existsSync(ikon) ? ikon : undefined,
  })
  teruskanEvent(aplikasi, jendela.webContents)
  jendela.on('closed', () => {
    jendela = null
  })

  app.on('window-all-closed', () => app.quit())

  // Close the database cleanly (WAL checkpoint) before the process ends.
  let sudahDitutup = false
  app.on('will-quit', (e) => {
    if (sudahDitutup) return
    e.preventDefault()
    void aplikasi
      .tutup()
      .catch((err: unknown) => console.error('[binmas] gagal menutup basis data:', err))
      .finally(() => {
        sudahDitutup = true
        app.quit()
      })
  })
}

// One running copy per user: two processes writing one SQLite file from two windows would confuse the admin.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', fokuskan)
  mulai().catch(gagalMulai)
}
