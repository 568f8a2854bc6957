import type { Basisdata } from '../db/koneksi'
import { bacaTeks, type NilaiSel } from '../pertukaran/baca/sel'
import { normalTeks } from './saran'

/**
 * Desa texts of an old workbook → the app's desa. A code (with or without
 * dots, old codes through the renumbering table) is matched at once; a name
 * is matched after normalising it ("Desa Bokon", "BOKON", "Ds. Bokon") and,
 * when several desa share it, by the kecamatan column. What stays
 * ambiguous or unknown is left to the user.
 */

export interface DesaApp {
  kode: string
  nama: string
  kecamatan: string
}

/** 'Ds. Bokon' → 'bokon'; 'KEL. KEFAMENANU TENGAH' → 'kefamenanu tengah'. */
export const normalDesa = (s: string) => normalTeks(s).replace(/^(desa|ds|kelurahan|kel)\s+/, '')
const normalKecamatan = (s: string) => normalTeks(s).replace(/^(kecamatan|kec)\s+/, '')

const POLA_KODE = /^(\d{2})\.?(\d{2})\.?(\d{2})\.?(\d{4})$/
/** '5303012005' or '53.03.01.2005' → '53.03.01.2005'; anything else null. */
export function kodeDariTeks(t: string): string | null {
  const m = POLA_KODE.exec(t.trim())
  return m ? `${m[1]}.${m[2]}.${m[3]}.${m[4]}` : null
}

/** The text of a desa or kecamatan cell (a number cell is read as its digits). */
export function teksSel(s: NilaiSel | undefined): string | null {
  if (!s) return null
  if (s.jenis === 'angka') return Number.isInteger(s.nilai) ? String(s.nilai) : null
  const h = bacaTeks(s)
  return h.ok ? h.nilai : null
}

/** The key a desa text is mapped under: the code, or the normalised name with its kecamatan. */
export function kunciDesa(teks: string, kecamatan: string | null): string {
  const kode = kodeDariTeks(teks)
  if (kode) return kode
  return `${normalDesa(teks)}|${kecamatan ? normalKecamatan(kecamatan) : ''}`
}

export interface Pencocok {
  desa: DesaApp[]
  /** The desa a key means when it is certain, else why not and the candidates. */
  cocokkan: (teks: string, kecamatan: string | null) => { saran: string | null; alasan: string | null; kandidat: DesaApp[] }
}

export function pencocokDesa(bd: Basisdata): Pencocok {
  const desa = bd.sqlite.prepare('SELECT d.kode, d.nama, kc.nama kecamatan FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE d.aktif = 1 ORDER BY d.nama, d.kode').all() as DesaApp[]
  const perKode = new Map(desa.map((d) => [d.kode, d]))
  const kodeLama = new Map((bd.sqlite.prepare('SELECT kode_lama, kode_baru FROM desa_kode_lama').all() as { kode_lama: string; kode_baru: string }[]).map((r) => [r.kode_lama, r.kode_baru]))
  const perNama = new Map<string, DesaApp[]>()
  for (const d of desa) {
    const n = normalDesa(d.nama)
    perNama.set(n, [...(perNama.get(n) ?? []), d])
  }
  return {
    desa,
    cocokkan: (teks, kecamatan) => {
      const kode = kodeDariTeks(teks)
      if (kode) {
        const baru = perKode.has(kode) ? kode : kodeLama.get(kode)
        if (baru && perKode.has(baru)) return { saran: baru, alasan: null, kandidat: [perKode.get(baru)!] }
        return { saran: null, alasan: `kode desa ${kode} tidak dikenal`, kandidat: [] }
      }
      const n = normalDesa(teks)
      const sama = perNama.get(n) ?? []
      if (sama.length === 1) return { saran: sama[0]!.kode, alasan: null, kandidat: sama }
      if (sama.length > 1) {
        const kec = kecamatan ? normalKecamatan(kecamatan) : ''
        const pas = kec ? sama.filter((d) => normalKecamatan(d.kecamatan) === kec) : []
        if (pas.length === 1) return { saran: pas[0]!.kode, alasan: null, kandidat: sama }
        return { saran: null, alasan: `ada ${sama.length} desa bernama ${sama[0]!.nama}${kec ? ' dan kecamatannya tidak cocok' : '; petakan kolom kecamatan atau pilih sendiri'}`, kandidat: sama }
      }
      const mirip = n.length >= 3 ? desa.filter((d) => normalDesa(d.nama).includes(n) || n.includes(normalDesa(d.nama))).slice(0, 5) : []
      return { saran: null, alasan: 'tidak ada desa dengan nama ini', kandidat: mirip }
    },
  }
}
