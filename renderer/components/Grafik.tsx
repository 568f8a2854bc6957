import { BarController, BarElement, CategoryScale, Chart, type ChartConfiguration, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js'
import { type ReactNode, useEffect, useRef } from 'react'

// Only the pieces the app draws; chart.js 4 needs no eval, so the strict CSP holds.
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip)
Chart.defaults.font.family = "'DejaVu Sans', 'Segoe UI', system-ui, Arial, sans-serif"
Chart.defaults.font.size = 12
Chart.defaults.color = '#1b1f24'
Chart.defaults.animation = false

interface Props {
  konfigurasi: ChartConfiguration<'bar' | 'line'>
  /** One sentence saying what the chart shows, for screen readers. */
  label: string
  tinggi?: number
  /** The same numbers as a table, for screen readers and anyone who prefers it. */
  tabel?: ReactNode
}

/** A chart.js canvas with a text alternative; redrawn when the configuration changes. */
export function Grafik({ konfigurasi, label, tinggi = 220, tabel }: Props) {
  const kanvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (!kanvas.current) return
    const c = new Chart(kanvas.current, { ...konfigurasi, options: { responsive: true, maintainAspectRatio: false, locale: 'id-ID', ...konfigurasi.options } })
    return () => c.destroy()
  }, [konfigurasi])
  return (
    <figure className="grafik">
      <div className="grafik-kanvas" style={{ height: tinggi }}>
        <canvas ref={kanvas} role="img" aria-label={label} />
      </div>
      {tabel && (
        <details className="grafik-tabel">
          <summary>Tampilkan angka</summary>
          {tabel}
        </details>
      )}
    </figure>
  )
}
