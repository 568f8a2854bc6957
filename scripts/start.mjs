// `npm start`: builds when needed, then opens Binmas Desk in Electron. Where
// the Electron binary cannot be had (Electron 45+ downloads it on first
// launch, and many office networks block that), it says so and serves the
// same app in the browser on loopback (scripts/web.mjs) instead.
// Plain Node, no shell: the same on Windows and Linux.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { siapkanSqliteElectron, versiElectron } from './electron-native.mjs'

const AKAR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const BATAS_UNDUH_ELECTRON_MS = 120_000
// A PC without internet should not wait for a doomed download at every start: a failure is remembered for a day.
const PENANDA_GAGAL_UNDUH = path.join(AKAR, '.cache', 'electron-unduh-gagal.json')
const JEDA_COBA_ULANG_MS = 24 * 60 * 60_000

const KELUARAN = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].map((p) => path.join(AKAR, p))
const SUMBER = ['electron', 'shared', 'renderer', 'resources', 'electron.vite.config.ts', 'package.json'].map((p) => path.join(AKAR, p))

/** Newest modification time under a file or folder. */
function mtimeTerbaru(p) {
  let st
  try {
    st = fs.statSync(p)
  } catch {
    return 0
  }
  if (!st.isDirectory()) return st.mtimeMs
  let terbaru = st.mtimeMs
  for (const nama of fs.readdirSync(p)) {
    if (nama === 'node_modules' || nama.startsWith('.')) continue
    terbaru = Math.max(terbaru, mtimeTerbaru(path.join(p, nama)))
  }
  return terbaru
}

function perluBuild() {
  if (process.argv.includes('--build')) return true
  if (KELUARAN.some((p) => !fs.existsSync(p))) return true
  const tertuaKeluaran = Math.min(...KELUARAN.map((p) => fs.statSync(p).mtimeMs))
  return Math.max(...SUMBER.map(mtimeTerbaru)) > tertuaKeluaran
}

function build() {
  console.log('Membangun aplikasi (electron-vite build) …')
  const r = spawnSync(process.execPath, [path.join(AKAR, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: AKAR,
    stdio: 'inherit',
    shell: false,
  })
  if (r.status !== 0) {
    console.error('Build gagal; lihat pesan di atas. [Build failed; see the messages above.]')
    process.exit(r.status ?? 1)
  }
}

/** The Electron executable if it is on disk: node_modules/electron/path.txt names it inside dist/. */
function binaryElectron() {
  const folder = path.join(AKAR, 'node_modules', 'electron')
  let relatif
  try {
    relatif = fs.readFileSync(path.join(folder, 'path.txt'), 'utf8').trim()
  } catch {
    return null
  }
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(folder, 'dist')
  const berkas = path.join(dist, relatif)
  return relatif && fs.existsSync(berkas) ? berkas : null
}

/** Electron's own installer (what `require('electron')` would run), with a time limit instead of hanging on a dead network. */
function unduhElectron() {
  const installer = path.join(AKAR, 'node_modules', 'electron', 'install.js')
  if (!fs.existsSync(installer)) return
  if (!process.argv.includes('--unduh-electron')) {
    try {
      const { waktu } = JSON.parse(fs.readFileSync(PENANDA_GAGAL_UNDUH, 'utf8'))
      if (Date.now() - Date.parse(waktu) < JEDA_COBA_ULANG_MS) {
        console.log(`Unduhan Electron terakhir gagal (${waktu}); tidak dicoba lagi hari ini. Coba paksa: npm start -- --unduh-electron`)
        return
      }
    } catch {
      // no marker: try the download
    }
  }
  console.log(`Binary Electron belum ada; mencoba mengunduh (paling lama ${BATAS_UNDUH_ELECTRON_MS / 1000} detik) …`)
  const r = spawnSync(process.execPath, [installer], {
    cwd: path.dirname(installer),
    stdio: 'inherit',
    timeout: BATAS_UNDUH_ELECTRON_MS,
    shell: false,
  })
  if (r.error || r.status !== 0) {
    console.log('Unduhan Electron gagal. [The Electron download failed.]')
    fs.mkdirSync(path.dirname(PENANDA_GAGAL_UNDUH), { recursive: true })
    fs.writeFileSync(PENANDA_GAGAL_UNDUH, `${JSON.stringify({ waktu: new Date().toISOString() })}\n`)
  } else {
    fs.rmSync(PENANDA_GAGAL_UNDUH, { force: true })
  }
}

/** Runs a child with the terminal, passes Ctrl+C on, and exits with its code. */
function jalankanAnak(perintah, args, env) {
  const anak = spawn(perintah, args, { cwd: AKAR, stdio: 'inherit', env, shell: false, windowsHide: false })
  anak.on('error', (e) => {
    console.error(`Tidak dapat menjalankan ${path.basename(perintah)}: ${e.message}`)
    process.exit(1)
  })
  anak.on('exit', (kode, sinyal) => process.exit(kode ?? (sinyal ? 1 : 0)))
  for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => anak.kill(s))
}

function modePeramban(alasan) {
  console.log('')
  console.log(`${alasan.id}`)
  console.log('Aplikasi yang sama dijalankan dalam mode peramban, hanya dapat dibuka dari komputer ini (127.0.0.1).')
  console.log(`[${alasan.en} The same app is served in browser mode on loopback (127.0.0.1) only.]`)
  console.log('')
  jalankanAnak(process.execPath, [path.join(AKAR, 'scripts', 'web.mjs')], process.env)
}

if (perluBuild()) build()

let electron = binaryElectron()
if (!electron) {
  unduhElectron()
  electron = binaryElectron()
}

if (!electron) {
  modePeramban({
    id: 'Binary Electron tidak tersedia di mesin ini (tidak dapat diunduh).',
    en: 'The Electron binary is not available on this machine (it could not be downloaded).',
  })
} else {
  const sqlite = siapkanSqliteElectron({ akar: AKAR, versiElectron: versiElectron(AKAR) })
  if (!sqlite.ok) {
    console.error(sqlite.pesan)
    modePeramban({
      id: 'Electron tersedia, tetapi modul basis data untuk Electron belum dapat disiapkan.',
      en: 'Electron is available, but its database module could not be prepared.',
    })
  } else {
    const env = { ...process.env, BINMAS_SQLITE_BINDING: sqlite.berkas }
    // Set by some tools; it would make the binary behave as plain Node instead of opening the app.
    delete env.ELECTRON_RUN_AS_NODE
    jalankanAnak(electron, ['.'], env)
  }
}
