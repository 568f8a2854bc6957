import type { PetaPenangan } from '../penangan'
import { daftarKabupaten, daftarKecamatan, daftarProvinsi } from '.'

export const penanganWilayah: PetaPenangan<'wilayah:provinsi' | 'wilayah:kabupaten' | 'wilayah:kecamatan'> = {
  'wilayah:provinsi': async () => daftarProvinsi(),
  'wilayah:kabupaten': async (m) => daftarKabupaten(m.provinsiKode),
  'wilayah:kecamatan': async (m) => daftarKecamatan(m.kabupatenKode),
}
