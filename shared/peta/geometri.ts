/**
 * Plain geometry for Peta Rawan, shared by the map screen and the static SVG
 * of the Anev report: desa boundaries as GeoJSON Polygon / MultiPolygon in
 * WGS84 (longitude, latitude), their extent, a flat projection to screen
 * units, label points and the outline of a group of desa (a kecamatan).
 */

export type Posisi = [number, number]
export type Cincin = Posisi[]
export type Poligon = Cincin[]
export type GeometriBatas = { type: 'Polygon'; coordinates: Poligon } | { type: 'MultiPolygon'; coordinates: Poligon[] }

/** [minBujur, minLintang, maksBujur, maksLintang] */
export type Bbox = [number, number, number, number]

/** Roughly Indonesia (with a margin): anything outside was not reprojected or is not Indonesian. */
export const BBOX_INDONESIA: Bbox = [94, -11.5, 142, 6.5]

export const poligonDari = (g: GeometriBatas): Poligon[] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)

export function bboxKosong(): Bbox {
  return [Infinity, Infinity, -Infinity, -Infinity]
}

export function perluasBbox(b: Bbox, x: number, y: number): Bbox {
  if (x < b[0]) b[0] = x
  if (y < b[1]) b[1] = y
  if (x > b[2]) b[2] = x
  if (y > b[3]) b[3] = y
  return b
}

export function bboxGeometri(g: GeometriBatas, b: Bbox = bboxKosong()): Bbox {
  for (const p of poligonDari(g)) for (const c of p) for (const [x, y] of c) perluasBbox(b, x, y)
  return b
}

export const bboxSah = (b: Bbox) => Number.isFinite(b[0]) && Number.isFinite(b[1]) && b[2] >= b[0] && b[3] >= b[1]

/** Signed area of a ring in degrees² (shoelace); positive = counter-clockwise. */
export function luasCincin(c: Cincin): number {
  let s = 0
  for (let i = 0, j = c.length - 1; i < c.length; j = i++) s += c[j]![0] * c[i]![1] - c[i]![0] * c[j]![1]
  return s / 2
}

/**
 * Where a label goes: the area-weighted centroid of the largest outer ring,
 * or the ring's first vertex for a degenerate one.
 */
export function titikLabel(g: GeometriBatas): Posisi {
  let terbesar: Cincin | null = null
  let luas = -1
  for (const p of poligonDari(g)) {
    const a = Math.abs(luasCincin(p[0]!))
    if (a > luas) {
      luas = a
      terbesar = p[0]!
    }
  }
  const c = terbesar!
  const a = luasCincin(c)
  if (a === 0) return c[0]!
  let cx = 0
  let cy = 0
  for (let i = 0, j = c.length - 1; i < c.length; j = i++) {
    const f = c[j]![0] * c[i]![1] - c[i]![0] * c[j]![1]
    cx += (c[j]![0] + c[i]![0]) * f
    cy += (c[j]![1] + c[i]![1]) * f
  }
  return [cx / (6 * a), cy / (6 * a)]
}

export interface Proyeksi {
  /** (bujur, lintang) → (x, y) in drawing units, y downwards. */
  ke: (bujur: number, lintang: number) => Posisi
  skala: number
}

/**
 * Equirectangular projection scaled by cos(mid-latitude), fitted into the box
 * and centred. Near the equator this is what a printed district map looks like.
 */
export function proyeksiMuat(b: Bbox, kotak: { x: number; y: number; lebar: number; tinggi: number }): Proyeksi {
  const kos = Math.cos((((b[1] + b[3]) / 2) * Math.PI) / 180)
  const lebarGeo = Math.max((b[2] - b[0]) * kos, 1e-6)
  const tinggiGeo = Math.max(b[3] - b[1], 1e-6)
  const skala = Math.min(kotak.lebar / lebarGeo, kotak.tinggi / tinggiGeo)
  const ox = kotak.x + (kotak.lebar - lebarGeo * skala) / 2
  const oy = kotak.y + (kotak.tinggi - tinggiGeo * skala) / 2
  return { skala, ke: (bujur, lintang) => [ox + (bujur - b[0]) * kos * skala, oy + (b[3] - lintang) * skala] }
}

/** Half a drawing unit: about 0,1 mm on an A4 print of the 900-unit map. */
export const bulatSetengah = (v: number) => Math.round(v * 2) / 2

/**
 * SVG path data of a boundary (rings closed with Z; even-odd holes), at
 * half a drawing unit: vertices that land on the same spot are written
 * once, so a detailed boundary costs what the drawing can show, not more.
 */
export function jalurSvg(g: GeometriBatas, p: Proyeksi): string {
  const bagian: string[] = []
  for (const pol of poligonDari(g)) {
    for (const c of pol) {
      const titik: string[] = []
      let akhir = ''
      const n = c.length > 1 && c[0]![0] === c[c.length - 1]![0] && c[0]![1] === c[c.length - 1]![1] ? c.length - 1 : c.length
      for (let i = 0; i < n; i++) {
        const [x, y] = p.ke(c[i]![0], c[i]![1])
        const t = `${bulatSetengah(x)} ${bulatSetengah(y)}`
        if (t !== akhir) titik.push(t)
        akhir = t
      }
      bagian.push(`M${titik.join('L')}Z`)
    }
  }
  return bagian.join('')
}

/**
 * The outline of a group of desa (a kecamatan) without dissolving polygons:
 * an edge shared by two desa of the group is inside it, every other edge is
 * on its outline. Exact for boundaries that share vertices (what a village
 * boundary file has after rounding); where neighbours do not share vertices
 * their borders are simply drawn, which is still correct, only busier.
 */
export function garisLuarKelompok(daftar: readonly GeometriBatas[]): [Posisi, Posisi][] {
  const kunci = (a: Posisi) => `${a[0]},${a[1]}`
  const hitung = new Map<string, { n: number; ruas: [Posisi, Posisi] }>()
  for (const g of daftar) {
    for (const pol of poligonDari(g)) {
      for (const c of pol) {
        for (let i = 1; i < c.length; i++) {
          const a = c[i - 1]!
          const b = c[i]!
          const ka = kunci(a)
          const kb = kunci(b)
          if (ka === kb) continue
          const k = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`
          const ada = hitung.get(k)
          if (ada) ada.n++
          else hitung.set(k, { n: 1, ruas: [a, b] })
        }
      }
    }
  }
  return [...hitung.values()].filter((r) => r.n === 1).map((r) => r.ruas)
}
