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
] as const

