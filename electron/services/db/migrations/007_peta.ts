import type { Migrasi } from './jenis'

/**
 * Peta Rawan: the boundary of each desa as imported (GeoJSON geometry,
 * Polygon or MultiPolygon in WGS84, coordinates rounded to 5 decimals ≈ 1 m),
 * with the file it came from. Points stay on `desa` (lintang, bujur).
 * ON DELETE CASCADE: removing the demo data removes its boundaries too.
 */
export const migrasi007: Migrasi = {
  versi: 7,
  nama: 'peta',
  naik: (sqlite) => {
    sqlite.exec(`
      CREATE TABLE batas_desa (
        desa_kode TEXT PRIMARY KEY REFERENCES desa (kode) ON DELETE CASCADE,
        geojson TEXT NOT NULL CHECK (json_valid(geojson)),
        sumber TEXT NOT NULL,
        diimpor_pada TEXT NOT NULL,
        diimpor_oleh TEXT NOT NULL
      ) STRICT;
    `)
  },
}
