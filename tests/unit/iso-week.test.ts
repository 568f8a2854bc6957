import { describe, it, expect, afterEach } from 'vitest'
import fc from 'fast-check'
import {
  bandingMinggu,
  bulanBerikutnya,
  bulanMinggu,
  bulanSebelumnya,
  daftarMinggu,
  hariTerakhirBulan,
  isoMinggu,
  jumlahMingguSelesaiDalamBulan,
  jumlahMingguTahun,
  kamisMinggu,
  mingguBerikutnya,
  mingguDalamBulan,
  mingguSebelumnya,
  mingguTerakhirSelesai,
  rentangMinggu,
  tambahHariTanggal,
} from '../../shared/iso-week'

const minggu = (tahun: number, ...daftar: number[]) => daftar.map((m) => ({ tahun, minggu: m }))

describe('isoMinggu', () => {
  it('9–15 September 2024 is week 37', () => {
    for (const t of ['2024-09-09', '2024-09-12', '2024-09-15']) expect(isoMinggu(t)).toEqual({ tahun: 2024, minggu: 37 })
    expect(isoMinggu('2024-09-08')).toEqual({ tahun: 2024, minggu: 36 })
    expect(isoMinggu('2024-09-16')).toEqual({ tahun: 2024, minggu: 38 })
  })

  it('30 December 2024 is week 1 of 2025', () => {
    expect(isoMinggu('2024-12-30')).toEqual({ tahun: 2025, minggu: 1 })
    expect(isoMinggu('2024-12-29')).toEqual({ tahun: 2024, minggu: 52 })
    expect(isoMinggu('2025-01-05')).toEqual({ tahun: 2025, minggu: 1 })
  })

  it('early January can belong to the previous year’s week 53', () => {
    expect(isoMinggu('2021-01-03')).toEqual({ tahun: 2020, minggu: 53 })
    expect(isoMinggu('2021-01-04')).toEqual({ tahun: 2021, minggu: 1 })
    expect(isoMinggu('2027-01-01')).toEqual({ tahun: 2026, minggu: 53 })
  })

  it('rejects malformed and impossible dates', () => {
    for (const t of ['2024-02-30', '2024-9-1', '2024-13-01', '09-09-2024', '', '2024-09-09T00:00']) {
      expect(() => isoMinggu(t)).toThrow(/Tanggal tidak valid/)
    }
    expect(isoMinggu('2024-02-29')).toEqual({ tahun: 2024, minggu: 9 })
  })
})

describe('jumlahMingguTahun', () => {
  it('2020 and 2026 have 53 weeks; 2024, 2025 and 2021 have 52', () => {
    expect(jumlahMingguTahun(2020)).toBe(53)
    expect(jumlahMingguTahun(2026)).toBe(53)
    expect(jumlahMingguTahun(2015)).toBe(53)
    expect(jumlahMingguTahun(2024)).toBe(52)
    expect(jumlahMingguTahun(2025)).toBe(52)
    expect(jumlahMingguTahun(2021)).toBe(52)
  })
})

