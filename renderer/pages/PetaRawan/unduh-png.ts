import { unduhBase64 } from '../../lib/berkas'

/**
 * "Unduh PNG": the same self-contained SVG the Anev report prints
 * (peta:svg), drawn onto a canvas at twice its size and saved as PNG.
 * The SVG has no external references, so the canvas is never tainted.
 */
export async function svgKePng(svg: string, skala = 2): Promise<string> {
  const lebar = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 900)
  const tinggi = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 640)
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.width = lebar
    img.height = tinggi
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve()
      img.onerror = () => reject(new Error('Gambar peta tidak dapat disusun.'))
      img.src = url
    })
    const kanvas = document.createElement('canvas')
    kanvas.width = lebar * skala
    kanvas.height = tinggi * skala
    const c = kanvas.getContext('2d')!
    c.fillStyle = '#ffffff'
    c.fillRect(0, 0, kanvas.width, kanvas.height)
    c.drawImage(img, 0, 0, kanvas.width, kanvas.height)
    return kanvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '')
  } finally {
    URL.revokeObjectURL(url)
  }
}

export async function unduhPng(nama: string, svg: string): Promise<void> {
  unduhBase64(nama, await svgKePng(svg))
}
