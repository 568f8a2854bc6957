import type Database from 'better-sqlite3'
import type { Migrasi } from './jenis'

/**
 * Rebuilds `polsek` so its names are unique per satker instead of
 * app-wide: a Polda holds the Polsek of many Polres, and two Polres may both
 * have a "POLSEK KOTA". SQLite cannot drop a UNIQUE constraint, and the
 * migration runs in a transaction with foreign keys on, so every column that
 * references polsek is set aside, emptied, and put back after the swap.
 */
function bangunUlangPolsek(s: Database.Database): void {
  const anak: { tabel: string; kolom: string }[] = []
  for (const { name } of s.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]) {
    for (const fk of s.prepare(`SELECT "table" AS induk, [from] AS kolom FROM pragma_foreign_key_list(?)`).all(name) as { induk: string; kolom: string }[]) {
      if (fk.induk === 'polsek') anak.push({ tabel: name, kolom: fk.kolom })
    }
  }
  anak.forEach((a, i) => {
    s.exec(`CREATE TEMP TABLE simpan_polsek_${i} AS SELECT rowid AS r, "${a.kolom}" AS v FROM "${a.tabel}" WHERE "${a.kolom}" IS NOT NULL`)
    s.exec(`UPDATE "${a.tabel}" SET "${a.kolom}" = NULL WHERE "${a.kolom}" IS NOT NULL`)
  })
  s.exec(`
    CREATE TABLE polsek_baru (
      id INTEGER PRIMARY KEY,
      nama TEXT NOT NULL COLLATE NOCASE,
      satker_kode TEXT CHECK (satker_kode IS NULL OR satker_kode GLOB '[0-9][0-9].[0-9][0-9]')
    ) STRICT;
    INSERT INTO polsek_baru (id, nama) SELECT id, nama FROM polsek;
    DROP TABLE polsek;
    ALTER TABLE polsek_baru RENAME TO polsek;
    CREATE UNIQUE INDEX polsek_satker_nama ON polsek (coalesce(satker_kode, ''), nama COLLATE NOCASE);
  `)
  anak.forEach((a, i) => {
    s.exec(`UPDATE "${a.tabel}" SET "${a.kolom}" = (SELECT v FROM temp.simpan_polsek_${i} WHERE r = "${a.tabel}".rowid) WHERE rowid IN (SELECT r FROM temp.simpan_polsek_${i})`)
    s.exec(`DROP TABLE temp.simpan_polsek_${i}`)
  })
}

/**
 * Mode Polda: the Polres of the Polda and the kabupaten/kota each covers,
 * Polsek and personnel tagged with the Polres whose file brought them (NULL:
 * the app's own satker), and the day of the next month by which a Polres
 * file is due. Desa, kecamatan and kabupaten codes already carry the
 * province and kabupaten, so they are unique province-wide as they are.
 */
export const migrasi009: Migrasi = {
  versi: 9,
  nama: 'polda',
  naik: (sqlite) => {
    bangunUlangPolsek(sqlite)
    sqlite.exec(`
      CREATE TABLE polres (
        kode TEXT PRIMARY KEY CHECK (kode GLOB '[0-9][0-9].[0-9][0-9]'),
        nama TEXT NOT NULL UNIQUE COLLATE NOCASE
      ) STRICT;
      CREATE TABLE polres_kabupaten (
        kabupaten_kode TEXT PRIMARY KEY REFERENCES kabupaten (kode),
        polres_kode TEXT NOT NULL REFERENCES polres (kode)
      ) STRICT;
      CREATE INDEX polres_kabupaten_polres ON polres_kabupaten (polres_kode);
      ALTER TABLE personel ADD COLUMN satker_kode TEXT CHECK (satker_kode IS NULL OR satker_kode GLOB '[0-9][0-9].[0-9][0-9]');
      INSERT OR IGNORE INTO pengaturan (kunci, nilai) VALUES ('polda_batas_kirim_hari', '5');
    `)
  },
}
