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
  aktif: Generated<number>
}

export interface TabelDesaKodeLama {
  kode_lama: string
  kode_baru: string
  berlaku_mulai: string
  catatan: string
}

export interface TabelPersonel {
  nrp: string
  nama: string
  pangkat: string
  jabatan: string
  polsek_id: number | null
  kontak: string | null
  aktif: number
}

export interface TabelDesaBinaan {
  id: Generated<number>
  nrp: string
  desa_kode: string
  mulai: string
  selesai: string | null
}

export interface TabelLaporanMingguan {
  desa_kode: string
  tahun: number
  minggu: number
  kk_dikunjungi: number | null
  penyuluhan: number | null
  masalah_ditangani: number | null
  masalah_selesai: number | null
  info_deteksi_dini: number | null
  pos_kamling_aktif: number | null
  ronda_malam: number | null
  pertemuan_fkpm: number | null
  pertemuan_3pilar: number | null
  kegiatan_pangan: number | null
  sosialisasi_pilkada: number | null
  nrp_pelapor: string | null
  catatan: string | null
  diubah_pada: string
}

export interface TabelKejadian {
  id: string
  tanggal: string
  desa_kode: string
  kategori: string
  tingkat: string
  status: string
  tanggal_selesai: string | null
  uraian: string
  diubah_pada: string
}

export interface TabelKunciPeriode {
  bulan: string
  dikunci_pada: string
  dikunci_oleh: string
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

export interface TabelSkemaIkdk {
  id: string
  versi: number
  nama: string
  isi: string
  diimpor_pada: string
}

export interface TabelSkemaPeriode {
  bulan_mulai: string
  skema_id: string
  skema_versi: number
}

export interface TabelHasilIkdk {
  desa_kode: string
  bulan: string
  nilai: number | null
  kategori: string | null
  keyakinan: string
  sementara: number
  minggu_bulan: number
  minggu_dihitung: number
  minggu_dilaporkan: number
  dimensi: string
  skema_id: string
  skema_versi: number
  dihitung_pada: string
}

export interface TabelIkdkKotor {
  desa_kode: string
  bulan: string
}

/** Pertukaran Data (migration 005). */
export interface TabelEksporRevisi {
  satker_kode: string
  bulan_awal: string
  bulan_akhir: string
  revisi: number
  nama_berkas: string
  ditandatangani: number
  tanpa_data_pribadi: number
  dibuat_pada: string
  dibuat_oleh: string
}

export interface TabelImpor {
  id: Generated<number>
  satker_kode: string
  bulan_awal: string
  bulan_akhir: string
  revisi: number
  sidik: string
  nama_berkas: string
  diimpor_pada: string
  diimpor_oleh: string
  ringkasan: string
  periode_sebelum: string | null
  dibatalkan_pada: string | null
  dibatalkan_oleh: string | null
}

export interface TabelImporBaris {
  impor_id: number
  urutan: number
  tabel: string
  kunci: string
  sebelum: string | null
  sesudah: string | null
}

export interface TabelPeriodeImpor {
  satker_kode: string
  bulan_awal: string
  bulan_akhir: string
  revisi: number
  sidik: string
  impor_id: number
  diimpor_pada: string
}

export interface TabelKunciTandaTangan {
  id: number
  kunci_privat: string
  kunci_publik: string
  sidik: string
  dibuat_pada: string
}

export interface TabelKunciTepercaya {
  satker_kode: string
  sidik: string
  kunci_publik: string
  ditambahkan_pada: string
}

export interface TabelPengguna {
  id: Generated<number>
  nama_pengguna: string
  nama_lengkap: string
  peran: 'admin' | 'operator' | 'pimpinan'
  hash_sandi: string
  aktif: Generated<number>
  dibuat_pada: string
  diubah_pada: string
  sandi_diubah_pada: string
  terakhir_masuk: string | null
  gagal_berturut: Generated<number>
  terkunci_sampai: string | null
  harus_ganti_sandi: Generated<number>
}

export interface TabelKodePemulihan {
  id: Generated<number>
  hash_kode: string
  dibuat_pada: string
  dibuat_oleh: string
  status: Generated<'aktif' | 'dipakai' | 'diganti'>
  dipakai_pada: string | null
  dipakai_oleh: string | null
}

export interface SkemaDb {
  skema_ikdk: TabelSkemaIkdk
  skema_periode: TabelSkemaPeriode
  hasil_ikdk: TabelHasilIkdk
  ikdk_kotor: TabelIkdkKotor
  satker: TabelSatker
  kabupaten: TabelKabupaten
  polsek: TabelPolsek
  kecamatan: TabelKecamatan
  desa: TabelDesa
  desa_kode_lama: TabelDesaKodeLama
  personel: TabelPersonel
  desa_binaan: TabelDesaBinaan
  laporan_mingguan: TabelLaporanMingguan
  kejadian: TabelKejadian
  kunci_periode: TabelKunciPeriode
  audit: TabelAudit
  pengaturan: TabelPengaturan
  migrasi: TabelMigrasi
  ekspor_revisi: TabelEksporRevisi
  impor: TabelImpor
  impor_baris: TabelImporBaris
  periode_impor: TabelPeriodeImpor
  kunci_tanda_tangan: TabelKunciTandaTangan
  kunci_tepercaya: TabelKunciTepercaya
  pengguna: TabelPengguna
  kode_pemulihan: TabelKodePemulihan
}
