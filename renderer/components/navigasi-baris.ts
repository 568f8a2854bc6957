import type { KeyboardEvent } from 'react'

const LOMPAT_HALAMAN = 10

/**
 * Arrow keys over table rows with a roving tabindex (one row in the Tab
 * order): returns the row index the key moves to and focuses it, or null when
 * the key is not a movement key.
 */
export function pindahBaris(e: KeyboardEvent<HTMLTableRowElement>, i: number, jumlah: number): number | null {
  let ke: number | null = null
  if (e.key === 'ArrowDown') ke = Math.min(jumlah - 1, i + 1)
  else if (e.key === 'ArrowUp') ke = Math.max(0, i - 1)
  else if (e.key === 'PageDown') ke = Math.min(jumlah - 1, i + LOMPAT_HALAMAN)
  else if (e.key === 'PageUp') ke = Math.max(0, i - LOMPAT_HALAMAN)
  else if (e.key === 'Home') ke = 0
  else if (e.key === 'End') ke = jumlah - 1
  if (ke === null) return null
  e.preventDefault()
  ;(e.currentTarget.parentElement?.children[ke] as HTMLElement | undefined)?.focus()
  return ke
}

export type ArahUrut = 'naik' | 'turun'

/** Stable sort; blanks last in both directions so they are easy to find. */
export function urutkan<T>(data: readonly T[], nilai: (x: T) => string | number | null, arah: ArahUrut): T[] {
  const kali = arah === 'naik' ? 1 : -1
  return data
    .map((x, i) => ({ x, i, v: nilai(x) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.i - b.i : a.v === null ? 1 : -1
      const beda = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : String(a.v).localeCompare(String(b.v), 'id')
      return beda !== 0 ? beda * kali : a.i - b.i
    })
    .map((x) => x.x)
}
