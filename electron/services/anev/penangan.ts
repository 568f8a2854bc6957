import type { NAMA_KANAL_ANEV } from '../../../shared/kanal-anev'
import type { PetaPenangan } from '../penangan'
import { bukaArsipAnev, cetakAnev, cetakArsipAnev, daftarArsipAnev, lampiranAnev, siapkanAnev, simpanDrafAnev } from './layanan'

export const penanganAnev: PetaPenangan<(typeof NAMA_KANAL_ANEV)[number]> = {
  'anev:siapkan': (m, k) => siapkanAnev(k, m.periode),
  'anev:draf-simpan': (m, k) => simpanDrafAnev(k, m),
  'anev:cetak': (m, k) => cetakAnev(k, m),
  'anev:arsip': async (_m, k) => daftarArsipAnev(k),
  'anev:arsip-buka': async (m, k) => bukaArsipAnev(k, m.id),
  'anev:arsip-cetak': (m, k) => cetakArsipAnev(k, m.id),
  'anev:lampiran': (m, k) => lampiranAnev(k, m),
}
