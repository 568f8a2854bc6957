export { akhiriBinaan, daftarPersonel, simpanPersonel, tetapkanBinaan } from './layanan'
