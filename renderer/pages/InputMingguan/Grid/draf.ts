/**
 * Unsaved edits survive a reload, a closed window or a power cut: every local
 * edit the server has not confirmed is kept in localStorage, per ISO week, as
 * "desaKode|kolom" → typed text, until the server answers "tersimpan".
 */

const awalan = 'binmas:mingguan:draf:'
const kunciMinggu = (tahun: number, minggu: number) => `${awalan}${tahun}-${minggu}`
export const kunciSel = (desaKode: string, kolom: string) => `${desaKode}|${kolom}`

export function bacaDraf(tahun: number, minggu: number): Map<string, string> {
  try {
    const mentah = localStorage.getItem(kunciMinggu(tahun, minggu))
    if (!mentah) return new Map()
    const isi = JSON.parse(mentah) as { sel?: Record<string, unknown> }
    return new Map(Object.entries(isi.sel ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'))
  } catch {
    return new Map()
  }
}

/**
 * Applies only what changed (text to keep, null to drop): two grids of the same
 * week (a Polsek filter switched while a save was still on its way) never erase
 * each other's drafts.
 */
export function ubahDraf(tahun: number, minggu: number, perubahan: ReadonlyMap<string, string | null>): void {
  if (perubahan.size === 0) return
  try {
    const semua = bacaDraf(tahun, minggu)
    for (const [k, v] of perubahan) {
      if (v === null) semua.delete(k)
      else semua.set(k, v)
    }
    if (semua.size === 0) localStorage.removeItem(kunciMinggu(tahun, minggu))
    else localStorage.setItem(kunciMinggu(tahun, minggu), JSON.stringify({ v: 1, sel: Object.fromEntries(semua) }))
  } catch {
    // Storage full or disabled: the server save still runs; nothing else to do here.
  }
}
