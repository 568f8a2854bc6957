import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { jalankanMigrasi, versiSkema } from '../../electron/services/db/migrasi'
import { MIGRASI } from '../../electron/services/db/migrations'

const TABEL_005 = ['ekspor_revisi', 'impor', 'impor_baris', 'kunci_tanda_tangan', 'kunci_tepercaya', 'periode_impor']

describe('migrasi 005 (Pertukaran Data)', () => {
  it('[F1] [F2] menambah tabel revisi ekspor, periode impor, log impor dan kunci sebagai tabel STRICT', () => {
    const db = new Database(':memory:')
    const sampai5 = MIGRASI.filter((m) => m.versi <= 5)
    jalankanMigrasi(db, sampai5.slice(0, 4))
    expect(jalankanMigrasi(db, sampai5)).toEqual([5])
    expect(versiSkema(db)).toBe(5)
    const tabel = db.prepare("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name IN (" + TABEL_005.map(() => '?').join(',') + ') ORDER BY name').all(...TABEL_005)
    expect(tabel).toEqual(TABEL_005.map((name) => ({ name, strict: 1 })))
    // A revision starts at 1; one period per satker holds one imported revision.
    expect(() => db.exec("INSERT INTO ekspor_revisi VALUES ('53.03','2024-07','2024-09',0,'x.xlsx',0,0,'t','u')")).toThrow(/CHECK/)
    expect(() => db.exec("INSERT INTO ekspor_revisi VALUES ('53.03','2024-09','2024-07',1,'x.xlsx',0,0,'t','u')")).toThrow(/CHECK/)
    db.exec("INSERT INTO impor (satker_kode, bulan_awal, bulan_akhir, revisi, sidik, nama_berkas, diimpor_pada, diimpor_oleh, ringkasan) VALUES ('53.03','2024-07','2024-09',1,'s','x.xlsx','t','u','{}')")
    db.exec("INSERT INTO periode_impor VALUES ('53.03','2024-07','2024-09',1,'s',1,'t')")
    expect(() => db.exec("INSERT INTO periode_impor VALUES ('53.03','2024-07','2024-09',2,'s',1,'t')")).toThrow(/UNIQUE|PRIMARY/)
    // Only one signing key: the satker's own.
    db.exec("INSERT INTO kunci_tanda_tangan VALUES (1,'priv','pub','sidik','t')")
    expect(() => db.exec("INSERT INTO kunci_tanda_tangan VALUES (2,'priv','pub','sidik','t')")).toThrow(/CHECK/)
  })
})
