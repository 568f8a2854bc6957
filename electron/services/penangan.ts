import type { z } from 'zod'
import type { Kontrak, NamaKanal } from '../../shared/api'
import type { Konteks } from './konteks'

/** A handler gets the already-validated input; dispatch validates its output too. */
export type Penangan<K extends NamaKanal> = (
  masukan: z.output<Kontrak[K]['input']>,
  k: Konteks,
) => Promise<z.input<Kontrak[K]['output']>>

export type PetaPenangan<K extends NamaKanal> = { [P in K]: Penangan<P> }
