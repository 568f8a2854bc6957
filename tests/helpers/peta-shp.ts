import { buatZip } from '../integration/pertukaran-alat'

/**
 * A tiny ESRI Shapefile writer (polygons, character attributes) and a UTM
 * projection written from Snyder's formulas, so the tests build their own
 * .shp/.shx/.dbf/.prj at test time and check the app's reprojection against
 * an independent implementation.
 */

export type CincinLL = [number, number][]

export interface FiturShp {
  /** Rings in the file's own coordinates (degrees or metres), each closed. */
  cincin: CincinLL[]
  atribut: Record<string, string>
}

const luas = (c: CincinLL) => c.reduce((a, p, i) => a + (c[(i + 1) % c.length]![0] - p[0]) * (c[(i + 1) % c.length]![1] + p[1]), 0)

/** Shapefile outer rings run clockwise. */
const searahJarum = (c: CincinLL) => (luas(c) > 0 ? c : [...c].reverse())

function kepala(panjangWord: number, bbox: [number, number, number, number]): Buffer {
  const h = Buffer.alloc(100)
  h.writeInt32BE(9994, 0)
  h.writeInt32BE(panjangWord, 24)
  h.writeInt32LE(1000, 28)
  h.writeInt32LE(5, 32)
  bbox.forEach((v, i) => h.writeDoubleLE(v, 36 + i * 8))
  return h
}

export function tulisShp(fitur: FiturShp[]): { shp: Buffer; shx: Buffer; dbf: Buffer } {
  const semua = fitur.flatMap((f) => f.cincin.flat())
  const bbox: [number, number, number, number] = [Math.min(...semua.map((p) => p[0])), Math.min(...semua.map((p) => p[1])), Math.max(...semua.map((p) => p[0])), Math.max(...semua.map((p) => p[1]))]
  const rekaman: Buffer[] = []
  const indeks: Buffer[] = []
  let offset = 50
  fitur.forEach((f, i) => {
    const cincin = f.cincin.map(searahJarum)
    const titik = cincin.flat()
    const isi = Buffer.alloc(44 + 4 * cincin.length + 16 * titik.length)
    isi.writeInt32LE(5, 0)
    const b = [Math.min(...titik.map((p) => p[0])), Math.min(...titik.map((p) => p[1])), Math.max(...titik.map((p) => p[0])), Math.max(...titik.map((p) => p[1]))]
    b.forEach((v, j) => isi.writeDoubleLE(v, 4 + j * 8))
    isi.writeInt32LE(cincin.length, 36)
    isi.writeInt32LE(titik.length, 40)
    let awal = 0
    cincin.forEach((c, j) => {
      isi.writeInt32LE(awal, 44 + 4 * j)
      awal += c.length
    })
    titik.forEach((p, j) => {
      isi.writeDoubleLE(p[0], 44 + 4 * cincin.length + 16 * j)
      isi.writeDoubleLE(p[1], 44 + 4 * cincin.length + 16 * j + 8)
    })
    const h = Buffer.alloc(8)
    h.writeInt32BE(i + 1, 0)
    h.writeInt32BE(isi.length / 2, 4)
    rekaman.push(h, isi)
    const x = Buffer.alloc(8)
    x.writeInt32BE(offset, 0)
    x.writeInt32BE(isi.length / 2, 4)
    indeks.push(x)
    offset += 4 + isi.length / 2
  })
  const badan = Buffer.concat(rekaman)
  const shp = Buffer.concat([kepala(50 + badan.length / 2, bbox), badan])
  const shx = Buffer.concat([kepala(50 + fitur.length * 4, bbox), ...indeks])

  // dBase III: character fields only.
  const nama = [...new Set(fitur.flatMap((f) => Object.keys(f.atribut)))]
  const panjang = nama.map((n) => Math.max(1, ...fitur.map((f) => Buffer.byteLength(f.atribut[n] ?? '', 'latin1'))))
  const panjangKepala = 32 + 32 * nama.length + 1
  const panjangRekaman = 1 + panjang.reduce((a, b) => a + b, 0)
  const dbfKepala = Buffer.alloc(panjangKepala)
  dbfKepala.writeUInt8(0x03, 0)
  dbfKepala.writeUInt8(124, 1)
  dbfKepala.writeUInt8(10, 2)
  dbfKepala.writeUInt8(20, 3)
  dbfKepala.writeUInt32LE(fitur.length, 4)
  dbfKepala.writeUInt16LE(panjangKepala, 8)
  dbfKepala.writeUInt16LE(panjangRekaman, 10)
  nama.forEach((n, i) => {
    dbfKepala.write(n.slice(0, 10), 32 + i * 32, 'latin1')
    dbfKepala.write('C', 32 + i * 32 + 11, 'latin1')
    dbfKepala.writeUInt8(panjang[i]!, 32 + i * 32 + 16)
  })
  dbfKepala.writeUInt8(0x0d, panjangKepala - 1)
  const dbfIsi = fitur.map((f) => Buffer.from(' ' + nama.map((n, i) => (f.atribut[n] ?? '').padEnd(panjang[i]!, ' ')).join(''), 'latin1'))
  const dbf = Buffer.concat([dbfKepala, ...dbfIsi, Buffer.from([0x1a])])
  return { shp, shx, dbf }
}

/** WKT of WGS 84 / UTM zone 51S (EPSG:32751), as ArcGIS writes it. */
export const PRJ_UTM51S =
  'PROJCS["WGS_1984_UTM_Zone_51S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",10000000.0],PARAMETER["Central_Meridian",123.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]'

/** (longitude, latitude) → UTM zone 51S metres (Snyder, "Map Projections — A Working Manual", 8-9 and 8-10). */
export function keUtm51S([bujur, lintang]: [number, number]): [number, number] {
  const a = 6378137
  const f = 1 / 298.257223563
  const e2 = f * (2 - f)
  const ep2 = e2 / (1 - e2)
  const k0 = 0.9996
  const phi = (lintang * Math.PI) / 180
  const dl = ((bujur - 123) * Math.PI) / 180
  const N = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2)
  const T = Math.tan(phi) ** 2
  const C = ep2 * Math.cos(phi) ** 2
  const A = dl * Math.cos(phi)
  const e4 = e2 * e2
  const e6 = e4 * e2
  const M = a * ((1 - e2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * phi - ((3 * e2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * phi) + ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * phi) - ((35 * e6) / 3072) * Math.sin(6 * phi))
  const x = k0 * N * (A + ((1 - T + C) * A ** 3) / 6 + ((5 - 18 * T + T * T + 72 * C - 58 * ep2) * A ** 5) / 120) + 500000
  const y = k0 * (M + N * Math.tan(phi) * (A ** 2 / 2 + ((5 - T + 9 * C + 4 * C * C) * A ** 4) / 24 + ((61 - 58 * T + T * T + 600 * C - 330 * ep2) * A ** 6) / 720)) + 10000000
  return [x, y]
}

/** A zipped Shapefile: name.shp/.shx/.dbf and, when given, name.prj. */
export function zipShapefile(nama: string, fitur: FiturShp[], prj?: string): Buffer {
  const { shp, shx, dbf } = tulisShp(fitur)
  return buatZip([
    { nama: `${nama}.shp`, isi: shp },
    { nama: `${nama}.shx`, isi: shx },
    { nama: `${nama}.dbf`, isi: dbf },
    ...(prj ? [{ nama: `${nama}.prj`, isi: prj }] : []),
  ])
}
