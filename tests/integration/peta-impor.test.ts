import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Aplikasi } from '../../electron/services/aplikasi'
import { muatContoh } from '../../electron/services/contoh'
import { hapusBatas, pratinjauPeta, simpanBatas, simpanTitik } from '../../electron/services/peta/impor'
import { platformTanpaCetak } from '../../electron/services/platform'
import { GalatAplikasi } from '../../shared/galat'
import { folderSementara } from '../helpers/folder'
import { konteksUji, persegi } from '../helpers/peta'
import { type FiturShp, keUtm51S, PRJ_UTM51S, zipShapefile } from '../helpers/peta-shp'
import { buatZip } from './pertukaran-alat'

/**
 * Importing desa boundaries and points on the demo Polres TTU: the preview
 * report, the save (one transaction, audited), and every refusal of a bad
 * file with its exact code and message and the database left as it was.
 */

const FIXTURE = path.resolve('tests/fixtures/peta/batas-kefamenanu.geojson')
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64')
const KODE = { benpasi: '53.03.05.1005', aplasi: '53.03.05.1002', kefSelatan: '53.03.05.1006', sasi: '53.03.05.1009' }

describe('Peta Rawan: impor batas wilayah dan titik desa', () => {
  const tmp = folderSementara('binmas-peta-impor-')
  const app = Aplikasi.buka({ folderData: tmp.folder, platform: platformTanpaCetak, versiAplikasi: '0.0.0-uji', hariIni: '2024-10-20', ikdkOtomatis: false })
  const k = konteksUji(app)
  const sql = () => app.bdTerbuka!.sqlite
  const satu = <T>(q: string, ...p: unknown[]) => Object.values(sql().prepare(q).get(...p) as object)[0] as T
  /** Everything an import may touch, as text, to compare before and after a refusal. */
  const isiTabel = () =>
    JSON.stringify({
      batas: sql().prepare('SELECT * FROM batas_desa ORDER BY desa_kode').all(),
      titik: sql().prepare('SELECT kode, lintang, bujur FROM desa ORDER BY kode').all(),
      audit: sql().prepare('SELECT count(*) n FROM audit').get(),
    })
  const galat = (fn: () => unknown): GalatAplikasi => {
    try {
      fn()
    } catch (e) {
      if (e instanceof GalatAplikasi) return e
      throw e
    }
    throw new Error('tidak ditolak')
  }
  const batas = (namaBerkas: string, isi: string | Buffer, kolomKode?: string | null) => pratinjauPeta(k, 'batas', { namaBerkas, berkasBase64: b64(isi), ...(kolomKode === undefined ? {} : { kolomKode }) })

  beforeAll(async () => {
    await muatContoh(k)
  })
  afterAll(async () => {
    await app.tutup()
    tmp.hapus()
  })

  it('[D2] pratinjau GeoJSON: kolom kode ditebak, 3 cocok lewat kode (bertitik dan tanpa titik), 1 lewat nama desa + kecamatan, 1 tidak cocok; belum ada yang tersimpan', () => {
    const sebelum = isiTabel()
    const p = batas('batas-kefamenanu.geojson', fs.readFileSync(FIXTURE))
    expect(isiTabel()).toBe(sebelum)
    expect(p.jumlahFitur).toBe(5)
    expect(p.kolomKode).toBe('KDEPUM')
    expect(p.kandidatKolomKode).toEqual(['KDEPUM'])
    expect(p.kolom).toEqual(['KDEPUM', 'NAMOBJ', 'WADMKC'])
    expect(p.cocok.map((c) => [c.nomor, c.desaKode, c.cara, c.mengganti])).toEqual([
      [1, KODE.benpasi, 'kode', false],
      [2, KODE.aplasi, 'kode', false],
      [3, KODE.kefSelatan, 'nama', false],
      [4, KODE.sasi, 'kode', false],
    ])
    expect(p.cocok[2]).toMatchObject({ desaNama: 'Kefamenanu Selatan', kecamatanNama: 'Kota Kefamenanu' })
    expect(p.tidakCocok).toEqual([
      {
        nomor: 5,
        label: 'KDEPUM: 5303999999 · NAMOBJ: Desa Fiktif · WADMKC: Entah Berantah',
        alasan: 'kode 53.03.99.9999 tidak ada di daftar desa satker; nama desa dan kecamatan tidak ditemukan di daftar desa satker',
      },
    ])
    const aktif = satu<number>('SELECT count(*) FROM desa WHERE aktif = 1')
    expect(p.desaTanpa).toHaveLength(aktif - 4)
    expect(p.desaTanpa.map((d) => d.kode)).not.toContain(KODE.benpasi)
    expect(p.bisaDisimpan).toBe(true)
  })

  it('[D2] tanpa kolom kode: semua dicocokkan lewat nama (huruf besar/kecil, spasi, awalan "Kelurahan"/"Kecamatan" diabaikan)', () => {
    const p = batas('batas-kefamenanu.geojson', fs.readFileSync(FIXTURE), null)
    expect(p.kolomKode).toBeNull()
    expect(p.cocok.map((c) => [c.desaKode, c.cara])).toEqual([
      [KODE.benpasi, 'nama'],
      [KODE.aplasi, 'nama'],
      [KODE.kefSelatan, 'nama'],
      [KODE.sasi, 'nama'],
    ])
    expect(p.tidakCocok.map((t) => t.alasan)).toEqual(['nama desa dan kecamatan tidak ditemukan di daftar desa satker'])
    expect(galat(() => batas('batas-kefamenanu.geojson', fs.readFileSync(FIXTURE), 'TIDAK_ADA'))).toMatchObject({ kode: 'INPUT_TIDAK_VALID', pesan: 'Kolom TIDAK_ADA tidak ada di berkas ini.' })
  })

  it('[D2] simpan: satu transaksi, 4 baris batas_desa dengan koordinat 5 desimal, 4 baris audit; impor ulang mengganti yang lama', async () => {
    const auditAwal = satu<number>('SELECT count(*) FROM audit')
    const p = batas('batas-kefamenanu.geojson', fs.readFileSync(FIXTURE))
    const h = await simpanBatas(k, p.token)
    expect(h).toEqual({ tersimpan: 4, diganti: 0 })
    const baris = sql().prepare('SELECT desa_kode, geojson, sumber, diimpor_oleh FROM batas_desa ORDER BY desa_kode').all() as { desa_kode: string; geojson: string; sumber: string; diimpor_oleh: string }[]
    expect(baris.map((b) => b.desa_kode)).toEqual([KODE.aplasi, KODE.benpasi, KODE.kefSelatan, KODE.sasi].sort())
    expect(new Set(baris.map((b) => b.sumber))).toEqual(new Set(['batas-kefamenanu.geojson']))
    expect(JSON.parse(baris.find((b) => b.desa_kode === KODE.benpasi)!.geojson)).toEqual(persegi(124.46, -9.46))
    const sasi = JSON.parse(baris.find((b) => b.desa_kode === KODE.sasi)!.geojson) as { type: string; coordinates: unknown[] }
    expect(sasi.type).toBe('MultiPolygon')
    expect(sasi.coordinates).toHaveLength(2)
    const audit = sql().prepare(`SELECT aksi, kunci, sebelum, sesudah FROM audit WHERE tabel = 'batas_desa' ORDER BY id`).all() as { aksi: string; kunci: string; sebelum: string | null; sesudah: string }[]
    expect(satu<number>('SELECT count(*) FROM audit') - auditAwal).toBe(4)
    expect(audit.map((a) => [a.aksi, a.kunci, a.sebelum])).toEqual([KODE.benpasi, KODE.aplasi, KODE.kefSelatan, KODE.sasi].map((kd) => ['impor', kd, null]))
    // The token is used up.
    await expect(simpanBatas(k, p.token)).rejects.toMatchObject({ kode: 'TIDAK_DITEMUKAN', pesan: 'Pratinjau berkas sudah kedaluwarsa; pilih berkasnya lagi.' })

    const ulang = batas('batas-kefamenanu.geojson', fs.readFileSync(FIXTURE))
    expect(ulang.cocok.every((c) => c.mengganti)).toBe(true)
    expect(await simpanBatas(k, ulang.token)).toEqual({ tersimpan: 4, diganti: 4 })
    expect(satu<number>('SELECT count(*) FROM batas_desa')).toBe(4)
  })

  it('[D2] Shapefile .zip dalam UTM 51S dengan .prj: diproyeksikan ulang ke WGS 84 (selisih < 2 m dari titik asal), dicocokkan lewat kolom .dbf', async () => {
    const asal: [number, number][] = [
      [124.3, -9.3],
      [124.32, -9.3],
      [124.32, -9.28],
      [124.3, -9.28],
      [124.3, -9.3],
    ]
    const desa = sql().prepare(`SELECT d.kode, d.nama, kc.nama kec FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE d.kode LIKE '53.03.04.%' ORDER BY d.kode LIMIT 2`).all() as { kode: string; nama: string; kec: string }[]
    const fitur: FiturShp[] = [
      { cincin: [asal.map(keUtm51S)], atribut: { KODE: desa[0]!.kode.replace(/\./g, ''), NAMA: desa[0]!.nama } },
      { cincin: [asal.map(([x, y]) => keUtm51S([x + 0.02, y]))], atribut: { KODE: '', NAMA: `DESA ${desa[1]!.nama.toUpperCase()}`, KECAMATAN: desa[1]!.kec } },
    ]
    const p = batas('batas_noemuti.zip', zipShapefile('batas_noemuti', fitur, PRJ_UTM51S))
    expect(p.kolomKode).toBe('KODE')
    expect(p.cocok.map((c) => [c.desaKode, c.cara])).toEqual([
      [desa[0]!.kode, 'kode'],
      [desa[1]!.kode, 'nama'],
    ])
    await simpanBatas(k, p.token)
    const g = JSON.parse(satu<string>('SELECT geojson FROM batas_desa WHERE desa_kode = ?', desa[0]!.kode)) as { coordinates: [number, number][][] }
    const cincin = g.coordinates[0]!
    expect(cincin).toHaveLength(5)
    // Same corners (orientation may differ): every original corner is within 2e-5° (≈ 2 m) of a stored one.
    for (const [x, y] of asal) expect(Math.min(...cincin.map(([a, b]) => Math.hypot(a - x, b - y)))).toBeLessThan(2e-5)
    for (const [x, y] of cincin) expect(Number.isInteger(Math.round(x * 1e5)) && Math.abs(x * 1e5 - Math.round(x * 1e5)) < 1e-6 && Math.abs(y * 1e5 - Math.round(y * 1e5)) < 1e-6).toBe(true)
    await hapusBatas(k, desa[0]!.kode)
    await hapusBatas(k, desa[1]!.kode)
  })

  describe('[D6] berkas rusak ditolak utuh dengan pesan Indonesia; tabel tidak berubah', () => {
    const utm: FiturShp[] = [{ cincin: [[[124.3, -9.3], [124.32, -9.3], [124.32, -9.28], [124.3, -9.28], [124.3, -9.3]].map((p) => keUtm51S(p as [number, number]))], atribut: { KODE: '5303041001' } }]
    const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features })
    const f = (geometry: unknown, properties: object = { KODE: '5303051005' }) => ({ type: 'Feature', properties, geometry })
    const sq = persegi(124.46, -9.46).coordinates
    const kasus: [string, string, string | Buffer, string, string][] = [
      ['bukan JSON', 'a.geojson', '{"type": "FeatureCollection", "features": [', 'FILE_TIDAK_VALID', 'Berkas bukan GeoJSON yang sah: isinya bukan JSON. Pilih berkas .geojson/.json atau .zip Shapefile.'],
      ['bukan FeatureCollection', 'a.geojson', JSON.stringify({ type: 'Feature', geometry: { type: 'Polygon', coordinates: sq } }), 'FILE_TIDAK_VALID', 'GeoJSON harus berupa FeatureCollection (kumpulan fitur) dengan daftar "features".'],
      ['FeatureCollection kosong', 'a.geojson', fc([]), 'FILE_TIDAK_VALID', 'GeoJSON tidak berisi satu fitur pun.'],
      ['fitur tanpa geometri', 'a.geojson', fc([f({ type: 'Polygon', coordinates: sq }), f(null)]), 'FILE_TIDAK_VALID', 'Fitur ke-2 tidak memiliki geometri.'],
      ['titik, bukan poligon', 'a.geojson', fc([f({ type: 'Point', coordinates: [124.46, -9.46] })]), 'FILE_TIDAK_VALID', 'Fitur ke-1 berjenis Point; batas desa harus berupa Polygon atau MultiPolygon.'],
      ['cincin tidak tertutup', 'a.geojson', fc([f({ type: 'Polygon', coordinates: [sq[0]!.slice(0, 4).concat([[124.47, -9.45]])] })]), 'FILE_TIDAK_VALID', 'Fitur ke-1: cincin poligon tidak tertutup (titik awal berbeda dengan titik akhir).'],
      ['cincin 3 titik', 'a.geojson', fc([f({ type: 'Polygon', coordinates: [[[124.46, -9.46], [124.47, -9.46], [124.46, -9.46]]] })]), 'FILE_TIDAK_VALID', 'Fitur ke-1: cincin poligon hanya 3 titik (minimal 4, titik awal = titik akhir).'],
      ['poligon segaris', 'a.geojson', fc([f({ type: 'Polygon', coordinates: [[[124.46, -9.46], [124.47, -9.46], [124.48, -9.46], [124.46, -9.46]]] })]), 'FILE_TIDAK_VALID', 'Fitur ke-1: poligon tanpa luas (semua titiknya segaris atau sama).'],
      ['koordinat bukan angka', 'a.geojson', fc([f({ type: 'Polygon', coordinates: [[[124.46, '-9.46'], [124.47, -9.46], [124.47, -9.45], [124.46, -9.46]]] })]), 'FILE_TIDAK_VALID', 'Fitur ke-1 memiliki koordinat yang bukan angka.'],
      [
        'koordinat UTM tanpa .prj (GeoJSON)',
        'a.geojson',
        fc([f({ type: 'Polygon', coordinates: [utm[0]!.cincin[0]] })]),
        'FILE_TIDAK_VALID',
        `Koordinat fitur ke-1 (${'x'}) berada di luar wilayah Indonesia (bujur 94–142, lintang −11,5–6,5). Berkas kemungkinan memakai proyeksi lain (mis. UTM dalam meter) tanpa keterangan proyeksi (.prj): simpan ulang dalam WGS 84 (EPSG:4326) atau sertakan berkas .prj di dalam .zip.`,
      ],
      [
        'Shapefile UTM tanpa .prj',
        'batas.zip',
        zipShapefile('batas', utm),
        'FILE_TIDAK_VALID',
        `Koordinat fitur ke-1 (${'x'}) berada di luar wilayah Indonesia (bujur 94–142, lintang −11,5–6,5). Berkas kemungkinan memakai proyeksi lain (mis. UTM dalam meter) tanpa keterangan proyeksi (.prj): simpan ulang dalam WGS 84 (EPSG:4326) atau sertakan berkas .prj di dalam .zip.`,
      ],
      ['.zip tanpa .shp', 'batas.zip', buatZip([{ nama: 'batas.dbf', isi: 'x' }, { nama: 'baca.txt', isi: 'batas desa' }]), 'FILE_TIDAK_VALID', 'Berkas .zip tidak berisi Shapefile (.shp). Masukkan .shp, .shx, .dbf dan .prj ke dalam satu .zip.'],
      ['.zip rusak', 'batas.zip', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]), 'FILE_TIDAK_VALID', 'Berkas .zip rusak atau tidak dapat dibaca.'],
      [
        'kode ganda',
        'a.geojson',
        fc([f({ type: 'Polygon', coordinates: sq }, { KODE: '5303051005' }), f({ type: 'Polygon', coordinates: persegi(124.5, -9.46).coordinates }, { KODE: '53.03.05.1002' }), f({ type: 'Polygon', coordinates: persegi(124.48, -9.46).coordinates }, { KODE: '53.03.05.1005' })]),
        'FILE_TIDAK_VALID',
        'Kode desa 53.03.05.1005 (kolom KODE) muncul lebih dari sekali: fitur ke-1 dan ke-3. Satu desa harus tepat satu fitur; gabungkan atau perbaiki kodenya.',
      ],
      [
        'dua nama untuk satu desa',
        'a.geojson',
        fc([f({ type: 'Polygon', coordinates: sq }, { DESA: 'Benpasi', KEC: 'Kota Kefamenanu' }), f({ type: 'Polygon', coordinates: persegi(124.5, -9.46).coordinates }, { DESA: 'BENPASI', KEC: 'Kota Kefamenanu' })]),
        'FILE_TIDAK_VALID',
        'Desa Benpasi (53.03.05.1005, Kec. Kota Kefamenanu) cocok dengan dua fitur: ke-1 dan ke-2. Satu desa harus tepat satu fitur.',
      ],
    ]
    for (const [judul, nama, isi, kode, pesan] of kasus) {
      it(`[D6] ${judul}`, () => {
        const sebelum = isiTabel()
        const e = galat(() => batas(nama, isi))
        expect(e.kode).toBe(kode)
        if (pesan.includes('(x)')) {
          // The coordinates are quoted in Indonesian number format: "(661.059,12345; 8.971.234,5)".
          expect(e.pesan).toMatch(/^Koordinat fitur ke-1 \(\d{3}\.\d{3},\d+; \d\.\d{3}\.\d{3},\d+\) berada/)
          expect(e.pesan.replace(/\(.*?\) berada/, '(x) berada')).toBe(pesan)
        } else expect(e.pesan).toBe(pesan)
        expect(isiTabel()).toBe(sebelum)
      })
    }

    it('[D6] berkas di atas 30 MB ditolak sebelum diurai', () => {
      const sebelum = isiTabel()
      const besar = 'A'.repeat(45_000_000)
      const e = galat(() => pratinjauPeta(k, 'batas', { namaBerkas: 'besar.geojson', berkasBase64: besar }))
      expect(e).toMatchObject({ kode: 'FILE_TIDAK_VALID', pesan: 'Berkas terlalu besar (32,2 MB); batas 30 MB. Sederhanakan geometrinya atau bagi per kecamatan.' })
      expect(isiTabel()).toBe(sebelum)
    })
  })

  it('[D3] impor titik CSV (titik koma, koma desimal): pratinjau lalu simpan ke lintang/bujur desa dengan audit; Point wajib untuk GeoJSON titik', async () => {
    const csv = ['kode;desa;kecamatan;lintang;bujur', '5303051005;Benpasi;Kota Kefamenanu;-9,45123;124,47001', ';Kelurahan Aplasi;Kota Kefamenanu;-9,44;124,49', '5303999999;Fiktif;Entah;-9,4;124,4'].join('\r\n')
    const sebelum = sql().prepare('SELECT kode, lintang, bujur FROM desa WHERE kode IN (?, ?)').all(KODE.benpasi, KODE.aplasi)
    const p = pratinjauPeta(k, 'titik', { namaBerkas: 'titik.csv', berkasBase64: b64(csv) })
    expect(p.kolomKode).toBe('kode')
    expect(p.cocok.map((c) => [c.nomor, c.desaKode, c.cara])).toEqual([
      [1, KODE.benpasi, 'kode'],
      [2, KODE.aplasi, 'nama'],
    ])
    expect(p.tidakCocok.map((t) => t.nomor)).toEqual([3])
    expect(sql().prepare('SELECT kode, lintang, bujur FROM desa WHERE kode IN (?, ?)').all(KODE.benpasi, KODE.aplasi)).toEqual(sebelum)
    const auditAwal = satu<number>(`SELECT count(*) FROM audit WHERE tabel = 'desa'`)
    await simpanTitik(k, p.token)
    expect(sql().prepare('SELECT lintang, bujur FROM desa WHERE kode = ?').get(KODE.benpasi)).toEqual({ lintang: -9.45123, bujur: 124.47001 })
    expect(sql().prepare('SELECT lintang, bujur FROM desa WHERE kode = ?').get(KODE.aplasi)).toEqual({ lintang: -9.44, bujur: 124.49 })
    expect(satu<number>(`SELECT count(*) FROM audit WHERE tabel = 'desa'`) - auditAwal).toBe(2)
    const a = JSON.parse(satu<string>(`SELECT sesudah FROM audit WHERE tabel = 'desa' AND kunci = ? ORDER BY id DESC LIMIT 1`, KODE.benpasi)) as Record<string, unknown>
    expect(a).toMatchObject({ lintang: -9.45123, bujur: 124.47001, sumber: 'titik.csv' })

    const s2 = isiTabel()
    const e = galat(() => pratinjauPeta(k, 'titik', { namaBerkas: 't.geojson', berkasBase64: b64(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: persegi(124.4, -9.4).coordinates } }] })) }))
    expect(e).toMatchObject({ kode: 'FILE_TIDAK_VALID', pesan: 'Fitur ke-1 berjenis Polygon; titik desa harus berupa Point.' })
    const e2 = galat(() => pratinjauPeta(k, 'titik', { namaBerkas: 't.csv', berkasBase64: b64('kode;nama\n5303051005;Benpasi') }))
    expect(e2).toMatchObject({ kode: 'FILE_TIDAK_VALID', pesan: 'Berkas CSV harus memiliki kolom lintang dan bujur (nama kolom: lintang/latitude/lat/y dan bujur/longitude/lon/lng/long/x).' })
    expect(isiTabel()).toBe(s2)
  })

  it('[D2] hapus batas: satu desa atau semua, diaudit; desa tanpa batas → TIDAK_DITEMUKAN', async () => {
    const ada = satu<number>('SELECT count(*) FROM batas_desa')
    expect(ada).toBe(4)
    expect(await hapusBatas(k, KODE.sasi)).toEqual({ jumlah: 1 })
    await expect(hapusBatas(k, KODE.sasi)).rejects.toMatchObject({ kode: 'TIDAK_DITEMUKAN', pesan: `Desa ${KODE.sasi} belum memiliki batas wilayah.` })
    expect(await hapusBatas(k)).toEqual({ jumlah: 3 })
    expect(satu<number>('SELECT count(*) FROM batas_desa')).toBe(0)
    expect(satu<number>(`SELECT count(*) FROM audit WHERE tabel = 'batas_desa' AND aksi = 'hapus'`)).toBe(4 + 2)
  })
})
