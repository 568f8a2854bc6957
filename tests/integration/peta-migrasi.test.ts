import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { jalankanMigrasi } from '../../electron/services/db/migrasi'
import { MIGRASI } from '../../electron/services/db/migrations'
import { migrasi007 } from '../../electron/services/db/migrations/007_peta'

describe('migrasi 007 (Peta Rawan)', () => {
  it('[D2] batas_desa: tabel STRICT, geojson wajib JSON sah, desa wajib ada, ikut terhapus bersama desanya', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    const sebelum = MIGRASI.filter((m) => m.versi < 7)
    jalankanMigrasi(db, sebelum)
    expect(jalankanMigrasi(db, [...sebelum, migrasi007])).toEqual([7])
    expect(db.pragma('user_version', { simple: true })).toBe(7)
    expect((db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'batas_desa'").get() as { strict: number }).strict).toBe(1)
    db.exec("INSERT INTO kabupaten VALUES ('53.03','TTU'); INSERT INTO kecamatan VALUES ('53.03.01','Miomaffo Barat','53.03',NULL)")
    db.exec("INSERT INTO desa (kode, nama, kecamatan_kode) VALUES ('53.03.01.2001','Oelami','53.03.01')")
    const isi = db.prepare('INSERT INTO batas_desa (desa_kode, geojson, sumber, diimpor_pada, diimpor_oleh) VALUES (?, ?, ?, ?, ?)')
    const poligon = JSON.stringify({ type: 'Polygon', coordinates: [[[124.47, -9.46], [124.49, -9.46], [124.49, -9.44], [124.47, -9.46]]] })
    expect(() => isi.run('53.03.01.2001', '{bukan json', 'a.geojson', '2024-09-12T00:00:00Z', 'admin')).toThrow(/CHECK/)
    expect(() => isi.run('53.03.01.9999', poligon, 'a.geojson', '2024-09-12T00:00:00Z', 'admin')).toThrow(/FOREIGN KEY/)
    isi.run('53.03.01.2001', poligon, 'a.geojson', '2024-09-12T00:00:00Z', 'admin')
    expect(() => isi.run('53.03.01.2001', poligon, 'b.geojson', '2024-09-12T00:00:00Z', 'admin')).toThrow(/UNIQUE|PRIMARY/)
    db.exec("DELETE FROM desa WHERE kode = '53.03.01.2001'")
    expect(db.prepare('SELECT count(*) n FROM batas_desa').get()).toEqual({ n: 0 })
  })
})
