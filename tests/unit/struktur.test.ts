import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const akar = path.resolve(import.meta.dirname, '..', '..')
const paket = JSON.parse(fs.readFileSync(path.join(akar, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  dependencies: Record<string, string>
  devDependencies: Record<string, string>
}
const semua = { ...paket.dependencies, ...paket.devDependencies }

describe('struktur proyek', () => {
  it('[A1] tingkat atas tetap sesuai architecture.md', () => {
    for (const nama of ['electron', 'renderer', 'shared', 'resources', 'tests', 'package.json', 'tsconfig.json', 'electron-builder.yml', 'README.md']) {
      expect(fs.existsSync(path.join(akar, nama)), nama).toBe(true)
    }
    for (const sub of ['electron/app', 'electron/preload', 'electron/services', 'electron/api.ts', 'shared/api.ts', 'renderer/pages', 'tests/unit', 'tests/integration', 'tests/e2e', 'tests/bench', 'tests/fixtures/db']) {
      expect(fs.existsSync(path.join(akar, sub)), sub).toBe(true)
    }
  })

  it('[A1] TypeScript strict untuk seluruh kode, dan npm run typecheck memakainya', () => {
    const ts = JSON.parse(fs.readFileSync(path.join(akar, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown>; include: string[] }
    expect(ts.compilerOptions.strict).toBe(true)
    expect(ts.compilerOptions.noUncheckedIndexedAccess).toBe(true)
    expect(ts.include).toEqual(expect.arrayContaining(['electron', 'renderer', 'shared', 'tests']))
    expect(paket.scripts.typecheck).toBe('tsc -p tsconfig.json --noEmit')
  })

  it('[A1] versi alat dipatok persis; Electron 45+ (biner diunduh saat pertama dijalankan)', () => {
    for (const nama of ['typescript', 'electron-vite', 'vitest', 'vite', 'electron', 'better-sqlite3', 'kysely', 'zod', 'react', 'playwright-core']) {
      expect(semua[nama], nama).toMatch(/^\d+\.\d+\.\d+$/)
    }
    expect(Number(semua.electron!.split('.')[0])).toBeGreaterThanOrEqual(45)
    // better-sqlite3 12.x builds for Node 20 (13.x needs Node 22); SheetJS is the patched build.
    expect(semua['better-sqlite3']).toMatch(/^12\./)
    expect(semua.xlsx).toMatch(/^npm:@e965\/xlsx@/)
    for (const s of ['start', 'web', 'build', 'test', 'bench']) expect(paket.scripts[s], s).toBeDefined()
  })
})
