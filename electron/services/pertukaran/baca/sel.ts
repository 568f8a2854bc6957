import * as XLSX from 'xlsx'
import { uraiAngka } from '../../../../shared/angka'
import { formatAngkaRingkas } from '../../../../shared/format'
import { uraiTanggal } from '../../../../shared/iso-week'

/**
 * One cell as the import sees it, whatever program wrote the file. Formulas
 * are never evaluated: SheetJS gives the cached value, and a formula cell
 * without one (found in the sheet XML before parsing) is an error here.
 */
export type NilaiSel =
  | { jenis: 'kosong' }
  | { jenis: 'angka'; nilai: number }
  | { jenis: 'teks'; nilai: string }
  | { jenis: 'tanggal'; nilai: string }
  | { jenis: 'bool'; nilai: boolean }
  | { jenis: 'galat'; pesan: string }

export const KOSONG: NilaiSel = { jenis: 'kosong' }
export const RUMUS_TANPA_NILAI: NilaiSel = { jenis: 'galat', pesan: 'rumus tanpa nilai tersimpan; buka berkas di Excel atau LibreOffice, biarkan rumus terhitung, lalu simpan ulang' }

const GALAT_EXCEL: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A', 0x2b: '#GETTING_DATA' }

const HARI_MS = 86_400_000
const pad = (n: number, w: number) => String(n).padStart(w, '0')

