import type { ChartConfiguration } from 'chart.js'
import { formatAngka } from '../../../shared/format'
import type { HasilBeranda } from '../../../shared/hasil-ikdk'
import { uraiBulan } from '../../../shared/iso-week'
import { LABEL_TANPA_NILAI, WARNA_TANPA_DATA, warnaKategori } from '../../../shared/warna-kategori'

/**
 * Chart data for Beranda, shaped in pure functions (tested in
 * tests/unit/beranda-grafik.test.ts) so the chart component only draws.
 */

export type TrenBeranda = HasilBeranda['tren']

const BULAN_PENDEK = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'] as const

/** '2024-10' → 'Okt 2024', with '(sementara)' for the running month. */
export function labelBulanPendek(bulan: string, sementara = false): string {
  const { tahun, bulan: b } = uraiBulan(bulan)
  return `${BULAN_PENDEK[b - 1]} ${tahun}${sementara ? ' (sementara)' : ''}`
}

/** Mean IKDK per month; null where a month has no value. */
export function seriRata(tren: TrenBeranda): { label: string[]; nilai: (number | null)[] } {
  return { label: tren.map((t) => labelBulanPendek(t.bulan, t.sementara)), nilai: tren.map((t) => (t.jumlahDesa > 0 ? t.rata : null)) }
}

export interface SeriKategori {
  kategori: string | null
  label: string
  warna: string
  data: number[]
}

/** Desa per category per month, one series per category (safest first), "Tanpa nilai" only when present. */
export function seriKategori(tren: TrenBeranda, urutan: readonly string[]): { label: string[]; seri: SeriKategori[] } {
  const jumlah = (t: TrenBeranda[number], k: string | null) => t.perKategori.find((x) => x.kategori === k)?.jumlah ?? 0
  const seri: SeriKategori[] = urutan.map((k) => ({ kategori: k, label: k, warna: warnaKategori(k, urutan), data: tren.map((t) => jumlah(t, k)) }))
  const tanpa = tren.map((t) => jumlah(t, null))
  if (tanpa.some((n) => n > 0)) seri.push({ kategori: null, label: LABEL_TANPA_NILAI, warna: WARNA_TANPA_DATA, data: tanpa })
  return { label: tren.map((t) => labelBulanPendek(t.bulan, t.sementara)), seri }
}

/** Share of desa that reported, in percent; null when there are no desa. */
export function persenMelapor(melapor: number, total: number): number | null {
  return total > 0 ? (melapor / total) * 100 : null
}

const sumbuAngka = (v: string | number) => formatAngka(Number(v), 0)

/** Axis labels on two lines when marked, so six months fit without slanting: ['Okt 2024', '(sementara)']. */
export function labelSumbu(label: readonly string[]): (string | string[])[] {
  return label.map((l) => {
    const i = l.indexOf(' (')
    return i < 0 ? l : [l.slice(0, i), l.slice(i + 1)]
  })
}

export function konfigurasiRata(tren: TrenBeranda): ChartConfiguration<'line'> {
  const s = seriRata(tren)
  return {
    type: 'line',
    data: {
      labels: labelSumbu(s.label),
      datasets: [{ label: 'Rata-rata IKDK', data: s.nilai, borderColor: '#0b4a84', backgroundColor: '#0b4a84', pointRadius: 4, borderWidth: 2, spanGaps: false }],
    },
    options: {
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (c) => `Rata-rata IKDK: ${formatAngka(c.parsed.y, 1)}` } },
      },
      scales: {
        y: { min: 0, max: 100, ticks: { stepSize: 20, callback: sumbuAngka }, title: { display: true, text: 'IKDK (0–100)' } },
        x: { offset: true, grid: { display: false }, ticks: { maxRotation: 0 } },
      },
    },
  }
}

export function konfigurasiKategori(tren: TrenBeranda, urutan: readonly string[]): ChartConfiguration<'bar'> {
  const s = seriKategori(tren, urutan)
  return {
    type: 'bar',
    data: {
      labels: labelSumbu(s.label),
      datasets: s.seri.map((x) => ({ label: x.label, data: x.data, backgroundColor: x.warna, borderColor: '#ffffff', borderWidth: 1 })),
    },
    options: {
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14 } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatAngka(c.parsed.y, 0)} desa` } },
      },
      scales: {
        x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 0 } },
        y: { stacked: true, beginAtZero: true, ticks: { callback: sumbuAngka, precision: 0 }, title: { display: true, text: 'Jumlah desa' } },
      },
    },
  }
}
