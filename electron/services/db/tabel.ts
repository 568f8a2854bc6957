import type { Generated } from 'kysely'

/** Kysely table types. Value columns are nullable on purpose: blank ≠ 0. */
export interface TabelSatker {
  id: number
  kode: string
  nama: string
  jenis: 'polres' | 'polda'
  provinsi_kode: string
  provinsi_nama: string
  zona_waktu: string
  kasat_nama: string
  kasat_pangkat: string
  kasat_nrp: string
  dibuat_pada: string
}

export interface TabelKabupaten {
  kode: string
  nama: string
}

export interface TabelPolsek {
  id: Generated<number>
  nama: string
}

export interface TabelKecamatan {
  kode: string
  nama: string
  kabupaten_kode: string
  polsek_id: number | null
}

export interface TabelDesa {
  kode: string
  nama: string
  kecamatan_kode: string
  penduduk: number | null
  jumlah_kk: number | null
  pos_kamling_total: number | null
  fkpm_aktif: number | null
  lintang: number | null
  bujur: number | null
  asal: 'kemendagri' | 'manual'
}

export interface TabelAudit {
  id: Generated<number>
  waktu: string
  pengguna: string
  aksi: string
  tabel: string
  kunci: string
  sebelum: string | null
  sesudah: string | null
}

export interface TabelPengaturan {
  kunci: string
  nilai: string
}

export interface TabelMigrasi {
  versi: number
  nama: string
  diterapkan_pada: string
}

export interface SkemaDb {
  satker: TabelSatker
  kabupaten: TabelKabupaten
  polsek: TabelPolsek
  kecamatan: TabelKecamatan
  desa: TabelDesa
  audit: TabelAudit
  pengaturan: TabelPengaturan
  migrasi: TabelMigrasi
}
