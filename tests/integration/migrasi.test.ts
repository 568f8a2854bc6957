import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { Aplikasi, tentukanFolderData } from '../../electron/services/aplikasi'
import { bukaBasisdata } from '../../electron/services/db/koneksi'
import { jalankanMigrasi, versiSkema } from '../../electron/services/db/migrasi'
import { MIGRASI, VERSI_SKEMA_TERBARU } from '../../electron/services/db/migrations'
import { platformTanpaCetak } from '../../electron/services/platform'
import { GalatAplikasi } from '../../shared/galat'
import { folderSementara } from '../helpers/folder'

const hash = (berkas: string) => crypto.createHash('sha256').update(fs.readFileSync(berkas)).digest('hex')
const tabel = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name)

let bersihkan: (() => void)[] = []
afterEach(() => {
  for (const f of bersihkan) f()
  bersihkan = []
})
function folder() {
  const t = folderSementara()
  bersihkan.push(t.hapus)
  return t.folder
}

describe('migrasi', () => {
  it('[A4] migrasi 001 membuat tabel wilayah, satker dan audit sebagai tabel STRICT', () => {
    const db = new Database(':memory:')
    expect(jalankanMigrasi(db, MIGRASI.slice(0, 1))).toEqual([1])
    expect(versiSkema(db)).toBe(1)
    expect(tabel(db)).toEqual(['audit', 'desa', 'kabupaten', 'kecamatan', 'migrasi', 'polsek', 'satker'])
    const strict = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'").all() as { name: string; strict: number }[]
    expect(strict.every((t) => t.strict === 1)).toBe(true)
    // Value columns stay nullable: a desa without penduduk is "not filled", not 0.
    db.exec("INSERT INTO kabupaten VALUES ('53.03','TTU'); INSERT INTO kecamatan VALUES ('53.03.01','Miomaffo Barat','53.03',NULL)")
    db.exec("INSERT INTO desa (kode, nama, kecamatan_kode) VALUES ('53.03.01.2001','Oelami','53.03.01')")
    expect(db.prepare("SELECT penduduk FROM desa").get()).toEqual({ penduduk: null })
    expect(() => db.exec("UPDATE desa SET penduduk = -1")).toThrow(/CHECK/)
    expect(() => db.exec("UPDATE desa SET penduduk = 'banyak'")).toThrow()
  })

  it('[A4] migrasi 002 menambah tabel pengaturan dengan target DDS bawaan 5 KK per hari', () => {
    const db = new Database(':memory:')
    jalankanMigrasi(db, MIGRASI.slice(0, 1))
    expect(jalankanMigrasi(db, MIGRASI.slice(0, 2))).toEqual([2])
    expect(versiSkema(db)).toBe(2)
    expect(db.prepare("SELECT nilai FROM pengaturan WHERE kunci = 'target_dds_kk_per_hari'").get()).toEqual({ nilai: '5' })
    expect(db.prepare('SELECT versi, nama FROM migrasi ORDER BY versi').all()).toEqual([
      { versi: 1, nama: 'awal' },
      { versi: 2, nama: 'pengaturan' },
    ])
  })

  it('[A4] migrasi yang gagal di tengah tidak meninggalkan apa pun (satu transaksi per migrasi)', () => {
    const db = new Database(':memory:')
    jalankanMigrasi(db, MIGRASI.slice(0, 1))
    const gagal = {
      versi: 2,
      nama: 'gagal',
      naik: (s: Database.Database) => {
        s.exec('CREATE TABLE setengah (a INTEGER) STRICT')
        throw new Error('listrik padam')
      },
    }
    expect(() => jalankanMigrasi(db, [MIGRASI[0]!, gagal])).toThrow('listrik padam')
    expect(versiSkema(db)).toBe(1)
    expect(tabel(db)).not.toContain('setengah')
    expect(db.prepare('SELECT count(*) n FROM migrasi').get()).toEqual({ n: 1 })
  })

  it('[A4] koneksi memakai WAL, synchronous=FULL dan foreign_keys', async () => {
    const bd = bukaBasisdata(path.join(folder(), 'a.sqlite'))
    expect(bd.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(bd.sqlite.pragma('synchronous', { simple: true })).toBe(2)
    expect(bd.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(versiSkema(bd.sqlite)).toBe(VERSI_SKEMA_TERBARU)
    expect(() => bd.sqlite.exec("INSERT INTO kecamatan VALUES ('53.99.01','X','53.99',NULL)")).toThrow(/FOREIGN KEY/)
    await bd.tutup()
  })

  it('[A4] basis data dari versi yang lebih baru ditolak dengan pesan jelas dan tidak diubah sedikit pun', async () => {
    const dir = folder()
    const berkas = path.join(dir, 'binmas.sqlite')
    const db = new Database(berkas)
    db.exec('CREATE TABLE masa_depan (x TEXT); INSERT INTO masa_depan VALUES (1)')
    db.pragma('user_version = 99')
    db.close()
    const sebelum = hash(berkas)
    const daftarSebelum = fs.readdirSync(dir).sort()

    let galat: unknown
    try {
      bukaBasisdata(berkas)
    } catch (e) {
      galat = e
    }
    expect(galat).toBeInstanceOf(GalatAplikasi)
    expect((galat as GalatAplikasi).kode).toBe('DB_VERSI_LEBIH_BARU')
    expect((galat as GalatAplikasi).pesan).toContain('versi yang lebih baru (skema 99')
    expect((galat as GalatAplikasi).pesan).toContain('tidak diubah')

    // Through the app: it starts, reports the problem, and still does not touch the file.
    const app = Aplikasi.buka({ folderData: dir, platform: platformTanpaCetak, versiAplikasi: 'uji' })
    expect(app.galatDb?.kode).toBe('DB_VERSI_LEBIH_BARU')
    await app.tutup()
    expect(hash(berkas)).toBe(sebelum)
    expect(fs.readdirSync(dir).sort()).toEqual(daftarSebelum)
  })

  it('[A4] berkas yang bukan basis data ditolak sebagai rusak dan tidak diubah', () => {
    const dir = folder()
    const berkas = path.join(dir, 'binmas.sqlite')
    fs.writeFileSync(berkas, crypto.randomBytes(8192))
    const sebelum = hash(berkas)
    expect(() => bukaBasisdata(berkas)).toThrow(expect.objectContaining({ kode: 'DB_RUSAK' }))
    expect(hash(berkas)).toBe(sebelum)
  })

  it('[A4] basis data contoh skema versi 1 di tests/fixtures/db bermigrasi dengan datanya utuh', async () => {
    const dir = folder()
    const berkas = path.join(dir, 'binmas.sqlite')
    fs.copyFileSync(path.resolve('tests/fixtures/db/skema-v1.sqlite'), berkas)
    const lama = new Database(berkas, { readonly: true })
    expect(versiSkema(lama)).toBe(1)
    const desaLama = lama.prepare('SELECT * FROM desa ORDER BY kode').all()
    lama.close()
    const bd = bukaBasisdata(berkas)
    expect(versiSkema(bd.sqlite)).toBe(VERSI_SKEMA_TERBARU)
    // Every old column keeps its value; later migrations may only add columns.
    const desaBaru = bd.sqlite.prepare('SELECT * FROM desa ORDER BY kode').all() as Record<string, unknown>[]
    expect(desaBaru.map((d, i) => Object.fromEntries(Object.keys(desaLama[i] as object).map((k) => [k, d[k]])))).toEqual(desaLama)
    expect(desaBaru.every((d) => d.aktif === 1)).toBe(true)
    expect(bd.sqlite.prepare('SELECT nama, kasat_nrp FROM satker').get()).toEqual({ nama: 'POLRES CONTOH', kasat_nrp: '12345678' })
    await bd.tutup()
  })

  it('[A4] folder data diambil dari BINMAS_DATA_DIR, dan pengujian tanpa itu ditolak', () => {
    expect(tentukanFolderData({ BINMAS_DATA_DIR: '/tmp/binmas-x' })).toBe(path.resolve('/tmp/binmas-x'))
    expect(() => tentukanFolderData({ VITEST: 'true' })).toThrow(/BINMAS_DATA_DIR wajib/)
    expect(tentukanFolderData({}, '/data/pengguna')).toBe('/data/pengguna')
  })
})
