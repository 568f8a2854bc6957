/**
 * Matching the features of a boundary or point file to the desa of the
 * satker: by a code property the user picks (Kemendagri codes with or
 * without dots), else by desa name together with the kecamatan name.
 * Pure, so the rules are tested without files.
 */

export interface DesaCocok {
  kode: string
  nama: string
  kecamatanNama: string
}

export type Properti = Record<string, unknown>

export interface HasilCocok {
  /** Feature index → desa code, and how it was found. */
  cocok: { indeks: number; desaKode: string; cara: 'kode' | 'nama' }[]
  tidakCocok: { indeks: number; alasan: string }[]
}

/**
 * '5303012001', '53.03.01.2001', ' 53 03 01 2001 ' → '53.03.01.2001'. Anything
 * that is not 10 digits once the separators are gone is not a desa code.
 */
export function normalisasiKode(v: unknown): string | null {
  if (typeof v !== 'string' && typeof v !== 'number') return null
  const s = String(v).trim()
  if (!/^[\d.\s-]+$/.test(s)) return null
  const angka = s.replace(/[.\s-]/g, '')
  if (!/^\d{10}$/.test(angka)) return null
  return `${angka.slice(0, 2)}.${angka.slice(2, 4)}.${angka.slice(4, 6)}.${angka.slice(6)}`
}

const AWALAN = /^(desa|kelurahan|kel|ds|kec|kecamatan)\b\.?\s*/

/** 'Desa  OELOLOK', 'Kel. Benpasi', 'kecamatan Insana' → 'oelolok', 'benpasi', 'insana'. */
export function normalisasiNama(v: unknown): string {
  if (typeof v !== 'string') return ''
  let s = v.normalize('NFKC').toLowerCase().replace(/[\s\u00a0]+/g, ' ').trim()
  for (let i = 0; i < 2 && AWALAN.test(s); i++) s = s.replace(AWALAN, '').trim()
  return s.replace(/[^\p{L}\p{N} ]/gu, '').replace(/ +/g, ' ').trim()
}

/** Properties whose values look like desa codes in most features: candidates for the code column. */
export function kandidatKolomKode(properti: readonly Properti[]): string[] {
  const hitung = new Map<string, number>()
  for (const p of properti) for (const [k, v] of Object.entries(p)) if (normalisasiKode(v)) hitung.set(k, (hitung.get(k) ?? 0) + 1)
  return [...hitung.entries()].filter(([, n]) => n >= Math.max(1, properti.length / 2)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k)
}

/**
 * Matches every feature. With `kolomKode`, a feature whose code is a desa
 * (or an old code mapped to one, via `kodeLama`) matches by code; the others,
 * and every feature when there is no code column, are tried by name: a
 * property equal to a desa name, narrowed by a property equal to that desa's
 * kecamatan name; exactly one desa must remain.
 */
export function cocokkanFitur(
  properti: readonly Properti[],
  desa: readonly DesaCocok[],
  opsi: { kolomKode: string | null; kodeLama?: ReadonlyMap<string, string> },
): HasilCocok {
  const perKode = new Map(desa.map((d) => [d.kode, d]))
  const perNama = new Map<string, DesaCocok[]>()
  for (const d of desa) {
    const n = normalisasiNama(d.nama)
    perNama.set(n, [...(perNama.get(n) ?? []), d])
  }
  const namaKec = new Set(desa.map((d) => normalisasiNama(d.kecamatanNama)))
  const hasil: HasilCocok = { cocok: [], tidakCocok: [] }
  properti.forEach((p, indeks) => {
    let alasanKode: string | null = null
    if (opsi.kolomKode !== null) {
      const mentah = p[opsi.kolomKode]
      const kode = normalisasiKode(mentah)
      const tuju = kode === null ? null : perKode.has(kode) ? kode : (opsi.kodeLama?.get(kode) ?? null)
      if (tuju !== null && perKode.has(tuju)) {
        hasil.cocok.push({ indeks, desaKode: tuju, cara: 'kode' })
        return
      }
      alasanKode =
        mentah === undefined || mentah === null || String(mentah).trim() === ''
          ? `kolom ${opsi.kolomKode} kosong`
          : kode === null
            ? `kode "${String(mentah).slice(0, 40)}" bukan kode desa 10 angka`
            : `kode ${kode} tidak ada di daftar desa satker`
    }
    const nilai = Object.values(p).map(normalisasiNama).filter(Boolean)
    const kec = new Set(nilai.filter((v) => namaKec.has(v)))
    const calonDari = (daftar: string[]) => {
      const c = [...new Set(daftar.flatMap((v) => perNama.get(v) ?? []))]
      return kec.size > 0 ? c.filter((d) => kec.has(normalisasiNama(d.kecamatanNama))) : c
    }
    // A value naming the kecamatan is not also read as a desa name ("Noebaun, Kec. Noemuti" is not desa Noemuti),
    // unless nothing else names a desa (desa Noemuti in Kec. Noemuti).
    const tanpaKec = calonDari(nilai.filter((v) => !kec.has(v)))
    const calon = tanpaKec.length > 0 ? tanpaKec : calonDari(nilai)
    if (calon.length === 1) {
      hasil.cocok.push({ indeks, desaKode: calon[0]!.kode, cara: 'nama' })
      return
    }
    const alasanNama =
      calon.length > 1
        ? `nama cocok dengan ${calon.length} desa (${calon
            .slice(0, 3)
            .map((d) => `${d.nama}, Kec. ${d.kecamatanNama}`)
            .join('; ')}) dan kecamatannya tidak dapat dipastikan`
        : 'nama desa dan kecamatan tidak ditemukan di daftar desa satker'
    hasil.tidakCocok.push({ indeks, alasan: alasanKode ? `${alasanKode}; ${alasanNama}` : alasanNama })
  })
  return hasil
}
