import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { daftarMinggu } from '../../shared/iso-week'
import {
  bulatkan3,
  hitungIkdk,
  kategoriDari,
  keyakinanDari,
  peringatanDini,
  peringatanKonflik,
  peringatanPerubahanNilai,
  peringatanTanpaLaporan,
  ujiSensitivitas,
  validasiSkema,
  varianSensitivitas,
  type HasilDesaBulan,
  type Kejadian,
  type LaporanMingguan,
  type MasterDesa,
  type Skema,
} from '../../shared/ikdk'

// Every expected number below is worked out by hand from the spec's rules
// (written as fractions where that keeps the arithmetic visible) — never
// copied from the engine's output.

function muatSkema(): Skema {
  const hasil = validasiSkema(JSON.parse(readFileSync(new URL('../../resources/ikdk/bawaan-v1.json', import.meta.url), 'utf8')))
  if (!hasil.ok) throw new Error(hasil.galat.join('\n'))
  return hasil.skema
}
const skema = muatSkema()

const KOSONG = {
  kk_dikunjungi: null,
  penyuluhan: null,
  masalah_ditangani: null,
  masalah_selesai: null,
  info_deteksi_dini: null,
  pos_kamling_aktif: null,
  ronda_malam: null,
  pertemuan_fkpm: null,
  pertemuan_3pilar: null,
  kegiatan_pangan: null,
  sosialisasi_pilkada: null,
}

function baris(tahun: number, minggu: number, isi: Partial<Omit<LaporanMingguan, 'tahun' | 'minggu'>>): LaporanMingguan {
  return { ...KOSONG, ...isi, tahun, minggu }
}

/** The worked example's table row: kk, peny, ditangani, selesai, pos aktif, ronda, fkpm, 3pilar, pangan. */
function barisContoh(minggu: number, ...v: [number, number, number, number, number, number, number, number, number]): LaporanMingguan {
  const [kk, peny, ditangani, selesai, pos, ronda, fkpm, tigaPilar, pangan] = v
  return baris(2024, minggu, {
    kk_dikunjungi: kk,
    penyuluhan: peny,
    masalah_ditangani: ditangani,
    masalah_selesai: selesai,
    pos_kamling_aktif: pos,
    ronda_malam: ronda,
    pertemuan_fkpm: fkpm,
    pertemuan_3pilar: tigaPilar,
    kegiatan_pangan: pangan,
  })
}

let nomor = 0
function kejadian(tanggal: string, kategori: Kejadian['kategori'], tingkat: Kejadian['tingkat'], selesai: string | null = null): Kejadian {
  return { id: ++nomor, tanggal, kategori, tingkat, status: selesai ? 'selesai' : 'terbuka', tanggal_selesai: selesai }
}

// ---- Desa Oelami, September 2024 (the spec's worked example)
const OELAMI: MasterDesa = { kode: '53.03.01.2001', penduduk: 2000, jumlah_kk: 500, pos_kamling_total: 4 }
const LAPORAN_OELAMI = [
  barisContoh(36, 40, 1, 1, 1, 2, 3, 0, 1, 1),
  barisContoh(37, 30, 0, 1, 0, 3, 4, 1, 0, 0),
  barisContoh(38, 20, 1, 0, 0, 1, 2, 0, 0, 1),
]
const KEJADIAN_OELAMI = [
  kejadian('2024-09-10', 'tindak_pidana', 'nyata'),
  kejadian('2024-09-18', 'konflik_agraria', 'nyata'),
  kejadian('2024-09-20', 'hoaks', 'ambang', '2024-09-25'),
  kejadian('2024-09-27', 'konflik_sosial', 'potensi'),
]

// Dimension scores of the worked example as exact fractions:
// D1 = (2 × (3−1)/3×100 + 1 × (2−1)/2×100) / 3 = (400/3 + 50) / 3 = 550/9
// D2 = ((4−1)/4×100 + (3−1)/3×100) / 2 = (75 + 200/3) / 2 = 425/6
// D3 = (96 + 200/3 + 50) / 3 = 638/9   (I3.1 = 90×4/3/500 = 0,24 → 96; I3.2 = 2×4/3 → 200/3; I3.3 = 1/2 → 50)
// D4 = (50 + 300/7 + 200/3) / 3 = 3350/63   (I4.1 = mean(2,3,1)/4 = 0,5; I4.2 = 3/7; I4.3 = 2×4/3 /4)
// D5 = 200/3
const D1 = 550 / 9
const D2 = 425 / 6
const D3 = 638 / 9
const D4 = 3350 / 63
const D5 = 200 / 3

const dim = (h: HasilDesaBulan, id: string) => {
  const d = h.dimensi.find((x) => x.id === id)
  if (!d) throw new Error(`dimensi ${id} tidak ada`)
  return d
}
const ind = (h: HasilDesaBulan, id: string) => {
  const i = h.dimensi.flatMap((d) => d.indikator).find((x) => x.id === id)
  if (!i) throw new Error(`indikator ${id} tidak ada`)
  return i
}
const skorDim = (h: HasilDesaBulan, id: string) => {
  const s = dim(h, id).skor
  return s === null ? null : bulatkan3(s)
}
const skorInd = (h: HasilDesaBulan, id: string) => {
  const s = ind(h, id).skor
  return s === null ? null : bulatkan3(s)
}
const nilai3 = (h: HasilDesaBulan) => (h.nilai === null ? null : bulatkan3(h.nilai))

