import { NAMA_BULAN } from '../format'
import { bulanSebelumnya, uraiBulan } from '../iso-week'

/** The recap periods of an Anev: a month, a quarter (triwulan), a half-year (semester) or a year. */
export const JENIS_PERIODE = ['bulan', 'triwulan', 'semester', 'tahun'] as const
export type JenisPeriode = (typeof JENIS_PERIODE)[number]

export interface PeriodeAnev {
  jenis: JenisPeriode
  /** '2024-09', '2024-T3', '2024-S2' or '2024'. */
  kode: string
  /** 'bulan September 2024', 'Triwulan III 2024', 'Semester II 2024', 'Tahun 2024'. */
  label: string
  /** The same in capitals for the title: 'BULAN SEPTEMBER 2024'. */
  judul: string
  bulanAwal: string
  bulanAkhir: string
  /** Every month of the period in order. */
  bulan: string[]
}

const ROMAWI = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const
const BULAN_PER: Record<JenisPeriode, number> = { bulan: 1, triwulan: 3, semester: 6, tahun: 12 }

/** 9 → 'IX' (months in Polri letter numbers: B/123/IX/BIN.1.2./2024). */
export const romawi = (n: number): string => ROMAWI[n - 1] ?? String(n)

const pad = (n: number) => String(n).padStart(2, '0')

/** Reads a period code; null when it is not one. */
export function uraiKodePeriode(kode: string): PeriodeAnev | null {
  let m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(kode)
  if (m) return periode('bulan', Number(m[1]), Number(m[2]))
  m = /^(\d{4})-T([1-4])$/.exec(kode)
  if (m) return periode('triwulan', Number(m[1]), Number(m[2]))
  m = /^(\d{4})-S([12])$/.exec(kode)
  if (m) return periode('semester', Number(m[1]), Number(m[2]))
  m = /^(\d{4})$/.exec(kode)
  if (m) return periode('tahun', Number(m[1]), 1)
  return null
}

/** The period `ke` (1-based: month 1–12, triwulan 1–4, semester 1–2, tahun 1) of a year. */
export function periode(jenis: JenisPeriode, tahun: number, ke: number): PeriodeAnev {
  const per = BULAN_PER[jenis]
  const jumlah = 12 / per
  if (!Number.isInteger(ke) || ke < 1 || ke > jumlah) throw new RangeError(`Periode ${jenis} ke-${ke} tidak ada`)
  const awal = (ke - 1) * per + 1
  const bulan = Array.from({ length: per }, (_, i) => `${tahun}-${pad(awal + i)}`)
  const kode = jenis === 'bulan' ? bulan[0]! : jenis === 'triwulan' ? `${tahun}-T${ke}` : jenis === 'semester' ? `${tahun}-S${ke}` : String(tahun)
  const label =
    jenis === 'bulan' ? `bulan ${NAMA_BULAN[ke - 1]} ${tahun}` : jenis === 'triwulan' ? `Triwulan ${romawi(ke)} ${tahun}` : jenis === 'semester' ? `Semester ${romawi(ke)} ${tahun}` : `Tahun ${tahun}`
  return { jenis, kode, label, judul: label.toUpperCase(), bulanAwal: bulan[0]!, bulanAkhir: bulan[per - 1]!, bulan }
}

/** The period containing a month. */
export function periodeDariBulan(jenis: JenisPeriode, bulan: string): PeriodeAnev {
  const { tahun, bulan: b } = uraiBulan(bulan)
  return periode(jenis, tahun, Math.floor((b - 1) / BULAN_PER[jenis]) + 1)
}

/** The period of the same kind just before: Agustus before September, Triwulan IV 2023 before Triwulan I 2024. */
export function periodeSebelumnya(p: PeriodeAnev): PeriodeAnev {
  return periodeDariBulan(p.jenis, bulanSebelumnya(p.bulanAwal))
}

/** A period's name without 'bulan': 'September 2024', 'Triwulan III 2024' (for "dibanding …"). */
export const namaPendek = (p: PeriodeAnev): string => (p.jenis === 'bulan' ? p.label.replace(/^bulan /, '') : p.label)
