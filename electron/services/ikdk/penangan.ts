import type { PetaPenangan } from '../penangan'
import { daftarSkema, imporSkema, isiSkema, peringatanBulan, pratinjauSkema, rincianIkdk, ringkasanBeranda, sensitivitasBulan, tabelIkdkBulan, tetapkanSkema } from '.'

export const penanganIkdk: PetaPenangan<
  'ikdk:bulan' | 'ikdk:rincian' | 'ikdk:peringatan' | 'ikdk:sensitivitas' | 'beranda:ringkasan' | 'skema:daftar' | 'skema:isi' | 'skema:pratinjau' | 'skema:impor' | 'skema:tetapkan'
> = {
  'ikdk:bulan': (m, k) => tabelIkdkBulan(k, m.bulan),
  'ikdk:rincian': (m, k) => rincianIkdk(k, m.desaKode, m.bulan),
  'ikdk:peringatan': async (m, k) => ({ bulan: m.bulan, peringatan: await peringatanBulan(k, m.bulan) }),
  'ikdk:sensitivitas': (m, k) => sensitivitasBulan(k, m.bulan),
  'beranda:ringkasan': (_m, k) => ringkasanBeranda(k),
  'skema:daftar': (_m, k) => daftarSkema(k),
  'skema:isi': (m, k) => isiSkema(k, m.id, m.versi),
  'skema:pratinjau': (m, k) => pratinjauSkema(k, m.teks),
  'skema:impor': (m, k) => imporSkema(k, m.teks),
  'skema:tetapkan': (m, k) => tetapkanSkema(k, m),
}
