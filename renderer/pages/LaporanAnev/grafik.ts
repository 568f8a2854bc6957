import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Title } from 'chart.js'
import { konfigurasiGrafikAnev, UKURAN_GRAFIK } from '../../../shared/anev/grafik'
import type { GrafikAnev, SnapshotAnev } from '../../../shared/anev/jenis'

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Title)

/**
 * Draws the report's charts with chart.js on off-screen canvases (animation
 * off) and returns them as PNG data URLs: static images that print the same
 * in the preview, the PDF and every re-print of the archived report.
 */
export function gambarGrafikAnev(s: SnapshotAnev): GrafikAnev {
  const hasil: GrafikAnev = {}
  const wadah = document.createElement('div')
  wadah.setAttribute('aria-hidden', 'true')
  wadah.style.cssText = 'position:fixed;left:-20000px;top:0;width:0;height:0;overflow:hidden'
  document.body.append(wadah)
  try {
    for (const [kunci, k] of Object.entries(konfigurasiGrafikAnev(s)) as [keyof GrafikAnev, ReturnType<typeof konfigurasiGrafikAnev>['kegiatan']][]) {
      const kanvas = document.createElement('canvas')
      kanvas.width = UKURAN_GRAFIK.lebar
      kanvas.height = UKURAN_GRAFIK.tinggi
      wadah.append(kanvas)
      const c = new Chart(kanvas, k)
      hasil[kunci] = kanvas.toDataURL('image/png')
      c.destroy()
    }
  } finally {
    wadah.remove()
  }
  return hasil
}
