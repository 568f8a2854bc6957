import { KANAL_DATA_POLRES, PESAN_DATA_POLRES } from '../../../shared/kanal-polda'
import { GalatAplikasi } from '../../../shared/galat'

const KANAL = new Set<string>(KANAL_DATA_POLRES)

/**
 * The one guard of Polres-owned data in Mode Polda, called by dispatch for
 * every channel: a write channel of that data is refused when the app is a
 * Polda's, so the Polda never silently diverges from the Polres' next file.
 */
export function tolakDataPolresDiPolda(jenisSatker: 'polres' | 'polda' | undefined, kanal: string): void {
  if (KANAL.has(kanal) && jenisSatker === 'polda') throw new GalatAplikasi('MODE_POLDA', `Aplikasi ini berjalan dalam Mode Polda. ${PESAN_DATA_POLRES}`)
}
