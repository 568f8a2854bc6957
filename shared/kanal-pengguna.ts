/** Channel names of accounts and sessions (Masuk, Pengguna), kept apart so that area grows on its own. */
export const NAMA_KANAL_PENGGUNA = [
  'sesi:status',
  'sesi:masuk',
  'sesi:keluar',
  'sesi:ganti-sandi',
  'sesi:pulihkan',
  'pengguna:admin-pertama',
  'pengguna:daftar',
  'pengguna:tambah',
  'pengguna:ubah',
  'pengguna:atur-sandi',
  'pengguna:kode-pemulihan',
  'pengguna:atur-kunci',
] as const
