import { describe, expect, it } from 'vitest'
import { arahPerubahan, bandingKode, type DesaPeta, singkatKategori, singkatNama, tataLetakPeta } from '../../renderer/pages/PetaRawan/tata-letak'

/** A small deterministic Polres: kecamatan 53.03.01…53.03.12 with 1…20 desa each. */
function contohDesa(): DesaPeta[] {
  const keluar: DesaPeta[] = []
  for (let k = 1; k <= 12; k++) {
    const kec = `53.03.${String(k).padStart(2, '0')}`
    const n = ((k * 7) % 20) + 1
    for (let i = 0; i < n; i++) keluar.push({ kode: `${kec}.${2001 + i * 3}`, nama: `Desa ${k}-${i} Nama Panjang Sekali`, kecamatanKode: kec, kecamatanNama: `Kecamatan ${k}` })
  }
  return keluar
}

/** Seeded shuffle so a failure is reproducible. */
function acak<T>(daftar: readonly T[], benih: number): T[] {
  const a = [...daftar]
  let s = benih
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648
    const j = s % (i + 1)
    ;[a[i], a[j]] = [a[j]!, a[i]!]
  }
  return a
}

const posisi = (desa: readonly DesaPeta[]) =>
  tataLetakPeta(desa).flatMap((b, i) => b.ubin.map((u) => `${i}:${b.kecamatanKode}:${u.baris}:${u.kolom}:${u.desa.kode}`))

describe('Peta Rawan: tata letak skematis', () => {
  it('[D1] tata letak stabil: urutan masukan apa pun menghasilkan posisi yang sama', () => {
    const desa = contohDesa()
    const dasar = posisi(desa)
    for (const benih of [1, 7, 42, 2024, 99999]) expect(posisi(acak(desa, benih))).toEqual(dasar)
    expect(posisi([...desa].reverse())).toEqual(dasar)
  })

  it('[D1] setiap desa tepat sekali, blok urut kode kecamatan, kotak urut kode desa, tidak ada dua kotak di sel yang sama', () => {
    const desa = contohDesa()
    const blok = tataLetakPeta(acak(desa, 3))
    const kode = blok.flatMap((b) => b.ubin.map((u) => u.desa.kode))
    expect(kode.length).toBe(desa.length)
    expect(new Set(kode)).toEqual(new Set(desa.map((d) => d.kode)))
    expect(blok.map((b) => b.kecamatanKode)).toEqual([...new Set(desa.map((d) => d.kecamatanKode))].sort((a, b) => bandingKode(a, b)))
    for (const b of blok) {
      expect(b.ubin.every((u) => u.desa.kecamatanKode === b.kecamatanKode)).toBe(true)
      const k = b.ubin.map((u) => u.desa.kode)
      expect(k).toEqual([...k].sort(bandingKode))
      const sel = new Set(b.ubin.map((u) => `${u.baris}:${u.kolom}`))
      expect(sel.size).toBe(b.ubin.length)
      for (const u of b.ubin) {
        expect(u.kolom).toBeGreaterThanOrEqual(1)
        expect(u.kolom).toBeLessThanOrEqual(b.jumlahKolom)
        expect(u.baris).toBeLessThanOrEqual(b.jumlahBaris)
      }
      expect(b.jumlahKolom).toBeLessThanOrEqual(3)
    }
  })

  it('[D1] kode desa ganda hanya ditempatkan sekali; kode dibandingkan per bagian sebagai angka', () => {
    const d: DesaPeta = { kode: '53.03.01.2001', nama: 'A', kecamatanKode: '53.03.01', kecamatanNama: 'K' }
    expect(tataLetakPeta([d, { ...d }]).flatMap((b) => b.ubin)).toHaveLength(1)
    expect(bandingKode('53.03.02', '53.03.10')).toBeLessThan(0)
    expect(bandingKode('53.03.01.2010', '53.03.01.2001')).toBeGreaterThan(0)
    expect(tataLetakPeta([])).toEqual([])
  })

  it('[D1] nama disingkat untuk kotak, kategori disingkat; [D4] arah perubahan kategori', () => {
    expect(singkatNama('Oelolok')).toBe('Oelolok')
    const singkat = ['Kefamenanu', 'Kefamenanu Selatan', 'Kefamenanu Utara', 'Boronubaen Timur', 'Boronubaen'].map((n) => singkatNama(n))
    expect(singkat).toEqual(['Kefamenanu', 'Kef. Selatan', 'Kefam. Utara', 'Boron. Timur', 'Boronubaen'])
    expect(new Set(singkat).size).toBe(singkat.length)
    expect(singkatNama('Oenenuasapalopolo')).toBe('Oenenuasapa…')
    for (const n of ['Kelurahan Benpasi Sangat Panjang', 'A Bbbbbbbbbbbbbbbbbbbbbb']) expect(singkatNama(n).length).toBeLessThanOrEqual(12)
    expect(['Aman', 'Waspada', 'Rawan', 'Sangat Rawan', null].map(singkatKategori)).toEqual(['A', 'W', 'R', 'SR', 'N/A'])
    const u = ['Aman', 'Waspada', 'Rawan', 'Sangat Rawan']
    expect(arahPerubahan('Rawan', 'Aman', true, u)).toBe('memburuk')
    expect(arahPerubahan('Aman', 'Sangat Rawan', true, u)).toBe('membaik')
    expect(arahPerubahan('Aman', 'Aman', true, u)).toBeNull()
    expect(arahPerubahan('Aman', null, false, u)).toBeNull()
    expect(arahPerubahan(null, 'Aman', true, u)).toBe('berubah')
  })
})
