import { parseDbf, parseShp } from 'shpjs'
import { uraiAngka } from '../../../shared/angka'
import { formatAngka } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { BBOX_INDONESIA, type Cincin, type GeometriBatas, luasCincin, type Poligon } from '../../../shared/peta/geometri'
import type { Properti } from '../../../shared/peta/cocok'
import { bukaBagian, daftarZip } from '../pertukaran/zip-batas'

/**
 * Reading a boundary file (GeoJSON or a zipped Shapefile) or a point file
 * (GeoJSON points or CSV) into plain features, with every check a user can
 * act on: a file that fails any of them is refused as a whole, with one
 * Indonesian message, before anything is written.
 */

/** Boundary files of a whole kabupaten are a few MB; 30 MB leaves room without letting a mistake in. */
export const BATAS_BERKAS_PETA = 30 * 1024 * 1024
/** Coordinates are kept to 5 decimals (about 1 m), enough for a district map and small in the database. */
const DESIMAL = 5

export interface FiturBatas {
  properti: Properti
  geometri: GeometriBatas
  jumlahTitik: number
}

export interface FiturTitik {
  properti: Properti
  bujur: number
  lintang: number
}

const tolak = (pesan: string) => new GalatAplikasi('FILE_TIDAK_VALID', pesan)
const mb = (n: number) => `${formatAngka(n / 1024 / 1024, 1)} MB`
const bulat = (v: number) => Math.round(v * 10 ** DESIMAL) / 10 ** DESIMAL

/** base64 length → bytes, so an oversized file is refused before it is decoded or parsed. */
export function ukuranBase64(b64: string): number {
  return Math.floor((b64.length * 3) / 4) - (b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0)
}

export function periksaUkuran(berkasBase64: string): Buffer {
  const n = ukuranBase64(berkasBase64)
  if (n > BATAS_BERKAS_PETA) throw tolak(`Berkas terlalu besar (${mb(n)}); batas ${BATAS_BERKAS_PETA / 1024 / 1024} MB. Sederhanakan geometrinya atau bagi per kecamatan.`)
  return Buffer.from(berkasBase64, 'base64')
}

const adalahZip = (buf: Buffer) => buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50

const SARAN_PROYEKSI = 'Berkas kemungkinan memakai proyeksi lain (mis. UTM dalam meter) tanpa keterangan proyeksi (.prj): simpan ulang dalam WGS 84 (EPSG:4326) atau sertakan berkas .prj di dalam .zip.'

function periksaPosisi(p: unknown, nomor: number): [number, number] {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
    throw tolak(`Fitur ke-${nomor} memiliki koordinat yang bukan angka.`)
  }
  const [x, y] = p as [number, number]
  const [x0, y0, x1, y1] = BBOX_INDONESIA
  if (x < x0 || x > x1 || y < y0 || y > y1) {
    throw tolak(`Koordinat fitur ke-${nomor} (${formatAngka(x, 5)}; ${formatAngka(y, 5)}) berada di luar wilayah Indonesia (bujur 94–142, lintang −11,5–6,5). ${SARAN_PROYEKSI}`)
  }
  return [bulat(x), bulat(y)]
}

/** A ring: closed, at least 3 distinct corners, a non-zero area; rounded, repeated vertices dropped. */
function periksaCincin(c: unknown, nomor: number): Cincin {
  if (!Array.isArray(c)) throw tolak(`Fitur ke-${nomor}: cincin poligon tidak berbentuk daftar koordinat.`)
  const titik = c.map((p) => periksaPosisi(p, nomor))
  if (titik.length < 4) throw tolak(`Fitur ke-${nomor}: cincin poligon hanya ${titik.length} titik (minimal 4, titik awal = titik akhir).`)
  const awal = titik[0]!
  const akhir = titik[titik.length - 1]!
  const mentahAwal = c[0] as number[]
  const mentahAkhir = c[c.length - 1] as number[]
  if (mentahAwal[0] !== mentahAkhir[0] || mentahAwal[1] !== mentahAkhir[1]) throw tolak(`Fitur ke-${nomor}: cincin poligon tidak tertutup (titik awal berbeda dengan titik akhir).`)
  const bersih: Cincin = [awal]
  for (const p of titik.slice(1)) if (p[0] !== bersih[bersih.length - 1]![0] || p[1] !== bersih[bersih.length - 1]![1]) bersih.push(p)
  if (bersih[bersih.length - 1]![0] !== akhir[0] || bersih[bersih.length - 1]![1] !== akhir[1]) bersih.push(akhir)
  if (bersih.length < 4 || luasCincin(bersih) === 0) throw tolak(`Fitur ke-${nomor}: poligon tanpa luas (semua titiknya segaris atau sama).`)
  return bersih
}

function periksaPoligon(p: unknown, nomor: number): Poligon {
  if (!Array.isArray(p) || p.length === 0) throw tolak(`Fitur ke-${nomor}: poligon kosong.`)
  return p.map((c) => periksaCincin(c, nomor))
}

