import type { NAMA_KANAL_TEMPLAT } from '../../../shared/kanal-templat'
import type { PetaPenangan } from '../penangan'
import { bacaExcelLama } from './berkas'
import { cocokkanDesa, pratinjauExcelLama } from './pratinjau'
import { daftarPemetaan, hapusPemetaan, simpanPemetaan } from './pemetaan'
import { terapkanMingguan } from '../templat/impor-mingguan'

type KanalExcelLama = Extract<(typeof NAMA_KANAL_TEMPLAT)[number], `excel-lama:${string}`>

export const penanganExcelLama: PetaPenangan<KanalExcelLama> = {
  'excel-lama:baca': async (m, k) => bacaExcelLama(k, m),
  'excel-lama:cocokkan-desa': async (m, k) => cocokkanDesa(k, m),
  'excel-lama:pratinjau': (m, k) => pratinjauExcelLama(k, m),
  'excel-lama:terapkan': (m, k) => terapkanMingguan(k, 'excel-lama', m.token),
  'excel-lama:pemetaan-daftar': async (_m, k) => daftarPemetaan(k),
  'excel-lama:pemetaan-simpan': (m, k) => simpanPemetaan(k, m),
  'excel-lama:pemetaan-hapus': (m, k) => hapusPemetaan(k, m),
}
