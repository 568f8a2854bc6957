import { bulanSebelumnya } from '../../shared/iso-week'
import { panggil } from '../api/klien'
import { useMuat } from '../lib/muat'
import { alamatHash, useParameterHash } from '../lib/parameter-hash'

const POLA_BULAN = /^\d{4}-(0[1-9]|1[0-2])$/

/** The last closed month: what an IKDK screen opens on (the running month is provisional). */
export function bulanTutup(hariIni: string): string {
  return bulanSebelumnya(hariIni.slice(0, 7))
}

/** The month of an IKDK screen from "?bulan=…", else the last closed month; changing it adds a history entry. */
export function useBulanHalaman(rute: string, hariIni: string) {
  const q = useParameterHash()
  const dariHash = q.get('bulan')
  const bulan = dariHash && POLA_BULAN.test(dariHash) ? dariHash : bulanTutup(hariIni)
  return {
    bulan,
    bulanBerjalan: hariIni.slice(0, 7),
    param: q,
    pindahBulan: (b: string) => {
      window.location.hash = alamatHash(rute, { bulan: b })
    },
  }
}

/** The months that have IKDK results, newest first (empty while loading). */
export function useDaftarBulan(hariIni: string): string[] {
  const m = useMuat(() => panggil('ikdk:bulan', { bulan: bulanTutup(hariIni) }), [hariIni])
  return m.data?.bulanTersedia ?? []
}
