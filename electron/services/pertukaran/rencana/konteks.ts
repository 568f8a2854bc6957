import type Database from 'better-sqlite3'
import type { HitunganSheet, IsiBerkas, Manifest } from '../jenis'
import type { SheetData } from '../kolom'
import { masalah, type Masalah, teksPeriode } from '../pesan'
import { buatPolsekPolda, type PolsekPolda } from './polsek'

/**
 * What the per-sheet steps of the dry run share: the file, the database
 * handle, the counts and problems so far, and how a desa code of the file
 * maps to the database's.
 */

export type Baris = Record<string, unknown>

export interface PerubahanBaris {
  tabel: 'polsek' | 'kecamatan' | 'desa' | 'personel' | 'desa_binaan' | 'laporan_mingguan' | 'kejadian'
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
  /**
   * Mode Polda: desa code → the Polres whose wilayah holds it (null in a
   * Polres app). A Polres file may only touch its own Polres' desa.
   */
  readonly polresDesa: Map<string, string> | null = null
  /** Mode Polda, a file of one of its Polres: that Polres' code; null for the Polda's own (consolidated) file. */
  readonly polresBerkas: string | null = null

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
    const satker = s.prepare('SELECT kode, jenis FROM satker WHERE id = 1').get() as { kode: string; jenis: string } | undefined
    if (satker?.jenis === 'polda') {
      const baris = s
        .prepare('SELECT d.kode, pk.polres_kode FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode JOIN polres_kabupaten pk ON pk.kabupaten_kode = kc.kabupaten_kode')
        .raw()
        .all() as [string, string][]
      this.polresDesa = new Map(baris)
      this.polresBerkas = m.satkerKode === satker.kode ? null : m.satkerKode
    }
  }

  private polsekPoldaIni?: PolsekPolda

  /** Mode Polda: the Polsek of each Polres, shared by the Desa and Personel steps. */
  get polsekPolda(): PolsekPolda {
    this.polsekPoldaIni ??= buatPolsekPolda(this)
    return this.polsekPoldaIni
  }

  /** Mode Polda: the Polres a desa (as the database codes it) belongs to. */
  polresDari(kode: string): string | null {
    return this.polresDesa?.get(kode) ?? null
  }

  /** The desa code the database uses for a code in the file (renumbered codes resolved), or an error text. */
  desa(kode: string): { kode: string } | { pesan: string } {
    const d = this.desaDb.get(kode)
    if (d && d['aktif'] === 1) return this.wilayahBerkas(kode)
    const baru = this.kodeLama.get(kode)
    if (baru && this.desaDb.get(baru)?.['aktif'] === 1) {
      this.dipetakan.set(kode, baru)
      return this.wilayahBerkas(baru)
    }
    return { pesan: d ? `desa ${kode} tidak aktif lagi dan belum dipetakan ke kode baru` : `kode desa ${kode} tidak dikenal` }
  }

  /** Mode Polda: a Polres file may carry only the desa of that Polres' kabupaten/kota. */
  private wilayahBerkas(kode: string): { kode: string } | { pesan: string } {
    if (this.polresBerkas === null || this.polresDari(kode) === this.polresBerkas) return { kode }
    return { pesan: `desa ${kode} bukan wilayah ${this.m.satkerNama} (${this.polresBerkas}) menurut daftar Polres Polda ini` }
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
