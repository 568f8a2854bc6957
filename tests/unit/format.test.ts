import { describe, it, expect } from 'vitest'
import {
  NAMA_BULAN,
  formatAngka,
  formatAngkaRingkas,
  formatRentangMinggu,
  formatRentangTanggal,
  formatTanggal,
  namaBulan,
} from '../../shared/format'

describe('formatAngka', () => {
  it('uses a comma for decimals and dots for thousands', () => {
    expect(formatAngka(64.376, 1)).toBe('64,4')
    expect(formatAngka(1234.5, 1)).toBe('1.234,5')
    expect(formatAngka(1234567.891, 2)).toBe('1.234.567,89')
    expect(formatAngka(1234, 0)).toBe('1.234')
    expect(formatAngka(999, 0)).toBe('999')
    expect(formatAngka(0, 1)).toBe('0,0')
  })

  it('defaults to one decimal, as the index is displayed', () => {
    expect(formatAngka(64.376)).toBe('64,4')
    expect(formatAngka(80)).toBe('80,0')
  })

  it('rounds half away from zero on the decimal value, carrying into thousands', () => {
    expect(formatAngka(1.005, 2)).toBe('1,01')
    expect(formatAngka(2.675, 2)).toBe('2,68')
    expect(formatAngka(0.05, 1)).toBe('0,1')
    expect(formatAngka(999.96, 1)).toBe('1.000,0')
    expect(formatAngka(64.35, 1)).toBe('64,4')
  })

  it('negative numbers, without a negative zero', () => {
    expect(formatAngka(-12.34, 1)).toBe('-12,3')
    expect(formatAngka(-1234.5, 1)).toBe('-1.234,5')
    expect(formatAngka(-0.04, 1)).toBe('0,0')
    expect(formatAngka(-0, 0)).toBe('0')
  })

  it('N/A for missing values', () => {
    expect(formatAngka(null)).toBe('N/A')
    expect(formatAngka(undefined)).toBe('N/A')
    expect(formatAngka(Number.NaN)).toBe('N/A')
    expect(formatAngka(Number.POSITIVE_INFINITY)).toBe('N/A')
  })

  it('rejects an impossible number of decimals', () => {
    expect(() => formatAngka(1, -1)).toThrow()
    expect(() => formatAngka(1, 1.5)).toThrow()
  })
})

describe('formatAngkaRingkas', () => {
  it('drops trailing zeros', () => {
    expect(formatAngkaRingkas(0.24)).toBe('0,24')
    expect(formatAngkaRingkas(120)).toBe('120')
    expect(formatAngkaRingkas(2.6666666)).toBe('2,667')
    expect(formatAngkaRingkas(1000)).toBe('1.000')
    expect(formatAngkaRingkas(1.5)).toBe('1,5')
    expect(formatAngkaRingkas(0.0001)).toBe('0')
    expect(formatAngkaRingkas(null)).toBe('N/A')
  })
})

describe('dates and months', () => {
  it('formatTanggal', () => {
    expect(formatTanggal('2024-09-09')).toBe('9 September 2024')
    expect(formatTanggal('2025-01-01')).toBe('1 Januari 2025')
    expect(formatTanggal('2024-08-17')).toBe('17 Agustus 2024')
  })

  it('namaBulan', () => {
    expect(namaBulan('2024-09')).toBe('September 2024')
    expect(namaBulan('2024-08')).toBe('Agustus 2024')
    expect(NAMA_BULAN).toEqual([
      'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
      'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    ])
    expect(Array.from({ length: 12 }, (_, i) => namaBulan(`2024-${String(i + 1).padStart(2, '0')}`).split(' ')[0])).toEqual(NAMA_BULAN)
  })

  it('rejects malformed input', () => {
    expect(() => formatTanggal('9/9/2024')).toThrow()
    expect(() => namaBulan('2024-00')).toThrow()
  })
})

describe('formatRentangMinggu', () => {
  it('within one month', () => {
    expect(formatRentangMinggu(2024, 37)).toBe('Minggu ke-37 · 9–15 September 2024')
  })

  it('across two months', () => {
    expect(formatRentangMinggu(2024, 40)).toBe('Minggu ke-40 · 30 September – 6 Oktober 2024')
  })

  it('across two years names both years', () => {
    expect(formatRentangMinggu(2025, 1)).toBe('Minggu ke-1 · 30 Desember 2024 – 5 Januari 2025')
    expect(formatRentangMinggu(2020, 53)).toBe('Minggu ke-53 · 28 Desember 2020 – 3 Januari 2021')
  })

  it('formatRentangTanggal of a single day', () => {
    expect(formatRentangTanggal('2024-09-09', '2024-09-09')).toBe('9 September 2024')
  })
})
