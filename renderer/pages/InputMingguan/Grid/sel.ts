import { formatAngka } from '../../../../shared/format'
import { KOLOM_TEKS_MINGGUAN, type KolomSelMingguan, type NilaiBaris, validasiBaris, validasiSel } from '../../../../shared/mingguan'
import { uraiAngka } from '../../../../shared/angka'
import type { BarisTampil, Nilai, StatusSel } from './jenis'

export const adalahKolomTeks = (kolom: KolomSelMingguan): boolean => (KOLOM_TEKS_MINGGUAN as readonly string[]).includes(kolom)

/**
 * Text → value, the same way for typing, pasting and undo. Counts are read the
 * Indonesian way ('1.234' → 1234, '2,5' → 2.5); blank is null (not reported),
 * never 0. undefined means "not a number at all".
 */
export function nilaiDariTeks(kolom: KolomSelMingguan, teks: string): Nilai | undefined {
  if (adalahKolomTeks(kolom)) {
    const t = teks.trim()
    return t === '' ? null : t
  }
  const h = uraiAngka(teks, { ribuanTitik: true })
  return h.ok ? h.nilai : undefined
}

/** Value → the text an editor starts with (no thousands dots, so it re-parses as the same number). */
export function teksDariNilai(nilai: Nilai): string {
  if (nilai === null) return ''
  if (typeof nilai === 'number') return String(nilai).replace('.', ',')
  return nilai
}

/** Value → what the cell shows: '1.234', blank for null. */
export function tampilNilai(nilai: Nilai): string {
  if (nilai === null) return ''
  if (typeof nilai === 'number') return Number.isInteger(nilai) ? formatAngka(nilai, 0) : teksDariNilai(nilai)
  return nilai
}

export const samaNilai = (a: Nilai | undefined, b: Nilai | undefined): boolean => a === b

/** Fields tied by a rule, as the server blames them (electron/services/mingguan/simpan.ts). */
const PASANGAN: Partial<Record<KolomSelMingguan, KolomSelMingguan>> = {
  masalah_selesai: 'masalah_ditangani',
  masalah_ditangani: 'masalah_selesai',
}

/**
 * The message for every local edit of a row, using the shared rules: first each
 * cell alone, then the rules between fields on the row as it would be saved.
 * A cross-field message goes to the edited cell, like the server does.
 */
export function periksaBaris(b: BarisTampil): Map<KolomSelMingguan, string> {
  const pesan = new Map<KolomSelMingguan, string>()
  const efektif = { ...b.tersimpan } as NilaiBaris
  for (const [kolom, d] of Object.entries(b.draf) as [KolomSelMingguan, NonNullable<BarisTampil['draf'][KolomSelMingguan]>][]) {
    const p = d.nilai === undefined ? (validasiSel(kolom, d.teks) ?? 'Isi dengan angka, atau kosongkan bila tidak dilaporkan') : validasiSel(kolom, d.nilai)
    if (p) pesan.set(kolom, p)
    else (efektif as Record<string, Nilai>)[kolom] = d.nilai as Nilai
  }
  for (const m of validasiBaris(efektif, b.info.posKamlingTotal)) {
    const pasangan = PASANGAN[m.kolom]
    const sasaran = b.draf[m.kolom] ? m.kolom : pasangan && b.draf[pasangan] ? pasangan : null
    if (sasaran && !pesan.has(sasaran)) pesan.set(sasaran, m.pesan)
  }
  return pesan
}

/** What one cell shows, its editor text, its state and its message. */
export function isiSel(b: BarisTampil, kolom: KolomSelMingguan): { tampil: string; teks: string; status: StatusSel; pesan: string | null } {
  const d = b.draf[kolom]
  if (!d) {
    const n = b.tersimpan[kolom]
    return { tampil: tampilNilai(n), teks: teksDariNilai(n), status: b.baruTersimpan[kolom] ? 'tersimpan' : 'asli', pesan: null }
  }
  const sah = d.nilai !== undefined && (d.keadaan === 'menunggu' || d.keadaan === 'menyimpan')
  const tampil = sah ? tampilNilai(d.nilai as Nilai) : d.teks
  if (d.keadaan === 'salah' || d.keadaan === 'ditolak') return { tampil, teks: d.teks, status: 'salah', pesan: d.pesan }
  if (d.keadaan === 'gagal') return { tampil, teks: d.teks, status: 'belum-tersimpan', pesan: d.pesan }
  if (d.dipulihkan && d.keadaan === 'menunggu') return { tampil, teks: d.teks, status: 'belum-tersimpan', pesan: null }
  return { tampil, teks: d.teks, status: d.keadaan, pesan: null }
}