describe('[C2] worked example: Desa Oelami, September 2024', () => {
  const h = hitungIkdk(skema, { bulan: '2024-09', desa: OELAMI, laporan: LAPORAN_OELAMI, kejadian: KEJADIAN_OELAMI })

  it('[C2] indicator scores match the spec', () => {
    expect(skorInd(h, 'I1.1')).toBe(66.667)
    expect(skorInd(h, 'I1.2')).toBe(50)
    expect(skorInd(h, 'I2.1')).toBe(75)
    expect(skorInd(h, 'I2.2')).toBe(66.667)
    expect(skorInd(h, 'I3.1')).toBe(96)
    expect(skorInd(h, 'I3.2')).toBe(66.667)
    expect(skorInd(h, 'I3.3')).toBe(50)
    expect(skorInd(h, 'I4.1')).toBe(50)
    expect(skorInd(h, 'I4.2')).toBe(42.857)
    expect(skorInd(h, 'I4.3')).toBe(66.667)
    expect(skorInd(h, 'I5.1')).toBe(66.667)
  })

  it('[C2] raw values: 2 nyata per 2.000 penduduk, 120 KK of 500, 1 of 2 problems settled', () => {
    expect(ind(h, 'I1.1').nilaiMentah).toBe(1) // 2 / 2000 × 1000
    expect(ind(h, 'I1.2').nilaiMentah).toBe(1)
    expect(ind(h, 'I2.1').nilaiMentah).toBe(1) // the hoaks was settled 25 Sep; the potensi is open
    expect(ind(h, 'I2.2').nilaiMentah).toBe(1)
    expect(bulatkan3(ind(h, 'I3.1').nilaiMentah ?? Number.NaN)).toBe(0.24) // 90 × 4/3 / 500
    expect(ind(h, 'I3.3').nilaiMentah).toBe(0.5)
    expect(ind(h, 'I4.1').nilaiMentah).toBe(0.5) // (2/4 + 3/4 + 1/4) / 3
    expect(ind(h, 'I4.2').nilaiMentah).toBe(3) // (3 + 4 + 2) / 3
  })

  it('[C2] D1..D5 = 61,111 · 70,833 · 70,889 · 53,175 · 66,667', () => {
    expect(skorDim(h, 'D1')).toBe(61.111)
    expect(skorDim(h, 'D2')).toBe(70.833)
    expect(skorDim(h, 'D3')).toBe(70.889)
    expect(skorDim(h, 'D4')).toBe(53.175)
    expect(skorDim(h, 'D5')).toBe(66.667)
    expect(skorDim(h, 'D4')).toBe(bulatkan3(D4))
  })

  it('[C2] IKDK = 64,376 → Waspada, Keyakinan Sedang', () => {
    // (35 × 550/9 + 20 × 425/6 + 20 × 638/9 + 15 × 3350/63 + 10 × 200/3) / 100
    // = (2138,889 + 1416,667 + 1417,778 + 797,619 + 666,667) / 100 = 64,376
    expect(nilai3(h)).toBe(64.376)
    expect(nilai3(h)).toBe(bulatkan3((35 * D1 + 20 * D2 + 20 * D3 + 15 * D4 + 10 * D5) / 100))
    expect(h.kategori).toBe('Waspada')
    expect(h.keyakinan).toBe('Sedang')
    expect(h.mingguBulan).toBe(4)
    expect(h.mingguDihitung).toBe(4)
    expect(h.mingguDilaporkan).toBe(3)
    expect(h.sementara).toBe(false)
    expect(h.skema).toEqual({ id: 'bawaan', versi: 1 })
    expect(h.kodeDesa).toBe('53.03.01.2001')
  })

  it('[C2] explains itself: contributions add up to the index', () => {
    const semua = h.dimensi.flatMap((d) => d.indikator)
    expect(semua.reduce((s, x) => s + x.kontribusi, 0)).toBeCloseTo(h.nilai ?? Number.NaN, 9)
    expect(semua.reduce((s, x) => s + x.bobotEfektif, 0)).toBeCloseTo(1, 12)
    // I1.1 weighs 2 of D1's 3, and D1 weighs 35 of 100.
    expect(ind(h, 'I1.1').bobotDalamDimensi).toBeCloseTo(2 / 3, 12)
    expect(ind(h, 'I1.1').bobotEfektif).toBeCloseTo(0.35 * (2 / 3), 12)
    expect(ind(h, 'I1.1').kontribusi).toBeCloseTo(0.35 * (2 / 3) * (200 / 3), 9)
    expect(dim(h, 'D4').kontribusi).toBeCloseTo(0.15 * D4, 9)
    expect(ind(h, 'I3.1').penjelasan).toBe('Σ KK dikunjungi = 90 dari 3 minggu terisi, diskalakan × 4/3 = 120; ÷ jumlah KK 500 = 0,24')
    expect(ind(h, 'I1.1').penjelasan).toBe('2 kejadian (tingkat nyata) ÷ 2.000 penduduk × 1.000 = 1')
    expect(ind(h, 'I1.1').rincian).toMatchObject({ jenis: 'kejadian', jumlah: 2, penduduk: 2000, per: 1000 })
    expect(ind(h, 'I3.1').rincian).toMatchObject({ jenis: 'jumlah_mingguan', jumlah: 90, mingguTerisi: 3, mingguBulan: 4, jumlahDiskalakan: 120 })
    expect(semua.every((x) => x.alasanNA === undefined)).toBe(true)
  })
})

describe('[C2] no weekly report at all', () => {
  // A row with every one of the 11 fields blank (only nrp/catatan typed) is not a report.
  const h = hitungIkdk(skema, {
    bulan: '2024-09',
    desa: OELAMI,
    laporan: [baris(2024, 37, {})],
    kejadian: KEJADIAN_OELAMI,
  })

  it('[C2] D3–D5 are N/A and IKDK comes from D1–D2 only', () => {
    expect(skorDim(h, 'D1')).toBe(61.111)
    expect(skorDim(h, 'D2')).toBe(70.833)
    for (const id of ['D3', 'D4', 'D5']) {
      expect(dim(h, id).skor).toBeNull()
      expect(dim(h, id).bobotEfektif).toBe(0)
      expect(dim(h, id).alasanNA).toBe('Tidak ada indikator yang tersedia: Tidak ada laporan mingguan pada bulan ini')
    }
    expect(ind(h, 'I4.1').alasanNA).toBe('Tidak ada laporan mingguan pada bulan ini')
    // (35 × 550/9 + 20 × 425/6) / 55 = (2138,889 + 1416,667) / 55 = 3555,556 / 55 = 64,646
    expect(nilai3(h)).toBe(64.646)
    expect(dim(h, 'D1').bobotEfektif).toBeCloseTo(35 / 55, 12)
    expect(h.kategori).toBe('Waspada')
    expect(h.keyakinan).toBe('Rendah')
    expect(h.mingguDilaporkan).toBe(0)
  })
})