/** A date serial as a calendar date, in the workbook's date system, without any local time zone. */
export function serialKeTanggal(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null
  const hari = Math.floor(serial)
  // 1900 system: day 0 is 1899-12-30 for every real date (Excel counts a 29 Feb 1900 that never was).
  const dasar = date1904 ? Date.UTC(1904, 0, 1) : hari < 61 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)
  const d = new Date(dasar + hari * HARI_MS)
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`
}

const formatTanggal = new Map<string, boolean>()
function formatAdalahTanggal(z: unknown): boolean {
  if (typeof z !== 'string' || z === 'General') return false
  let v = formatTanggal.get(z)
  if (v === undefined) {
    v = Boolean(XLSX.SSF.is_date(z))
    formatTanggal.set(z, v)
  }
  return v
}

export function nilaiSel(c: XLSX.CellObject | undefined | null, date1904: boolean): NilaiSel {
  if (!c) return KOSONG
  switch (c.t) {
    case 's':
      return c.v === '' || c.v === undefined || c.v === null ? KOSONG : { jenis: 'teks', nilai: String(c.v) }
    case 'n': {
      const v = c.v as number
      if (formatAdalahTanggal(c.z)) {
        const t = serialKeTanggal(v, date1904)
        return t ? { jenis: 'tanggal', nilai: t } : { jenis: 'angka', nilai: v }
      }
      return { jenis: 'angka', nilai: v }
    }
    case 'b':
      return { jenis: 'bool', nilai: Boolean(c.v) }
    case 'e':
      return { jenis: 'galat', pesan: GALAT_EXCEL[c.v as number] ? `sel berisi galat rumus (${GALAT_EXCEL[c.v as number]})` : 'sel berisi galat rumus' }
    case 'd': {
      const d = c.v instanceof Date ? c.v : new Date(String(c.v))
      return Number.isNaN(d.getTime()) ? { jenis: 'galat', pesan: 'tanggal tidak terbaca' } : { jenis: 'tanggal', nilai: d.toISOString().slice(0, 10) }
    }
    default:
      return KOSONG
  }
}

/** The cell as the contract's CSV writes it. */
export function teksCsv(s: NilaiSel): string {
  switch (s.jenis) {
    case 'kosong':
    case 'galat':
      return ''
    case 'angka':
      return String(s.nilai)
    case 'teks':
    case 'tanggal':
      return s.nilai
    case 'bool':
      return s.nilai ? 'TRUE' : 'FALSE'
  }
}

/** How a value is named inside a message: numbers the Indonesian way, text in quotes. */
export function sebutNilai(s: NilaiSel): string {
  switch (s.jenis) {
    case 'angka':
      return formatAngkaRingkas(s.nilai, 6)
    case 'teks':
      return `"${s.nilai.length > 40 ? `${s.nilai.slice(0, 40)}…` : s.nilai}"`
    case 'tanggal':
      return s.nilai
    case 'bool':
      return s.nilai ? 'TRUE' : 'FALSE'
    default:
      return '(kosong)'
  }
}

export type Hasil<T> = { ok: true; nilai: T } | { ok: false; pesan: string }
const ok = <T>(nilai: T): Hasil<T> => ({ ok: true, nilai })
const gagal = (pesan: string): Hasil<never> => ({ ok: false, pesan })

/** Text, trimmed; blank is null. */
export function bacaTeks(s: NilaiSel): Hasil<string | null> {
  switch (s.jenis) {
    case 'kosong':
      return ok(null)
    case 'galat':
      return gagal(s.pesan)
    default: {
      const t = teksCsv(s).trim()
      return ok(t === '' ? null : t)
    }
  }
}

/** A number; text is read the Indonesian way ('1.234' = 1234, '2,5' = 2.5); blank is null. */
export function bacaAngka(s: NilaiSel): Hasil<number | null> {
  switch (s.jenis) {
    case 'kosong':
      return ok(null)
    case 'angka':
      return ok(s.nilai)
    case 'teks': {
      const h = uraiAngka(s.nilai, { ribuanTitik: true })
      return h.ok ? ok(h.nilai) : gagal(`nilai ${sebutNilai(s)} bukan angka`)
    }
    case 'galat':
      return gagal(s.pesan)
    default:
      return gagal(`nilai ${sebutNilai(s)} bukan angka`)
  }
}

/** A whole count ≥ 0 (blank allowed: not reported). */
export function bacaCacah(s: NilaiSel): Hasil<number | null> {
  const h = bacaAngka(s)
  if (!h.ok || h.nilai === null) return h
  // The number is formatted only for a message: this runs for every count cell of a file.
  if (h.nilai < 0) return gagal(`nilai ${formatAngkaRingkas(h.nilai, 6)} tidak boleh negatif`)
  if (!Number.isInteger(h.nilai)) return gagal(`nilai ${formatAngkaRingkas(h.nilai, 6)} harus bilangan bulat`)
  return h
}

const POLA_DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

/** A date: a date cell, or text YYYY-MM-DD or DD/MM/YYYY. */
export function bacaTanggal(s: NilaiSel): Hasil<string | null> {
  switch (s.jenis) {
    case 'kosong':
      return ok(null)
    case 'tanggal':
      return ok(s.nilai)
    case 'galat':
      return gagal(s.pesan)
    case 'teks': {
      const t = s.nilai.trim()
      if (t === '') return ok(null)
      const dmy = POLA_DMY.exec(t)
      const iso = dmy ? `${dmy[3]}-${pad(Number(dmy[2]), 2)}-${pad(Number(dmy[1]), 2)}` : t
      try {
        uraiTanggal(iso)
        return ok(iso)
      } catch {
        return gagal(`tanggal ${sebutNilai(s)} tidak valid; tulis sebagai sel tanggal, TTTT-BB-HH atau HH/BB/TTTT`)
      }
    }
    default:
      return gagal(`nilai ${sebutNilai(s)} bukan tanggal; tulis sebagai sel tanggal, TTTT-BB-HH atau HH/BB/TTTT`)
  }
}

/**
 * An NRP: 8 digits kept as text. A number cell shorter than that lost its
 * leading zeros in Excel and is padded back, with a warning for the caller.
 */
export function bacaNrp(s: NilaiSel): Hasil<{ nrp: string; dipadatkan: boolean } | null> {
  if (s.jenis === 'angka') {
    if (!Number.isInteger(s.nilai) || s.nilai < 0 || s.nilai > 99_999_999) return gagal(`NRP ${sebutNilai(s)} harus 8 digit angka`)
    const t = String(s.nilai)
    return ok({ nrp: t.padStart(8, '0'), dipadatkan: t.length < 8 })
  }
  const h = bacaTeks(s)
  if (!h.ok || h.nilai === null) return h as Hasil<null>
  return /^\d{8}$/.test(h.nilai) ? ok({ nrp: h.nilai, dipadatkan: false }) : gagal(`NRP ${sebutNilai(s)} harus 8 digit angka`)
}
