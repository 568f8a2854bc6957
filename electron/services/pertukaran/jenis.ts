import type { KategoriKejadian, StatusKejadian, TingkatKejadian } from '../../../shared/ikdk/fields'
import type { NilaiBaris } from '../../../shared/mingguan'
import type { SheetData } from './kolom'
import type { Masalah } from './pesan'

/** The manifest, read and checked. */
export interface Manifest {
  format: string
  versiFormat: number
  satkerKode: string
  satkerNama: string
  polda: string
  bulanAwal: string
  bulanAkhir: string
  revisi: number
  dibuatPada: string
  dibuatOleh: string
  skemaIkdk: string
  baris: Partial<Record<SheetData, number>>
  sha256: Partial<Record<SheetData, string>>
  tandaTangan: string | null
  /** The text the signature covers: the manifest rows above tanda_tangan. */
  teksDitandatangani: string
}

/** Rows as the file states them, after every check that needs only the file. */
export interface BarisDesaBerkas {
  nomor: number
  kode: string
  penduduk: number | null
  jumlah_kk: number | null
  pos_kamling_total: number | null
  fkpm_aktif: number | null
  /** The Polsek named for the desa; used in Mode Polda (a Polres app keeps its own Polsek). */
  polsek?: string | null
}

export interface BarisPersonelBerkas {
  nomor: number
  nrp: string
  nama: string
  pangkat: string
  jabatan: string
  polsek: string | null
  desaBinaan: string[]
}

export interface BarisLaporanBerkas {
  nomor: number
  kode: string
  tahun: number
  minggu: number
  nilai: NilaiBaris
}

export interface BarisKejadianBerkas {
  nomor: number
  id: string
  /** False when the id cell was blank and the id was derived from the row (UUIDv5). */
  idTertulis: boolean
  tanggal: string
  kode: string
  kategori: KategoriKejadian
  tingkat: TingkatKejadian
  status: StatusKejadian
  tanggal_selesai: string | null
  uraian: string
}

export interface IsiBerkas {
  desa: BarisDesaBerkas[]
  personel: BarisPersonelBerkas[]
  laporan: BarisLaporanBerkas[]
  kejadian: BarisKejadianBerkas[]
  /** Rows refused by the file-only checks, per sheet. */
  ditolak: Record<SheetData, number>
  /** Keys of LaporanMingguan rows present in the file, refused or not (a replacement never deletes them). */
  kunciLaporanMentah: { kode: string; tahun: number; minggu: number }[]
  kesalahan: Masalah[]
  peringatan: Masalah[]
}

export interface HitunganSheet {
  sheet: SheetData
  baru: number
  berubah: number
  sama: number
  dihapus: number
  ditolak: number
}
