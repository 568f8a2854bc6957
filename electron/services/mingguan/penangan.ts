import type { PetaPenangan } from '../penangan'
import { ambilMingguan, kelengkapanMingguan, simpanMingguan } from '.'

export const penanganMingguan: PetaPenangan<'mingguan:ambil' | 'mingguan:simpan' | 'mingguan:kelengkapan'> = {
  'mingguan:ambil': (m, k) => ambilMingguan(k, m),
  'mingguan:simpan': (m, k) => simpanMingguan(k, m),
  'mingguan:kelengkapan': (m, k) => kelengkapanMingguan(k, m),
}
