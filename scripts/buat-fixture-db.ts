// Writes tests/fixtures/db/skema-v<N>.sqlite: a database at an old schema version with
// realistic rows, kept in the repo so every later version must keep migrating it.
// Run once per released schema version: npx tsx scripts/buat-fixture-db.ts 1
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { jalankanMigrasi } from '../electron/services/db/migrasi'
import { MIGRASI } from '../electron/services/db/migrations'

const versi = Number(process.argv[2])
const berkas = path.resolve('tests/fixtures/db', `skema-v${versi}.sqlite`)
fs.rmSync(berkas, { force: true })
const db = new Database(berkas)
jalankanMigrasi(db, MIGRASI.filter((m) => m.versi <= versi))
db.exec(`
  INSERT INTO satker VALUES (1, '53.03', 'POLRES CONTOH', 'polres', '53', 'Nusa Tenggara Timur', 'WITA', 'I KETUT SUTA, S.H.', 'AKP', '12345678', '2024-09-01T00:00:00.000Z');
  INSERT INTO kabupaten VALUES ('53.03', 'Kabupaten Timor Tengah Utara');
  INSERT INTO polsek (id, nama) VALUES (1, 'POLSEK MIOMAFFO BARAT');
  INSERT INTO kecamatan VALUES ('53.03.01', 'Miomaffo Barat', '53.03', 1);
  INSERT INTO desa VALUES ('53.03.01.2001', 'Oelami', '53.03.01', 2000, 500, 4, 1, -9.45, 124.48, 'kemendagri');
  INSERT INTO desa VALUES ('53.03.01.2002', 'Fatuneno', '53.03.01', NULL, NULL, NULL, NULL, NULL, NULL, 'kemendagri');
  INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES ('2024-09-02T01:00:00.000Z', 'admin', 'ubah', 'desa', '53.03.01.2001', '{"penduduk":null}', '{"penduduk":2000}');
`)
db.pragma('journal_mode = DELETE')
db.close()
console.log(`ditulis: ${berkas}`)
