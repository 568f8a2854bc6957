import { formatAngka } from '../../../shared/format'
import type { ZonaWaktu } from '../../../shared/zona-waktu'

/** Why a backup was made, in the words a user reads (the file name carries the code). */
const LABEL_ALASAN: Record<string, string> = {
  mulai: 'Saat aplikasi dibuka',
  impor: 'Sebelum impor',
  migrasi: 'Sebelum pembaruan basis data',
  pulih: 'Sebelum pemulihan',
  berkala: 'Otomatis berkala',
  manual: 'Manual',
}

export function labelAlasan(alasan: string): string {
  return LABEL_ALASAN[alasan] ?? alasan
}

/** 1_258_291 → "1,2 MB"; binary units, as Windows Explorer shows them. */
export function formatUkuran(bita: number): string {
  if (bita < 1024) return `${formatAngka(bita, 0)} bita`
  if (bita < 1024 ** 2) return `${formatAngka(bita / 1024, 0)} KB`
  if (bita < 1024 ** 3) return `${formatAngka(bita / 1024 ** 2, 1)} MB`
  return `${formatAngka(bita / 1024 ** 3, 1)} GB`
}

/**
 * The zone of this computer's clock, for when the satker's own zone cannot be
 * read (a corrupt database). Anything outside Indonesia's three zones → WIB.
 */
export function zonaPerangkat(): ZonaWaktu {
  const menit = -new Date().getTimezoneOffset()
  if (menit === 8 * 60) return 'WITA'
  if (menit === 9 * 60) return 'WIT'
  return 'WIB'
}

/** The backups folder inside the data folder, with the separator the path already uses. */
export function folderCadangan(folderData: string): string {
  const pemisah = folderData.includes('\\') && !folderData.includes('/') ? '\\' : '/'
  return `${folderData.replace(/[\\/]+$/, '')}${pemisah}cadangan`
}
