import { sqlBulanMinggu } from '../sql-minggu'
import type { Migrasi } from './jenis'

/** Years the lookup covers: the API accepts 2000–2100; other years fall back to date arithmetic. */
const TAHUN_AWAL = 2000
const TAHUN_AKHIR = 2100

/**
 * The month of an ISO week: a primary-key lookup in minggu_bulan, with the date
 * arithmetic of migration 004 only for a week outside the table (coalesce
 * evaluates its second argument only when the first is NULL).
 */
const bulanDari = (tahun: string, minggu: string) =>
  `coalesce((SELECT mb.bulan FROM minggu_bulan mb WHERE mb.tahun = ${tahun} AND mb.minggu = ${minggu}), ${sqlBulanMinggu(tahun, minggu)})`

/** Marks one desa-month dirty; INSERT … WHERE NOT EXISTS for the reason given in 004. */
const tandai = (desa: string, bulan: string) =>
  `INSERT INTO ikdk_kotor (desa_kode, bulan) SELECT ${desa}, b.bulan FROM (SELECT ${bulan} AS bulan) b WHERE NOT EXISTS (SELECT 1 FROM ikdk_kotor x WHERE x.bulan = b.bulan AND x.desa_kode = ${desa});`
const tandaiHasil = (syarat: string) =>
  `INSERT INTO ikdk_kotor (desa_kode, bulan) SELECT h.desa_kode, h.bulan FROM hasil_ikdk h WHERE ${syarat} AND NOT EXISTS (SELECT 1 FROM ikdk_kotor x WHERE x.bulan = h.bulan AND x.desa_kode = h.desa_kode);`

/**
 * Cheaper writes of weekly reports ([B8]), same meaning as 004:
 * - `minggu_bulan (tahun, minggu) → bulan` (month of the week's Thursday) for
 *   2000–2100, filled here with SQLite's own date arithmetic, so the weekly
 *   triggers look the month up instead of computing it twice per row;
 * - `ikdk_kotor` keyed by (bulan, desa_kode): one week's marks sit together in
 *   the index instead of one page per desa, and the recompute reads its work
 *   list per month by the key's prefix;
 * - the update trigger marks the old desa-month only when the key moved (an
 *   upsert of the same row used to mark the same month twice).
 * Every trigger of 004 that writes `ikdk_kotor` is recreated, so every writer
 * (grid, imports, demo loader, desa code change, master data, unlocking) still
 * marks its desa-months in its own transaction.
 */
export const migrasi011: Migrasi = {
  versi: 11,
  nama: 'kinerja_mingguan',
  naik: (sqlite) => {
    sqlite.exec(`
      CREATE TABLE minggu_bulan (
        tahun INTEGER NOT NULL,
        minggu INTEGER NOT NULL CHECK (minggu BETWEEN 1 AND 53),
        bulan TEXT NOT NULL CHECK (bulan GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        PRIMARY KEY (tahun, minggu)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO minggu_bulan (tahun, minggu, bulan)
        WITH RECURSIVE
          t(tahun) AS (SELECT ${TAHUN_AWAL} UNION ALL SELECT tahun + 1 FROM t WHERE tahun < ${TAHUN_AKHIR}),
          m(minggu) AS (SELECT 1 UNION ALL SELECT minggu + 1 FROM m WHERE minggu < 53),
          k(tahun, minggu, bulan) AS (SELECT tahun, minggu, ${sqlBulanMinggu('tahun', 'minggu')} FROM t, m)
        -- Week 53 exists only when its Thursday still lies in the same year.
        SELECT tahun, minggu, bulan FROM k WHERE CAST(substr(bulan, 1, 4) AS INTEGER) = tahun ORDER BY tahun, minggu;

      DROP TRIGGER laporan_kotor_tambah;
      DROP TRIGGER laporan_kotor_ubah;
      DROP TRIGGER laporan_kotor_hapus;
      DROP TRIGGER kejadian_kotor_tambah;
      DROP TRIGGER kejadian_kotor_ubah;
      DROP TRIGGER kejadian_kotor_hapus;
      DROP TRIGGER desa_kotor_master;
      DROP TRIGGER kunci_dibuka_kotor;

      CREATE TABLE ikdk_kotor_baru (
        desa_kode TEXT NOT NULL,
        bulan TEXT NOT NULL,
        PRIMARY KEY (bulan, desa_kode)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO ikdk_kotor_baru (desa_kode, bulan) SELECT desa_kode, bulan FROM ikdk_kotor;
      DROP TABLE ikdk_kotor;
      ALTER TABLE ikdk_kotor_baru RENAME TO ikdk_kotor;

      CREATE TRIGGER laporan_kotor_tambah AFTER INSERT ON laporan_mingguan BEGIN
        ${tandai('NEW.desa_kode', bulanDari('NEW.tahun', 'NEW.minggu'))}
      END;
      CREATE TRIGGER laporan_kotor_ubah AFTER UPDATE ON laporan_mingguan BEGIN
        ${tandai('NEW.desa_kode', bulanDari('NEW.tahun', 'NEW.minggu'))}
      END;
      CREATE TRIGGER laporan_kotor_ubah_kunci AFTER UPDATE OF desa_kode, tahun, minggu ON laporan_mingguan
        WHEN OLD.desa_kode IS NOT NEW.desa_kode OR OLD.tahun IS NOT NEW.tahun OR OLD.minggu IS NOT NEW.minggu BEGIN
        ${tandai('OLD.desa_kode', bulanDari('OLD.tahun', 'OLD.minggu'))}
      END;
      CREATE TRIGGER laporan_kotor_hapus AFTER DELETE ON laporan_mingguan BEGIN
        ${tandai('OLD.desa_kode', bulanDari('OLD.tahun', 'OLD.minggu'))}
      END;
      CREATE TRIGGER kejadian_kotor_tambah AFTER INSERT ON kejadian BEGIN
        ${tandai('NEW.desa_kode', 'substr(NEW.tanggal, 1, 7)')}
      END;
      CREATE TRIGGER kejadian_kotor_ubah AFTER UPDATE ON kejadian BEGIN
        ${tandai('NEW.desa_kode', 'substr(NEW.tanggal, 1, 7)')}
        ${tandai('OLD.desa_kode', 'substr(OLD.tanggal, 1, 7)')}
      END;
      CREATE TRIGGER kejadian_kotor_hapus AFTER DELETE ON kejadian BEGIN
        ${tandai('OLD.desa_kode', 'substr(OLD.tanggal, 1, 7)')}
      END;
      CREATE TRIGGER desa_kotor_master AFTER UPDATE OF penduduk, jumlah_kk, pos_kamling_total ON desa BEGIN
        ${tandaiHasil('h.desa_kode = NEW.kode')}
      END;
      CREATE TRIGGER kunci_dibuka_kotor AFTER DELETE ON kunci_periode BEGIN
        ${tandaiHasil('h.bulan = OLD.bulan')}
      END;
    `)
  },
}
