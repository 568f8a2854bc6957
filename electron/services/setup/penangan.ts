import type { PetaPenangan } from '../penangan'
import { bacaSatker, simpanSetup } from '.'
import { periksaAdminWajib } from './admin'

export const penanganSetup: PetaPenangan<'setup:simpan' | 'satker:info'> = {
  'setup:simpan': (m, k) => {
    periksaAdminWajib(k, m.admin)
    return simpanSetup(k, m)
  },
  'satker:info': (_m, k) => bacaSatker(k),
}
