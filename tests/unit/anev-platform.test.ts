import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { buatPlatformPeramban, calonPeramban } from '../../electron/web/cetak-peramban'
import { GalatAplikasi } from '../../shared/galat'

describe('pencetakan di host web', () => {
  it('[E4] mencari Chromium, Chrome atau Edge: BINMAS_CHROMIUM dulu, lalu jalur Linux dan Windows', () => {
    const c = calonPeramban({ BINMAS_CHROMIUM: '/opt/chrome/chrome', PROGRAMFILES: 'C:\\Program Files' })
    expect(c[0]).toBe('/opt/chrome/chrome')
    expect(c).toContain('/usr/bin/chromium')
    expect(c).toContain(path.join('C:\\Program Files', 'Microsoft', 'Edge', 'Application', 'msedge.exe'))
    expect(c).toContain(path.join('C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'))
  })

  it('[E4] tanpa peramban: cetak dijawab galat BELUM_DISIAPKAN berbahasa Indonesia, bukan galat internal', async () => {
    const p = buatPlatformPeramban({ executablePath: null })
    const galat = await p.cetakPdf('<p>x</p>', { ukuran: 'A4' }).catch((e: unknown) => e)
    expect(galat).toBeInstanceOf(GalatAplikasi)
    expect((galat as GalatAplikasi).kode).toBe('BELUM_DISIAPKAN')
    expect((galat as GalatAplikasi).pesan).toMatch(/^Pencetakan PDF tidak tersedia pada host ini: Chromium, Google Chrome atau Microsoft Edge tidak ditemukan/)
    await p.tutup()
  })
})