describe('[C2] a field blank in some weeks (missing is not zero)', () => {
  // No incidents: D1 = D2 = 100. Weeks 36–39 all reported (39 only by info_deteksi_dini).
  const h = hitungIkdk(skema, {
    bulan: '2024-09',
    desa: OELAMI,
    laporan: [
      baris(2024, 36, { kk_dikunjungi: 30, penyuluhan: 1, masalah_ditangani: 2, masalah_selesai: 1, pos_kamling_aktif: 2, ronda_malam: 7, pertemuan_fkpm: 1 }),
      baris(2024, 37, { masalah_selesai: 1, pertemuan_3pilar: 0, info_deteksi_dini: 3 }),
      baris(2024, 38, { kk_dikunjungi: 20, penyuluhan: 0, masalah_ditangani: 2, masalah_selesai: 2, pos_kamling_aktif: 4, ronda_malam: 0 }),
      baris(2024, 39, { info_deteksi_dini: 1 }),
    ],
    kejadian: [],
  })

  it('[C2] sums are scaled by the weeks in which the field is filled', () => {
    // I3.1: kk filled in 2 weeks: (30 + 20) × 4/2 = 100; 100 / 500 = 0,2 → 0,2/0,25 = 80
    expect(skorInd(h, 'I3.1')).toBe(80)
    // I3.2: penyuluhan filled in 2 weeks: 1 × 4/2 = 2 → 2/4 = 50
    expect(skorInd(h, 'I3.2')).toBe(50)
    // I4.3: fkpm OR 3pilar filled in weeks 36 and 37: (1 + 0) × 4/2 = 2 → 50
    // (counting only weeks with both filled would give N/A; all 4 reported weeks would give 25)
    expect(skorInd(h, 'I4.3')).toBe(50)
  })

  it('[C2] ratios use only weeks where both fields are filled; means only filled weeks', () => {
    // I3.3: weeks 36 and 38: (1 + 2) / (2 + 2) = 0,75 → 75 (week 37's selesai has no ditangani)
    expect(skorInd(h, 'I3.3')).toBe(75)
    // I4.1: weeks 36 and 38: (2/4 + 4/4) / 2 = 0,75 → 75
    expect(skorInd(h, 'I4.1')).toBe(75)
    // I4.2: weeks 36 and 38: (7 + 0) / 2 = 3,5 → 3,5/7 = 50
    expect(skorInd(h, 'I4.2')).toBe(50)
  })

  it('[C2] a field blank in every reported week makes its indicator and dimension N/A', () => {
    expect(ind(h, 'I5.1').skor).toBeNull()
    expect(ind(h, 'I5.1').alasanNA).toBe('Kolom kegiatan ketahanan pangan kosong di semua minggu yang dilaporkan')
    expect(dim(h, 'D5').skor).toBeNull()
  })

  it('[C2] IKDK renormalises over the 4 available dimensions', () => {
    // D3 = (80 + 50 + 75)/3 = 205/3; D4 = (75 + 50 + 50)/3 = 175/3
    // (35×100 + 20×100 + 20×205/3 + 15×175/3) / 90 = (3500 + 2000 + 1366,667 + 875) / 90 = 86,019
    expect(skorDim(h, 'D3')).toBe(68.333)
    expect(skorDim(h, 'D4')).toBe(58.333)
    expect(nilai3(h)).toBe(86.019)
    expect(h.kategori).toBe('Aman')
    expect(h.keyakinan).toBe('Tinggi')
    expect(h.mingguDilaporkan).toBe(4)
  })
})

describe('[C2] master data zero or blank', () => {
  const hitung = (desa: Partial<MasterDesa>, laporan = LAPORAN_OELAMI) =>
    hitungIkdk(skema, { bulan: '2024-09', desa: { ...OELAMI, ...desa }, laporan, kejadian: KEJADIAN_OELAMI })

  it('[C2] jumlah_kk 0 → I3.1 N/A, its weight moves to I3.2 and I3.3', () => {
    const h = hitung({ jumlah_kk: 0 })
    expect(ind(h, 'I3.1').skor).toBeNull()
    expect(ind(h, 'I3.1').alasanNA).toBe('Jumlah KK desa bernilai 0, tidak dapat menjadi pembagi')
    // D3 = (200/3 + 50) / 2 = 175/3 = 58,333
    expect(skorDim(h, 'D3')).toBe(58.333)
    expect(ind(h, 'I3.2').bobotDalamDimensi).toBe(0.5)
    // 0,35×550/9 + 0,2×425/6 + 0,2×175/3 + 0,15×3350/63 + 0,1×200/3
    // = 21,388889 + 14,166667 + 11,666667 + 7,976190 + 6,666667 = 61,865080
    expect(nilai3(h)).toBe(61.865)
  })

  it('[C2] jumlah_kk blank → the same value, another reason', () => {
    const h = hitung({ jumlah_kk: null })
    expect(ind(h, 'I3.1').alasanNA).toBe('Data jumlah KK desa belum diisi')
    expect(nilai3(h)).toBe(61.865)
  })

  it('[C2] penduduk blank or 0 → I1.1 N/A, D1 = I1.2 alone', () => {
    for (const penduduk of [null, 0]) {
      const h = hitung({ penduduk })
      expect(ind(h, 'I1.1').skor).toBeNull()
      expect(skorDim(h, 'D1')).toBe(50)
      // 0,35×50 + 0,2×425/6 + 0,2×638/9 + 0,15×3350/63 + 0,1×200/3
      // = 17,5 + 14,166667 + 14,177778 + 7,976190 + 6,666667 = 60,487302
      expect(nilai3(h)).toBe(60.487)
    }
  })

  it('[C2] pos_kamling_total 0 → I4.1 = 0 while D4 is available', () => {
    // A desa without pos kamling reports 0 active posts, or leaves the field blank.
    for (const pos of [0, null]) {
      const laporan = LAPORAN_OELAMI.map((b) => ({ ...b, pos_kamling_aktif: pos }))
      const h = hitung({ pos_kamling_total: 0 }, laporan)
      expect(ind(h, 'I4.1').nilaiMentah).toBe(0)
      expect(ind(h, 'I4.1').skor).toBe(0)
      // D4 = (0 + 300/7 + 200/3) / 3 = 2300/63 = 36,508
      expect(skorDim(h, 'D4')).toBe(36.508)
      // 21,388889 + 14,166667 + 14,177778 + 0,15 × 2300/63 (5,476190) + 6,666667 = 61,876190
      expect(nilai3(h)).toBe(61.876)
    }
  })

  it('[C2] pos_kamling_total 0 but nothing else in D4 → I4.1 and D4 N/A (master data alone is no evidence)', () => {
    const laporan = LAPORAN_OELAMI.map((b) => ({ ...b, pos_kamling_aktif: null, ronda_malam: null, pertemuan_fkpm: null, pertemuan_3pilar: null }))
    const h = hitung({ pos_kamling_total: 0 }, laporan)
    expect(ind(h, 'I4.1').skor).toBeNull()
    expect(ind(h, 'I4.1').alasanNA).toBe('Jumlah pos kamling desa bernilai 0 dan tidak ada indikator lain di dimensi ini yang tersedia')
    expect(dim(h, 'D4').skor).toBeNull()
    // (35 × 550/9 + 20 × 425/6 + 20 × 638/9 + 10 × 200/3) / 85 = (32010/9 + 8500/6 + 2000/3) / 85 = 5640 / 85 = 66,353
    expect(nilai3(h)).toBe(66.353)
  })

  it('[C2] pos_kamling_total blank → I4.1 N/A', () => {
    const h = hitung({ pos_kamling_total: null })
    expect(ind(h, 'I4.1').alasanNA).toBe('Data jumlah pos kamling desa belum diisi')
    // D4 = (300/7 + 200/3) / 2 = 2300/42 = 54,762
    expect(skorDim(h, 'D4')).toBe(54.762)
    // 21,388889 + 14,166667 + 14,177778 + 0,15 × 2300/42 (8,214286) + 6,666667 = 64,614287
    expect(nilai3(h)).toBe(64.614)
  })

  it('[C2] a ratio whose denominator sums to 0 is N/A', () => {
    const laporan = LAPORAN_OELAMI.map((b) => ({ ...b, masalah_ditangani: 0, masalah_selesai: 0 }))
    const h = hitung({}, laporan)
    expect(ind(h, 'I3.3').skor).toBeNull()
    expect(ind(h, 'I3.3').alasanNA).toBe('Σ masalah ditangani = 0 pada minggu yang terisi, rasio tidak dapat dihitung')
    // D3 = (96 + 200/3) / 2 = 81,333; 21,388889 + 14,166667 + 16,266667 + 7,976190 + 6,666667 = 66,465080
    expect(skorDim(h, 'D3')).toBe(81.333)
    expect(nilai3(h)).toBe(66.465)
  })
})

