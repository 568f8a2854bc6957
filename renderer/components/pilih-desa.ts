/** What a desa picker needs of a desa. */
export interface DesaPilihan {
  kode: string
  nama: string
  kecamatanNama: string
}

/** "Oelami — Kec. Bikomi Selatan (53.03.01.2001)": name and kecamatan first, the code to tell twins apart. */
export function labelDesa(d: DesaPilihan): string {
  return `${d.nama} — Kec. ${d.kecamatanNama} (${d.kode})`
}

const normal = (s: string) => s.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ')
const KODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/

/**
 * The desa a typed text names: a whole label from the list, a bare code, a
 * code in brackets, or a name only one desa has. Anything else is undefined.
 */
export function desaDariTeks(teks: string, desa: readonly DesaPilihan[]): DesaPilihan | undefined {
  const t = normal(teks)
  if (!t) return undefined
  const dalamKurung = /\((\d{2}\.\d{2}\.\d{2}\.\d{4})\)$/.exec(t)?.[1]
  const kode = dalamKurung ?? (KODE.test(t) ? t : undefined)
  if (kode) return desa.find((d) => d.kode === kode)
  const label = desa.find((d) => normal(labelDesa(d)) === t)
  if (label) return label
  const sama = desa.filter((d) => normal(d.nama) === t)
  return sama.length === 1 ? sama[0] : undefined
}
