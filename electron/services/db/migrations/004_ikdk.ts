import { sqlBulanMinggu } from '../sql-minggu'
import type { Migrasi } from './jenis'

/**
 * Marks one desa-month dirty. Written as INSERT … WHERE NOT EXISTS rather than
 * with an IGNORE conflict clause: inside a trigger the firing statement's
 * conflict policy wins, and an UPSERT on laporan_mingguan would turn it into ABORT.
 */
const tandai = (desa: string, bulan: string) =>
  `INSERT INTO ikdk_kotor (desa_kode, bulan) SELECT ${desa}, ${bulan} WHERE NOT EXISTS (SELECT 1 FROM ikdk_kotor WHERE desa_kode = ${desa} AND bulan = ${bulan});`
const tandaiHasil = (syarat: string) =>
  `INSERT INTO ikdk_kotor (desa_kode, bulan) SELECT h.desa_kode, h.bulan FROM hasil_ikdk h WHERE ${syarat} AND NOT EXISTS (SELECT 1 FROM ikdk_kotor x WHERE x.desa_kode = h.desa_kode AND x.bulan = h.bulan);`

/**
 * IKDK: imported scheme files, the scheme chosen per period, stored results per
 * desa per month, and the set of desa-months to recompute. Triggers mark a
 * desa-month dirty in the same transaction as the change that affects it, so a
 * power cut can never leave a stale result unmarked.
 */
export const migrasi004: Migrasi = {
  versi: 4,
  nama: 'ikdk',
  naik: (sqlite) => {
    const bulanBaru = sqlBulanMinggu('NEW.tahun', 'NEW.minggu')
    const bulanLama = sqlBulanMinggu('OLD.tahun', 'OLD.minggu')
    sqlite.exec(`
      CREATE TABLE skema_ikdk (
        id TEXT NOT NULL,
        versi INTEGER NOT NULL,
        nama TEXT NOT NULL,
        isi TEXT NOT NULL,
        diimpor_pada TEXT NOT NULL,
        PRIMARY KEY (id, versi)
      ) STRICT;
      CREATE TABLE skema_periode (
        bulan_mulai TEXT PRIMARY KEY,
        skema_id TEXT NOT NULL,
        skema_versi INTEGER NOT NULL,
        FOREIGN KEY (skema_id, skema_versi) REFERENCES skema_ikdk (id, versi)
      ) STRICT;
      CREATE TABLE hasil_ikdk (
        desa_kode TEXT NOT NULL REFERENCES desa (kode),
        bulan TEXT NOT NULL,
        nilai REAL,
        kategori TEXT,
        keyakinan TEXT NOT NULL,
        sementara INTEGER NOT NULL,
        minggu_bulan INTEGER NOT NULL,
        minggu_dihitung INTEGER NOT NULL,
        minggu_dilaporkan INTEGER NOT NULL,
        dimensi TEXT NOT NULL,
        skema_id TEXT NOT NULL,
        skema_versi INTEGER NOT NULL,
        dihitung_pada TEXT NOT NULL,
        PRIMARY KEY (desa_kode, bulan)
      ) STRICT;
      CREATE INDEX hasil_ikdk_bulan ON hasil_ikdk (bulan);
      CREATE TABLE ikdk_kotor (
        desa_kode TEXT NOT NULL,
        bulan TEXT NOT NULL,
        PRIMARY KEY (desa_kode, bulan)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER laporan_kotor_tambah AFTER INSERT ON laporan_mingguan BEGIN
        ${tandai('NEW.desa_kode', bulanBaru)}
      END;
      CREATE TRIGGER laporan_kotor_ubah AFTER UPDATE ON laporan_mingguan BEGIN
        ${tandai('NEW.desa_kode', bulanBaru)}
        ${tandai('OLD.desa_kode', bulanLama)}
      END;
      CREATE TRIGGER laporan_kotor_hapus AFTER DELETE ON laporan_mingguan BEGIN
        ${tandai('OLD.desa_kode', bulanLama)}
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
