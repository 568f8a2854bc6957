import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { jalankanMigrasi, versiSkema } from '../../electron/services/db/migrasi'
import { MIGRASI } from '../../electron/services/db/migrations'

describe('migrasi 009 (Mode Polda)', () => {
  it('[F3] nama Polsek unik per satker (bukan seluruh aplikasi); data lama, rujukan kecamatan/personel dan kunci asing tetap utuh', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    const sebelum9 = MIGRASI.filter((m) => m.versi < 9)
    jalankanMigrasi(db, sebelum9)
    // A Polres database as it stands before 009: two Polsek, their kecamatan and an officer.
    db.exec(`
      INSERT INTO kabupaten VALUES ('53.03', 'Kabupaten Timor Tengah Utara');
      INSERT INTO polsek (id, nama) VALUES (1, 'POLSEK KOTA'), (2, 'POLSEK INSANA');
      INSERT INTO kecamatan VALUES ('53.03.01', 'Kota Kefamenanu', '53.03', 1), ('53.03.02', 'Insana', '53.03', 2), ('53.03.03', 'Biboki', '53.03', NULL);
      INSERT INTO desa (kode, nama, kecamatan_kode) VALUES ('53.03.01.1001', 'Benpasi', '53.03.01');
      INSERT INTO personel (nrp, nama, pangkat, jabatan, polsek_id, kontak, aktif) VALUES ('85071234', 'YOSEF TAEK', 'BRIPKA', 'Bhabinkamtibmas', 2, NULL, 1);
    `)
    expect(jalankanMigrasi(db, MIGRASI.filter((m) => m.versi <= 9))).toEqual([9])
    expect(versiSkema(db)).toBe(9)
    expect(db.prepare('SELECT id, nama, satker_kode FROM polsek ORDER BY id').all()).toEqual([
      { id: 1, nama: 'POLSEK KOTA', satker_kode: null },
      { id: 2, nama: 'POLSEK INSANA', satker_kode: null },
    ])
    expect(db.prepare('SELECT kode, polsek_id FROM kecamatan ORDER BY kode').all()).toEqual([
      { kode: '53.03.01', polsek_id: 1 },
      { kode: '53.03.02', polsek_id: 2 },
      { kode: '53.03.03', polsek_id: null },
    ])
    expect(db.prepare('SELECT polsek_id, satker_kode FROM personel').get()).toEqual({ polsek_id: 2, satker_kode: null })
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'polsek'").get()).toEqual({ strict: 1 })
    // The rebuilt table is still referenced: an unknown Polsek id is refused.
    expect(() => db.exec("UPDATE personel SET polsek_id = 99 WHERE nrp = '85071234'")).toThrow(/FOREIGN KEY/)
    // The own satker's names stay unique (any case); another Polres may have its own POLSEK KOTA, once.
    expect(() => db.exec("INSERT INTO polsek (nama) VALUES ('polsek kota')")).toThrow(/UNIQUE/)
    db.exec("INSERT INTO polsek (nama, satker_kode) VALUES ('POLSEK KOTA', '53.01'), ('POLSEK KOTA', '53.71')")
    expect(() => db.exec("INSERT INTO polsek (nama, satker_kode) VALUES ('Polsek Kota', '53.01')")).toThrow(/UNIQUE/)
    expect(() => db.exec("INSERT INTO polsek (nama, satker_kode) VALUES ('POLSEK X', '53')")).toThrow(/CHECK/)
    // Polres of a Polda and the kabupaten each covers.
    db.exec("INSERT INTO polres VALUES ('53.03', 'POLRES TIMOR TENGAH UTARA'); INSERT INTO polres_kabupaten VALUES ('53.03', '53.03')")
    expect(() => db.exec("INSERT INTO polres_kabupaten VALUES ('53.99', '53.03')")).toThrow(/FOREIGN KEY/)
    expect(() => db.exec("INSERT INTO polres VALUES ('53', 'POLDA')")).toThrow(/CHECK/)
    expect(db.prepare("SELECT nilai FROM pengaturan WHERE kunci = 'polda_batas_kirim_hari'").get()).toEqual({ nilai: '5' })
  })
})
