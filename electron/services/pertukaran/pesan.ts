import { NAMA_BULAN } from '../../../shared/format'
import { uraiBulan } from '../../../shared/iso-week'

/** One problem in a file, placed where the user can find it. */
export interface Masalah {
  sheet: string | null
  /** The spreadsheet row number (1 = the first row), when the problem sits in one row. */
  baris: number | null
  kolom: string | null
  pesan: string
}

/** The contract's message form: `Sheet LaporanMingguan baris 14, kolom ronda_malam: nilai 9 melebihi batas 7.` */
export function teksMasalah(m: Omit<Masalah, 'pesan'>, isi: string): string {
  const tempat: string[] = []
  if (m.sheet) tempat.push(`Sheet ${m.sheet}${m.baris !== null ? ` baris ${m.baris}` : ''}`)
  if (m.kolom) tempat.push(`kolom ${m.kolom}`)
  const akhir = /[.!?]$/.test(isi) ? isi : `${isi}.`
  return tempat.length ? `${tempat.join(', ')}: ${akhir}` : akhir
}

export const masalah = (sheet: string | null, baris: number | null, kolom: string | null, isi: string): Masalah => ({ sheet, baris, kolom, pesan: teksMasalah({ sheet, baris, kolom }, isi) })

/** 'Juli–September 2024', 'Desember 2024 – Februari 2025', 'September 2024'. */
export function teksPeriode(awal: string, akhir: string): string {
  const a = uraiBulan(awal)
  const b = uraiBulan(akhir)
  if (awal === akhir) return `${NAMA_BULAN[a.bulan - 1]} ${a.tahun}`
  if (a.tahun === b.tahun) return `${NAMA_BULAN[a.bulan - 1]}–${NAMA_BULAN[b.bulan - 1]} ${b.tahun}`
  return `${NAMA_BULAN[a.bulan - 1]} ${a.tahun} – ${NAMA_BULAN[b.bulan - 1]} ${b.tahun}`
}
