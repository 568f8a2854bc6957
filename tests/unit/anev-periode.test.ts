import { describe, expect, it } from 'vitest'
import { periode, periodeDariBulan, periodeSebelumnya, romawi, uraiKodePeriode, namaPendek } from '../../shared/anev/periode'
import { mingguPeriode } from '../../electron/services/anev/kumpul'

describe('periode Anev', () => {
  it('[E1] bulan, triwulan, semester dan tahun beserta bulannya', () => {
    expect(periode('bulan', 2024, 9)).toMatchObject({ kode: '2024-09', label: 'bulan September 2024', judul: 'BULAN SEPTEMBER 2024', bulan: ['2024-09'] })
    expect(periode('triwulan', 2024, 3)).toMatchObject({ kode: '2024-T3', label: 'Triwulan III 2024', bulanAwal: '2024-07', bulanAkhir: '2024-09' })
    expect(periode('semester', 2024, 2)).toMatchObject({ kode: '2024-S2', label: 'Semester II 2024', bulanAwal: '2024-07', bulanAkhir: '2024-12' })
    expect(periode('tahun', 2024, 1).bulan).toHaveLength(12)
    expect(periode('tahun', 2024, 1).label).toBe('Tahun 2024')
    expect(() => periode('triwulan', 2024, 5)).toThrow()
  })

  it('[E1] periode sebelumnya melintasi pergantian tahun', () => {
    expect(periodeSebelumnya(periode('bulan', 2024, 1)).kode).toBe('2023-12')
    expect(periodeSebelumnya(periode('triwulan', 2024, 1)).kode).toBe('2023-T4')
    expect(periodeSebelumnya(periode('semester', 2024, 1)).kode).toBe('2023-S2')
    expect(periodeSebelumnya(periode('tahun', 2024, 1)).kode).toBe('2023')
    expect(periodeSebelumnya(periode('bulan', 2024, 9)).kode).toBe('2024-08')
    expect(namaPendek(periodeSebelumnya(periode('bulan', 2024, 9)))).toBe('Agustus 2024')
  })

  it('[E1] kode periode dibaca kembali; kode yang salah ditolak', () => {
    for (const k of ['2024-09', '2024-T2', '2024-S1', '2024']) expect(uraiKodePeriode(k)?.kode).toBe(k)
    for (const k of ['2024-13', '2024-T5', '2024-S3', '24', '2024-9', '']) expect(uraiKodePeriode(k)).toBeNull()
    expect(periodeDariBulan('triwulan', '2024-11').kode).toBe('2024-T4')
    expect(periodeDariBulan('semester', '2024-06').kode).toBe('2024-S1')
    expect(romawi(9)).toBe('IX')
    expect(romawi(12)).toBe('XII')
  })

  it('[E2] minggu periode: minggu ISO yang Kamisnya jatuh di bulan itu, hanya yang sudah selesai', () => {
    // September 2024: Thursdays 5, 12, 19, 26 → weeks 36–39. On 18 Sep 2024 (week 38) only 36 and 37 are finished.
    expect(mingguPeriode(periode('bulan', 2024, 9), '2024-10-15').map((m) => m.minggu)).toEqual([36, 37, 38, 39])
    expect(mingguPeriode(periode('bulan', 2024, 9), '2024-09-18').map((m) => m.minggu)).toEqual([36, 37])
    // Triwulan III 2024: July has Thursdays 4, 11, 18, 25 (weeks 27–30), August 1…29 (31–35), September 36–39 → 13 weeks.
    expect(mingguPeriode(periode('triwulan', 2024, 3), '2025-01-01')).toHaveLength(13)
  })
})