describe('[C2] a 5-week month: October 2024 (weeks 40–44)', () => {
  const desa: MasterDesa = { kode: '53.03.01.2002', penduduk: 1000, jumlah_kk: 200, pos_kamling_total: 2 }
  const laporan = [
    baris(2024, 39, { kk_dikunjungi: 100, penyuluhan: 9 }), // September's week: ignored
    baris(2024, 40, { kk_dikunjungi: 6, penyuluhan: 1, masalah_ditangani: 2, masalah_selesai: 1, pos_kamling_aktif: 1, ronda_malam: 7, pertemuan_fkpm: 1, pertemuan_3pilar: 0, kegiatan_pangan: 0 }),
    baris(2024, 41, { kk_dikunjungi: 6, penyuluhan: 0, masalah_ditangani: 1, masalah_selesai: 1, pos_kamling_aktif: 2, ronda_malam: 0, pertemuan_fkpm: 0, pertemuan_3pilar: 1, kegiatan_pangan: 0 }),
    baris(2024, 43, { kk_dikunjungi: 6, penyuluhan: 0, masalah_ditangani: 1, masalah_selesai: 0, pos_kamling_aktif: 1, ronda_malam: 2, pertemuan_fkpm: 0, pertemuan_3pilar: 0, kegiatan_pangan: 1 }),
    baris(2024, 45, { kk_dikunjungi: 100, penyuluhan: 9 }), // November's week: ignored
  ]
  const h = hitungIkdk(skema, { bulan: '2024-10', desa, laporan, kejadian: [] })

  it('[C2] activity sums scale by 5/3', () => {
    expect(h.mingguBulan).toBe(5)
    expect(h.mingguDilaporkan).toBe(3)
    // I3.1: 18 × 5/3 = 30 KK; 30/200 = 0,15 → 0,15/0,25 = 60
    expect(skorInd(h, 'I3.1')).toBe(60)
    // I3.2: 1 × 5/3 = 1,667 → /4 = 41,667
    expect(skorInd(h, 'I3.2')).toBe(41.667)
    // I4.3: (1 + 1) × 5/3 = 3,333 → 83,333
    expect(skorInd(h, 'I4.3')).toBe(83.333)
    // I5.1: 1 × 5/3 → 41,667
    expect(skorInd(h, 'I5.1')).toBe(41.667)
  })

  it('[C2] ratios and means are not scaled', () => {
    // I3.3: (1+1+0)/(2+1+1) = 0,5 → 50; I4.1: (1/2 + 2/2 + 1/2)/3 = 2/3 → 66,667; I4.2: (7+0+2)/3 = 3 → 42,857
    expect(skorInd(h, 'I3.3')).toBe(50)
    expect(skorInd(h, 'I4.1')).toBe(66.667)
    expect(skorInd(h, 'I4.2')).toBe(42.857)
  })

  it('[C2] IKDK, with 3 of 5 weeks → Keyakinan Sedang', () => {
    // D3 = (60 + 125/3 + 50)/3 = 455/9 = 50,556; D4 = (200/3 + 300/7 + 250/3)/3 = 64,286; D5 = 125/3
    // 0,35×100 + 0,2×100 + 0,2×455/9 + 0,15×64,285714 + 0,1×125/3
    // = 35 + 20 + 10,111111 + 9,642857 + 4,166667 = 78,920635
    expect(skorDim(h, 'D3')).toBe(50.556)
    expect(skorDim(h, 'D4')).toBe(64.286)
    expect(nilai3(h)).toBe(78.921)
    expect(h.kategori).toBe('Waspada')
    expect(h.keyakinan).toBe('Sedang') // 3 ≥ 5/2
  })
})

describe('[C2] incidents only', () => {
  it('[C2] counts by tanggal within the calendar month, never scaled', () => {
    const h = hitungIkdk(skema, {
      bulan: '2024-10',
      desa: { kode: '53.03.01.2003', penduduk: 2500, jumlah_kk: 600, pos_kamling_total: 3 },
      laporan: [],
      kejadian: [
        kejadian('2024-09-30', 'tindak_pidana', 'nyata'), // in week 40, but a September incident
        kejadian('2024-10-01', 'tindak_pidana', 'nyata'),
        kejadian('2024-10-15', 'konflik_sosial', 'nyata'),
        kejadian('2024-10-20', 'unjuk_rasa', 'potensi'),
        kejadian('2024-10-22', 'penimbunan', 'ambang', '2024-10-30'),
        kejadian('2024-10-31', 'tindak_pidana', 'nyata'),
        kejadian('2024-11-01', 'konflik_agraria', 'nyata'), // November
      ],
    })
    // I1.1: 3 nyata / 2500 × 1000 = 1,2 → (3 − 1,2)/3 = 60; I1.2: 1 → 50; D1 = (2×60 + 50)/3 = 170/3
    expect(ind(h, 'I1.1').nilaiMentah).toBeCloseTo(1.2, 12)
    expect(skorInd(h, 'I1.1')).toBe(60)
    expect(skorDim(h, 'D1')).toBe(56.667)
    // I2.1: the unjuk rasa potensi is open; the penimbunan was settled 30 Oct → 1 → 75
    // I2.2: the penimbunan (any tingkat) → 1 → 66,667; D2 = 425/6
    expect(skorInd(h, 'I2.1')).toBe(75)
    expect(skorInd(h, 'I2.2')).toBe(66.667)
    // (35 × 170/3 + 20 × 425/6) / 55 = (5950/3 + 8500/6) / 55 = 3400 / 55 = 61,818
    expect(nilai3(h)).toBe(61.818)
    expect(h.kategori).toBe('Waspada')
    expect(h.keyakinan).toBe('Rendah')
    expect(ind(h, 'I1.1').rincian).toMatchObject({ jumlah: 3 })
  })
})

