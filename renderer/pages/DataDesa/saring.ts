import type { Desa } from '../../../shared/skema-data'

export interface Saringan {
  cari: string
  kecamatanKode: string
  /** '' = semua Polsek, otherwise the id as text (select values are strings). */
  polsekId: string
}

export const SARINGAN_KOSONG: Saringan = { cari: '', kecamatanKode: '', polsekId: '' }

export type KolomUrut = 'kode' | 'nama' | 'kecamatanNama' | 'polsekNama' | 'penduduk' | 'jumlahKk' | 'posKamlingTotal' | 'fkpmAktif' | 'koordinat'
export type ArahUrut = 'naik' | 'turun'

const normal = (s: string) => s.toLocaleLowerCase('id').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')

/** Search by desa name, kecamatan name or code; case and accents do not matter. */
export function saringDesa(desa: readonly Desa[], s: Saringan): Desa[] {
  const cari = normal(s.cari.trim())
  return desa.filter(
    (d) =>
      (!s.kecamatanKode || d.kecamatanKode === s.kecamatanKode) &&
      (!s.polsekId || String(d.polsekId) === s.polsekId) &&
      (!cari || normal(d.nama).includes(cari) || normal(d.kecamatanNama).includes(cari) || d.kode.includes(cari)),
  )
}

function nilaiUrut(d: Desa, k: KolomUrut): string | number | null {
  switch (k) {
    case 'koordinat':
      return d.lintang === null || d.bujur === null ? null : 1
    case 'fkpmAktif':
      return d.fkpmAktif === null ? null : d.fkpmAktif ? 1 : 0
    default:
      return d[k]
  }
}

/** Stable sort; blanks always go last, whichever the direction, so they are easy to find. */
export function urutkanDesa(desa: readonly Desa[], kolom: KolomUrut, arah: ArahUrut): Desa[] {
  const kali = arah === 'naik' ? 1 : -1
  return desa
    .map((d, i) => ({ d, i, v: nilaiUrut(d, kolom) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1
      const beda = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'id')
      return beda !== 0 ? beda * kali : a.d.kode.localeCompare(b.d.kode)
    })
    .map((x) => x.d)
}
