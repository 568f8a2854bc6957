import type { KecamatanWilayah, Wilayah } from '../../../shared/skema-data'
import { dataWilayah, versiPaketWilayah } from './sumber'

export { dataWilayah, versiPaketWilayah, type DataWilayah } from './sumber'
export { isiWilayah, potongWilayah } from './isi'

const urutNama = <T extends { nama: string }>(a: T, b: T) => a.nama.localeCompare(b.nama, 'id')

export async function daftarProvinsi(): Promise<Wilayah[]> {
  return (await dataWilayah()).provinsi.map(({ kode, nama }) => ({ kode, nama })).sort(urutNama)
}

export async function daftarKabupaten(provinsiKode: string): Promise<Wilayah[]> {
  return (await dataWilayah()).kabupaten
    .filter((k) => k.provinsiKode === provinsiKode)
    .map(({ kode, nama }) => ({ kode, nama }))
    .sort((a, b) => a.kode.localeCompare(b.kode))
}

export async function daftarKecamatan(kabupatenKode: readonly string[]): Promise<KecamatanWilayah[]> {
  const w = await dataWilayah()
  const kab = new Set(kabupatenKode)
  const jumlah = new Map<string, number>()
  for (const d of w.desa) jumlah.set(d.kecamatanKode, (jumlah.get(d.kecamatanKode) ?? 0) + 1)
  return w.kecamatan
    .filter((k) => kab.has(k.kabupatenKode))
    .map((k) => ({ kode: k.kode, nama: k.nama, kabupatenKode: k.kabupatenKode, jumlahDesa: jumlah.get(k.kode) ?? 0 }))
    .sort((a, b) => a.kode.localeCompare(b.kode))
}

export async function ringkasanSumber() {
  const w = await dataWilayah()
  return {
    paket: 'idn-area-data',
    versi: versiPaketWilayah(),
    lisensi: 'Open Database License (ODbL) v1.0 — data wilayah Kemendagri',
    jumlahProvinsi: w.provinsi.length,
    jumlahKabupaten: w.kabupaten.length,
    jumlahKecamatan: w.kecamatan.length,
    jumlahDesa: w.desa.length,
  }
}
