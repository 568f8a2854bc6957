// Builds (or downloads) better-sqlite3 for Electron's ABI into
// .electron-native/<electron version>/better_sqlite3.node, leaving
// node_modules/better-sqlite3 built for Node so `npm test` keeps working.
// The Electron main process loads the file through better-sqlite3's
// `nativeBinding` option (electron/app/binding-sqlite.ts).
//
// Idempotent: a finished build is recorded in info.json next to the binary
// and reused while Electron, better-sqlite3, platform and arch stay the same.
//
//   node scripts/electron-native.mjs [--paksa]
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const AKAR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const BATAS_PREBUILD_MS = 3 * 60_000
// Compiling SQLite from source takes several minutes on an office PC.
const BATAS_NODE_GYP_MS = 30 * 60_000

/** Where the Electron build lives; electron/app/binding-sqlite.ts reads the same place. */
export function lokasiBinding(akar, versiElectron) {
  return path.join(akar, '.electron-native', versiElectron, 'better_sqlite3.node')
}

export function versiElectron(akar = AKAR) {
  return JSON.parse(fs.readFileSync(path.join(akar, 'node_modules', 'electron', 'package.json'), 'utf8')).version
}

function versiPaket(folder) {
  return JSON.parse(fs.readFileSync(path.join(folder, 'package.json'), 'utf8')).version
}

function cocok(berkasInfo, harapan) {
  try {
    const info = JSON.parse(fs.readFileSync(berkasInfo, 'utf8'))
    return Object.entries(harapan).every(([k, v]) => info[k] === v)
  } catch {
    return false
  }
}

/** node-gyp from this repo (electron-builder brings it), else the copy bundled with npm. */
function cariNodeGyp(akar) {
  const calon = [
    () => createRequire(path.join(akar, 'package.json')).resolve('node-gyp/bin/node-gyp.js'),
    () => path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    () => path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ]
  for (const c of calon) {
    try {
      const p = c()
      if (fs.existsSync(p)) return p
    } catch {
      // try the next place
    }
  }
  return null
}

function jalankan(args, cwd, batasMs, log) {
  const [skrip = '', ...sisa] = args
  log(`  $ node ${path.basename(skrip)} ${sisa.join(' ')}`)
  const r = spawnSync(process.execPath, args, { cwd, stdio: 'inherit', timeout: batasMs, shell: false, windowsHide: true })
  if (r.error) log(`  (gagal: ${r.error.message})`)
  return r.status === 0
}

/**
 * Ensures the Electron-ABI binary exists. Returns
 * { ok: true, berkas, cara } or { ok: false, pesan } (never throws for a failed build).
 */
export function siapkanSqliteElectron(opsi = {}) {
  const akar = opsi.akar ?? AKAR
  const log = opsi.log ?? ((s) => console.log(s))
  const versi = opsi.versiElectron ?? versiElectron(akar)
  const arch = opsi.arch ?? process.arch
  const folderAsal = path.join(akar, 'node_modules', 'better-sqlite3')
  const tujuan = lokasiBinding(akar, versi)
  const berkasInfo = path.join(path.dirname(tujuan), 'info.json')
  const harapan = { electron: versi, betterSqlite3: versiPaket(folderAsal), platform: process.platform, arch }

  if (!opsi.paksa && fs.existsSync(tujuan) && cocok(berkasInfo, harapan)) return { ok: true, berkas: tujuan, cara: 'sudah-ada' }

  log(`Menyiapkan better-sqlite3 untuk Electron ${versi} (${process.platform}-${arch}) …`)
  // A private copy without build/: whatever ends up in build/Release was made for Electron by the steps below,
  // never the Node build that node_modules holds.
  const salinan = path.join(akar, '.cache', 'better-sqlite3-electron')
  fs.rmSync(salinan, { recursive: true, force: true })
  fs.cpSync(folderAsal, salinan, {
    recursive: true,
    filter: (sumber) => path.relative(folderAsal, sumber).split(path.sep)[0] !== 'build',
  })
  const hasilBuild = path.join(salinan, 'build', 'Release', 'better_sqlite3.node')

  let cara = null
  let prebuild = null
  try {
    prebuild = createRequire(path.join(folderAsal, 'package.json')).resolve('prebuild-install/bin.js')
  } catch {
    log('  prebuild-install tidak ditemukan.')
  }
  if (prebuild && jalankan([prebuild, '--runtime=electron', `--target=${versi}`, `--arch=${arch}`, `--platform=${process.platform}`], salinan, BATAS_PREBUILD_MS, log) && fs.existsSync(hasilBuild)) {
    cara = 'prebuild'
  }
  if (!cara) {
    const nodeGyp = cariNodeGyp(akar)
    if (!nodeGyp) log('  node-gyp tidak ditemukan.')
    else {
      log('  Unduhan prebuild gagal; mengompilasi dengan node-gyp …')
      const devdir = path.join(akar, '.cache', 'node-gyp')
      const args = [nodeGyp, 'rebuild', '--release', '--runtime=electron', `--target=${versi}`, `--arch=${arch}`, '--dist-url=https://electronjs.org/headers', `--devdir=${devdir}`]
      if (jalankan(args, salinan, BATAS_NODE_GYP_MS, log) && fs.existsSync(hasilBuild)) cara = 'node-gyp'
    }
  }
  if (!cara) {
    return {
      ok: false,
      pesan:
        'Modul better-sqlite3 untuk Electron tidak dapat disiapkan: unduhan prebuild gagal dan kompilasi dengan node-gyp juga gagal ' +
        '(butuh internet ke github.com atau electronjs.org, serta Python dan kompiler C++ untuk kompilasi). ' +
        'Aplikasi yang sama tetap dapat dipakai di peramban: npm run web.\n' +
        '[The Electron build of better-sqlite3 could not be prepared: the prebuilt download and the node-gyp build both failed. ' +
        'The same app still runs in the browser: npm run web.]',
    }
  }
  fs.mkdirSync(path.dirname(tujuan), { recursive: true })
  fs.copyFileSync(hasilBuild, tujuan)
  fs.writeFileSync(berkasInfo, `${JSON.stringify({ ...harapan, cara, dibuat: new Date().toISOString() }, null, 2)}\n`)
  log(`  Selesai (${cara}): ${path.relative(akar, tujuan)}`)
  return { ok: true, berkas: tujuan, cara }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const hasil = siapkanSqliteElectron({ paksa: process.argv.includes('--paksa') })
  if (hasil.ok) {
    if (hasil.cara === 'sudah-ada') console.log(`better-sqlite3 untuk Electron sudah tersedia: ${path.relative(AKAR, hasil.berkas)}`)
  } else {
    console.error(hasil.pesan)
    process.exit(1)
  }
}
