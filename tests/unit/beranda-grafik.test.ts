import { describe, expect, it } from 'vitest'
import type { HasilBeranda } from '../../shared/hasil-ikdk'
import { konfigurasiKategori, konfigurasiRata, labelBulanPendek, labelSumbu, persenMelapor, seriKategori, seriRata } from '../../renderer/pages/Beranda/data-grafik'
import { WARNA_KATEGORI, WARNA_TANPA_DATA, warnaKategori, warnaTeksKategori } from '../../shared/warna-kategori'

type Tren = HasilBeranda['tren']
const URUTAN = ['Aman', 'Waspada', 'Rawan', 'Sangat Rawan']
const kat = (aman: number, waspada: number, rawan: number, sangat: number, tanpa = 0) => [
  { kategori: 'Aman', jumlah: aman },
  { kategori: 'Waspada', jumlah: waspada },
  { kategori: 'Rawan', jumlah: rawan },
  { kategori: 'Sangat Rawan', jumlah: sangat },
  { kategori: null, jumlah: tanpa },
]
const TREN: Tren = [
  { bulan: '2024-05', rata: null, jumlahDesa: 0, sementara: false, perKategori: kat(0, 0, 0, 0) },
  { bulan: '2024-06', rata: 81.25, jumlahDesa: 3, sementara: false, perKategori: kat(2, 1, 0, 0) },
  { bulan: '2024-07', rata: 70.5, jumlahDesa: 3, sementara: false, perKategori: kat(1, 1, 1, 0, 1) },
  { bulan: '2024-10', rata: 64.4, jumlahDesa: 3, sementara: true, perKategori: kat(0, 2, 0, 1) },
]

describe('[C8] data grafik Beranda', () => {
  it('[C8] label bulan pendek berbahasa Indonesia, bulan berjalan ditandai sementara', () => {
    expect(labelBulanPendek('2024-08')).toBe('Agu 2024')
    expect(labelBulanPendek('2024-10', true)).toBe('Okt 2024 (sementara)')
    expect(labelBulanPendek('2025-05')).toBe('Mei 2025')
  })

  it('[C8] rata-rata per bulan: bulan tanpa nilai menjadi celah (null), bukan nol', () => {
    expect(seriRata(TREN)).toEqual({ label: ['Mei 2024', 'Jun 2024', 'Jul 2024', 'Okt 2024 (sementara)'], nilai: [null, 81.25, 70.5, 64.4] })
  })

  it('[C8] desa per kategori: satu seri per kategori dengan warna ui.md; "Tanpa nilai" abu-abu hanya bila ada', () => {
    const s = seriKategori(TREN, URUTAN)
    expect(s.seri.map((x) => [x.label, x.warna])).toEqual([
      ['Aman', '#1a7f37'],
      ['Waspada', '#b58100'],
      ['Rawan', '#d4670b'],
      ['Sangat Rawan', '#b42318'],
      ['Tanpa nilai', WARNA_TANPA_DATA],
    ])
    expect(s.seri[1]!.data).toEqual([0, 1, 1, 2])
    expect(s.seri[4]!.data).toEqual([0, 0, 1, 0])
    expect(seriKategori(TREN.slice(0, 2), URUTAN).seri.map((x) => x.label)).toEqual(URUTAN)
  })

  it('[C8] konfigurasi chart.js: batang bertumpuk per kategori, garis rata-rata pada sumbu 0–100', () => {
    const b = konfigurasiKategori(TREN, URUTAN)
    expect(b.type).toBe('bar')
    expect(b.options?.scales?.x).toMatchObject({ stacked: true })
    expect(b.options?.scales?.y).toMatchObject({ stacked: true, beginAtZero: true })
    expect(b.data.datasets.map((d) => d.backgroundColor)).toEqual([...URUTAN.map((k) => WARNA_KATEGORI[k]), WARNA_TANPA_DATA])
    const g = konfigurasiRata(TREN)
    expect(g.type).toBe('line')
    expect(g.options?.scales?.y).toMatchObject({ min: 0, max: 100 })
    expect(g.data.datasets[0]!.data).toEqual([null, 81.25, 70.5, 64.4])
    expect(g.data.labels?.at(-1)).toEqual(['Okt 2024', '(sementara)'])
    expect(labelSumbu(['Sep 2024'])).toEqual(['Sep 2024'])
  })

  it('[C8] persen desa melapor; tanpa desa tidak ada persen', () => {
    expect(persenMelapor(154, 193)).toBeCloseTo(79.79, 2)
    expect(persenMelapor(0, 0)).toBeNull()
  })

  it('[C8] warna kategori: nama lain mengikuti urutannya; teks lencana memenuhi kontras AA', () => {
    expect(warnaKategori('Aman')).toBe('#1a7f37')
    expect(warnaKategori(null)).toBe(WARNA_TANPA_DATA)
    expect(warnaKategori('Sangat Aman', ['Sangat Aman', 'Cukup', 'Kurang'])).toBe('#1a7f37')
    expect(warnaKategori('Kurang', ['Sangat Aman', 'Cukup', 'Kurang'])).toBe('#b42318')
    expect(warnaTeksKategori('#1a7f37')).toBe('#ffffff')
    expect(warnaTeksKategori('#b58100')).toBe('#1b1f24')
    expect(warnaTeksKategori('#d4670b')).toBe('#1b1f24')
    expect(warnaTeksKategori('#b42318')).toBe('#ffffff')
  })
})
