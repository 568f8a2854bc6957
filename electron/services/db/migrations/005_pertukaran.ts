import type { Migrasi } from './jenis'

/**
 * Pertukaran Data (Polda exchange workbook): the revisions this app exported
 * per period, the periods imported per satker with their revision, a log of
 * every import holding the rows before and after (so "Batalkan impor" can put
 * them back), the satker's own Ed25519 signing key and the public keys it trusts.
 */
export const migrasi005: Migrasi = {
  versi: 5,
  nama: 'pertukaran',
  naik: (sqlite) => {
    sqlite.exec(`
      CREATE TABLE ekspor_revisi (
        satker_kode TEXT NOT NULL,
        bulan_awal TEXT NOT NULL,
        bulan_akhir TEXT NOT NULL,
        revisi INTEGER NOT NULL CHECK (revisi >= 1),
        nama_berkas TEXT NOT NULL,
        ditandatangani INTEGER NOT NULL CHECK (ditandatangani IN (0, 1)),
        tanpa_data_pribadi INTEGER NOT NULL CHECK (tanpa_data_pribadi IN (0, 1)),
        dibuat_pada TEXT NOT NULL,
        dibuat_oleh TEXT NOT NULL,
        PRIMARY KEY (satker_kode, bulan_awal, bulan_akhir, revisi),
        CHECK (bulan_awal <= bulan_akhir)
      ) STRICT;
      CREATE TABLE impor (
        id INTEGER PRIMARY KEY,
        satker_kode TEXT NOT NULL,
        bulan_awal TEXT NOT NULL,
        bulan_akhir TEXT NOT NULL,
        revisi INTEGER NOT NULL,
        sidik TEXT NOT NULL,
        nama_berkas TEXT NOT NULL,
        diimpor_pada TEXT NOT NULL,
        diimpor_oleh TEXT NOT NULL,
        ringkasan TEXT NOT NULL,
        periode_sebelum TEXT,
        dibatalkan_pada TEXT,
        dibatalkan_oleh TEXT
      ) STRICT;
      CREATE TABLE impor_baris (
        impor_id INTEGER NOT NULL REFERENCES impor (id) ON DELETE CASCADE,
        urutan INTEGER NOT NULL,
        tabel TEXT NOT NULL,
        kunci TEXT NOT NULL,
        sebelum TEXT,
        sesudah TEXT,
        PRIMARY KEY (impor_id, urutan)
      ) STRICT;
      CREATE TABLE periode_impor (
        satker_kode TEXT NOT NULL,
        bulan_awal TEXT NOT NULL,
        bulan_akhir TEXT NOT NULL,
        revisi INTEGER NOT NULL CHECK (revisi >= 1),
        sidik TEXT NOT NULL,
        impor_id INTEGER NOT NULL REFERENCES impor (id),
        diimpor_pada TEXT NOT NULL,
        PRIMARY KEY (satker_kode, bulan_awal, bulan_akhir),
        CHECK (bulan_awal <= bulan_akhir)
      ) STRICT;
      CREATE TABLE kunci_tanda_tangan (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        kunci_privat TEXT NOT NULL,
        kunci_publik TEXT NOT NULL,
        sidik TEXT NOT NULL,
        dibuat_pada TEXT NOT NULL
      ) STRICT;
      CREATE TABLE kunci_tepercaya (
        satker_kode TEXT NOT NULL,
        sidik TEXT NOT NULL,
        kunci_publik TEXT NOT NULL,
        ditambahkan_pada TEXT NOT NULL,
        PRIMARY KEY (satker_kode, sidik)
      ) STRICT;
    `)
  },
}
