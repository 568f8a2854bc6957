/** The geometry of a sparkline, pure so it can be tested without a browser. */

/**
 * The vertical range of a sparkline: the values' own range with a margin and
 * at least 20 points tall, inside 0–100, so a small change stays small.
 */
export function rentangSparkline(nilai: readonly (number | null)[], minimal = 20): [number, number] {
  const ada = nilai.filter((v): v is number => v !== null)
  if (ada.length === 0) return [0, 100]
  let lo = Math.min(...ada) - 5
  let hi = Math.max(...ada) + 5
  if (hi - lo < minimal) {
    const tengah = (hi + lo) / 2
    lo = tengah - minimal / 2
    hi = tengah + minimal / 2
  }
  if (lo < 0) [lo, hi] = [0, Math.min(100, hi - lo)]
  if (hi > 100) [lo, hi] = [Math.max(0, lo - (hi - 100)), 100]
  return [lo, hi]
}

/** Points of a small line; a null breaks the line. */
export function titikSparkline(nilai: readonly (number | null)[], lebar: number, tinggi: number, tepi = 3): ({ x: number; y: number } | null)[] {
  const n = nilai.length
  const langkah = n > 1 ? (lebar - 2 * tepi) / (n - 1) : 0
  const [lo, hi] = rentangSparkline(nilai)
  return nilai.map((v, i) => (v === null ? null : { x: tepi + i * langkah, y: tepi + (1 - (Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo)) * (tinggi - 2 * tepi) }))
}
