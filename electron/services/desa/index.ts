export { daftarDesa, satuDesa, type SaringDesa } from './daftar'
export { ubahDesa } from './ubah'
export { gantiKodeDesa, kodeDesaBerlaku, tambahDesa } from './pemekaran'
