import { describe, it, expect } from 'vitest'
import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { mingguDalamBulan, tambahHariTanggal } from '../../shared/iso-week'
import {
  KATEGORI_KEJADIAN,
  KOLOM_MINGGUAN,
  TINGKAT_KEJADIAN,
  hitungIkdk,
  validasiSkema,
  type Kejadian,
  type KolomMingguan,
  type LaporanMingguan,
  type MasukanIkdk,
  type Skema,
} from '../../shared/ikdk'

const teksBawaan = readFileSync(new URL('../../resources/ikdk/bawaan-v1.json', import.meta.url), 'utf8')
const hasilValidasi = validasiSkema(JSON.parse(teksBawaan))
if (!hasilValidasi.ok) throw new Error(hasilValidasi.galat.join('\n'))
const skema: Skema = hasilValidasi.skema

// ------------------------------------------------------------------ generators

const BULAN = ['2024-09', '2024-10', '2024-12', '2020-12', '2021-01', '2026-01', '2025-02']

/** A weekly value: blank about a quarter of the time. */
const nilaiMingguan = fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 4 })

const barisArb = (tahun: number, minggu: number): fc.Arbitrary<LaporanMingguan> =>
  fc
    .record(Object.fromEntries(KOLOM_MINGGUAN.map((k) => [k, nilaiMingguan])) as Record<KolomMingguan, fc.Arbitrary<number | null>>)
    .map((isi) => ({ ...isi, tahun, minggu }))

const kejadianArb = (bulan: string, tingkat?: Kejadian['tingkat']): fc.Arbitrary<Kejadian> =>
  fc
    .record({
      id: fc.uuid(),
      // A few days either side of the month, to exercise the calendar-month filter.
      hari: fc.integer({ min: -5, max: 35 }),
      kategori: fc.constantFrom(...KATEGORI_KEJADIAN),
      tingkat: tingkat ? fc.constant(tingkat) : fc.constantFrom(...TINGKAT_KEJADIAN),
      selesaiSetelah: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    })
    .map(({ id, hari, kategori, tingkat: t, selesaiSetelah }) => {
      const tanggal = tambahHariTanggal(`${bulan}-01`, hari)
      return {
        id,
        tanggal,
        kategori,
        tingkat: t,
        status: selesaiSetelah === null ? ('terbuka' as const) : ('selesai' as const),
        tanggal_selesai: selesaiSetelah === null ? null : tambahHariTanggal(tanggal, selesaiSetelah),
      }
    })

const masterArb = (maks: number) => fc.option(fc.integer({ min: 0, max: maks }), { nil: null, freq: 5 })

const masukanArb: fc.Arbitrary<MasukanIkdk> = fc.constantFrom(...BULAN).chain((bulan) => {
  const minggu = mingguDalamBulan(bulan)
  return fc.record({
    bulan: fc.constant(bulan),
    desa: fc.record({
      kode: fc.constant('53.03.01.2001'),
      penduduk: masterArb(5000),
      jumlah_kk: masterArb(1500),
      pos_kamling_total: masterArb(8),
    }),
    laporan: fc.subarray([...minggu]).chain((ws) => (ws.length ? fc.tuple(...ws.map((w) => barisArb(w.tahun, w.minggu))) : fc.constant([] as LaporanMingguan[]))),
    kejadian: fc.array(kejadianArb(bulan), { maxLength: 8 }),
    mingguSelesai: fc.option(fc.integer({ min: 0, max: minggu.length }), { nil: undefined, freq: 4 }),
  })
})

// ------------------------------------------------------------------ properties

