import type { NAMA_KANAL_TEMPLAT } from '../../../shared/kanal-templat'
import type { PetaPenangan } from '../penangan'
import { pratinjauTemplat } from './baca'
import { unduhTemplat } from './buat'
import { terapkanMingguan } from './impor-mingguan'

type KanalTemplat = Extract<(typeof NAMA_KANAL_TEMPLAT)[number], `templat:${string}`>

export const penanganTemplat: PetaPenangan<KanalTemplat> = {
  'templat:unduh': (m, k) => unduhTemplat(k, m),
  'templat:pratinjau': (m, k) => pratinjauTemplat(k, m),
  'templat:terapkan': (m, k) => terapkanMingguan(k, 'templat', m.token),
}
