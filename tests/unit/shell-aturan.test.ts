import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ASAL_APP, dariAsalApp, navigasiDiizinkan, RUTE_TENTANG, URL_AWAL } from '../../electron/app/asal'
import { tentukanBerkas } from '../../electron/app/berkas-renderer'
import { lokasiBindingDev, pilihBindingSqlite } from '../../electron/app/binding-sqlite'
import { alasanTolakFolder } from '../../electron/app/folder-lokal'
import { CSP_CETAK, sisipkanCspCetak, ukuranKertas } from '../../electron/app/kertas'
import { lokasiBinding } from '../../scripts/electron-native.mjs'
import { folderSementara } from '../helpers/folder'

// The rules of the Electron shell that need no Electron: which origin may
// call the API, which files app:// serves, which folders may be opened.

describe('asal aplikasi', () => {
  it('[A2] hanya app://binmas yang dianggap asal aplikasi', () => {
    expect(URL_AWAL).toBe('app://binmas/index.html')
    expect(ASAL_APP).toBe('app://binmas')
    for (const ok of ['app://binmas/index.html', 'app://binmas/', `app://binmas/index.html${RUTE_TENTANG}`]) expect(dariAsalApp(ok), ok).toBe(true)
    for (const tolak of [
      'app://binmas.evil/index.html',
      'app://evil/index.html',
      'app://binmas:8080/index.html',
      'app://user@binmas/index.html',
      'app://user:sandi@binmas/index.html',
      'https://binmas/index.html',
      'http://127.0.0.1:5173/',
      'file:///work/main/out/renderer/index.html',
      'about:blank',
      'data:text/html,hai',
      'devtools://devtools/bundled/inspector.html',
      '',
      'bukan url',
      null,
      undefined,
    ]) {
      expect(dariAsalApp(tolak), String(tolak)).toBe(false)
    }
  })
})

describe('navigasi yang diizinkan', () => {
  it('[A2] hanya asal aplikasi dan blob buatan aplikasi sendiri', () => {
    expect(navigasiDiizinkan('app://binmas/index.html#/desa')).toBe(true)
    expect(navigasiDiizinkan('blob:app://binmas/6b1d0c6e-uuid')).toBe(true)
    for (const url of ['blob:https://contoh.id/uuid', 'blob:null/uuid', 'blob:', 'https://contoh.id/', 'data:text/html,x', 'javascript:alert(1)', '', null]) {
      expect(navigasiDiizinkan(url), String(url)).toBe(false)
    }
    // The IPC rule stays strict: a blob document is not the app's page.
    expect(dariAsalApp('blob:app://binmas/6b1d0c6e-uuid')).toBe(false)
  })
})