describe('[C2] an incident settled after month end', () => {
  const desa: MasterDesa = { kode: '53.03.01.2004', penduduk: 1000, jumlah_kk: 250, pos_kamling_total: 2 }

  it('[C2] still counts as not settled for the month it happened in', () => {
    const kej = [
      kejadian('2024-09-20', 'konflik_agraria', 'potensi', '2024-10-02'),
      kejadian('2024-09-29', 'hoaks', 'ambang', '2024-09-30'), // settled on the last day: counts as settled
    ]
    const h = hitungIkdk(skema, { bulan: '2024-09', desa, laporan: [], kejadian: kej })
    // D1 = 100 (nothing nyata). I2.1 = 1 → 75; I2.2 = 1 hoaks → 66,667; D2 = 425/6
    expect(ind(h, 'I2.1').nilaiMentah).toBe(1)
    expect(ind(h, 'I2.1').rincian).toMatchObject({ idKejadian: [kej[0]?.id] })
    expect(skorDim(h, 'D2')).toBe(70.833)
    // (35 × 100 + 20 × 425/6) / 55 = 4916,667 / 55 = 89,394
    expect(nilai3(h)).toBe(89.394)
    expect(h.kategori).toBe('Aman')

    // Settled on 30 September instead: I2.1 = 0 → 100; D2 = (100 + 200/3)/2; (3500 + 20 × 250/3)/55 = 93,939
    const lebihCepat = hitungIkdk(skema, { bulan: '2024-09', desa, laporan: [], kejadian: [{ ...kej[0]!, tanggal_selesai: '2024-09-30' }, kej[1]!] })
    expect(nilai3(lebihCepat)).toBe(93.939)

    // In October the September incidents are not counted at all: IKDK = 100
    expect(hitungIkdk(skema, { bulan: '2024-10', desa, laporan: [], kejadian: kej }).nilai).toBe(100)
  })

  it('[C2] selesai without a date cannot prove it was settled by month end', () => {
    const k: Kejadian = { id: 'x', tanggal: '2024-09-20', kategori: 'lainnya', tingkat: 'ambang', status: 'selesai', tanggal_selesai: null }
    const h = hitungIkdk(skema, { bulan: '2024-09', desa, laporan: [], kejadian: [k] })
    expect(ind(h, 'I2.1').nilaiMentah).toBe(1)
  })
})

describe('[C2] a week across the month boundary', () => {
  // Week 40 of 2024 runs 30 September – 6 October; its Thursday (3 Oct) puts it in October.
  const desa: MasterDesa = { kode: '53.03.01.2005', penduduk: 1000, jumlah_kk: 500, pos_kamling_total: 2 }
  const w40 = baris(2024, 40, { kk_dikunjungi: 20, penyuluhan: 1, masalah_ditangani: 1, masalah_selesai: 1, pos_kamling_aktif: 1, ronda_malam: 7, pertemuan_fkpm: 0, pertemuan_3pilar: 0, kegiatan_pangan: 0 })

  it('[C2] is ignored by September', () => {
    const h = hitungIkdk(skema, { bulan: '2024-09', desa, laporan: [w40], kejadian: [] })
    expect(h.mingguDilaporkan).toBe(0)
    expect(dim(h, 'D3').skor).toBeNull()
    expect(h.nilai).toBe(100) // D1 = D2 = 100, D3–D5 N/A
  })

  it('[C2] counts for October, scaled by 5/1', () => {
    const h = hitungIkdk(skema, { bulan: '2024-10', desa, laporan: [w40], kejadian: [] })
    expect(h.mingguDilaporkan).toBe(1)
    // I3.1: 20 × 5 = 100 / 500 = 0,2 → 80; I3.2: 1 × 5 = 5 → 100 (clamped); I3.3: 1/1 → 100; D3 = 280/3
    expect(skorDim(h, 'D3')).toBe(93.333)
    // I4.1: 1/2 → 50; I4.2: 7 → 100; I4.3: 0 → 0; D4 = 50.   D5: 0 → 0
    expect(skorDim(h, 'D4')).toBe(50)
    expect(skorDim(h, 'D5')).toBe(0)
    // 35 + 20 + 0,2 × 280/3 + 0,15 × 50 + 0 = 35 + 20 + 18,667 + 7,5 = 81,167
    expect(nilai3(h)).toBe(81.167)
    expect(h.kategori).toBe('Aman')
    expect(h.keyakinan).toBe('Rendah') // 1 of 5
  })
})

describe('[C2] the running month (sementara)', () => {
  it('[C2] only finished weeks count; scaling still targets the whole month', () => {
    const h = hitungIkdk(skema, { bulan: '2024-09', desa: OELAMI, laporan: LAPORAN_OELAMI, kejadian: KEJADIAN_OELAMI, mingguSelesai: 2 })
    expect(h.sementara).toBe(true)
    expect(h.mingguDihitung).toBe(2)
    expect(h.mingguDilaporkan).toBe(2) // week 38's row is not counted yet
    expect(h.keyakinan).toBe('Tinggi') // 2 of the 2 finished weeks
    // I3.1: (40+30) × 4/2 = 140 / 500 = 0,28 → 100; I3.2: 1 × 4/2 = 2 → 50; I3.3: 1/2 → 50; D3 = 200/3
    expect(skorDim(h, 'D3')).toBe(66.667)
    // I4.1: (2/4 + 3/4)/2 = 0,625 → 62,5; I4.2: 3,5 → 50; I4.3: 2 × 4/2 = 4 → 100; D4 = 212,5/3
    expect(skorDim(h, 'D4')).toBe(70.833)
    // I5.1: 1 × 4/2 = 2 → 50
    expect(skorDim(h, 'D5')).toBe(50)
    // 21,388889 + 14,166667 + 0,2 × 200/3 (13,333333) + 0,15 × 212,5/3 (10,625) + 5 = 64,513889
    expect(nilai3(h)).toBe(64.514)
  })

  it('[C2] with no finished week yet, only incidents count', () => {
    const h = hitungIkdk(skema, { bulan: '2024-09', desa: OELAMI, laporan: LAPORAN_OELAMI, kejadian: KEJADIAN_OELAMI, mingguSelesai: 0 })
    expect(h.mingguDilaporkan).toBe(0)
    expect(h.keyakinan).toBe('Rendah')
    expect(ind(h, 'I3.2').alasanNA).toBe('Belum ada minggu yang selesai pada bulan berjalan')
    expect(nilai3(h)).toBe(64.646) // as with no weekly report
  })

  it('[C2] rejects a negative or fractional number of finished weeks', () => {
    expect(() => hitungIkdk(skema, { bulan: '2024-09', desa: OELAMI, laporan: [], kejadian: [], mingguSelesai: -1 })).toThrow()
    expect(() => hitungIkdk(skema, { bulan: '2024-09', desa: OELAMI, laporan: [], kejadian: [], mingguSelesai: 1.5 })).toThrow()
  })
})

