import type { Migrasi } from './jenis'

/**
 * User accounts and the Admin recovery code. Passwords and codes are stored
 * only as scrypt hashes whose parameters travel with them (`scrypt$N$r$p$salt$hash`).
 * `gagal_berturut` and `terkunci_sampai` make a guessed password wait (backoff)
 * across restarts. At most one recovery code is usable at a time.
 */
export const migrasi006: Migrasi = {
  versi: 6,
  nama: 'pengguna',
  naik: (sqlite) => {
    sqlite.exec(`
      CREATE TABLE pengguna (
        id INTEGER PRIMARY KEY,
        nama_pengguna TEXT NOT NULL UNIQUE
          CHECK (nama_pengguna = lower(nama_pengguna) AND length(nama_pengguna) BETWEEN 3 AND 32),
        nama_lengkap TEXT NOT NULL CHECK (length(nama_lengkap) BETWEEN 1 AND 100),
        peran TEXT NOT NULL CHECK (peran IN ('admin', 'operator', 'pimpinan')),
        hash_sandi TEXT NOT NULL CHECK (hash_sandi LIKE 'scrypt$%'),
        aktif INTEGER NOT NULL DEFAULT 1 CHECK (aktif IN (0, 1)),
        dibuat_pada TEXT NOT NULL,
        diubah_pada TEXT NOT NULL,
        sandi_diubah_pada TEXT NOT NULL,
        terakhir_masuk TEXT,
        gagal_berturut INTEGER NOT NULL DEFAULT 0 CHECK (gagal_berturut >= 0),
        terkunci_sampai TEXT,
        -- Set when an Admin chose the password (new account, reset): the user replaces it at the next login.
        harus_ganti_sandi INTEGER NOT NULL DEFAULT 0 CHECK (harus_ganti_sandi IN (0, 1))
      ) STRICT;
      CREATE TABLE kode_pemulihan (
        id INTEGER PRIMARY KEY,
        hash_kode TEXT NOT NULL CHECK (hash_kode LIKE 'scrypt$%'),
        dibuat_pada TEXT NOT NULL,
        dibuat_oleh TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'aktif' CHECK (status IN ('aktif', 'dipakai', 'diganti')),
        dipakai_pada TEXT,
        dipakai_oleh TEXT
      ) STRICT;
      CREATE UNIQUE INDEX kode_pemulihan_satu_aktif ON kode_pemulihan (status) WHERE status = 'aktif';
      INSERT OR IGNORE INTO pengaturan (kunci, nilai) VALUES ('menit_kunci_layar', '15');
    `)
  },
}
