/** Just enough XML for the workbook's table of contents: attributes and entities. */

const ENTITAS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

export function uraiEntitas(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITAS[e]!
    const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
    return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : ''
  })
}

/** Attributes of each element with this local name (any namespace prefix), entities decoded. */
export function elemen(xml: string, nama: string): Record<string, string>[] {
  const pola = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${nama}(?=[\\s/>])([^>]*)>`, 'g')
  const hasil: Record<string, string>[] = []
  for (const m of xml.matchAll(pola)) {
    const atribut: Record<string, string> = {}
    for (const a of m[1]!.matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g)) atribut[a[1]!] = uraiEntitas(a[3] ?? a[4] ?? '')
    hasil.push(atribut)
  }
  return hasil
}

/** An attribute by local name, whatever its prefix (r:id, ns1:id …). */
export function atributLokal(atribut: Record<string, string>, lokal: string, tanpaPrefiks = false): string | undefined {
  for (const [k, v] of Object.entries(atribut)) {
    const i = k.indexOf(':')
    if (i < 0 ? tanpaPrefiks && k === lokal : k.slice(i + 1) === lokal) return v
  }
  return undefined
}
