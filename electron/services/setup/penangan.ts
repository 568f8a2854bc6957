import type { PetaPenangan } from '../penangan'
import { bacaSatker, simpanSetup } from '.'

export const penanganSetup: PetaPenangan<'setup:simpan' | 'satker:info'> = {
  'setup:simpan': (m, k) => simpanSetup(k, m),
  'satker:info': (_m, k) => bacaSatker(k),
}