describe('berkas renderer di app://', () => {
  let tmp: { folder: string; hapus: () => void }
  let akar: string
  beforeAll(() => {
    tmp = folderSementara('binmas-renderer-')
    akar = path.join(tmp.folder, 'renderer')
    fs.mkdirSync(path.join(akar, 'assets'), { recursive: true })
    fs.writeFileSync(path.join(akar, 'index.html'), '<!doctype html><title>Binmas Desk</title>')
    fs.writeFileSync(path.join(akar, 'assets', 'app-1.js'), 'console.log(1)')
    fs.writeFileSync(path.join(akar, 'assets', 'gaya.css'), 'body{}')
    fs.writeFileSync(path.join(akar, 'assets', 'huruf.woff2'), 'x')
    fs.writeFileSync(path.join(akar, 'assets', 'nama berspasi.svg'), '<svg/>')
    // A secret beside the renderer folder that traversal must never reach.
    fs.writeFileSync(path.join(tmp.folder, 'rahasia.txt'), 'rahasia')
    fs.mkdirSync(path.join(tmp.folder, 'renderer-lain'))
    fs.writeFileSync(path.join(tmp.folder, 'renderer-lain', 'x.js'), 'x')
  })
  afterAll(() => tmp.hapus())

  it('[A2] menyajikan berkas dengan tipe MIME yang benar', async () => {
    const cek = async (url: string, berkas: string, mime: string) => {
      const h = await tentukanBerkas(akar, url)
      expect(h, url).toEqual({ status: 200, berkas: path.join(akar, berkas), mime })
    }
    await cek('app://binmas/index.html', 'index.html', 'text/html; charset=utf-8')
    await cek('app://binmas/', 'index.html', 'text/html; charset=utf-8')
    await cek('app://binmas/assets/app-1.js', path.join('assets', 'app-1.js'), 'text/javascript; charset=utf-8')
    await cek('app://binmas/assets/gaya.css?v=2#x', path.join('assets', 'gaya.css'), 'text/css; charset=utf-8')
    await cek('app://binmas/assets/huruf.woff2', path.join('assets', 'huruf.woff2'), 'font/woff2')
    await cek('app://binmas/assets/nama%20berspasi.svg', path.join('assets', 'nama berspasi.svg'), 'image/svg+xml')
  })

  it('[A2] rute tanpa ekstensi mendapat index.html, aset yang hilang tetap 404', async () => {
    expect(await tentukanBerkas(akar, 'app://binmas/desa')).toMatchObject({ status: 200, berkas: path.join(akar, 'index.html') })
    expect(await tentukanBerkas(akar, 'app://binmas/assets/hilang.js')).toEqual({ status: 404 })
    expect(await tentukanBerkas(akar, 'app://binmas/assets')).toMatchObject({ status: 200, berkas: path.join(akar, 'index.html') })
  })

  it('[A2] tidak ada jalan keluar dari folder renderer (path traversal)', async () => {
    for (const url of [
      'app://binmas/../rahasia.txt',
      'app://binmas/%2e%2e/rahasia.txt',
      'app://binmas/%2E%2E%2Frahasia.txt',
      'app://binmas/assets/..%2F..%2Frahasia.txt',
      'app://binmas/..%5Crahasia.txt',
      'app://binmas/%2e%2e%5c%2e%2e%5crahasia.txt',
      'app://binmas/../renderer-lain/x.js',
      'app://binmas/%2e%2e/renderer-lain/x.js',
      `app://binmas/${encodeURIComponent(path.join(tmp.folder, 'rahasia.txt'))}`,
      'app://binmas/%00index.html',
      'app://binmas/%E0%A4%A',
      'app://lain/index.html',
      'https://binmas/index.html',
    ]) {
      const h = await tentukanBerkas(akar, url)
      if (h.status === 200) expect(path.relative(akar, h.berkas).startsWith('..'), url).toBe(false)
      if (h.status === 200) expect(h.berkas, url).toBe(path.join(akar, 'index.html'))
    }
    expect(await tentukanBerkas(akar, 'app://binmas/%2e%2e/rahasia.txt')).toEqual({ status: 404 })
    expect(await tentukanBerkas(akar, 'app://binmas/..%5Crahasia.txt')).toEqual({ status: 404 })
    expect(await tentukanBerkas(akar, 'app://lain/index.html')).toEqual({ status: 404 })
  })
})

