/**
 * Paper sizes and the print-time HTML guard for printToPDF. Pure module (no
 * 'electron' import) so it is unit-tested under plain Node.
 */

const MM_PER_INCI = 25.4

/** Electron's printToPDF takes custom sizes in inches. F4 (folio) as used in Indonesian offices is 215 × 330 mm. */
export function ukuranKertas(ukuran: 'A4' | 'F4'): 'A4' | { width: number; height: number } {
  if (ukuran === 'A4') return 'A4'
  return { width: 215 / MM_PER_INCI, height: 330 / MM_PER_INCI }
}

/**
 * The policy of the hidden print window. Report HTML must be self-contained
 * (inline CSS, fonts and chart images as data: URLs): no scripts, no network,
 * no local files. The shell itself still awaits document.fonts.ready through
 * executeJavaScript, which a page CSP does not restrict.
 */
export const CSP_CETAK =
  "default-src 'none'; style-src 'unsafe-inline' data:; img-src data: blob:; font-src data:; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"

/**
 * Puts the print CSP as the very first element of <head> (or of the
 * document when there is no head), so it governs everything after it.
 */
export function sisipkanCspCetak(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CSP_CETAK}">`
  const kepala = /<head(\s[^>]*)?>/i.exec(html)
  if (kepala) {
    const akhir = kepala.index + kepala[0].length
    return html.slice(0, akhir) + meta + html.slice(akhir)
  }
  const akar = /<html(\s[^>]*)?>/i.exec(html)
  if (akar) {
    const akhir = akar.index + akar[0].length
    return `${html.slice(0, akhir)}<head>${meta}</head>${html.slice(akhir)}`
  }
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)
  if (doctype) return `${doctype[0]}<head>${meta}</head>${html.slice(doctype[0].length)}`
  return `<head>${meta}</head>${html}`
}
