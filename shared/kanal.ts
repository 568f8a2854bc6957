/**
 * Channel names alone, without schemas, so the sandboxed preload can build
 * window.binmas without bundling zod. shared/api.ts checks that the contract
 * has exactly these keys (`satisfies Record<NamaKanal, …>`).
 */
export const NAMA_KANAL = [
  'sistem:status',
  'sistem:tentang',
  'wilayah:provinsi',
  'wilayah:kabupaten',
  'wilayah:kecamatan',
  'setup:simpan',
  'satker:info',
  'desa:daftar',
  'desa:ubah',
  'desa:tambah',
  'desa:ganti-kode',
  'audit:riwayat',
  'personel:daftar',
  'personel:simpan',
  'binaan:tetapkan',
  'binaan:akhiri',
  'mingguan:ambil',
  'mingguan:simpan',
  'mingguan:kelengkapan',
  'kejadian:daftar',
  'kejadian:simpan',
  'kejadian:hapus',
  'periode:daftar',
  'periode:kunci',
  'periode:buka',
  'contoh:muat',
  'contoh:hapus',
] as const
export type NamaKanal = (typeof NAMA_KANAL)[number]
