import type { PetaPenangan } from '../penangan'
import { hapusContoh, muatContoh } from '.'

export const penanganContoh: PetaPenangan<'contoh:muat' | 'contoh:hapus'> = {
  'contoh:muat': (_m, k) => muatContoh(k),
  'contoh:hapus': async (_m, k) => {
    await hapusContoh(k)
    return {}
  },
}
