/**
 * The IKDK category colours (ui.md): the same on screen, charts, map and PDF.
 * A category is never shown by colour alone; these only pick the paint.
 */

export const WARNA_KATEGORI: Readonly<Record<string, string>> = {
  Aman: '#1a7f37',
  Waspada: '#b58100',
  Rawan: '#d4670b',
  'Sangat Rawan': '#b42318',
}

/** Grey of "no data" (drawn hatched where a pattern is possible). */
export const WARNA_TANPA_DATA = '#8c959f'

/** What a desa without an IKDK value is called next to the categories. */
export const LABEL_TANPA_NILAI = 'Tanpa nilai'

/**
 * Paint for a category a scheme may name differently: the default four by
 * name, others by their rank from safest (green) to least safe (red).
 */
export function warnaKategori(nama: string | null, urutan: readonly string[] = Object.keys(WARNA_KATEGORI)): string {
  if (nama === null) return WARNA_TANPA_DATA
  const tetap = WARNA_KATEGORI[nama]
  if (tetap) return tetap
  const palet = Object.values(WARNA_KATEGORI)
  const i = urutan.indexOf(nama)
  if (i < 0 || urutan.length < 2) return WARNA_TANPA_DATA
  return palet[Math.round((i / (urutan.length - 1)) * (palet.length - 1))]!
}

/** Text colour with WCAG AA contrast on the category paint. */
export function warnaTeksKategori(latar: string): string {
  const hex = latar.replace('#', '')
  const kanal = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  const l = 0.2126 * kanal[0]! + 0.7152 * kanal[1]! + 0.0722 * kanal[2]!
  // Contrast with white vs with near-black (#1b1f24, L ≈ 0.013).
  return (1.05 / (l + 0.05) >= (l + 0.05) / 0.063 ? '#ffffff' : '#1b1f24')
}
