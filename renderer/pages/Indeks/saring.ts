import { formatAngka } from '../../../shared/format'
import type { HasilTabelIkdk } from '../../../shared/hasil-ikdk'

/** Filtering and sorting of the Indeks table: pure, so the screen and the tests agree. */

export type BarisIkdk = HasilTabelIkdk['baris'][number]

/** Kategori filter value for desa without an IKDK value. */
export const TANPA_NILAI = '-'

export interface SaringanIkdk {
  cari: string
  /** '' = semua Polsek, otherwise the id as text. */
  polsekId: string
  /** '' = semua, a category name, or TANPA_NILAI. */
  kategori: string
}

export type KolomUrutIkdk = 'kode' | 'desa' | 'kecamatan' | 'polsek' | 'nilai' | 'kategori' | 'keyakinan' | 'perubahan'
export type ArahUrut = 'naik' | 'turun'
export interface UrutIkdk {
  kolom: KolomUrutIkdk
  arah: ArahUrut
}

export const SARINGAN_KOSONG: SaringanIkdk = { cari: '', polsekId: '', kategori: '' }
/** Most rawan first: that is what the Kasat looks for. */
export const URUT_BAWAAN: UrutIkdk = { kolom: 'nilai', arah: 'naik' }

const KOLOM_URUT: readonly KolomUrutIkdk[] = ['kode', 'desa', 'kecamatan', 'polsek', 'nilai', 'kategori', 'keyakinan', 'perubahan']
const PERINGKAT_KEYAKINAN: Record<string, number> = { Tinggi: 0, Sedang: 1, Rendah: 2 }

const normal = (s: string) => s.toLocaleLowerCase('id').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')

export function saringIkdk(baris: readonly BarisIkdk[], s: SaringanIkdk): BarisIkdk[] {
  const cari = normal(s.cari.trim())
  return baris.filter(
    (b) =>
      (!s.polsekId || String(b.polsekId) === s.polsekId) &&
      (!s.kategori || (s.kategori === TANPA_NILAI ? b.kategori === null : b.kategori === s.kategori)) &&
      (!cari || normal(b.desaNama).includes(cari) || normal(b.kecamatanNama).includes(cari) || b.desaKode.includes(cari)),
  )
}

function nilaiUrut(b: BarisIkdk, k: KolomUrutIkdk, urutanKategori: readonly string[]): string | number | null {
  switch (k) {
    case 'kode':
      return b.desaKode
    case 'desa':
      return b.desaNama
    case 'kecamatan':
      return b.kecamatanNama
    case 'polsek':
      return b.polsekNama
    case 'nilai':
      return b.nilai
    case 'kategori': {
      const i = b.kategori === null ? -1 : urutanKategori.indexOf(b.kategori)
      return i < 0 ? null : i
    }
    case 'keyakinan':
      return PERINGKAT_KEYAKINAN[b.keyakinan] ?? null
    case 'perubahan':
      return b.perubahan
  }
}

/** Stable sort; blanks (N/A) always last, whichever the direction. Ties by desa code. */
export function urutkanIkdk(baris: readonly BarisIkdk[], u: UrutIkdk, urutanKategori: readonly string[]): BarisIkdk[] {
  const kali = u.arah === 'naik' ? 1 : -1
  return baris
    .map((b) => ({ b, v: nilaiUrut(b, u.kolom, urutanKategori) }))
    .sort((a, c) => {
      if (a.v === null || c.v === null) return a.v === c.v ? a.b.desaKode.localeCompare(c.b.desaKode) : a.v === null ? 1 : -1
      const beda = typeof a.v === 'number' && typeof c.v === 'number' ? a.v - c.v : String(a.v).localeCompare(String(c.v), 'id')
      return beda !== 0 ? beda * kali : a.b.desaKode.localeCompare(c.b.desaKode)
    })
    .map((x) => x.b)
}

/** Count per category (in the scheme's order) and of desa without a value. */
export function hitungPerKategori(baris: readonly BarisIkdk[], urutanKategori: readonly string[]): { kategori: string | null; jumlah: number }[] {
  return [...urutanKategori.map((k) => ({ kategori: k as string | null, jumlah: baris.filter((b) => b.kategori === k).length })), { kategori: null, jumlah: baris.filter((b) => b.kategori === null).length }]
}

/** Reads filters and sort order from the address (links from Beranda carry ?kategori=…). */
export function saringanDariParam(q: URLSearchParams): { saringan: SaringanIkdk; urut: UrutIkdk } {
  const kolom = q.get('urut') as KolomUrutIkdk | null
  return {
    saringan: { cari: q.get('cari') ?? '', polsekId: q.get('polsek') ?? '', kategori: q.get('kategori') ?? '' },
    urut: kolom && KOLOM_URUT.includes(kolom) ? { kolom, arah: q.get('arah') === 'turun' ? 'turun' : 'naik' } : URUT_BAWAAN,
  }
}

export function paramDariSaringan(s: SaringanIkdk, u: UrutIkdk): Record<string, string> {
  const p: Record<string, string> = { cari: s.cari, polsek: s.polsekId, kategori: s.kategori }
  if (u.kolom !== URUT_BAWAAN.kolom || u.arah !== URUT_BAWAAN.arah) Object.assign(p, { urut: u.kolom, arah: u.arah })
  return p
}

/** '2024-09' when well-formed, else null. */
export function bulanSah(b: string | null): string | null {
  return b && /^\d{4}-(0[1-9]|1[0-2])$/.test(b) ? b : null
}

/** "+3,4" / "−21,3" / "0,0": the change vs the previous month with its sign; "—" when there is none. */
export function teksPerubahan(n: number | null): string {
  if (n === null) return '—'
  const t = formatAngka(Math.abs(n), 1)
  if (t === '0,0') return '0,0'
  return `${n > 0 ? '+' : '−'}${t}`
}
