import type { PetaPenangan } from '../penangan'
import { akhiriBinaan, daftarPersonel, simpanPersonel, tetapkanBinaan } from '.'

export const penanganPersonel: PetaPenangan<'personel:daftar' | 'personel:simpan' | 'binaan:tetapkan' | 'binaan:akhiri'> = {
  'personel:daftar': (_m, k) => daftarPersonel(k),
  'personel:simpan': async (m, k) => {
    await simpanPersonel(k, m)
    return { nrp: m.nrp }
  },
  'binaan:tetapkan': async (m, k) => {
    await tetapkanBinaan(k, m)
    return {}
  },
  'binaan:akhiri': async (m, k) => {
    await akhiriBinaan(k, m)
    return {}
  },
}
