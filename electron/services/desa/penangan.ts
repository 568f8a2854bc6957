import type { PetaPenangan } from '../penangan'
import { daftarDesa, gantiKodeDesa, tambahDesa, ubahDesa } from '.'

export const penanganDesa: PetaPenangan<'desa:daftar' | 'desa:ubah' | 'desa:tambah' | 'desa:ganti-kode'> = {
  'desa:daftar': (m, k) => daftarDesa(k, m),
  'desa:ubah': (m, k) => ubahDesa(k, m),
  'desa:tambah': (m, k) => tambahDesa(k, m),
  'desa:ganti-kode': (m, k) => gantiKodeDesa(k, m),
}
