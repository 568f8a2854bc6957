import type Database from 'better-sqlite3'
import type { HitunganSheet, IsiBerkas, Manifest } from '../jenis'
import type { SheetData } from '../kolom'
import { masalah, type Masalah, teksPeriode } from '../pesan'

/**
 * What the per-sheet steps of the dry run share: the file, the database
 * handle, the counts and problems so far, and how a desa code of the file
 * maps to the database's.
 */

export type Baris = Record<string, unknown>

export interface PerubahanBaris {
  tabel: 'desa' | 'personel' | 'desa_binaan' | 'laporan_mingguan' | 'kejadian'
  /** Primary key values in the table's key order. */
  kunci: unknown[]
  sebelum: Baris | null
  /** null: the row is deleted. For desa_binaan inserts the id is given at apply. */
  sesudah: Baris | null
}

export interface RingkasPerubahan {
  sheet: SheetData
  baris: number | null
  kunci: string
  jenis: 'baru' | 'berubah' | 'dihapus'
  kolom: string[]
}

export interface OpsiRencana {
  /** A replacement of an imported period: the period's weekly rows missing from the file are deleted. */
  ganti: boolean
  hariIni: string
  /** The app's own satker; its desa are all of the database's. */
  satkerSendiri: string | null
}

const BATAS_RINGKAS = 1000

export const sama = (a: unknown, b: unknown) => (a ?? null) === (b ?? null)

export class KonteksRencana {
  readonly h: Record<SheetData, HitunganSheet>
  readonly kesalahan: Masalah[] = []
  readonly perubahan: PerubahanBaris[] = []
  readonly ringkas: RingkasPerubahan[] = []
  readonly periode: string
  readonly terkunci: Set<string>
  readonly desaDb = new Map<string, Baris>()
  /** Desa rows of the file that passed (their pos_kamling_total rules the weekly rows). */
  readonly desaBerkas = new Map<string, { pos_kamling_total: number | null }>()
  /** Old codes met in the file and the new code they were read as. */
  readonly dipetakan = new Map<string, string>()
  private readonly kodeLama: Map<string, string>

  constructor(
    readonly s: Database.Database,
    readonly isi: IsiBerkas,
    readonly m: Manifest,
    readonly opsi: OpsiRencana,
  ) {
    const hitung = (sheet: SheetData): HitunganSheet => ({ sheet, baru: 0, berubah: 0, sama: 0, dihapus: 0, ditolak: isi.ditolak[sheet] })
    this.h = { Desa: hitung('Desa'), Personel: hitung('Personel'), LaporanMingguan: hitung('LaporanMingguan'), Kejadian: hitung('Kejadian') }
    this.periode = teksPeriode(m.bulanAwal, m.bulanAkhir)
    this.terkunci = new Set((s.prepare('SELECT bulan FROM kunci_periode').all() as { bulan: string }[]).map((r) => r.bulan))
    for (const d of s.prepare('SELECT * FROM desa').all() as Baris[]) this.desaDb.set(d['kode'] as string, d)
    this.kodeLama = new Map((s.prepare('SELECT kode_lama, kode_baru FROM desa_kode_lama').all() as { kode_lama: string; kode_baru: string }[]).map((r) => [r.kode_lama, r.kode_baru]))
  }

  /** The desa code the database uses for a code in the file (renumbered codes resolved), or an error text. */
  desa(kode: string): { kode: string } | { pesan: string } {
    const d = this.desaDb.get(kode)
    if (d && d['aktif'] === 1) return { kode }
    const baru = this.kodeLama.get(kode)
    if (baru && this.desaDb.get(baru)?.['aktif'] === 1) {
      this.dipetakan.set(kode, baru)
      return { kode: baru }
    }
    return { pesan: d ? `desa ${kode} tidak aktif lagi dan belum dipetakan ke kode baru` : `kode desa ${kode} tidak dikenal` }
  }

  /** A row refused: its problem, counted once. */
  tolak(sheet: SheetData, baris: number, kolom: string, pesan: string): void {
    this.kesalahan.push(masalah(sheet, baris, kolom, pesan))
    this.h[sheet].ditolak++
  }

  /** A change to write, and the line the preview shows for it (the first 1.000 are kept). */
  ubah(p: PerubahanBaris, r: RingkasPerubahan | null): void {
    this.perubahan.push(p)
    if (r) this.catat(r)
  }

  catat(r: RingkasPerubahan): void {
    if (this.ringkas.length < BATAS_RINGKAS) this.ringkas.push(r)
  }
}
