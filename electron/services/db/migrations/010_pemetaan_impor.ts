import type { Migrasi } from './jenis'

/**
 * "Impor dari Excel lama": a unit's own old spreadsheet is read through a
 * mapping (which column holds which weekly field, which text means which
 * desa, where the week comes from). A mapping the user names is kept here
 * and offered again next time; `isi` is its JSON (shared/api-templat.ts).
 */
export const migrasi010: Migrasi = {
  versi: 10,
  nama: 'pemetaan_impor',
  naik: (sqlite) => {
    sqlite.exec(`
      CREATE TABLE pemetaan_impor (
        id INTEGER PRIMARY KEY,
        nama TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(nama)) BETWEEN 1 AND 100),
        isi TEXT NOT NULL CHECK (json_valid(isi)),
        dibuat_pada TEXT NOT NULL,
        diubah_pada TEXT NOT NULL,
        diubah_oleh TEXT NOT NULL
      ) STRICT;
    `)
  },
}
