/** Small seeded PRNG (mulberry32): the demo Polres is the same on every machine. */
export function acakBerbenih(benih: number) {
  let a = benih >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    /** Integer in [min, max]. */
    bulat: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    peluang: (p: number) => next() < p,
    pilih: <T>(daftar: readonly T[]): T => daftar[Math.floor(next() * daftar.length)]!,
    /** Weighted choice: [item, weight][]. */
    berbobot: <T>(daftar: readonly (readonly [T, number])[]): T => {
      const total = daftar.reduce((s, [, w]) => s + w, 0)
      let r = next() * total
      for (const [x, w] of daftar) if ((r -= w) < 0) return x
      return daftar[daftar.length - 1]![0]
    },
  }
}
export type Acak = ReturnType<typeof acakBerbenih>
