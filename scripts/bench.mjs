// `npm run bench`: runs every tests/bench/*.bench.ts (or those named on the command
// line) one after another; each prints its ratio against a baseline from the same run.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const akar = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const folder = path.join(akar, 'tests', 'bench')
const pilih = process.argv.slice(2)
const berkas = fs.readdirSync(folder).filter((f) => f.endsWith('.bench.ts') && (pilih.length === 0 || pilih.some((p) => f.includes(p))))
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'binmas-bench-data-'))
let gagal = 0
for (const f of berkas.sort()) {
  console.log(`\n=== ${f}`)
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', path.join(folder, f)], { cwd: akar, stdio: 'inherit', env: { ...process.env, BINMAS_DATA_DIR: dataDir } })
  if (r.status !== 0) gagal++
}
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(gagal ? 1 : 0)
