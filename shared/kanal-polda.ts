/** Channel names of Mode Polda (Ditbinmas Polda consolidating its Polres), kept apart like kanal-pertukaran.ts. */
export const NAMA_KANAL_POLDA = [
  'polda:info',
  'polda:impor-banyak',
  'polda:kiriman',
  'polda:atur-batas',
  'polda:rekap',
  'polda:rekap-desa',
  'polda:ekspor-skema',
  'polda:ekspor-kunci',
  'polda:beranda',
  'polda:ubah-polres',
] as const


/**
 * Channels that write data a Polres owns (its desa master data, personnel and
 * desa binaan, weekly reports, incidents). In Mode Polda these come from the
 * Polres' files and the next file overwrites them, so dispatch refuses them
 * there (electron/services/polda/milik-polres.ts) and the screens are read-only.
 */
export const KANAL_DATA_POLRES = [
  'desa:ubah',
  'desa:tambah',
  'desa:ganti-kode',
  'personel:simpan',
  'binaan:tetapkan',
  'binaan:akhiri',
  'mingguan:simpan',
  'templat:terapkan',
  'excel-lama:terapkan',
  'kejadian:simpan',
  'kejadian:hapus',
] as const

/** Why a Polda cannot change Polres data: shown on the read-only screens and in the refusal. */
export const PESAN_DATA_POLRES = 'Data ini berasal dari berkas kiriman Polres; perubahan dilakukan oleh Polres lalu dikirim ulang.'
