import type { Migrasi } from './jenis'

const angka = (k: string) => `${k} INTEGER CHECK (${k} >= 0)`

/**
 * Weekly work: personnel and their desa binaan (with history), the weekly
 * report per desa per ISO week, the incident register, period locks, and
 * renumbered desa codes (pemekaran).
 */
export const migrasi003: Migrasi = {
  versi: 3,
  nama: 'mingguan',
  naik: (sqlite) => {
    sqlite.exec(`
      ALTER TABLE desa ADD COLUMN aktif INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1));
      CREATE TABLE desa_kode_lama (
        kode_lama TEXT PRIMARY KEY,
        kode_baru TEXT NOT NULL REFERENCES desa (kode),
        berlaku_mulai TEXT NOT NULL,
        catatan TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE TABLE personel (
        nrp TEXT PRIMARY KEY CHECK (length(nrp) = 8 AND nrp NOT GLOB '*[^0-9]*'),
        nama TEXT NOT NULL,
        pangkat TEXT NOT NULL,
        jabatan TEXT NOT NULL,
        polsek_id INTEGER REFERENCES polsek (id),
        kontak TEXT,
        aktif INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1))
      ) STRICT;
      CREATE TABLE desa_binaan (
        id INTEGER PRIMARY KEY,
        nrp TEXT NOT NULL REFERENCES personel (nrp),
        desa_kode TEXT NOT NULL REFERENCES desa (kode),
        mulai TEXT NOT NULL,
        selesai TEXT,
        CHECK (selesai IS NULL OR selesai >= mulai)
      ) STRICT;
      CREATE INDEX desa_binaan_desa ON desa_binaan (desa_kode);
      CREATE INDEX desa_binaan_nrp ON desa_binaan (nrp);
      CREATE TABLE laporan_mingguan (
        desa_kode TEXT NOT NULL REFERENCES desa (kode),
        tahun INTEGER NOT NULL,
        minggu INTEGER NOT NULL CHECK (minggu BETWEEN 1 AND 53),
        ${angka('kk_dikunjungi')},
        ${angka('penyuluhan')},
        ${angka('masalah_ditangani')},
        ${angka('masalah_selesai')},
        ${angka('info_deteksi_dini')},
        ${angka('pos_kamling_aktif')},
        ronda_malam INTEGER CHECK (ronda_malam BETWEEN 0 AND 7),
        ${angka('pertemuan_fkpm')},
        ${angka('pertemuan_3pilar')},
        ${angka('kegiatan_pangan')},
        ${angka('sosialisasi_pilkada')},
        nrp_pelapor TEXT CHECK (nrp_pelapor IS NULL OR length(nrp_pelapor) = 8),
        catatan TEXT,
        diubah_pada TEXT NOT NULL,
        PRIMARY KEY (desa_kode, tahun, minggu),
        CHECK (masalah_selesai IS NULL OR masalah_ditangani IS NULL OR masalah_selesai <= masalah_ditangani)
      ) STRICT;
      CREATE INDEX laporan_mingguan_minggu ON laporan_mingguan (tahun, minggu);
      CREATE TABLE kejadian (
        id TEXT PRIMARY KEY,
        tanggal TEXT NOT NULL,
        desa_kode TEXT NOT NULL REFERENCES desa (kode),
        kategori TEXT NOT NULL CHECK (kategori IN ('tindak_pidana', 'konflik_sosial', 'konflik_agraria', 'penimbunan', 'distribusi_pangan', 'unjuk_rasa', 'hoaks', 'narkoba', 'kenakalan_remaja', 'bencana', 'laka_lantas', 'lainnya')),
        tingkat TEXT NOT NULL CHECK (tingkat IN ('potensi', 'ambang', 'nyata')),
        status TEXT NOT NULL CHECK (status IN ('terbuka', 'selesai')),
        tanggal_selesai TEXT,
        uraian TEXT NOT NULL DEFAULT '',
        diubah_pada TEXT NOT NULL,
        CHECK ((status = 'terbuka' AND tanggal_selesai IS NULL) OR (status = 'selesai' AND tanggal_selesai IS NOT NULL AND tanggal_selesai >= tanggal))
      ) STRICT;
      CREATE INDEX kejadian_tanggal ON kejadian (tanggal);
      CREATE INDEX kejadian_desa ON kejadian (desa_kode, tanggal);
      CREATE TABLE kunci_periode (
        bulan TEXT PRIMARY KEY CHECK (bulan GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        dikunci_pada TEXT NOT NULL,
        dikunci_oleh TEXT NOT NULL
      ) STRICT;
    `)
  },
}
