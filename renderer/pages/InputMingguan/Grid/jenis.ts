import type { Keluaran } from '../../../../shared/api'
import type { KolomSelMingguan } from '../../../../shared/mingguan'

/** One week as mingguan:ambil returns it. */
export type DataMingguan = Keluaran<'mingguan:ambil'>
export type BarisServer = DataMingguan['baris'][number]
export type HasilSimpan = Keluaran<'mingguan:simpan'>

/** A cell value as stored: a count, a text (NRP, catatan) or blank (= not reported). */
export type Nilai = number | string | null

/**
 * Where a local edit stands. `menunggu`: valid, waiting for the next batch;
 * `menyimpan`: sent, no answer yet; `salah`: refused by the client rules, never
 * sent; `ditolak`: refused by the server; `gagal`: the server could not be reached.
 */
export type KeadaanDraf = 'menunggu' | 'menyimpan' | 'salah' | 'ditolak' | 'gagal'

/** A local edit that the server has not confirmed yet. */
export interface Draf {
  /** The text as typed or pasted; shown as is while it is invalid. */
  teks: string
  /** The parsed value; undefined when the text is not a number at all. */
  nilai: Nilai | undefined
  /** Increases with every edit, so a late answer never overrides a newer edit. */
  versi: number
  keadaan: KeadaanDraf
  pesan: string | null
  /** Restored from localStorage after a reload or a crash. */
  dipulihkan: boolean
}

export type NilaiSel = Record<KolomSelMingguan, Nilai>

/** One desa row of the grid. Replaced (never mutated) when it changes, so rows can be memoised. */
export interface BarisTampil {
  info: BarisServer
  tersimpan: NilaiSel
  draf: Partial<Record<KolomSelMingguan, Draf>>
  /** Cells confirmed by the server in this session: they show "Tersimpan". */
  baruTersimpan: Partial<Record<KolomSelMingguan, true>>
}

/** One cell change: typed, pasted, cleared, undone. Text goes through the same parsing every time. */
export interface Suntingan {
  desaKode: string
  kolom: KolomSelMingguan
  teks: string
}

/** What a cell shows and how it is marked. */
export type StatusSel = 'asli' | 'menunggu' | 'menyimpan' | 'tersimpan' | 'salah' | 'belum-tersimpan'

export interface StatusGlobal {
  /** Cells waiting for or inside a save. */
  menyimpan: number
  /** Cells refused (client or server): they stay local until corrected. */
  salah: number
  /** Cells whose save failed to reach the server; retried automatically. */
  gagal: number
  /** Restored cells that are not saved yet. */
  dipulihkan: number
  pernahTersimpan: boolean
  /** Saves the server confirmed in this session: what reads the stored data (the audit trail) reloads when it grows. */
  jumlahSimpan: number
  galat: string | null
}
