import type { Migrasi } from './jenis'

/**
 * Laporan Anev: every printed report with a frozen copy of its data, text,
 * signature block and chart images (an archived report prints the same later
 * whatever changes in the database), and one draft per period so narrative
 * edits typed before printing are never lost.
 */
export const migrasi008: Migrasi = {
  versi: 8,
  nama: 'anev',
  naik: (sqlite) => {
    sqlite.exec(`
      CREATE TABLE laporan_anev (
        id INTEGER PRIMARY KEY,
        jenis_periode TEXT NOT NULL CHECK (jenis_periode IN ('bulan', 'triwulan', 'semester', 'tahun')),
        periode TEXT NOT NULL,
        nomor TEXT NOT NULL,
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
        narasi TEXT NOT NULL CHECK (json_valid(narasi)),
        pengesahan TEXT NOT NULL CHECK (json_valid(pengesahan)),
        grafik TEXT NOT NULL CHECK (json_valid(grafik)),
        dibuat_pada TEXT NOT NULL,
        dibuat_oleh TEXT NOT NULL,
        dicetak_pada TEXT NOT NULL
      ) STRICT;
      CREATE INDEX laporan_anev_periode ON laporan_anev (periode, id);
      CREATE TABLE draf_anev (
        periode TEXT PRIMARY KEY,
        narasi TEXT NOT NULL CHECK (json_valid(narasi)),
        pengesahan TEXT NOT NULL CHECK (json_valid(pengesahan)),
        diubah_pada TEXT NOT NULL,
        diubah_oleh TEXT NOT NULL
      ) STRICT;
    `)
  },
}
