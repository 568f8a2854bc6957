import type { NamaKanal } from '../../shared/kanal'
import { PESAN_DATA_POLRES } from '../../shared/kanal-polda'
import type { Peran } from '../../shared/skema-data'
import { useSesi } from '../pages/Masuk/sesi'
import { PemberitahuanDataPolres } from '../pages/Polda/DataPolres'
import { Pemberitahuan } from './Pemberitahuan'

/**
 * The roles of every channel, taken from `kontrak[kanal].peran` in shared/api.ts
 * by electron.vite.config.ts at build time (the renderer does not bundle the
 * contract's schemas). The server enforces the same list; this only decides
 * what to offer.
 */
declare const __PERAN_KANAL__: Record<NamaKanal, readonly Peran[]>

export const PESAN_PIMPINAN = 'Peran Pimpinan hanya dapat melihat data.'
export const PESAN_BUKAN_ADMIN = 'Hanya Admin yang dapat mengubah bagian ini.'

/** Whether `peran` may call `kanal`. No session (the fixed test host before login) offers everything; the server still checks. */
export function bolehKanal(kanal: NamaKanal, peran: Peran | undefined): boolean {
  if (!peran) return true
  return __PERAN_KANAL__[kanal]?.includes(peran) ?? false
}

/** `bolehKanal` for the user logged in now. */
export function useBolehKanal(kanal: NamaKanal): boolean {
  return bolehKanal(kanal, useSesi().info?.peran)
}

/**
 * Why the current user may only read what `kanal` would change, or null when
 * they may change it. Mode Polda comes first (the data belong to the Polres);
 * then the role from the contract.
 */
export function useHanyaBaca(kanal: NamaKanal, modePolda = false): string | null {
  const peran = useSesi().info?.peran
  if (modePolda) return PESAN_DATA_POLRES
  if (bolehKanal(kanal, peran)) return null
  return peran === 'pimpinan' ? PESAN_PIMPINAN : PESAN_BUKAN_ADMIN
}

/** The short notice above a read-only screen: the Mode Polda one, or the role's reason. */
export function PemberitahuanHanyaBaca({ alasan }: { alasan: string | null }) {
  if (!alasan) return null
  if (alasan === PESAN_DATA_POLRES) return <PemberitahuanDataPolres />
  return (
    <div className="pemberitahuan-data-polres" data-uji="hanya-baca-peran">
      <Pemberitahuan jenis="info" judul="Hanya baca">
        {alasan}
      </Pemberitahuan>
    </div>
  )
}
