import type { Minggu } from '../iso-week'
import type {
  KategoriKejadian,
  KolomMaster,
  KolomMingguan,
  StatusKejadian,
  TingkatKejadian,
} from './fields'
import type { Agregasi, Arah } from './scheme'
import type { RingkasanMingguan } from './weekly-summary'

/** One weekly report row of a desa; null = blank (blank is never zero). */
export type LaporanMingguan = Minggu & { [K in KolomMingguan]: number | null }

/** One incident of the register (Kejadian) of a desa. */
export interface Kejadian {
  id: string | number
  /** 'YYYY-MM-DD', the day it happened. */
  tanggal: string
  kategori: KategoriKejadian
  tingkat: TingkatKejadian
  status: StatusKejadian
  /** 'YYYY-MM-DD' when selesai, null while terbuka. */
  tanggal_selesai: string | null
}

export type MasterDesa = { kode: string } & { [K in KolomMaster]: number | null }

export interface MasukanIkdk {
  /** 'YYYY-MM' */
  bulan: string
  desa: MasterDesa
  /** The desa's weekly rows; rows of weeks outside the month are ignored. */
  laporan: readonly LaporanMingguan[]
  /** The desa's incidents; those dated outside the calendar month are ignored. */
  kejadian: readonly Kejadian[]
  /**
   * Set only while the month is running (sementara): how many of the month's
   * weeks are finished. Only those weeks count.
   */
  mingguSelesai?: number
}

/**
 * The same input with the weekly rows already summed (by SQLite, in bulk):
 * the measures of `ukuranSkema(skema)` over the counted weeks only.
 */
export interface MasukanIkdkRingkas extends Omit<MasukanIkdk, 'laporan'> {
  ringkasan: RingkasanMingguan
}

export type Keyakinan = 'Tinggi' | 'Sedang' | 'Rendah'

/** The arithmetic behind an indicator's raw value, for "Mengapa nilai ini?". */
export type RincianIndikator =
  | {
      jenis: 'kejadian'
      /** Matching incidents counted (for I2.1: those still unsettled). */
      jumlah: number
      idKejadian: (string | number)[]
      /** Only for per-population counts. */
      penduduk?: number
      per?: number
    }
  | {
      jenis: 'jumlah_mingguan'
      kolom: KolomMingguan[]
      /** Σ over the weeks in which any of the fields is filled. */
      jumlah: number
      mingguTerisi: number
      mingguBulan: number
      /** jumlah × mingguBulan / mingguTerisi */
      jumlahDiskalakan: number
      master?: { kolom: KolomMaster; nilai: number }
    }
  | {
      jenis: 'rasio_mingguan'
      pembilang: KolomMingguan
      penyebut: KolomMingguan
      jumlahPembilang: number
      jumlahPenyebut: number
      /** Weeks in which both fields are filled. */
      mingguDipakai: number
    }
  | {
      jenis: 'rata_mingguan'
      kolom: KolomMingguan
      /** Σ of the field over the weeks it is filled, and how many weeks that is. */
      jumlah: number
      mingguTerisi: number
      /**
       * The weekly values averaged (already divided by master, if any); only
       * when computed from the rows, not from a bulk summary.
       */
      nilaiPerMinggu?: (Minggu & { nilai: number })[]
      master?: { kolom: KolomMaster; nilai: number }
    }

export interface HasilIndikator {
  id: string
  nama: string
  agregasi: Agregasi
  satuan: string
  arah: Arah
  batasBawah: number
  batasAtas: number
  /** The indicator's value for the month before normalisation; null = N/A. */
  nilaiMentah: number | null
  /** 0–100, full precision; null = N/A. */
  skor: number | null
  /** Weight in the scheme. */
  bobot: number
  /** Share of its dimension after renormalising over available indicators (0–1). */
  bobotDalamDimensi: number
  /** Share of the whole IKDK (0–1): dimension share × share within dimension. */
  bobotEfektif: number
  /** Points of the final IKDK this indicator contributes: bobotEfektif × skor. */
  kontribusi: number
  rincian: RincianIndikator | null
  /** One Indonesian sentence with the arithmetic, e.g. "Σ KK dikunjungi = 90 …". */
  penjelasan: string
  /** Why the indicator is N/A (Indonesian); absent when available. */
  alasanNA?: string
}

export interface HasilDimensi {
  id: string
  nama: string
  bobot: number
  /** Share of the IKDK after renormalising over available dimensions (0–1). */
  bobotEfektif: number
  skor: number | null
  /** bobotEfektif × skor. */
  kontribusi: number
  alasanNA?: string
  indikator: HasilIndikator[]
}

export interface HasilDesaBulan {
  kodeDesa: string
  bulan: string
  skema: { id: string; versi: number }
  /** 0–100, full precision; null when no dimension is available. */
  nilai: number | null
  /** From the value rounded to 3 decimals. */
  kategori: string | null
  keyakinan: Keyakinan
  /** Provisional: the month is still running, only finished weeks count. */
  sementara: boolean
  /** Weeks whose Thursday is in the month (4 or 5); the scaling target. */
  mingguBulan: number
  /** Weeks that count: all of them, or the finished ones while sementara. */
  mingguDihitung: number
  /** Counted weeks with a report (≥ 1 of the 11 fields filled). */
  mingguDilaporkan: number
  alasanNA?: string
  dimensi: HasilDimensi[]
}

/** What a bulk recompute stores: `HasilDesaBulan` without the explanation. */
export type HasilRingkasDesaBulan = Omit<HasilDesaBulan, 'dimensi' | 'alasanNA'> & {
  dimensi: { id: string; skor: number | null }[]
}
