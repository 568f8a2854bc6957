import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lokasiBinding, siapkanSqliteElectron, versiElectron } from '../../scripts/electron-native.mjs'
import { folderSementara } from '../helpers/folder'

// The build itself needs the network (prebuilt download or Electron headers);
// what is checked here is that a finished build is reused, never redone.

const AKAR = path.resolve(import.meta.dirname, '..', '..')

describe('scripts/electron-native.mjs', () => {
  const tmp = folderSementara('binmas-native-')
  afterAll(() => tmp.hapus())

  function repoPalsu(versiSqlite: string): string {
    const akar = path.join(tmp.folder, `repo-${versiSqlite}`)
    for (const [paket, versi] of [['electron', '45.4.1'], ['better-sqlite3', versiSqlite]]) {
      fs.mkdirSync(path.join(akar, 'node_modules', paket!), { recursive: true })
      fs.writeFileSync(path.join(akar, 'node_modules', paket!, 'package.json'), JSON.stringify({ name: paket, version: versi }))
    }
    const tujuan = lokasiBinding(akar, '45.4.1')
    fs.mkdirSync(path.dirname(tujuan), { recursive: true })
    fs.writeFileSync(tujuan, 'biner-electron')
    fs.writeFileSync(path.join(path.dirname(tujuan), 'info.json'), JSON.stringify({ electron: '45.4.1', betterSqlite3: '12.9.0', platform: process.platform, arch: process.arch, cara: 'prebuild' }))
    return akar
  }

  it('[A2] versi Electron dibaca dari node_modules/electron', () => {
    expect(versiElectron(AKAR)).toBe(JSON.parse(fs.readFileSync(path.join(AKAR, 'node_modules', 'electron', 'package.json'), 'utf8')).version)
  })

  it('[A2] build yang sudah ada dan cocok dipakai ulang tanpa menjalankan apa pun', () => {
    const akar = repoPalsu('12.9.0')
    const log: string[] = []
    const hasil = siapkanSqliteElectron({ akar, log: (s) => log.push(s) })
    expect(hasil).toEqual({ ok: true, berkas: lokasiBinding(akar, '45.4.1'), cara: 'sudah-ada' })
    expect(log).toEqual([])
    expect(fs.readFileSync(lokasiBinding(akar, '45.4.1'), 'utf8')).toBe('biner-electron')
    expect(fs.existsSync(path.join(akar, '.cache'))).toBe(false)
  })
})
