import crypto from 'node:crypto'
import { formatAngka } from '../../../../shared/format'
import { GalatAplikasi } from '../../../../shared/galat'
import { sha256Sheet } from '../checksum'
import { SHEET_DATA, type SheetData } from '../kolom'
import type { Manifest } from '../jenis'
import { masalah, type Masalah } from '../pesan'
import type { SheetTerbaca } from './buku'
import { teksCsv } from './sel'

export type HashSheet = Record<SheetData, { sha256: string; baris: number }>

/** Each data sheet hashed the contract's way, from the cells as read. */
export function hitungHash(sheet: Record<SheetData, SheetTerbaca>): HashSheet {
  const hasil = {} as HashSheet
  for (const s of SHEET_DATA) {
    const sh = sheet[s]
    hasil[s] = sha256Sheet(sh.kolom, (function* () {
      for (const b of sh.baris) yield b.sel.map(teksCsv)
    })())
  }
  return hasil
}

/** One fingerprint of the file's content: equal fingerprints, equal data. */
export function sidikIsi(hash: HashSheet): string {
  return crypto
    .createHash('sha256')
    .update(SHEET_DATA.map((s) => `${s}:${hash[s].sha256}`).join('\n'))
    .digest('hex')
}

/**
 * Row counts and checksums stated in the manifest must match; a file without
 * them (made by hand) imports with the warning "tanpa checksum".
 */
export function periksaChecksum(m: Manifest, hash: HashSheet, peringatan: Masalah[]): 'cocok' | 'tidak-ada' | 'sebagian' {
  for (const s of SHEET_DATA) {
    const n = m.baris[s]
    if (n !== undefined && n !== hash[s].baris) {
      throw new GalatAplikasi('FILE_TIDAK_VALID', `Pemeriksaan jumlah baris gagal: sheet ${s} berisi ${formatAngka(hash[s].baris, 0)} baris data, manifest menyebut ${formatAngka(n, 0)}.`)
    }
    const h = m.sha256[s]
    if (h !== undefined && h !== hash[s].sha256) {
      throw new GalatAplikasi('FILE_TIDAK_VALID', `Pemeriksaan checksum gagal: isi sheet ${s} tidak sama dengan sha256_${s} di manifest (berkas berubah sesudah dibuat).`)
    }
  }
  const tanpa = SHEET_DATA.filter((s) => m.sha256[s] === undefined)
  if (tanpa.length === SHEET_DATA.length) {
    peringatan.push(masalah(null, null, null, 'Berkas tanpa checksum: keutuhan isi tidak dapat diperiksa'))
    return 'tidak-ada'
  }
  if (tanpa.length) {
    peringatan.push(masalah(null, null, null, `Berkas tanpa checksum untuk sheet ${tanpa.join(', ')}: keutuhan isi sheet itu tidak dapat diperiksa`))
    return 'sebagian'
  }
  return 'cocok'
}
