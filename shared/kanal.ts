/**
 * Channel names alone, without schemas, so the sandboxed preload can build
 * window.binmas without bundling zod. shared/api.ts checks that the contract
 * has exactly these keys (`satisfies Record<NamaKanal, …>`).
 */
import { NAMA_KANAL_PERTUKARAN } from './kanal-pertukaran'
import { NAMA_KANAL_PENGGUNA } from './kanal-pengguna'
import { NAMA_KANAL_PETA } from './kanal-peta'
import { NAMA_KANAL_ANEV } from './kanal-anev'
import { NAMA_KANAL_POLDA } from './kanal-polda'
import { NAMA_KANAL_TEMPLAT } from './kanal-templat'

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
  'ikdk:bulan',
  'ikdk:rincian',
  'ikdk:peringatan',
  'ikdk:sensitivitas',
  'beranda:ringkasan',
  'skema:daftar',
  'skema:isi',
  'skema:pratinjau',
  'skema:impor',
  'skema:tetapkan',
  'cadangan:daftar',
  'cadangan:unduh',
  'cadangan:periksa',
  'cadangan:pulihkan',
  'contoh:muat',
  'contoh:hapus',
  ...NAMA_KANAL_PERTUKARAN,
  ...NAMA_KANAL_PENGGUNA,
  ...NAMA_KANAL_PETA,
  ...NAMA_KANAL_ANEV,
  ...NAMA_KANAL_POLDA,
  ...NAMA_KANAL_TEMPLAT,
] as const
export type NamaKanal = (typeof NAMA_KANAL)[number]
