import { NAMA_BULAN } from '../../shared/format'
import { ZONA_WAKTU, type ZonaWaktu } from '../../shared/zona-waktu'

const dua = (n: number) => String(n).padStart(2, '0')

/**
 * A stored UTC timestamp shown in the satker's zone: "9 September 2024 14.05 WITA".
 * Indonesia has no daylight saving, so a fixed offset is exact and needs no ICU data.
 */
export function formatWaktu(iso: string, zona: ZonaWaktu | null): string {
  const z = zona ?? 'WIB'
  const saat = new Date(iso)
  if (Number.isNaN(saat.getTime())) return iso
  const lokal = new Date(saat.getTime() + ZONA_WAKTU[z].offsetMenit * 60_000)
  return `${lokal.getUTCDate()} ${NAMA_BULAN[lokal.getUTCMonth()]} ${lokal.getUTCFullYear()} ${dua(lokal.getUTCHours())}.${dua(lokal.getUTCMinutes())} ${z}`
}
