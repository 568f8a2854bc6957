import { createContext, useContext } from 'react'
import type { SesiInfo } from '../../../shared/pengguna'

export interface KonteksSesi {
  /** Who is logged in; null only on the screens before login. */
  info: SesiInfo | null
  /** True on the test host, where the session is fixed by code: no lock, no logout. */
  tetap: boolean
  kunciLayar: () => void
  keluar: () => void
}

export const KonteksSesiReact = createContext<KonteksSesi>({ info: null, tetap: true, kunciLayar: () => {}, keluar: () => {} })

export function useSesi(): KonteksSesi {
  return useContext(KonteksSesiReact)
}
