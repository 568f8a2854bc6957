import type { ChartConfiguration } from 'chart.js'
import { namaBulan } from '../format'
import type { GrafikAnev, SnapshotAnev } from './jenis'
import { WARNA_KATEGORI } from '../warna-kategori'
import { namaPendek, type PeriodeAnev } from './periode'

/**
 * The report's charts as plain chart.js configurations (JSON only, no
 * callbacks), so the renderer and the PDF tests draw exactly the same charts:
 * activities against the previous period, incidents per kategori and tingkat,
 * and the IKDK categories against the comparison month.
 */

/** Pixel size of a drawn chart: about 16 × 7 cm at 250 dpi, sharp on paper. */
export const UKURAN_GRAFIK = { lebar: 1600, tinggi: 700 } as const

const HITAM = '#1b1f24'
const ABU = '#8c959f'
const BIRU = '#1f3a5f'
const TINGKAT = [
  ['potensi', 'Potensi gangguan', '#b58100'],
  ['ambang', 'Ambang gangguan', '#d4670b'],
  ['nyata', 'Gangguan nyata', '#b42318'],
] as const

const opsiDasar = (judul: string) => ({
  animation: false as const,
  responsive: false,
  devicePixelRatio: 1,
  plugins: { title: { display: true, text: judul, color: HITAM, font: { size: 30, weight: 'bold' as const } }, legend: { labels: { color: HITAM, font: { size: 24 } } } },
  scales: { x: { ticks: { color: HITAM, font: { size: 22 } } }, y: { beginAtZero: true, ticks: { color: HITAM, font: { size: 22 } } } },
})

export type KunciGrafik = keyof Required<GrafikAnev>

export function konfigurasiGrafikAnev(s: SnapshotAnev): Record<KunciGrafik, ChartConfiguration<'bar'>> {
  const p = s.periode as PeriodeAnev
  const lalu = namaPendek(s.pembanding as PeriodeAnev)
  const keg = s.kegiatan.filter((x) => x.kolom !== 'kk_dikunjungi')
  const kegiatan: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: keg.map((x) => x.label.replace(/\s*\(.*\)$/, '')),
      datasets: [
        { label: namaPendek(p), data: keg.map((x) => x.ini ?? 0), backgroundColor: BIRU },
        ...(s.pembanding.adaData ? [{ label: lalu, data: keg.map((x) => x.lalu ?? 0), backgroundColor: ABU }] : []),
      ],
    },
    options: { ...opsiDasar('Kegiatan Bhabinkamtibmas (selain sambang/DDS)'), indexAxis: 'y' },
  }
  const kat = s.kejadian.perKategori
  const kejadian: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: kat.map((r) => r.label),
      datasets: TINGKAT.map(([k, label, warna]) => ({ label, data: kat.map((r) => r[k]), backgroundColor: warna })),
    },
    options: { ...opsiDasar(`Gangguan Kamtibmas ${namaPendek(p)}`), indexAxis: 'y', scales: { x: { stacked: true, beginAtZero: true, ticks: { color: HITAM, font: { size: 22 }, precision: 0 } }, y: { stacked: true, ticks: { color: HITAM, font: { size: 22 } } } } },
  }
  const i = s.ikdk
  const ikdk: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: [...i.distribusi.map((d) => d.kategori), 'Belum bernilai'],
      datasets: [
        { label: namaBulan(i.bulan), data: [...i.distribusi.map((d) => d.jumlah), i.tanpaNilai], backgroundColor: [...i.distribusi.map((d) => WARNA_KATEGORI[d.kategori] ?? ABU), ABU] },
        ...(i.distribusi.some((d) => d.jumlahLalu !== null)
          ? [{ label: namaBulan(i.bulanPembanding), data: [...i.distribusi.map((d) => d.jumlahLalu ?? 0)], backgroundColor: '#ffffff', borderColor: HITAM, borderWidth: 2 }]
          : []),
      ],
    },
    options: { ...opsiDasar(`Sebaran kategori IKDK (jumlah desa/kelurahan)`), scales: { x: { ticks: { color: HITAM, font: { size: 24 } } }, y: { beginAtZero: true, ticks: { color: HITAM, font: { size: 22 }, precision: 0 } } } },
  }
  return { kegiatan, kejadian, ikdk }
}
