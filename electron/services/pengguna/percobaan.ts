/** Failed logins allowed in a row before the account has to wait. */
export const BATAS_GAGAL = 5
const JEDA_AWAL_MS = 30_000
const JEDA_MAKS_MS = 15 * 60_000

/**
 * How long to wait after the n-th failure in a row: nothing for the first four,
 * then 30 s, doubling with every further failure, at most 15 minutes.
 */
export function jedaSetelahGagal(gagalBerturut: number): number {
  if (gagalBerturut < BATAS_GAGAL) return 0
  return Math.min(JEDA_MAKS_MS, JEDA_AWAL_MS * 2 ** Math.min(20, gagalBerturut - BATAS_GAGAL))
}

/** "30 detik", "2 menit": the wait as the login screen says it. */
export function lamaTunggu(ms: number): string {
  const detik = Math.max(1, Math.ceil(ms / 1000))
  if (detik < 60) return `${detik} detik`
  return `${Math.ceil(detik / 60)} menit`
}

export function pesanTunggu(ms: number): string {
  return `Terlalu banyak percobaan yang gagal. Tunggu ${lamaTunggu(ms)}, lalu coba lagi.`
}

/**
 * Failure counters kept in memory for names that are not accounts and for
 * recovery attempts, so those wait exactly like a real account does and the
 * screen never tells whether a name exists.
 */
export class PencatatGagal {
  private peta = new Map<string, { gagal: number; sampai: number }>()

  constructor(private readonly jam: () => number = Date.now) {}

  /** Milliseconds still to wait for this key (0 when it may try). */
  tunggu(kunci: string): number {
    const c = this.peta.get(kunci)
    return c ? Math.max(0, c.sampai - this.jam()) : 0
  }

  gagal(kunci: string): void {
    const c = this.peta.get(kunci) ?? { gagal: 0, sampai: 0 }
    c.gagal += 1
    c.sampai = this.jam() + jedaSetelahGagal(c.gagal)
    this.peta.set(kunci, c)
    // Bounded: a flood of invented names cannot grow memory without end.
    if (this.peta.size > 10_000) this.peta.delete(this.peta.keys().next().value!)
  }

  berhasil(kunci: string): void {
    this.peta.delete(kunci)
  }
}