describe('[C2] categories, rounding and confidence', () => {
  it('[C2] categories use the value rounded to 3 decimals', () => {
    expect(kategoriDari(skema, 80)).toBe('Aman')
    expect(kategoriDari(skema, 79.9995)).toBe('Aman') // → 80,000
    expect(kategoriDari(skema, 79.9994)).toBe('Waspada') // → 79,999
    expect(kategoriDari(skema, 59.99951)).toBe('Waspada')
    expect(kategoriDari(skema, 40)).toBe('Rawan')
    expect(kategoriDari(skema, 39.999)).toBe('Sangat Rawan')
    expect(kategoriDari(skema, 0)).toBe('Sangat Rawan')
    expect(kategoriDari(skema, 100)).toBe('Aman')
    expect(kategoriDari(skema, null)).toBeNull()
  })

  it('[C2] bulatkan3 rounds half away from zero without binary noise', () => {
    expect(bulatkan3(64.37619047619047)).toBe(64.376)
    expect(bulatkan3(1.0005)).toBe(1.001)
    expect(bulatkan3(79.99999999999)).toBe(80)
    expect(bulatkan3(74.376 - 64.376)).toBe(10)
    expect(bulatkan3(-1.0005)).toBe(-1.001)
    expect(Object.is(bulatkan3(-0.0001), 0)).toBe(true)
  })

  it('[C2] keyakinan: Tinggi = all weeks, Sedang = at least half, Rendah = fewer', () => {
    expect(keyakinanDari(4, 4)).toBe('Tinggi')
    expect(keyakinanDari(5, 5)).toBe('Tinggi')
    expect(keyakinanDari(3, 4)).toBe('Sedang')
    expect(keyakinanDari(2, 4)).toBe('Sedang')
    expect(keyakinanDari(1, 4)).toBe('Rendah')
    expect(keyakinanDari(3, 5)).toBe('Sedang')
    expect(keyakinanDari(2, 5)).toBe('Rendah')
    expect(keyakinanDari(0, 0)).toBe('Rendah')
  })
})

describe('[C2] other rules', () => {
  it('[C2] IKDK is N/A when no dimension is available', () => {
    const hanyaD1: Skema = { ...skema, dimensi: [{ ...skema.dimensi[0]!, indikator: [skema.dimensi[0]!.indikator[0]!] }, skema.dimensi[2]!] }
    const h = hitungIkdk(hanyaD1, { bulan: '2024-09', desa: { ...OELAMI, penduduk: null }, laporan: [], kejadian: KEJADIAN_OELAMI })
    expect(h.nilai).toBeNull()
    expect(h.kategori).toBeNull()
    expect(h.alasanNA).toBe('Tidak ada dimensi yang tersedia')
    expect(h.dimensi.flatMap((d) => d.indikator).every((x) => x.kontribusi === 0)).toBe(true)
  })

  it('[C2] refuses two rows for the same desa-week', () => {
    expect(() =>
      hitungIkdk(skema, { bulan: '2024-09', desa: OELAMI, laporan: [...LAPORAN_OELAMI, LAPORAN_OELAMI[0]!], kejadian: [] }),
    ).toThrow(/Laporan mingguan ganda/)
  })

  it('[C2] a Polda scheme with other weights is applied as data', () => {
    // Same indicators, D1 re-weighted to 55: (55 × 550/9 + 20 × 425/6 + 20 × 638/9 + 15 × 3350/63 + 10 × 200/3) / 120
    // = (3361,111 + 1416,667 + 1417,778 + 797,619 + 666,667) / 120 = 7659,841 / 120 = 63,832
    const polda: Skema = { ...skema, id: 'polda-ntt', versi: 2, dimensi: skema.dimensi.map((d) => (d.id === 'D1' ? { ...d, bobot: 55 } : d)) }
    const h = hitungIkdk(polda, { bulan: '2024-09', desa: OELAMI, laporan: LAPORAN_OELAMI, kejadian: KEJADIAN_OELAMI })
    expect(nilai3(h)).toBe(63.832)
    expect(h.skema).toEqual({ id: 'polda-ntt', versi: 2 })
  })

  it('[C2] does not modify its input', () => {
    const masukan = { bulan: '2024-09', desa: OELAMI, laporan: LAPORAN_OELAMI, kejadian: KEJADIAN_OELAMI }
    const salinan = structuredClone(masukan)
    hitungIkdk(skema, masukan)
    expect(masukan).toEqual(salinan)
  })
})

// ------------------------------------------------------------------ sensitivity

