/** Channel names of the Polda exchange (Pertukaran Data), kept apart so that area grows on its own. */
export const NAMA_KANAL_PERTUKARAN = [
  'pertukaran:ekspor',
  'pertukaran:pratinjau',
  'pertukaran:terapkan',
  'pertukaran:batal',
  'pertukaran:riwayat',
  'pertukaran:kunci-info',
  'pertukaran:kunci-buat',
  'pertukaran:kunci-ekspor',
  'pertukaran:kunci-percayai',
  // The trusted-keys bundle a Polda distributes to its Polres.
  'pertukaran:paket-kunci-pratinjau',
  'pertukaran:paket-kunci-terapkan',
] as const
