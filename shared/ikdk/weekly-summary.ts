import { KOLOM_MINGGUAN, type KolomMingguan } from './fields'
import type { Indikator, Skema } from './scheme'
import type { LaporanMingguan } from './types'

/**
 * The weekly aggregations need only a handful of sums and week counts per
 * desa-month, never the rows themselves. Each is one `UkuranMingguan`; the
 * engine reads them from a `RingkasanMingguan` that is computed either here
 * from rows (the detail screen, tests, the scheme preview) or by SQLite's
 * GROUP BY in bulk (electron/services/ikdk/masukan.ts). Every measure is a sum
 * of integers or a count, so both ways give exactly the same numbers.
 */
export type UkuranMingguan =
  /** Σ of a field over the weeks where it is filled (and, with `syarat`, that field too). */
  | { jenis: 'jumlah'; kolom: KolomMingguan; syarat?: KolomMingguan }
  /** Weeks in which any (or, with `semua`, every) one of the fields is filled. */
  | { jenis: 'minggu'; kolom: readonly KolomMingguan[]; semua?: boolean }

/** Measure key → value, for the counted weeks of one desa-month. */
export type RingkasanMingguan = Readonly<Record<string, number>>

export function kunciUkuran(u: UkuranMingguan): string {
  if (u.jenis === 'jumlah') return u.syarat ? `Σ${u.kolom}|${u.syarat}` : `Σ${u.kolom}`
  return `#${u.semua ? '&' : '|'}${u.kolom.join(',')}`
}

/** Weeks with a report: at least one of the 11 fields filled. */
const UKURAN_DILAPORKAN: UkuranMingguan = { jenis: 'minggu', kolom: KOLOM_MINGGUAN }
export const KUNCI_DILAPORKAN = kunciUkuran(UKURAN_DILAPORKAN)

const ukuranJumlah = (kolom: KolomMingguan, syarat?: KolomMingguan): UkuranMingguan => (syarat ? { jenis: 'jumlah', kolom, syarat } : { jenis: 'jumlah', kolom })
const ukuranMinggu = (kolom: readonly KolomMingguan[], semua = false): UkuranMingguan => (semua ? { jenis: 'minggu', kolom, semua } : { jenis: 'minggu', kolom })

/** The measures one indicator reads (none for incident indicators). */
export function ukuranIndikator(ind: Indikator): UkuranMingguan[] {
  switch (ind.agregasi) {
    case 'jumlah_mingguan_diskalakan':
    case 'jumlah_mingguan_diskalakan_per_master':
      return [...ind.parameter.kolom.map((k) => ukuranJumlah(k)), ukuranMinggu(ind.parameter.kolom)]
    case 'rasio_jumlah_mingguan': {
      const { pembilang: a, penyebut: b } = ind.parameter
      return [ukuranJumlah(a, b), ukuranJumlah(b, a), ukuranMinggu([a, b], true)]
    }
    case 'rata_rasio_mingguan_master':
    case 'rata_mingguan':
      return [ukuranJumlah(ind.parameter.kolom), ukuranMinggu([ind.parameter.kolom])]
    default:
      return []
  }
}

const cacheSkema = new WeakMap<Skema, UkuranMingguan[]>()

/** Every measure a scheme needs, each once, starting with the reported-week count. */
export function ukuranSkema(skema: Skema): UkuranMingguan[] {
  let daftar = cacheSkema.get(skema)
  if (daftar) return daftar
  const peta = new Map<string, UkuranMingguan>([[KUNCI_DILAPORKAN, UKURAN_DILAPORKAN]])
  for (const d of skema.dimensi) for (const ind of d.indikator) for (const u of ukuranIndikator(ind)) peta.set(kunciUkuran(u), u)
  daftar = [...peta.values()]
  cacheSkema.set(skema, daftar)
  return daftar
}

const terisi = (v: number | null | undefined): v is number => v !== null && v !== undefined

function ukurBaris(u: UkuranMingguan, baris: readonly LaporanMingguan[]): number {
  let n = 0
  if (u.jenis === 'jumlah') {
    for (const b of baris) {
      const v = b[u.kolom]
      if (terisi(v) && (!u.syarat || terisi(b[u.syarat]))) n += v
    }
  } else {
    for (const b of baris) if (u.semua ? u.kolom.every((k) => terisi(b[k])) : u.kolom.some((k) => terisi(b[k]))) n++
  }
  return n
}

/** The measures computed from the counted weeks' rows (one row per week). */
export function ringkasDariBaris(ukuran: readonly UkuranMingguan[], baris: readonly LaporanMingguan[]): RingkasanMingguan {
  const hasil: Record<string, number> = {}
  for (const u of ukuran) hasil[kunciUkuran(u)] = ukurBaris(u, baris)
  return hasil
}

const cacheIndikator = new WeakMap<Indikator, readonly string[]>()

/**
 * The values of `ukuranIndikator(ind)`, in that order. A summary built for
 * another scheme is a programming error, never a silent 0.
 */
export function bacaUkuranIndikator(r: RingkasanMingguan, ind: Indikator): number[] {
  let kunci = cacheIndikator.get(ind)
  if (!kunci) cacheIndikator.set(ind, (kunci = ukuranIndikator(ind).map(kunciUkuran)))
  return kunci.map((k) => {
    const v = r[k]
    if (v === undefined) throw new Error(`Ringkasan mingguan tanpa ukuran ${k}`)
    return v
  })
}