describe('[C6] sensitivity variants', () => {
  it('[C6] 11 variants: each dimension ±5, then equal weights', () => {
    const v = varianSensitivitas(skema)
    expect(v.map((x) => x.id)).toEqual(['D1+5', 'D1-5', 'D2+5', 'D2-5', 'D3+5', 'D3-5', 'D4+5', 'D4-5', 'D5+5', 'D5-5', 'sama'])
    expect(v[0]?.bobotDimensi).toEqual({ D1: 40, D2: 20, D3: 20, D4: 15, D5: 10 })
    expect(v[9]?.bobotDimensi).toEqual({ D1: 35, D2: 20, D3: 20, D4: 15, D5: 5 })
    expect(v[10]?.bobotDimensi).toEqual({ D1: 20, D2: 20, D3: 20, D4: 20, D5: 20 })
    // "divided by their new total": D1+5 → 40/105
    expect(v[0]?.persenDimensi.D1).toBeCloseTo((40 / 105) * 100, 12)
    expect(v[1]?.nama).toBe('Bobot D1 (Gangguan Kamtibmas) −5')
    // Indicator weights are untouched.
    expect(v[10]?.skema.dimensi[0]?.indikator[0]?.bobot).toBe(2)
  })

  it('[C6] a weight never goes below 0', () => {
    const kecil: Skema = { ...skema, dimensi: skema.dimensi.map((d) => (d.id === 'D5' ? { ...d, bobot: 3 } : d)) }
    const v = varianSensitivitas(kecil)
    expect(v.find((x) => x.id === 'D5-5')?.bobotDimensi.D5).toBe(0)
    expect(v.find((x) => x.id === 'D5+5')?.bobotDimensi.D5).toBe(8)
  })

  it('[C6] lists the desa whose category changes, and under which variants', () => {
    const desa = (kode: string): MasterDesa => ({ kode, penduduk: 1000, jumlah_kk: 250, pos_kamling_total: 2 })
    // Desa A: no nyata incident → D1 = 100; 4 open hoaks potensi → I2.1 = 4 → 0 and I2.2 = 4 → 0 → D2 = 0.
    // No weekly report, so IKDK = 100 × w1 / (w1 + w2):
    //   base 35/55 = 63,636 Waspada; D1+5 40/60 = 66,667; D1−5 30/50 = 60,000 (still Waspada: min 60 inclusive);
    //   D2+5 35/60 = 58,333 Rawan; D2−5 35/50 = 70; D3..D5 ± leave it at 63,636; equal 20/40 = 50 Rawan.
    const hoaks = [1, 2, 3, 4].map((i) => kejadian(`2024-09-0${i}`, 'hoaks', 'potensi'))
    const masukanA = { bulan: '2024-09', desa: desa('A'), laporan: [], kejadian: hoaks }
    // Desa B: nothing at all → 100 under every variant.
    const masukanB = { bulan: '2024-09', desa: desa('B'), laporan: [], kejadian: [] }
    // Desa C: Oelami. Every variant is a weighted mean of D1..D5 (53,175 … 70,889); the lowest is
    // D4+5: (35×550/9 + 20×425/6 + 20×638/9 + 20×3350/63 + 10×200/3)/105 = 6703,492/105 = 63,843 → still Waspada.
    const masukanC = { bulan: '2024-09', desa: OELAMI, laporan: LAPORAN_OELAMI, kejadian: KEJADIAN_OELAMI }

    const hasil = ujiSensitivitas(skema, [masukanA, masukanB, masukanC])
    expect(hasil.varian).toHaveLength(11)
    const [a, b, c] = hasil.desa
    expect(a?.kategori).toBe('Waspada')
    expect(bulatkan3(a?.nilai ?? Number.NaN)).toBe(63.636)
    expect(a?.berubah).toEqual(['D2+5', 'sama'])
    expect(a?.tidakStabil).toBe(true)
    const perVarianA = Object.fromEntries((a?.perVarian ?? []).map((p) => [p.varianId, p]))
    expect(perVarianA['D1-5']?.nilai).toBe(60)
    expect(perVarianA['D1-5']?.kategori).toBe('Waspada')
    expect(bulatkan3(perVarianA['D2+5']?.nilai ?? Number.NaN)).toBe(58.333)
    expect(perVarianA['D2+5']?.kategori).toBe('Rawan')
    expect(perVarianA.sama?.nilai).toBe(50)

    expect(b?.berubah).toEqual([])
    expect(b?.perVarian.every((p) => p.nilai === 100)).toBe(true)
    expect(c?.tidakStabil).toBe(false)
    expect(c?.perVarian.every((p) => p.kategori === 'Waspada')).toBe(true)
    expect(bulatkan3(c?.perVarian.find((p) => p.varianId === 'D4+5')?.nilai ?? Number.NaN)).toBe(63.843)

    expect(hasil.desaTidakStabil).toEqual(['A'])
  })

  it('[C6] re-combining dimension scores equals recomputing with the variant scheme', () => {
    const hasil = ujiSensitivitas(skema, [{ bulan: '2024-09', desa: OELAMI, laporan: LAPORAN_OELAMI, kejadian: KEJADIAN_OELAMI }])
    for (const v of varianSensitivitas(skema)) {
      const ulang = hitungIkdk(v.skema, { bulan: '2024-09', desa: OELAMI, laporan: LAPORAN_OELAMI, kejadian: KEJADIAN_OELAMI })
      const p = hasil.desa[0]?.perVarian.find((x) => x.varianId === v.id)
      expect(p?.nilai).toBeCloseTo(ulang.nilai ?? Number.NaN, 9)
    }
  })
})

// --------------------------------------------------------------- early warning

