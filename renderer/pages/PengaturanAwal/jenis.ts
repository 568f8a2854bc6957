import type { Dispatch } from 'react'
import type { GalatBidang } from '../../lib/galat'
import type { Aksi, Draf } from './draf'

/** What every step receives from the wizard. */
export interface PropsLangkah {
  draf: Draf
  kirim: Dispatch<Aksi>
  galat: GalatBidang
}
