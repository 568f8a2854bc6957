import fs from 'node:fs'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { NAMA_KANAL } from '../../shared/kanal'

// Runs on the output of `electron-vite build` (npm test builds before vitest).
const AKAR = path.resolve(import.meta.dirname, '..', '..')
const PRELOAD = path.join(AKAR, 'out', 'preload', 'index.cjs')
const MAIN = path.join(AKAR, 'out', 'main', 'index.js')
const RENDERER = path.join(AKAR, 'out', 'renderer', 'index.html')

function baca(berkas: string): string {
  if (!fs.existsSync(berkas)) throw new Error(`${path.relative(AKAR, berkas)} tidak ada: jalankan "npx electron-vite build" terlebih dahulu.`)
  return fs.readFileSync(berkas, 'utf8')
}

/** Drops /* … *\/ and // comments so a comment mentioning a library does not count as code. */
function tanpaKomentar(js: string): string {
  return js.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/[^\n]*/g, '$1')
}

/** Every module a built file loads: static imports, re-exports, dynamic import() and require(). */
function modulDimuat(js: string): string[] {
  const pola = [/\bfrom\s*["']([^"']+)["']/g, /\bimport\s*["']([^"']+)["']/g, /\bimport\(\s*["']([^"']+)["']\s*\)/g, /\brequire\(\s*["']([^"']+)["']\s*\)/g]
  return [...new Set(pola.flatMap((p) => [...js.matchAll(p)].map((m) => m[1]!)))]
}

function semuaBerkas(folder: string, ekstensi: RegExp): string[] {
  const hasil: string[] = []
  for (const isi of fs.readdirSync(folder, { withFileTypes: true })) {
    if (['node_modules', 'out', 'dist'].includes(isi.name) || isi.name.startsWith('.')) continue
    const p = path.join(folder, isi.name)
    if (isi.isDirectory()) hasil.push(...semuaBerkas(p, ekstensi))
    else if (ekstensi.test(isi.name)) hasil.push(p)
  }
  return hasil
}

describe('hasil build Electron', () => {
  it('[A2] preload hanya memuat electron, memuat semua kanal, tanpa zod', () => {
    const js = baca(PRELOAD)
    expect(modulDimuat(js)).toEqual(['electron'])
    for (const kanal of NAMA_KANAL) expect(js, kanal).toContain(`"${kanal}"`)
    expect(js).toContain('binmas:panggil')
    expect(js).toContain('binmas:event')
    expect(tanpaKomentar(js)).not.toMatch(/zod/i)
    expect(js).not.toMatch(/safeParse|ZodType|\$ZodError/)
    // zod alone is hundreds of kB; the preload is a thin bridge.
    expect(js.length).toBeLessThan(20_000)
    // No raw IPC handed to the page.
    expect(js).not.toMatch(/exposeInMainWorld\(\s*["'][^"']+["']\s*,\s*(electron\.)?ipcRenderer\s*\)/)
  })

  it('[A2] main hanya memuat modul bawaan Node, electron dan dependencies produksi', () => {
    const pkg = JSON.parse(baca(path.join(AKAR, 'package.json'))) as { dependencies: Record<string, string> }
    const bawaan = new Set(builtinModules)
    const berkasMain = fs.readdirSync(path.dirname(MAIN), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(m?js|cjs)$/.test(f))
    expect(berkasMain).toContain('index.js')
    const modul = berkasMain.flatMap((f) => modulDimuat(baca(path.join(path.dirname(MAIN), f)))).filter((m) => !m.startsWith('.'))
    expect(modul).toContain('electron')
    for (const m of modul) {
      const paket = m.startsWith('@') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0]!
      const sah = m.startsWith('node:') || bawaan.has(m) || m === 'electron' || Object.hasOwn(pkg.dependencies, paket)
      // A devDependency here would be missing from the installed app.
      expect(sah, `out/main memuat "${m}"`).toBe(true)
    }
  })

  it("[A2] hanya electron/app dan electron/preload yang mengimpor 'electron'", () => {
    const imporElectron = /(\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']electron(\/(main|renderer|common|utility))?["']/
    const pelanggar = semuaBerkas(AKAR, /\.(ts|tsx|mts|cts|js|mjs|cjs)$/)
      .filter((f) => {
        const rel = path.relative(AKAR, f).split(path.sep).join('/')
        return !rel.startsWith('electron/app/') && !rel.startsWith('electron/preload/')
      })
      .filter((f) => imporElectron.test(tanpaKomentar(fs.readFileSync(f, 'utf8'))))
      .map((f) => path.relative(AKAR, f))
    expect(pelanggar).toEqual([])
    // And the shell itself does import it (the rule above is not vacuous).
    expect(imporElectron.test(fs.readFileSync(path.join(AKAR, 'electron', 'app', 'main.ts'), 'utf8'))).toBe(true)
  })

  it('[A2] tidak ada shell.openExternal: aplikasi tidak pernah membuka URL luar', () => {
    const pemakai = semuaBerkas(path.join(AKAR, 'electron'), /\.(ts|tsx)$/).filter((f) => /openExternal/.test(tanpaKomentar(fs.readFileSync(f, 'utf8'))))
    expect(pemakai.map((f) => path.relative(AKAR, f))).toEqual([])
    expect(tanpaKomentar(baca(MAIN))).not.toContain('openExternal')
  })

  it('[A2] index.html renderer tanpa skrip inline dan tanpa sumber jarak jauh (sesuai CSP)', () => {
    const html = baca(RENDERER)
    const skrip = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(skrip.length).toBeGreaterThan(0)
    for (const [, atribut = '', isi = ''] of skrip) {
      expect(atribut).toMatch(/\bsrc=/)
      expect(isi.trim()).toBe('')
    }
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i)
  })
})