describe('rentangMinggu, kamisMinggu, bulanMinggu', () => {
  it('week 37 of 2024 runs Monday 9 to Sunday 15 September', () => {
    expect(rentangMinggu(2024, 37)).toEqual({ senin: '2024-09-09', minggu: '2024-09-15' })
    expect(kamisMinggu(2024, 37)).toBe('2024-09-12')
  })

  it('weeks across months and years', () => {
    expect(rentangMinggu(2024, 40)).toEqual({ senin: '2024-09-30', minggu: '2024-10-06' })
    expect(rentangMinggu(2025, 1)).toEqual({ senin: '2024-12-30', minggu: '2025-01-05' })
    expect(rentangMinggu(2020, 53)).toEqual({ senin: '2020-12-28', minggu: '2021-01-03' })
    expect(rentangMinggu(2026, 1)).toEqual({ senin: '2025-12-29', minggu: '2026-01-04' })
  })

  it('a week belongs to the month of its Thursday', () => {
    expect(bulanMinggu(2024, 39)).toBe('2024-09')
    expect(kamisMinggu(2024, 40)).toBe('2024-10-03')
    expect(bulanMinggu(2024, 40)).toBe('2024-10')
    expect(bulanMinggu(2025, 1)).toBe('2025-01') // Thursday 2 January 2025
    expect(bulanMinggu(2020, 53)).toBe('2020-12') // Thursday 31 December 2020
  })

  it('rejects weeks that do not exist', () => {
    expect(() => rentangMinggu(2024, 53)).toThrow(/Minggu ke-53 tidak ada pada tahun 2024/)
    expect(() => rentangMinggu(2024, 0)).toThrow()
    expect(() => rentangMinggu(2024, 1.5)).toThrow()
  })
})

describe('mingguDalamBulan', () => {
  it('September 2024 = weeks 36–39, October 2024 = weeks 40–44', () => {
    expect(mingguDalamBulan('2024-09')).toEqual(minggu(2024, 36, 37, 38, 39))
    expect(mingguDalamBulan('2024-10')).toEqual(minggu(2024, 40, 41, 42, 43, 44))
  })

  it('months at year boundaries', () => {
    // Thursdays of December 2020: 3, 10, 17, 24, 31.
    expect(mingguDalamBulan('2020-12')).toEqual(minggu(2020, 49, 50, 51, 52, 53))
    // Thursdays of January 2021: 7, 14, 21, 28 (1 January 2021 is in 2020-W53).
    expect(mingguDalamBulan('2021-01')).toEqual(minggu(2021, 1, 2, 3, 4))
    // Thursdays of January 2025: 2, 9, 16, 23, 30.
    expect(mingguDalamBulan('2025-01')).toEqual(minggu(2025, 1, 2, 3, 4, 5))
  })

  it('the months of a year hold each of its weeks exactly once, in order', () => {
    for (let tahun = 2019; tahun <= 2027; tahun++) {
      const semua = Array.from({ length: 12 }, (_, i) => mingguDalamBulan(`${tahun}-${String(i + 1).padStart(2, '0')}`)).flat()
      expect(semua).toEqual(Array.from({ length: jumlahMingguTahun(tahun) }, (_, i) => ({ tahun, minggu: i + 1 })))
    }
  })
})

describe('mingguTerakhirSelesai', () => {
  it('is the complete week before the week of the given day', () => {
    expect(mingguTerakhirSelesai('2024-09-18')).toEqual({ tahun: 2024, minggu: 37 }) // Wednesday of week 38
    expect(mingguTerakhirSelesai('2024-09-16')).toEqual({ tahun: 2024, minggu: 37 }) // Monday of week 38
    // On Sunday 15 September week 37 is still running.
    expect(mingguTerakhirSelesai('2024-09-15')).toEqual({ tahun: 2024, minggu: 36 })
    expect(mingguTerakhirSelesai('2025-01-01')).toEqual({ tahun: 2024, minggu: 52 })
    expect(mingguTerakhirSelesai('2021-01-05')).toEqual({ tahun: 2020, minggu: 53 })
  })

  it('counts the finished weeks of a running month', () => {
    expect(jumlahMingguSelesaiDalamBulan('2024-09', '2024-09-18')).toBe(2) // 36, 37
    expect(jumlahMingguSelesaiDalamBulan('2024-09', '2024-09-30')).toBe(4) // 30 Sep is in week 40
    expect(jumlahMingguSelesaiDalamBulan('2024-10', '2024-10-01')).toBe(0)
    expect(jumlahMingguSelesaiDalamBulan('2024-10', '2024-11-04')).toBe(5)
  })
})