/** A feature's geometry as a desa boundary, or the reason it cannot be one. */
export function periksaGeometriBatas(g: unknown, nomor: number): GeometriBatas {
  if (g === null || g === undefined || typeof g !== 'object') throw tolak(`Fitur ke-${nomor} tidak memiliki geometri.`)
  const { type, coordinates } = g as { type?: unknown; coordinates?: unknown }
  if (type === 'Polygon') return { type, coordinates: periksaPoligon(coordinates, nomor) }
  if (type === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) throw tolak(`Fitur ke-${nomor}: MultiPolygon kosong.`)
    return { type, coordinates: coordinates.map((p) => periksaPoligon(p, nomor)) }
  }
  throw tolak(`Fitur ke-${nomor} berjenis ${typeof type === 'string' ? type : 'tidak dikenal'}; batas desa harus berupa Polygon atau MultiPolygon.`)
}

const jumlahTitik = (g: GeometriBatas) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).reduce((a, p) => a + p.reduce((b, c) => b + c.length, 0), 0)

/** The features of a GeoJSON text: a FeatureCollection with at least one feature. */
function fiturGeoJson(buf: Buffer): { properti: Properti; geometri: unknown }[] {
  let isi: unknown
  try {
    isi = JSON.parse(buf.toString('utf8').replace(/^\uFEFF/, ''))
  } catch {
    throw tolak('Berkas bukan GeoJSON yang sah: isinya bukan JSON. Pilih berkas .geojson/.json atau .zip Shapefile.')
  }
  const o = isi as { type?: unknown; features?: unknown }
  if (o === null || typeof o !== 'object' || o.type !== 'FeatureCollection' || !Array.isArray(o.features)) {
    throw tolak('GeoJSON harus berupa FeatureCollection (kumpulan fitur) dengan daftar "features".')
  }
  if (o.features.length === 0) throw tolak('GeoJSON tidak berisi satu fitur pun.')
  return o.features.map((f, i) => {
    if (f === null || typeof f !== 'object' || (f as { type?: unknown }).type !== 'Feature') throw tolak(`Unsur ke-${i + 1} di "features" bukan Feature GeoJSON.`)
    const p = (f as { properties?: unknown }).properties
    return { properti: p !== null && typeof p === 'object' ? (p as Properti) : {}, geometri: (f as { geometry?: unknown }).geometry }
  })
}

/** The one layer of a zipped Shapefile, reprojected to WGS 84 by shpjs/proj4 when a .prj is there. */
function fiturShapefile(buf: Buffer): { properti: Properti; geometri: unknown }[] {
  let bagian: ReturnType<typeof daftarZip>
  try {
    bagian = daftarZip(buf)
  } catch (e) {
    // The zip reader speaks of workbooks; here it is a Shapefile archive.
    throw tolak(`Berkas .zip rusak atau tidak dapat dibaca${e instanceof GalatAplikasi && /terlalu|bom/i.test(e.pesan) ? ` (${e.pesan.replace(/\.$/, '')})` : ''}.`)
  }
  const shp = bagian.filter((b) => /\.shp$/i.test(b.nama) && !b.nama.includes('__MACOSX'))
  if (shp.length === 0) throw tolak('Berkas .zip tidak berisi Shapefile (.shp). Masukkan .shp, .shx, .dbf dan .prj ke dalam satu .zip.')
  if (shp.length > 1) throw tolak(`Berkas .zip berisi ${shp.length} Shapefile (${shp.map((b) => b.nama).join(', ')}); sertakan satu lapisan batas desa saja.`)
  const dasar = shp[0]!.nama.slice(0, -4).toLowerCase()
  const ambil = (akhiran: string) => {
    const b = bagian.find((x) => x.nama.toLowerCase() === `${dasar}.${akhiran}`)
    try {
      return b ? bukaBagian(buf, b) : undefined
    } catch {
      throw tolak(`Berkas .zip rusak: bagian ${b!.nama} tidak dapat dibuka.`)
    }
  }
  const isiShp = ambil('shp')!
  const dbf = ambil('dbf')
  const prj = ambil('prj')
  const cpg = ambil('cpg')
  let geometri: unknown[]
  let atribut: Properti[] = []
  try {
    geometri = parseShp(isiShp, prj?.toString('utf8')) as unknown[]
    if (dbf) atribut = parseDbf(dbf, cpg?.toString('utf8')) as Properti[]
  } catch {
    throw tolak('Shapefile rusak atau tidak lengkap: isi .shp/.dbf tidak dapat dibaca.')
  }
  if (prj && !/GEOGCS|PROJCS|GEOGCRS|PROJCRS/i.test(prj.toString('utf8'))) throw tolak('Berkas .prj tidak berisi keterangan proyeksi yang dikenali (WKT).')
  if (geometri.length === 0) throw tolak('Shapefile tidak berisi satu fitur pun.')
  return geometri.map((g, i) => ({ properti: atribut[i] ?? {}, geometri: g }))
}

