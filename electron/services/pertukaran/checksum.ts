import crypto from 'node:crypto'

/**
 * The contract's CSV rendering (exchange-format.md, "Checksums and signature"):
 * RFC 4180 quoting for fields holding a comma, a quote or a line break, '\n'
 * between lines, no final newline. Cells are rendered by the caller (numbers
 * as String(n), dates as YYYY-MM-DD, empty cells empty).
 */
export function barisCsv(sel: readonly string[]): string {
  let s = ''
  for (let i = 0; i < sel.length; i++) {
    const v = sel[i]!
    if (i) s += ','
    s += /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
  }
  return s
}

/** Hex SHA-256 of a sheet: header line, then the data lines, joined by '\n'. */
export function sha256Sheet(kolom: readonly string[], baris: Iterable<readonly string[]>): { sha256: string; baris: number } {
  const h = crypto.createHash('sha256')
  h.update(barisCsv(kolom), 'utf8')
  let n = 0
  for (const b of baris) {
    h.update('\n' + barisCsv(b), 'utf8')
    n++
  }
  return { sha256: h.digest('hex'), baris: n }
}

/** The text the manifest signature covers: its rows above tanda_tangan, each as `kunci,nilai`. */
export function teksTandaTangan(baris: readonly (readonly [string, string])[]): string {
  return baris.map((b) => barisCsv(b)).join('\n')
}
