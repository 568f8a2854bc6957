/**
 * Clipboard text from Excel / LibreOffice Calc / Google Sheets → rows of cells.
 * Cells are separated by tabs and rows by newlines; a cell holding a tab, a
 * newline or a quote is wrapped in double quotes with quotes doubled (Excel's
 * own format). The trailing newline spreadsheets add is not an extra row.
 */
export function uraiTsv(teks: string): string[][] {
  const s = teks.replace(/\r\n?/g, '\n')
  const baris: string[][] = []
  let sel = ''
  let kini: string[] = []
  let i = 0
  let awalSel = true
  while (i < s.length) {
    const c = s[i]!
    if (awalSel && c === '"') {
      // A quoted cell: read to the closing quote, "" is a literal quote.
      let j = i + 1
      let isi = ''
      let tutup = false
      while (j < s.length) {
        if (s[j] === '"') {
          if (s[j + 1] === '"') {
            isi += '"'
            j += 2
            continue
          }
          tutup = true
          j++
          break
        }
        isi += s[j]
        j++
      }
      // Only a real quoted cell when the quote closes right before a separator.
      if (tutup && (j >= s.length || s[j] === '\t' || s[j] === '\n')) {
        sel = isi
        i = j
        awalSel = false
        continue
      }
    }
    awalSel = false
    if (c === '\t') {
      kini.push(sel)
      sel = ''
      awalSel = true
    } else if (c === '\n') {
      kini.push(sel)
      baris.push(kini)
      kini = []
      sel = ''
      awalSel = true
    } else sel += c
    i++
  }
  if (!awalSel || sel !== '' || kini.length) {
    kini.push(sel)
    baris.push(kini)
  }
  return baris
}

/** Cells → clipboard text that spreadsheets read back the same way. */
export function keTsv(baris: readonly (readonly string[])[]): string {
  const kutip = (s: string) => (/[\t\n"]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s)
  return baris.map((b) => b.map(kutip).join('\t')).join('\n')
}