describe('[C5] early warning: index drops and category changes', () => {
  const bulan = (b: string, nilai: number | null, kategori: string | null, sementara = false) => ({ bulan: b, nilai, kategori, sementara })

  it('[C5] a drop of 10 points or more on 3-decimal values', () => {
    // 74,376 − 64,376 = 10,000 (binary: 9,999999999999993 before rounding)
    const p = peringatanPerubahanNilai(skema, 'D', bulan('2024-08', 74.376, 'Waspada'), bulan('2024-09', 64.376, 'Waspada'))
    expect(p).toEqual([
      { jenis: 'nilai_turun', kodeDesa: 'D', tanggal: '2024-09-30', bulan: '2024-09', bulanPembanding: '2024-08', alasan: 'IKDK turun 10,0 poin dibanding Agustus 2024' },
    ])
    const besar = peringatanPerubahanNilai(skema, 'D', bulan('2024-08', 76.676, 'Waspada'), bulan('2024-09', 64.376, 'Waspada'))
    expect(besar[0]?.alasan).toBe('IKDK turun 12,3 poin dibanding Agustus 2024')
  })

  it('[C5] the 10-point rule compares values rounded to 3 decimals', () => {
    // 74,3755 → 74,376: the rounded drop is 10,000 although the raw one is 9,9995.
    expect(peringatanPerubahanNilai(skema, 'D', bulan('2024-08', 74.3755, 'Waspada'), bulan('2024-09', 64.376, 'Waspada'))).toHaveLength(1)
    // 74,3754 → 74,375: drop 9,999 — no alert.
    expect(peringatanPerubahanNilai(skema, 'D', bulan('2024-08', 74.3754, 'Waspada'), bulan('2024-09', 64.376, 'Waspada'))).toEqual([])
  })

  it('[C5] a worse category, even by a hair', () => {
    const p = peringatanPerubahanNilai(skema, 'D', bulan('2024-08', 60.0004, 'Waspada'), bulan('2024-09', 59.9994, 'Rawan'))
    expect(p.map((x) => x.jenis)).toEqual(['kategori_memburuk'])
    expect(p[0]?.alasan).toBe('Kategori memburuk dari Waspada menjadi Rawan dibanding Agustus 2024')
  })

  it('[C5] both rules at once, across a year end', () => {
    const p = peringatanPerubahanNilai(skema, 'D', bulan('2024-12', 85, 'Aman'), bulan('2025-01', 70, 'Waspada'))
    expect(p.map((x) => x.alasan)).toEqual([
      'Kategori memburuk dari Aman menjadi Waspada dibanding Desember 2024',
      'IKDK turun 15,0 poin dibanding Desember 2024',
    ])
    expect(p.every((x) => x.tanggal === '2025-01-31')).toBe(true)
  })

  it('[C5] no alert for improvement, a running month, an open previous month or missing values', () => {
    expect(peringatanPerubahanNilai(skema, 'D', bulan('2024-08', 50, 'Rawan'), bulan('2024-09', 90, 'Aman'))).toEqual([])
    expect(peringatanPerubahanNilai(skema, 'D', bulan('2024-08', 90, 'Aman'), bulan('2024-09', 30, 'Sangat Rawan', true))).toEqual([])
    expect(peringatanPerubahanNilai(skema, 'D', bulan('2024-08', 90, 'Aman', true), bulan('2024-09', 30, 'Sangat Rawan'))).toEqual([])
    expect(peringatanPerubahanNilai(skema, 'D', null, bulan('2024-09', 30, 'Sangat Rawan'))).toEqual([])
    expect(peringatanPerubahanNilai(skema, 'D', bulan('2024-08', null, null), bulan('2024-09', 30, 'Sangat Rawan'))).toEqual([])
    // A "previous" month that is not earlier is no comparison.
    expect(peringatanPerubahanNilai(skema, 'D', bulan('2024-10', 90, 'Aman'), bulan('2024-09', 30, 'Sangat Rawan'))).toEqual([])
  })
})

describe('[C5] early warning: actual conflicts', () => {
  it('[C5] one alert per nyata konflik sosial/agraria, dated with the incident', () => {
    const k1 = kejadian('2024-09-18', 'konflik_agraria', 'nyata')
    const k2 = kejadian('2024-09-03', 'konflik_sosial', 'nyata')
    const p = peringatanKonflik('D', [
      k1,
      kejadian('2024-09-05', 'konflik_sosial', 'potensi'),
      kejadian('2024-09-06', 'konflik_agraria', 'ambang'),
      kejadian('2024-09-07', 'tindak_pidana', 'nyata'),
      k2,
    ])
    expect(p).toEqual([
      { jenis: 'konflik_nyata', kodeDesa: 'D', tanggal: '2024-09-18', idKejadian: k1.id, alasan: 'Konflik agraria nyata tercatat pada 18 September 2024' },
      { jenis: 'konflik_nyata', kodeDesa: 'D', tanggal: '2024-09-03', idKejadian: k2.id, alasan: 'Konflik sosial nyata tercatat pada 3 September 2024' },
    ])
  })
})

describe('[C5] early warning: no weekly report for 2 consecutive finished weeks', () => {
  const w = (tahun: number, minggu: number) => ({ tahun, minggu })

  it('[C5] one alert per run of empty weeks, dated the Sunday closing its 2nd week', () => {
    const laporan = [baris(2024, 35, { penyuluhan: 1 }), baris(2024, 36, {}), baris(2024, 38, { ronda_malam: 0 })]
    // 36 (row with every field blank) and 37 empty → alert; 39 alone → none.
    const p = peringatanTanpaLaporan('D', laporan, daftarMinggu(w(2024, 35), w(2024, 39)))
    expect(p).toEqual([
      {
        jenis: 'tanpa_laporan',
        kodeDesa: 'D',
        tanggal: '2024-09-15', // Sunday of week 37
        minggu: [w(2024, 36), w(2024, 37)],
        alasan: 'Tidak ada laporan mingguan 2 minggu berturut-turut (Minggu ke-36 s.d. ke-37 2024)',
      },
    ])
  })

  it('[C5] across a year end', () => {
    const laporan = [baris(2024, 51, { kk_dikunjungi: 3 }), baris(2025, 3, { kk_dikunjungi: 3 })]
    const p = peringatanTanpaLaporan('D', laporan, daftarMinggu(w(2024, 51), w(2025, 3)))
    expect(p).toHaveLength(1)
    expect(p[0]?.alasan).toBe('Tidak ada laporan mingguan 3 minggu berturut-turut (Minggu ke-52 2024 s.d. Minggu ke-2 2025)')
    expect(p[0]?.tanggal).toBe('2025-01-05') // Sunday of 2025-W1
  })

  it('[C5] a gap in the watched weeks ends a run', () => {
    expect(peringatanTanpaLaporan('D', [], [w(2024, 36), w(2024, 38)])).toEqual([])
    expect(peringatanTanpaLaporan('D', [], [w(2024, 36)])).toEqual([])
  })
})

describe('[C5] peringatanDini combines the rules for a desa', () => {
  it('[C5] Oelami, September 2024 after a quiet August', () => {
    const agustus = hitungIkdk(skema, { bulan: '2024-08', desa: OELAMI, laporan: [], kejadian: [] })
    const september = hitungIkdk(skema, { bulan: '2024-09', desa: OELAMI, laporan: LAPORAN_OELAMI, kejadian: KEJADIAN_OELAMI })
    expect(agustus.nilai).toBe(100)
    const p = peringatanDini(skema, {
      kodeDesa: OELAMI.kode,
      hasil: september,
      hasilSebelumnya: agustus,
      kejadian: KEJADIAN_OELAMI,
      laporan: LAPORAN_OELAMI,
      mingguPantau: daftarMinggu({ tahun: 2024, minggu: 36 }, { tahun: 2024, minggu: 39 }),
    })
    // 100 − 64,376 = 35,624 → "35,6"; only week 39 is empty (one week: no alert).
    expect(p.map((x) => [x.tanggal, x.jenis, x.alasan])).toEqual([
      ['2024-09-18', 'konflik_nyata', 'Konflik agraria nyata tercatat pada 18 September 2024'],
      ['2024-09-30', 'kategori_memburuk', 'Kategori memburuk dari Aman menjadi Waspada dibanding Agustus 2024'],
      ['2024-09-30', 'nilai_turun', 'IKDK turun 35,6 poin dibanding Agustus 2024'],
    ])
  })
})
