import type { Migrasi } from './jenis'

/** Satker, wilayah (kabupaten → kecamatan → desa), Polsek and the audit trail. */
export const migrasi001: Migrasi = {
  versi: 1,
  nama: 'awal',
  naik: (sqlite) => {
    sqlite.exec(`
      CREATE TABLE satker (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        kode TEXT NOT NULL,
        nama TEXT NOT NULL,
        jenis TEXT NOT NULL CHECK (jenis IN ('polres', 'polda')),
        provinsi_kode TEXT NOT NULL,
        provinsi_nama TEXT NOT NULL,
        zona_waktu TEXT NOT NULL CHECK (zona_waktu IN ('WIB', 'WITA', 'WIT')),
        kasat_nama TEXT NOT NULL,
        kasat_pangkat TEXT NOT NULL,
        kasat_nrp TEXT NOT NULL CHECK (length(kasat_nrp) = 8),
        dibuat_pada TEXT NOT NULL
      ) STRICT;
      CREATE TABLE kabupaten (
        kode TEXT PRIMARY KEY,
        nama TEXT NOT NULL
      ) STRICT;
      CREATE TABLE polsek (
        id INTEGER PRIMARY KEY,
        nama TEXT NOT NULL UNIQUE COLLATE NOCASE
      ) STRICT;
      CREATE TABLE kecamatan (
        kode TEXT PRIMARY KEY,
        nama TEXT NOT NULL,
        kabupaten_kode TEXT NOT NULL REFERENCES kabupaten (kode),
        polsek_id INTEGER REFERENCES polsek (id)
      ) STRICT;
      CREATE INDEX kecamatan_polsek ON kecamatan (polsek_id);
      CREATE TABLE desa (
        kode TEXT PRIMARY KEY,
        nama TEXT NOT NULL,
        kecamatan_kode TEXT NOT NULL REFERENCES kecamatan (kode),
        penduduk INTEGER CHECK (penduduk >= 0),
        jumlah_kk INTEGER CHECK (jumlah_kk >= 0),
        pos_kamling_total INTEGER CHECK (pos_kamling_total >= 0),
        fkpm_aktif INTEGER CHECK (fkpm_aktif IN (0, 1)),
        lintang REAL CHECK (lintang BETWEEN -90 AND 90),
        bujur REAL CHECK (bujur BETWEEN -180 AND 180),
        asal TEXT NOT NULL DEFAULT 'kemendagri' CHECK (asal IN ('kemendagri', 'manual'))
      ) STRICT;
      CREATE INDEX desa_kecamatan ON desa (kecamatan_kode);
      CREATE TABLE audit (
        id INTEGER PRIMARY KEY,
        waktu TEXT NOT NULL,
        pengguna TEXT NOT NULL,
        aksi TEXT NOT NULL,
        tabel TEXT NOT NULL,
        kunci TEXT NOT NULL,
        sebelum TEXT,
        sesudah TEXT
      ) STRICT;
      CREATE INDEX audit_kunci ON audit (tabel, kunci);
    `)
  },
}
