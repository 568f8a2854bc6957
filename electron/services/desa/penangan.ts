import type { PetaPenangan } from '../penangan'
import { daftarDesa, ubahDesa } from '.'

export const penanganDesa: PetaPenangan<'desa:daftar' | 'desa:ubah'> = {
  'desa:daftar': (m, k) => daftarDesa(k, m),
  'desa:ubah': (m, k) => ubahDesa(k, m),
}