describe('months', () => {
  it('hariTerakhirBulan', () => {
    expect(hariTerakhirBulan('2024-02')).toBe('2024-02-29')
    expect(hariTerakhirBulan('2023-02')).toBe('2023-02-28')
    expect(hariTerakhirBulan('2024-09')).toBe('2024-09-30')
    expect(hariTerakhirBulan('2024-12')).toBe('2024-12-31')
  })

  it('bulanSebelumnya and bulanBerikutnya', () => {
    expect(bulanSebelumnya('2024-10')).toBe('2024-09')
    expect(bulanSebelumnya('2024-01')).toBe('2023-12')
    expect(bulanBerikutnya('2024-12')).toBe('2025-01')
    expect(bulanBerikutnya('2024-09')).toBe('2024-10')
    expect(() => bulanSebelumnya('2024-13')).toThrow(/Bulan tidak valid/)
    expect(() => hariTerakhirBulan('2024-9')).toThrow(/Bulan tidak valid/)
  })
})

describe('week arithmetic', () => {
  it('steps across year ends', () => {
    expect(mingguSebelumnya({ tahun: 2025, minggu: 1 })).toEqual({ tahun: 2024, minggu: 52 })
    expect(mingguBerikutnya({ tahun: 2020, minggu: 53 })).toEqual({ tahun: 2021, minggu: 1 })
    expect(daftarMinggu({ tahun: 2024, minggu: 51 }, { tahun: 2025, minggu: 2 })).toEqual([
      ...minggu(2024, 51, 52),
      ...minggu(2025, 1, 2),
    ])
    expect(daftarMinggu({ tahun: 2025, minggu: 2 }, { tahun: 2025, minggu: 1 })).toEqual([])
    expect(bandingMinggu({ tahun: 2024, minggu: 52 }, { tahun: 2025, minggu: 1 })).toBeLessThan(0)
    expect(tambahHariTanggal('2024-02-28', 2)).toBe('2024-03-01')
  })
})

describe('properties', () => {
  const tanggalArb = fc
    .date({ min: new Date('1901-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10))

  it('every date lies in the Monday–Sunday range of its own ISO week', () => {
    fc.assert(
      fc.property(tanggalArb, (t) => {
        const m = isoMinggu(t)
        const r = rentangMinggu(m.tahun, m.minggu)
        expect(r.senin <= t && t <= r.minggu).toBe(true)
        expect(new Date(`${r.senin}T00:00:00Z`).getUTCDay()).toBe(1)
        expect(tambahHariTanggal(r.senin, 6)).toBe(r.minggu)
        expect(mingguDalamBulan(bulanMinggu(m.tahun, m.minggu))).toContainEqual(m)
      }),
    )
  })

  it('the next day is in the same week or the next one', () => {
    fc.assert(
      fc.property(tanggalArb, (t) => {
        const a = isoMinggu(t)
        const b = isoMinggu(tambahHariTanggal(t, 1))
        expect(bandingMinggu(a, b) === 0 || bandingMinggu(mingguBerikutnya(a), b) === 0).toBe(true)
      }),
    )
  })
})

describe('time zone independence', () => {
  const asli = process.env.TZ
  afterEach(() => {
    if (asli === undefined) delete process.env.TZ
    else process.env.TZ = asli
  })

  it('gives the same weeks whatever the machine’s zone', () => {
    for (const tz of ['Asia/Jayapura', 'Asia/Makassar', 'America/Los_Angeles', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz
      expect(isoMinggu('2024-12-30')).toEqual({ tahun: 2025, minggu: 1 })
      expect(rentangMinggu(2024, 37)).toEqual({ senin: '2024-09-09', minggu: '2024-09-15' })
      expect(mingguDalamBulan('2024-10')).toEqual(minggu(2024, 40, 41, 42, 43, 44))
      expect(hariTerakhirBulan('2024-02')).toBe('2024-02-29')
      expect(mingguTerakhirSelesai('2024-09-15')).toEqual({ tahun: 2024, minggu: 36 })
    }
  })
})
