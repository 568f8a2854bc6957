/**
 * Default Polres of a Polda: one per kabupaten/kota, coded with the
 * kabupaten's Kemendagri code (as a Polres app codes itself by default).
 * "Kabupaten Belu" → POLRES BELU; "Kota Kupang" → POLRESTA KUPANG (a city's
 * Polres is usually a Polresta; some are "Polres … Kota" — the name is
 * editable in the wizard).
 */
export function namaPolresBawaan(namaKabupaten: string): string {
  const nama = namaKabupaten.trim().toLocaleUpperCase('id')
  if (nama.startsWith('KOTA ')) return `POLRESTA ${nama.slice(5)}`
  if (nama.startsWith('KABUPATEN ')) return `POLRES ${nama.slice(10)}`
  if (nama.startsWith('KAB. ')) return `POLRES ${nama.slice(5)}`
  return `POLRES ${nama}`
}

export interface PolresBawaan {
  kode: string
  nama: string
  kabupatenKode: string[]
}

export function polresBawaan(kabupaten: readonly { kode: string; nama: string }[]): PolresBawaan[] {
  return kabupaten.map((k) => ({ kode: k.kode, nama: namaPolresBawaan(k.nama), kabupatenKode: [k.kode] }))
}
