/**
 * Reads numbers typed the Indonesian way: "2.000" is two thousand, "-9,4512"
 * is minus nine point four five one two. Pure and shared, so the edit forms,
 * the exchange-file import (numbers stored as text) and the tests agree on
 * what a typed text means.
 */

export type HasilUrai = { ok: true; nilai: number | null } | { ok: false }

export interface OpsiUrai {
  /**
   * Whether a lone dot may group thousands ("2.000" → 2000). True for counts;
   * false for coordinates, where "-9.45" can only be a decimal point.
   */
  ribuanTitik: boolean
}

const RIBUAN = /^\d{1,3}(\.\d{3})+$/
const DESIMAL_KOMA = /^(\d{1,3}(\.\d{3})+|\d+),\d+$/
const DESIMAL_TITIK = /^\d+\.\d+$/
const BULAT = /^\d+$/

/** Blank text is "not filled" (null), never 0. Unreadable text is { ok: false }. */
export function uraiAngka(teks: string, opsi: OpsiUrai): HasilUrai {
  // Unicode minus signs and spaces (incl. no-break spaces) pasted from documents.
  let s = teks.trim().replace(/[\u2212\u2012\u2013]/g, '-').replace(/[\s\u00a0\u202f]/g, '')
  if (s === '') return { ok: true, nilai: null }
  let tanda = 1
  if (s.startsWith('-') || s.startsWith('+')) {
    if (s.startsWith('-')) tanda = -1
    s = s.slice(1)
  }
  let nilai: number
  if (BULAT.test(s)) nilai = Number(s)
  else if (DESIMAL_KOMA.test(s)) nilai = Number(s.replace(/\./g, '').replace(',', '.'))
  else if (opsi.ribuanTitik && RIBUAN.test(s)) nilai = Number(s.replace(/\./g, ''))
  else if (!opsi.ribuanTitik && DESIMAL_TITIK.test(s)) nilai = Number(s)
  else return { ok: false }
  if (!Number.isFinite(nilai)) return { ok: false }
  return { ok: true, nilai: tanda * nilai === 0 ? 0 : tanda * nilai }
}

/** A stored number as text for an input: "2000", "-9,4512"; null → "". */
export function angkaKeIsian(n: number | null | undefined): string {
  if (n === null || n === undefined) return ''
  return String(n).replace('.', ',')
}
