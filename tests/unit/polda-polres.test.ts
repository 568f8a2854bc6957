import { describe, expect, it } from 'vitest'
import { dataWilayah } from '../../electron/services/wilayah'
import { namaPolresBawaan, polresBawaan } from '../../shared/polda/polres'

describe('Polres bawaan Mode Polda', () => {
  it('[F3] nama bawaan: Kabupaten X → POLRES X, Kota X → POLRESTA X; kode Polres = kode kabupaten/kota', async () => {
    expect(namaPolresBawaan('Kabupaten Timor Tengah Utara')).toBe('POLRES TIMOR TENGAH UTARA')
    expect(namaPolresBawaan('Kota Kupang')).toBe('POLRESTA KUPANG')
    expect(namaPolresBawaan('Kab. Belu')).toBe('POLRES BELU')
    const w = await dataWilayah()
    // Every province: one Polres per kabupaten/kota, names unique within the province.
    for (const p of w.provinsi) {
      const kab = w.kabupaten.filter((k) => k.provinsiKode === p.kode)
      const polres = polresBawaan(kab)
      expect(polres.map((x) => x.kode)).toEqual(kab.map((k) => k.kode))
      expect(new Set(polres.map((x) => x.nama)).size, p.nama).toBe(polres.length)
      for (const x of polres) expect(x.nama, x.kode).toMatch(/^POLRES(TA)? \S/)
    }
  })
})
