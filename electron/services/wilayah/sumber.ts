import { createRequire } from 'node:module'
import { getDistricts, getProvinces, getRegencies, getVillages } from 'idn-area-data'

/**
 * Kemendagri reference data from the idn-area-data package (ODbL). Loaded once
 * and kept in memory: a whole country is ~84k villages, a few MB.
 */
export interface DataWilayah {
  provinsi: { kode: string; nama: string }[]
  kabupaten: { kode: string; nama: string; provinsiKode: string }[]
  kecamatan: { kode: string; nama: string; kabupatenKode: string }[]
  desa: { kode: string; nama: string; kecamatanKode: string }[]
}

let muatan: Promise<DataWilayah> | undefined

export function dataWilayah(): Promise<DataWilayah> {
  muatan ??= (async () => {
    const [p, r, d, v] = await Promise.all([getProvinces(), getRegencies(), getDistricts(), getVillages()])
    return {
      provinsi: p.map((x) => ({ kode: x.code, nama: x.name })),
      kabupaten: r.map((x) => ({ kode: x.code, nama: x.name, provinsiKode: x.province_code })),
      kecamatan: d.map((x) => ({ kode: x.code, nama: x.name, kabupatenKode: x.regency_code })),
      desa: v.map((x) => ({ kode: x.code, nama: x.name, kecamatanKode: x.district_code })),
    }
  })()
  return muatan
}

export function versiPaketWilayah(): string {
  const req = createRequire(import.meta.url)
  return (req('idn-area-data/package.json') as { version: string }).version
}
