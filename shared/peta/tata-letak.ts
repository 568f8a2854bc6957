/**
 * Peta Rawan without geometry: a schematic where every desa is one tile in
 * the block of its kecamatan. Pure layout, independent of the order the desa
 * arrive in, so the same desa always sit in the same place month after month.
 */

export interface DesaPeta {
  kode: string
  nama: string
  kecamatanKode: string
  kecamatanNama: string
}

export interface UbinPeta<D extends DesaPeta = DesaPeta> {
  desa: D
  /** 1-based row and column inside the kecamatan block. */
  baris: number
  kolom: number
}

export interface BlokPeta<D extends DesaPeta = DesaPeta> {
  kecamatanKode: string
  kecamatanNama: string
  /** Tile columns and rows of this block. */
  jumlahKolom: number
  jumlahBaris: number
  ubin: UbinPeta<D>[]
}

/** Codes compare part by part as numbers where they are numbers: 53.03.02 < 53.03.10, 2001 < 2010. */
export function bandingKode(a: string, b: string): number {
  const pa = a.split('.')
  const pb = b.split('.')
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i]
    const y = pb[i]
    if (x === undefined) return -1
    if (y === undefined) return 1
    if (x === y) continue
    const nx = /^\d+$/.test(x) ? Number(x) : NaN
    const ny = /^\d+$/.test(y) ? Number(y) : NaN
    if (!Number.isNaN(nx) && !Number.isNaN(ny) && nx !== ny) return nx - ny
    return x < y ? -1 : 1
  }
  return 0
}

/** How many tile columns a block of n desa gets: compact, never wider than `maks`. */
export function kolomBlok(n: number, maks = 3): number {
  if (n <= 0) return 1
  return Math.min(maks, n)
}

/**
 * Blocks ordered by kecamatan code, tiles by desa code, filled row by row.
 * A desa code that appears twice is placed once (the first by code wins).
 */
export function tataLetakPeta<D extends DesaPeta>(desa: readonly D[], maksKolom = 3): BlokPeta<D>[] {
  const perKec = new Map<string, D[]>()
  const terlihat = new Set<string>()
  const urut = [...desa].sort((a, b) => bandingKode(a.kode, b.kode) || (a.nama < b.nama ? -1 : a.nama > b.nama ? 1 : 0))
  for (const d of urut) {
    if (terlihat.has(d.kode)) continue
    terlihat.add(d.kode)
    const daftar = perKec.get(d.kecamatanKode) ?? []
    daftar.push(d)
    perKec.set(d.kecamatanKode, daftar)
  }
  return [...perKec.entries()]
    .sort(([a], [b]) => bandingKode(a, b))
    .map(([kecamatanKode, isi]) => {
      const jumlahKolom = kolomBlok(isi.length, maksKolom)
      return {
        kecamatanKode,
        kecamatanNama: isi[0]!.kecamatanNama,
        jumlahKolom,
        jumlahBaris: Math.ceil(isi.length / jumlahKolom),
        ubin: isi.map((d, i) => ({ desa: d, baris: Math.floor(i / jumlahKolom) + 1, kolom: (i % jumlahKolom) + 1 })),
      }
    })
}

/**
 * A desa name short enough for a tile; the full name stays in the tooltip and
 * for screen readers. Multi-word names keep their last word, which tells
 * "Kefamenanu Selatan" and "Kefamenanu Utara" apart: "Kef. Selatan".
 */
export function singkatNama(nama: string, maks = 12): string {
  const t = nama.trim().replace(/\s+/g, ' ')
  if (t.length <= maks) return t
  const kata = t.split(' ')
  const akhir = kata[kata.length - 1]!
  const ruang = maks - akhir.length - 2
  if (kata.length > 1 && ruang >= 3) return `${kata.slice(0, -1).join(' ').slice(0, ruang).trimEnd()}. ${akhir}`
  return `${t.slice(0, maks - 1).trimEnd()}…`
}

/** A category's short mark on a tile: "A", "W", "R", "SR"; no value "N/A". */
export function singkatKategori(kategori: string | null): string {
  if (kategori === null) return 'N/A'
  return kategori
    .split(/\s+/)
    .filter(Boolean)
    .map((k) => k[0]!.toUpperCase())
    .join('')
}

export type ArahPerubahan = 'membaik' | 'memburuk' | 'berubah'

/**
 * Direction of a category change, `urutan` from safest to least safe.
 * Null when the desa is not comparable (no result in one month) or unchanged.
 */
export function arahPerubahan(
  sekarang: string | null,
  sebelum: string | null,
  adaSebelum: boolean,
  urutan: readonly string[],
): ArahPerubahan | null {
  if (!adaSebelum || sekarang === sebelum) return null
  const i = sekarang === null ? -1 : urutan.indexOf(sekarang)
  const j = sebelum === null ? -1 : urutan.indexOf(sebelum)
  if (i < 0 || j < 0) return 'berubah'
  return i < j ? 'membaik' : 'memburuk'
}
