import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// js-yaml comes with electron-builder (which parses this file with it), so no
// extra dependency: the test reads the config exactly as the packager will.
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load: (teks: string) => unknown }

const AKAR = path.resolve(import.meta.dirname, '..', '..')
const BERKAS = path.join(AKAR, 'electron-builder.yml')

type Konfigurasi = Record<string, unknown> & {
  electronFuses: Record<string, boolean>
  win: { target: { target: string; arch: string[] }[]; icon: string; requestedExecutionLevel: string }
  nsis: Record<string, unknown>
  linux: { target: string[]; category: string; icon: string }
  files: string[]
  asarUnpack: string[]
  directories: { output: string }
}

const konfigurasi = yaml.load(fs.readFileSync(BERKAS, 'utf8')) as Konfigurasi

describe('electron-builder.yml', () => {
  it('[A7] identitas aplikasi dan folder keluaran', () => {
    expect(konfigurasi.appId).toBe('id.polri.binmas.desk')
    expect(konfigurasi.productName).toBe('Binmas Desk')
    expect(konfigurasi.copyright).toEqual(expect.any(String))
    expect(konfigurasi.directories.output).toBe('dist')
  })

  it('[A7] fuse Electron mengeraskan biner terpaket', () => {
    expect(konfigurasi.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    })
    // onlyLoadAppFromAsar and the integrity check need the app inside an asar.
    expect(konfigurasi.asar).not.toBe(false)
  })

  it('[A7] hanya keluaran build, resources dan package.json yang dikemas', () => {
    expect(konfigurasi.files).toEqual(['out/**', 'resources/**', 'package.json'])
    expect(konfigurasi.asarUnpack).toContain('**/*.node')
    expect(konfigurasi.npmRebuild).toBe(true)
    const pkg = JSON.parse(fs.readFileSync(path.join(AKAR, 'package.json'), 'utf8')) as { main: string }
    expect(pkg.main.startsWith('out/')).toBe(true)
  })

  it('[A7] Windows: penginstal NSIS x64 berbahasa Indonesia, tanpa hak administrator', () => {
    expect(konfigurasi.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(konfigurasi.win.requestedExecutionLevel).toBe('asInvoker')
    expect(konfigurasi.win.icon).toBe('resources/icons/icon.ico')
    expect(konfigurasi.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      language: '1057',
      installerLanguages: ['id_ID'],
      shortcutName: 'Binmas Desk',
      artifactName: 'BinmasDesk-Setup-${version}.${ext}',
      deleteAppDataOnUninstall: false,
    })
  })

  it('[A7] Linux: AppImage dan deb, kategori Office', () => {
    expect(konfigurasi.linux.target).toEqual(['AppImage', 'deb'])
    expect(konfigurasi.linux.category).toBe('Office')
    expect(konfigurasi.linux.icon).toBe('resources/icons')
  })

  it('[A7] ikon ada: icon.ico, icon.png 512×512 dan set PNG Linux', () => {
    const ikon = path.join(AKAR, 'resources', 'icons')
    const png = fs.readFileSync(path.join(ikon, 'icon.png'))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512])
    const ico = fs.readFileSync(path.join(ikon, 'icon.ico'))
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1])
    const ukuranIco = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256)
    expect(ukuranIco).toContain(256)
    expect(ukuranIco).toContain(16)
    for (const s of [16, 32, 48, 64, 128, 256, 512]) {
      const b = fs.readFileSync(path.join(ikon, `${s}x${s}.png`))
      expect([b.readUInt32BE(16), b.readUInt32BE(20)], `${s}x${s}.png`).toEqual([s, s])
    }
  })

  it('[A7] lolos validasi skema electron-builder sendiri', async () => {
    const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
      getConfig: (dir: string, berkas: string, lain: null) => Promise<unknown>
      validateConfiguration: (c: unknown, log: unknown) => Promise<void>
    }
    const { DebugLogger } = require('builder-util/out/DebugLogger.js') as { DebugLogger: new (aktif: boolean) => unknown }
    const c = await getConfig(AKAR, BERKAS, null)
    await expect(validateConfiguration(c, new DebugLogger(false))).resolves.toBeUndefined()
  })
})
