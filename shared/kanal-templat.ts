/** Channel names of the Polsek template and of "Impor dari Excel lama" (Input Mingguan), kept apart so that area grows on its own. */
export const NAMA_KANAL_TEMPLAT = [
  'templat:unduh',
  'templat:pratinjau',
  'templat:terapkan',
  'excel-lama:baca',
  'excel-lama:cocokkan-desa',
  'excel-lama:pratinjau',
  'excel-lama:terapkan',
  'excel-lama:pemetaan-daftar',
  'excel-lama:pemetaan-simpan',
  'excel-lama:pemetaan-hapus',
] as const
