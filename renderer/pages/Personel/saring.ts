import { PANGKAT } from '../../../shared/pangkat'
import type { Personel } from '../../../shared/personel'
import { type ArahUrut, urutkan } from '../../components/navigasi-baris'

/** '' = semua; TANPA_POLSEK = personel of the Polres itself (no Polsek). */
export const TANPA_POLSEK = 'polres'

export interface SaringanPersonel {
  cari: string
  polsekId: string
  jabatan: string
}
export const SARINGAN_KOSONG: SaringanPersonel = { cari: '', polsekId: '', jabatan: '' }

export type KolomPersonel = 'nrp' | 'nama' | 'pangkat' | 'jabatan' | 'polsek'

type Binaan = Personel['desaBinaan'][number]

/** An assignment in force on a day: started, not yet ended. */
export function berlakuPada(b: Binaan, hariIni: string): boolean {
  return b.mulai <= hariIni && (b.selesai === null || b.selesai >= hariIni)
}

export function binaanKini(p: Personel, hariIni: string): Binaan[] {
  return p.desaBinaan.filter((b) => berlakuPada(b, hariIni)).sort((a, b) => a.desaNama.localeCompare(b.desaNama, 'id'))
}

const normal = (s: string) => s.toLocaleLowerCase('id').trim()

export function saringPersonel(semua: readonly Personel[], s: SaringanPersonel): Personel[] {
  const cari = normal(s.cari)
  return semua.filter(
    (p) =>
      (!s.polsekId || (s.polsekId === TANPA_POLSEK ? p.polsekId === null : String(p.polsekId) === s.polsekId)) &&
      (!s.jabatan || p.jabatan === s.jabatan) &&
      (!cari || normal(p.nama).includes(cari) || p.nrp.includes(cari)),
  )
}

/** Ranks sort by seniority (BRIPDA … IRJEN POL), not alphabetically. */
export function urutkanPersonel(data: readonly Personel[], kolom: KolomPersonel, arah: ArahUrut): Personel[] {
  const nilai = (p: Personel): string | number | null => {
    if (kolom === 'pangkat') {
      const i = (PANGKAT as readonly string[]).indexOf(p.pangkat)
      return i < 0 ? null : i
    }
    if (kolom === 'polsek') return p.polsekNama
    return p[kolom]
  }
  return urutkan(data, nilai, arah)
}

export function daftarJabatan(semua: readonly Personel[]): string[] {
  return [...new Set(semua.map((p) => p.jabatan))].sort((a, b) => a.localeCompare(b, 'id'))
}
