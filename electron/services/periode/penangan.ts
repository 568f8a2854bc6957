import type { PetaPenangan } from '../penangan'
import { bukaKunciPeriode, daftarPeriode, kunciPeriode } from '.'

export const penanganPeriode: PetaPenangan<'periode:daftar' | 'periode:kunci' | 'periode:buka'> = {
  'periode:daftar': (_m, k) => daftarPeriode(k),
  'periode:kunci': (m, k) => kunciPeriode(k, m.bulan),
  'periode:buka': (m, k) => bukaKunciPeriode(k, m.bulan, m.alasan),
}
