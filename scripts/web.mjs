// `npm run web`: builds the renderer when needed, then starts the loopback web host.
import { spawnSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const akar = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const indexHtml = path.join(akar, 'out', 'renderer', 'index.html')
if (!fs.existsSync(indexHtml) || process.argv.includes('--build')) {
  const r = spawnSync(process.execPath, [path.join(akar, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: akar, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
const anak = spawn(process.execPath, ['--import', 'tsx', path.join(akar, 'electron', 'web', 'cli.ts')], { cwd: akar, stdio: 'inherit' })
anak.on('exit', (code) => process.exit(code ?? 0))
for (const s of ['SIGINT', 'SIGTERM']) process.on(s, () => anak.kill(s))
