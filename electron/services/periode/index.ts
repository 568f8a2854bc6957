export { bulanTerkunci, galatTerkunci, pastikanMingguTerbuka } from './kunci'
export { bukaKunciPeriode, daftarPeriode, kunciPeriode, type InfoPeriode } from './layanan'
