import crypto from 'node:crypto'

/** RFC 4122 name-based UUID, version 5 (SHA-1). */
export function uuid5(nama: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  if (ns.length !== 16) throw new RangeError(`Namespace UUID tidak valid: ${namespace}`)
  const h = crypto.createHash('sha1').update(ns).update(nama, 'utf8').digest()
  h[6] = (h[6]! & 0x0f) | 0x50
  h[8] = (h[8]! & 0x3f) | 0x80
  const x = h.subarray(0, 16).toString('hex')
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`
}

export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8'
/** The contract's namespace: the UUIDv5 of 'binmas-desk' in the URL namespace. */
export const NAMESPACE_BINMAS = uuid5('binmas-desk', NAMESPACE_URL)

/** The id of a Kejadian row left blank in a hand-made file: the same row gives the same id every time. */
export function idKejadianDariIsi(satkerKode: string, b: { tanggal: string; kodeDesa: string; kategori: string; tingkat: string; uraian: string }): string {
  return uuid5([satkerKode, b.tanggal, b.kodeDesa, b.kategori, b.tingkat, b.uraian].join('|'), NAMESPACE_BINMAS)
}
