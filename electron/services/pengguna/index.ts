export { adaPengguna, bacaMenitKunci, kendali } from './akun'
export { type KendaliSesi, type PembawaSesi, DaftarSesi, kendaliPembawa, kendaliTetap } from './sesi'
export { hashSandi, cocokSandi, PARAMETER_SCRYPT } from './sandi'
export { normalkanKode, buatKodePemulihan } from './kode-pemulihan'
