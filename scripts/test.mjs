// `npm test`: typecheck, build (the e2e tests drive the built renderer), then every
// unit, integration and e2e test. JUnit XML lands in test-results/junit.xml.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const akar = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (paket, ...jalur) => path.join(akar, 'node_modules', paket, ...jalur)

function jalankan(judul, args, env = {}) {
  console.log(`\n== ${judul}`)
  const r = spawnSync(process.execPath, args, { cwd: akar, stdio: 'inherit', env: { ...process.env, ...env } })
  if (r.status !== 0) {
    console.error(`\n${judul} gagal (kode ${r.status ?? r.signal}).`)
    process.exit(r.status ?? 1)
  }
}

jalankan('Pemeriksaan tipe (tsc)', [bin('typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit'])
jalankan('Build (electron-vite)', [bin('electron-vite', 'bin', 'electron-vite.js'), 'build'])
jalankan('Pengujian (vitest)', [bin('vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], { NODE_ENV: 'test' })
