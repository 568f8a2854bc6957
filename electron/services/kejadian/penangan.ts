import type { PetaPenangan } from '../penangan'
import { daftarKejadian, hapusKejadian, simpanKejadian } from '.'

export const penanganKejadian: PetaPenangan<'kejadian:daftar' | 'kejadian:simpan' | 'kejadian:hapus'> = {
  'kejadian:daftar': (m, k) => daftarKejadian(k, m),
  'kejadian:simpan': (m, k) => simpanKejadian(k, m),
  'kejadian:hapus': (m, k) => hapusKejadian(k, m.ids),
}