describe('[C2] properties of the engine', () => {
  it('[C2] every score is within 0–100 and the contributions add up to the index', () => {
    fc.assert(
      fc.property(masukanArb, (m) => {
        const h = hitungIkdk(skema, m)
        const indikator = h.dimensi.flatMap((d) => d.indikator)
        for (const x of [...h.dimensi, ...indikator]) {
          if (x.skor !== null) {
            expect(x.skor).toBeGreaterThanOrEqual(0)
            expect(x.skor).toBeLessThanOrEqual(100)
          }
        }
        // D1 and D2 come from the register, so the default scheme always has an index.
        expect(h.nilai).not.toBeNull()
        expect(h.nilai!).toBeGreaterThanOrEqual(0)
        expect(h.nilai!).toBeLessThanOrEqual(100)
        expect(indikator.reduce((s, x) => s + x.kontribusi, 0)).toBeCloseTo(h.nilai!, 9)
        expect(indikator.reduce((s, x) => s + x.bobotEfektif, 0)).toBeCloseTo(1, 9)
        expect(h.kategori).not.toBeNull()
        expect(h.mingguDilaporkan).toBeLessThanOrEqual(h.mingguDihitung)
        // Missing is not zero: without a counted report, D3–D5 are N/A.
        if (h.mingguDilaporkan === 0) {
          expect(h.dimensi.slice(2).every((d) => d.skor === null)).toBe(true)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('[C2] adding a nyata incident never raises the IKDK', () => {
    // A nyata incident can only raise the counts of lower-is-better indicators
    // (I1.1, I1.2, I2.2; I2.1 only counts potensi/ambang) and changes no
    // availability, so every score stays or falls.
    const arb = masukanArb.chain((m) => fc.tuple(fc.constant(m), kejadianArb(m.bulan, 'nyata')))
    fc.assert(
      fc.property(arb, ([m, baru]) => {
        const sebelum = hitungIkdk(skema, m)
        const sesudah = hitungIkdk(skema, { ...m, kejadian: [...m.kejadian, baru] })
        expect(sesudah.nilai!).toBeLessThanOrEqual(sebelum.nilai!)
        expect(sesudah.dimensi.map((d) => d.skor === null)).toEqual(sebelum.dimensi.map((d) => d.skor === null))
      }),
      { numRuns: 300 },
    )
  })

  /**
   * "More activity never lowers the IKDK", stated soundly: raise a value that is
   * already FILLED in some week, for a field that only ever enters the scheme
   * as a higher-is-better sum, mean, or ratio numerator. Excluded:
   * - masalah_ditangani, the denominator of I3.3 (handling more problems
   *   without settling them lowers the settlement ratio);
   * - filling a BLANK field, which adds a week to the field's weeks_filled and
   *   can lower a scaled sum or a mean (see the example below);
   * - master data (pos_kamling_total, jumlah_kk, penduduk are denominators).
   * Fields unused by the default scheme (info_deteksi_dini,
   * sosialisasi_pilkada) must change nothing once the week is reported.
   */
  const AKTIVITAS: KolomMingguan[] = KOLOM_MINGGUAN.filter((k) => k !== 'masalah_ditangani')

  it('[C2] raising a filled activity value never lowers the IKDK', () => {
    const arb = masukanArb
      .filter((m) => m.laporan.length > 0)
      .chain((m) =>
        fc.tuple(
          fc.constant(m),
          fc.integer({ min: 0, max: m.laporan.length - 1 }),
          fc.constantFrom(...AKTIVITAS),
          fc.integer({ min: 1, max: 20 }),
        ),
      )
    fc.assert(
      fc.property(arb, ([m, i, kolom, tambah]) => {
        const lama = m.laporan[i]!
        const nilaiLama = lama[kolom]
        fc.pre(nilaiLama !== null)
        const laporan = m.laporan.map((b, j) => (j === i ? { ...b, [kolom]: nilaiLama + tambah } : b))
        const sebelum = hitungIkdk(skema, m)
        const sesudah = hitungIkdk(skema, { ...m, laporan })
        expect(sesudah.nilai!).toBeGreaterThanOrEqual(sebelum.nilai!)
      }),
      { numRuns: 500 },
    )
  })

  it('[C2] filling a blank field is NOT "more activity": it can lower a scaled sum', () => {
    // Penyuluhan 1 in week 36 only: 1 × 4/1 = 4 → 100. Filling week 37 with 0:
    // 1 × 4/2 = 2 → 50. This is why the property above only raises filled values.
    const kosong = Object.fromEntries(KOLOM_MINGGUAN.map((k) => [k, null])) as Record<KolomMingguan, null>
    const desa = { kode: 'X', penduduk: 1000, jumlah_kk: 200, pos_kamling_total: 2 }
    const w36 = { ...kosong, tahun: 2024, minggu: 36, penyuluhan: 1 }
    const w37 = { ...kosong, tahun: 2024, minggu: 37, ronda_malam: 3 }
    const skorI32 = (laporan: LaporanMingguan[]) =>
      hitungIkdk(skema, { bulan: '2024-09', desa, laporan, kejadian: [] }).dimensi[2]?.indikator[1]?.skor
    expect(skorI32([w36, w37])).toBe(100)
    expect(skorI32([w36, { ...w37, penyuluhan: 0 }])).toBe(50)
  })

  it('[C2] rows of weeks outside the month change nothing', () => {
    const arb = masukanArb.chain((m) => {
      const bukan = new Set(mingguDalamBulan(m.bulan).map((w) => `${w.tahun}-${w.minggu}`))
      const tetangga = [-2, -1, 5, 6]
        .map((geser) => tambahHariTanggal(`${m.bulan}-15`, geser * 7))
        .flatMap((t) => {
          const [tahun, bulan] = t.split('-').map(Number)
          return mingguDalamBulan(`${tahun}-${String(bulan).padStart(2, '0')}`)
        })
        .filter((w) => !bukan.has(`${w.tahun}-${w.minggu}`))
      return fc.tuple(fc.constant(m), fc.constantFrom(...tetangga).chain((w) => barisArb(w.tahun, w.minggu)))
    })
    fc.assert(
      fc.property(arb, ([m, luar]) => {
        expect(hitungIkdk(skema, { ...m, laporan: [...m.laporan, luar] })).toEqual(hitungIkdk(skema, m))
      }),
      { numRuns: 200 },
    )
  })
})

describe('[C1] properties of scheme validation', () => {
  it('[C1] the validated default scheme round-trips through JSON', () => {
    const ulang = validasiSkema(JSON.parse(JSON.stringify(skema)))
    expect(ulang).toEqual({ ok: true, skema })
    const lagi = validasiSkema(JSON.stringify(skema, null, 2))
    expect(lagi).toEqual({ ok: true, skema })
  })

  it('[C1] any re-weighting and re-bounding a Polda makes validates and round-trips', () => {
    const jumlahIndikator = skema.dimensi.map((d) => d.indikator.length)
    const arb = fc.record({
      bobotDimensi: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 5, maxLength: 5 }).filter((b) => b.some((x) => x > 0)),
      bobotIndikator: fc.tuple(...jumlahIndikator.map((n) => fc.array(fc.integer({ min: 1, max: 5 }), { minLength: n, maxLength: n }))),
      // JSON has no −0, so normalise it to 0 before comparing.
      geser: fc.double({ min: -10, max: 10, noNaN: true }).map((x) => x + 0),
      lebar: fc.double({ min: 0.01, max: 50, noNaN: true }),
    })
    fc.assert(
      fc.property(arb, ({ bobotDimensi, bobotIndikator, geser, lebar }) => {
        const baru = {
          ...skema,
          id: 'polda-uji',
          versi: 7,
          dimensi: skema.dimensi.map((d, i) => ({
            ...d,
            bobot: bobotDimensi[i]!,
            indikator: d.indikator.map((x, j) => ({ ...x, bobot: bobotIndikator[i]![j]!, batasBawah: geser, batasAtas: geser + lebar })),
          })),
        }
        const h = validasiSkema(JSON.parse(JSON.stringify(baru)))
        expect(h).toEqual({ ok: true, skema: baru })
      }),
      { numRuns: 200 },
    )
  })
})