/** Boundary features of a file, every geometry checked, rounded and inside Indonesia. */
export function bacaBerkasBatas(namaBerkas: string, berkasBase64: string): FiturBatas[] {
  const buf = periksaUkuran(berkasBase64)
  const mentah = adalahZip(buf) || /\.zip$/i.test(namaBerkas) ? fiturShapefile(buf) : fiturGeoJson(buf)
  return mentah.map((f, i) => {
    const geometri = periksaGeometriBatas(f.geometri, i + 1)
    return { properti: f.properti, geometri, jumlahTitik: jumlahTitik(geometri) }
  })
}

const KOLOM_LINTANG = ['lintang', 'latitude', 'lat', 'y']
const KOLOM_BUJUR = ['bujur', 'longitude', 'lon', 'lng', 'long', 'x']

/** CSV rows with a header; the delimiter (; , or tab) read from the header line; quotes honoured. */
function uraiCsv(teks: string): string[][] {
  const baris0 = teks.split(/\r?\n/, 1)[0] ?? ''
  const pemisah = [';', '\t', ','].map((p) => ({ p, n: baris0.split(p).length })).sort((a, b) => b.n - a.n)[0]!.p
  const keluar: string[][] = []
  let baris: string[] = []
  let sel = ''
  let kutip = false
  for (let i = 0; i < teks.length; i++) {
    const c = teks[i]!
    if (kutip) {
      if (c === '"' && teks[i + 1] === '"') {
        sel += '"'
        i++
      } else if (c === '"') kutip = false
      else sel += c
    } else if (c === '"') kutip = true
    else if (c === pemisah) {
      baris.push(sel)
      sel = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && teks[i + 1] === '\n') i++
      baris.push(sel)
      keluar.push(baris)
      baris = []
      sel = ''
    } else sel += c
  }
  if (sel !== '' || baris.length) keluar.push([...baris, sel])
  return keluar.filter((b) => b.some((s) => s.trim() !== ''))
}

/** Point features of a CSV (kode/desa/kecamatan + lintang/bujur columns) or a GeoJSON of Points. */
export function bacaBerkasTitik(namaBerkas: string, berkasBase64: string): FiturTitik[] {
  const buf = periksaUkuran(berkasBase64)
  const teks = buf.toString('utf8').replace(/^\uFEFF/, '')
  const json = /\.(geo)?json$/i.test(namaBerkas) || /^\s*[{[]/.test(teks)
  if (json) {
    return fiturGeoJson(buf).map((f, i) => {
      const g = f.geometri as { type?: unknown; coordinates?: unknown } | null | undefined
      if (!g || typeof g !== 'object') throw tolak(`Fitur ke-${i + 1} tidak memiliki geometri.`)
      if (g.type !== 'Point') throw tolak(`Fitur ke-${i + 1} berjenis ${typeof g.type === 'string' ? g.type : 'tidak dikenal'}; titik desa harus berupa Point.`)
      const [bujur, lintang] = periksaPosisi(g.coordinates, i + 1)
      return { properti: f.properti, bujur, lintang }
    })
  }
  if (adalahZip(buf)) throw tolak('Berkas titik harus berupa CSV atau GeoJSON, bukan arsip .zip.')
  const baris = uraiCsv(teks)
  if (baris.length < 2) throw tolak('Berkas CSV kosong: perlu baris judul kolom dan minimal satu baris desa.')
  const judul = baris[0]!.map((s) => s.trim())
  const cari = (nama: string[]) => judul.findIndex((j) => nama.includes(j.toLowerCase()))
  const iLintang = cari(KOLOM_LINTANG)
  const iBujur = cari(KOLOM_BUJUR)
  if (iLintang < 0 || iBujur < 0) throw tolak(`Berkas CSV harus memiliki kolom lintang dan bujur (nama kolom: ${KOLOM_LINTANG.join('/')} dan ${KOLOM_BUJUR.join('/')}).`)
  return baris.slice(1).map((b, i) => {
    const nomor = i + 1
    const angka = (j: number, apa: string) => {
      const h = uraiAngka(b[j] ?? '', { ribuanTitik: false })
      if (!h.ok || h.nilai === null) throw tolak(`Baris data ke-${nomor}: ${apa} "${(b[j] ?? '').slice(0, 30)}" bukan angka.`)
      return h.nilai
    }
    const [bujur, lintang] = periksaPosisi([angka(iBujur, 'bujur'), angka(iLintang, 'lintang')], nomor)
    const properti: Properti = {}
    judul.forEach((j, k) => {
      if (k !== iLintang && k !== iBujur) properti[j] = (b[k] ?? '').trim()
    })
    return { properti, bujur, lintang }
  })
}
