export { daftarKejadian, hapusKejadian, simpanKejadian } from './layanan'
