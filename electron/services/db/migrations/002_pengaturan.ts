import type { Migrasi } from './jenis'

/** Key–value settings (report options, DDS target, …), each change audited. */
export const migrasi002: Migrasi = {
  versi: 2,
  nama: 'pengaturan',
  naik: (sqlite) => {
    sqlite.exec(`
      CREATE TABLE pengaturan (
        kunci TEXT PRIMARY KEY,
        nilai TEXT NOT NULL
      ) STRICT;
      INSERT INTO pengaturan (kunci, nilai) VALUES ('target_dds_kk_per_hari', '5');
    `)
  },
}
