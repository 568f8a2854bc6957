import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cocokkanFitur, type DesaCocok, kandidatKolomKode, normalisasiKode, normalisasiNama } from '../../shared/peta/cocok'
import { garisLuarKelompok, type GeometriBatas, jalurSvg, proyeksiMuat, titikLabel } from '../../shared/peta/geometri'

const DESA: DesaCocok[] = [
  { kode: '53.03.04.2002', nama: 'Noebaun', kecamatanNama: 'Noemuti' },
  { kode: '53.03.04.2013', nama: 'Noemuti', kecamatanNama: 'Noemuti' },
  { kode: '53.03.05.1005', nama: 'Benpasi', kecamatanNama: 'Kota Kefamenanu' },
  // The same desa name in two kecamatan: only the kecamatan tells them apart.
  { kode: '53.03.10.2001', nama: 'Sapaen', kecamatanNama: 'Biboki Utara' },
  { kode: '53.03.11.2004', nama: 'Sapaen', kecamatanNama: 'Insana Utara' },
]

const persegi = (x: number, y: number, s = 1): GeometriBatas => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + s, y],
      [x + s, y + s],
      [x, y + s],
      [x, y],
    ],
  ],
})

describe('Peta Rawan: pencocokan fitur dengan desa', () => {
  it('[D2] kode Kemendagri dengan atau tanpa titik menjadi 53.03.01.2001; selain 10 angka bukan kode desa', () => {
    expect(normalisasiKode('5303012001')).toBe('53.03.01.2001')
    expect(normalisasiKode('53.03.01.2001')).toBe('53.03.01.2001')
    expect(normalisasiKode(' 53 03 01 2001 ')).toBe('53.03.01.2001')
    expect(normalisasiKode(5303012001)).toBe('53.03.01.2001')
    for (const v of ['53.03.01', '530301200', '53030120011', 'Desa 5303012001', '', null, undefined, {}]) expect(normalisasiKode(v)).toBeNull()
  })

  it('[D2] nama dinormalkan: huruf besar/kecil, spasi, awalan Desa/Kelurahan/Kec. diabaikan', () => {
    expect(normalisasiNama('  Desa   OELOLOK ')).toBe('oelolok')
    expect(normalisasiNama('Kelurahan Benpasi')).toBe('benpasi')
    expect(normalisasiNama('Kel. Benpasi')).toBe('benpasi')
    expect(normalisasiNama('KECAMATAN Kota  Kefamenanu')).toBe('kota kefamenanu')
    expect(normalisasiNama("Fatu'Ana")).toBe('fatuana')
    expect(normalisasiNama('Desawa')).toBe('desawa')
    expect(normalisasiNama(12)).toBe('')
  })

  it('[D2] nama ganda diputuskan oleh kecamatan; tanpa kecamatan tidak ditebak', () => {
    const h = cocokkanFitur(
      [
        { NAMA: 'Sapaen', KEC: 'Insana Utara' },
        { NAMA: 'SAPAEN' },
        { NAMA: 'Desa Noebaun', KEC: 'Noemuti' },
        { NAMA: 'Noemuti', KEC: 'Kecamatan Noemuti' },
      ],
      DESA,
      { kolomKode: null },
    )
    expect(h.cocok).toEqual([
      { indeks: 0, desaKode: '53.03.11.2004', cara: 'nama' },
      { indeks: 2, desaKode: '53.03.04.2002', cara: 'nama' },
      { indeks: 3, desaKode: '53.03.04.2013', cara: 'nama' },
    ])
    expect(h.tidakCocok).toEqual([{ indeks: 1, alasan: 'nama cocok dengan 2 desa (Sapaen, Kec. Biboki Utara; Sapaen, Kec. Insana Utara) dan kecamatannya tidak dapat dipastikan' }])
  })

  it('[D2] kode lama hasil pemekaran diarahkan ke kode baru; kolom kode ditebak dari isinya', () => {
    const h = cocokkanFitur([{ K: '5303042099' }, { K: 'x' }], DESA, { kolomKode: 'K', kodeLama: new Map([['53.03.04.2099', '53.03.04.2002']]) })
    expect(h.cocok).toEqual([{ indeks: 0, desaKode: '53.03.04.2002', cara: 'kode' }])
    expect(h.tidakCocok[0]!.alasan).toBe('kode "x" bukan kode desa 10 angka; nama desa dan kecamatan tidak ditemukan di daftar desa satker')
    expect(kandidatKolomKode([{ ID: 1, KD: '5303042002', NM: 'a' }, { ID: 2, KD: '53.03.04.2013', NM: 'b' }, { ID: 3, KD: '', NM: 'c' }])).toEqual(['KD'])
  })

  it('[D2] properti: setiap fitur tepat sekali di "cocok" atau "tidak cocok", dan yang cocok selalu desa yang ada', () => {
    const nilai = fc.oneof(
      fc.constantFrom(...DESA.map((d) => d.kode), ...DESA.map((d) => d.kode.replace(/\./g, '')), ...DESA.map((d) => d.nama), ...DESA.map((d) => `desa ${d.nama.toUpperCase()}`), ...DESA.map((d) => d.kecamatanNama)),
      fc.string(),
      fc.integer(),
      fc.constant(null),
    )
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('A', 'B', 'C'), nilai), { maxLength: 12 }), fc.constantFrom<string | null>('A', 'B', null), (properti, kolomKode) => {
        const h = cocokkanFitur(properti, DESA, { kolomKode })
        const indeks = [...h.cocok.map((c) => c.indeks), ...h.tidakCocok.map((t) => t.indeks)].sort((a, b) => a - b)
        expect(indeks).toEqual(properti.map((_, i) => i))
        for (const c of h.cocok) expect(DESA.some((d) => d.kode === c.desaKode)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})

describe('Peta Rawan: geometri', () => {
  it('[D2] garis kecamatan: sisi bersama dua desa sekecamatan hilang, sisi luar tetap (2×2 persegi → 8 sisi)', () => {
    const g = [persegi(0, 0), persegi(1, 0), persegi(0, 1), persegi(1, 1)]
    const ruas = garisLuarKelompok(g)
    expect(ruas).toHaveLength(8)
    // Every remaining edge lies on the outer square [0,2]×[0,2].
    for (const [a, b] of ruas) expect([a, b].every(([x, y]) => x === 0 || x === 2 || y === 0 || y === 2) && (a[0] === b[0] ? a[0] === 0 || a[0] === 2 : a[1] === 0 || a[1] === 2)).toBe(true)
    expect(garisLuarKelompok([persegi(0, 0)])).toHaveLength(4)
  })

  it('[D2] titik label di tengah poligon terbesar; proyeksi utara di atas dan muat dalam kotak', () => {
    expect(titikLabel({ type: 'MultiPolygon', coordinates: [persegi(0, 0, 0.1).coordinates as never, persegi(10, 10, 2).coordinates as never] })).toEqual([11, 11])
    const p = proyeksiMuat([124, -10, 125, -9], { x: 0, y: 0, lebar: 200, tinggi: 200 })
    const [, yUtara] = p.ke(124.5, -9)
    const [, ySelatan] = p.ke(124.5, -10)
    expect(yUtara).toBeLessThan(ySelatan)
    for (const [x, y] of [p.ke(124, -10), p.ke(125, -9)]) {
      expect(x).toBeGreaterThanOrEqual(0)
      expect(x).toBeLessThanOrEqual(200)
      expect(y).toBeGreaterThanOrEqual(0)
      expect(y).toBeLessThanOrEqual(200)
    }
    expect(jalurSvg(persegi(124, -10), p)).toMatch(/^M[\d. ]+(L[\d. ]+){3}Z$/)
  })
})
