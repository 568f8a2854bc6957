/** Indonesia's three time zones, as IANA names with the label users know. */
export const ZONA_WAKTU = {
  WIB: { iana: 'Asia/Jakarta', offsetMenit: 7 * 60, label: 'WIB (UTC+7)' },
  WITA: { iana: 'Asia/Makassar', offsetMenit: 8 * 60, label: 'WITA (UTC+8)' },
  WIT: { iana: 'Asia/Jayapura', offsetMenit: 9 * 60, label: 'WIT (UTC+9)' },
} as const
export type ZonaWaktu = keyof typeof ZONA_WAKTU

// Province codes by zone (Kemendagri). Kalimantan Barat/Tengah are WIB;
// Kalimantan Selatan/Timur/Utara, Bali, Nusa Tenggara and Sulawesi are WITA;
// Maluku and Papua are WIT.
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'])
const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96', '97'])

export function zonaDariProvinsi(kodeProvinsi: string): ZonaWaktu {
  if (WITA.has(kodeProvinsi)) return 'WITA'
  if (WIT.has(kodeProvinsi)) return 'WIT'
  return 'WIB'
}
