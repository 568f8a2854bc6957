/** Channel names of Laporan Anev, kept apart so that area grows on its own. */
export const NAMA_KANAL_ANEV = ['anev:siapkan', 'anev:draf-simpan', 'anev:cetak', 'anev:arsip', 'anev:arsip-buka', 'anev:arsip-cetak', 'anev:lampiran'] as const
