import { formatAngka, namaBulan } from '../../shared/format'
import { titikSparkline } from './sparkline-titik'

interface Props {
  nilai: readonly (number | null)[]
  bulan: readonly string[]
  lebar?: number
  tinggi?: number
}

/** A tiny inline SVG trend of IKDK over months, no library; the numbers are in its label. */
export function Sparkline({ nilai, bulan, lebar = 84, tinggi = 24 }: Props) {
  const titik = titikSparkline(nilai, lebar, tinggi)
  const ruas: string[] = []
  let kini = ''
  for (const t of titik) {
    if (t === null) {
      if (kini) ruas.push(kini)
      kini = ''
    } else kini += `${kini ? 'L' : 'M'}${t.x.toFixed(1)} ${t.y.toFixed(1)}`
  }
  if (kini) ruas.push(kini)
  const akhir = titik[titik.length - 1]
  const label = `Tren IKDK: ${nilai.map((v, i) => `${namaBulan(bulan[i] ?? '')} ${v === null ? 'N/A' : formatAngka(v, 1)}`).join('; ')}`
  return (
    <svg className="sparkline" width={lebar} height={tinggi} viewBox={`0 0 ${lebar} ${tinggi}`} role="img" aria-label={label}>
      <title>{label}</title>
      {ruas.map((d, i) => (
        <path key={i} d={d} className="sparkline-garis" />
      ))}
      {/* A month between two gaps has no line: give it a dot. */}
      {titik.map((t, i) => (t && !titik[i - 1] && !titik[i + 1] ? <circle key={i} cx={t.x} cy={t.y} r="1.6" className="sparkline-titik" /> : null))}
      {akhir && <circle cx={akhir.x} cy={akhir.y} r="2.4" className="sparkline-akhir" />}
    </svg>
  )
}