describe('kertas dan HTML cetak', () => {
  it('[A2] A4 memakai ukuran bawaan, F4 = 215 × 330 mm dalam inci', () => {
    expect(ukuranKertas('A4')).toBe('A4')
    const f4 = ukuranKertas('F4')
    expect(typeof f4).toBe('object')
    if (typeof f4 === 'object') {
      expect(f4.width * 25.4).toBeCloseTo(215, 6)
      expect(f4.height * 25.4).toBeCloseTo(330, 6)
    }
  })

  it('[A2] CSP cetak disisipkan paling awal dan memblokir skrip serta jaringan', () => {
    expect(CSP_CETAK).toContain("script-src 'none'")
    expect(CSP_CETAK).toContain("default-src 'none'")
    expect(CSP_CETAK).not.toMatch(/https?:|'unsafe-eval'/)
    const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_CETAK}">`
    expect(sisipkanCspCetak('<!doctype html><html lang="id"><head><script>x()</script></head><body></body></html>')).toBe(
      `<!doctype html><html lang="id"><head>${meta}<script>x()</script></head><body></body></html>`,
    )
    expect(sisipkanCspCetak('<HTML><HEAD lang="id"><title>t</title></HEAD></HTML>')).toBe(`<HTML><HEAD lang="id">${meta}<title>t</title></HEAD></HTML>`)
    expect(sisipkanCspCetak('<html><body>a</body></html>')).toBe(`<html><head>${meta}</head><body>a</body></html>`)
    expect(sisipkanCspCetak('<!DOCTYPE html><p>a</p>')).toBe(`<!DOCTYPE html><head>${meta}</head><p>a</p>`)
    expect(sisipkanCspCetak('<p>a</p>')).toBe(`<head>${meta}</head><p>a</p>`)
    // <header> is not <head>.
    expect(sisipkanCspCetak('<html><header>x</header></html>')).toBe(`<html><head>${meta}</head><header>x</header></html>`)
  })
})

describe('folder yang boleh dibuka', () => {
  it('[A2] hanya folder lokal dengan alamat lengkap', () => {
    expect(alasanTolakFolder('/home/admin/Binmas', 'linux')).toBeNull()
    expect(alasanTolakFolder('C:\\Users\\admin\\AppData\\Roaming\\Binmas Desk', 'win32')).toBeNull()
    expect(alasanTolakFolder('d:/data', 'win32')).toBeNull()
    for (const [folder, platform] of [
      ['relatif/folder', 'linux'],
      ['', 'linux'],
      ['   ', 'win32'],
      ['\\\\server\\share\\data', 'win32'],
      ['//server/share', 'win32'],
      ['//server/share', 'linux'],
      ['file:///etc', 'linux'],
      ['https://contoh.id', 'linux'],
      ['smb://server/share', 'linux'],
      ['C:relatif', 'win32'],
      ['\\Users\\admin', 'win32'],
      ['/tmp/a\0b', 'linux'],
    ] as const) {
      expect(alasanTolakFolder(folder, platform), `${platform}: ${JSON.stringify(folder)}`).toEqual(expect.any(String))
    }
  })
})

describe('binding better-sqlite3 untuk Electron', () => {
  const dasar = { akarRepo: '/repo', versiElectron: '45.4.1', ada: () => true }

  it('[A2] lokasi binding sama di skrip dan di aplikasi', () => {
    expect(lokasiBindingDev('/repo', '45.4.1')).toBe(lokasiBinding('/repo', '45.4.1'))
    expect(lokasiBindingDev('/repo', '45.4.1')).toBe(path.join('/repo', '.electron-native', '45.4.1', 'better_sqlite3.node'))
  })

  it('[A2] aplikasi terpaket tidak pernah memuat binding dari lingkungan', () => {
    expect(pilihBindingSqlite({ ...dasar, env: { BINMAS_SQLITE_BINDING: '/tmp/jahat.node' }, dikemas: true })).toBeUndefined()
    expect(pilihBindingSqlite({ ...dasar, env: {}, dikemas: true })).toBeUndefined()
  })

  it('[A2] saat pengembangan: variabel lingkungan, lalu .electron-native, lalu tidak ada', () => {
    expect(pilihBindingSqlite({ ...dasar, env: { BINMAS_SQLITE_BINDING: '/x/b.node' }, dikemas: false })).toBe(path.resolve('/x/b.node'))
    expect(pilihBindingSqlite({ ...dasar, env: {}, dikemas: false })).toBe(lokasiBindingDev('/repo', '45.4.1'))
    expect(pilihBindingSqlite({ ...dasar, ada: () => false, env: {}, dikemas: false })).toBeUndefined()
  })
})
