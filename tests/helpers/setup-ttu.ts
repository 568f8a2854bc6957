import type { SetupMasukan } from '../../shared/skema-data'
import { dataWilayah } from '../../electron/services/wilayah'

/**
 * Polres Timor Tengah Utara (53.03) with one Polsek per kecamatan, built from
 * the reference data so the test does not depend on hand-copied codes.
 */
export async function setupTtu(): Promise<SetupMasukan> {
  const w = await dataWilayah()
  const kecamatan = w.kecamatan.filter((k) => k.kabupatenKode === '53.03')
  return {
    provinsiKode: '53',
    kabupatenKode: ['53.03'],
    satkerNama: 'POLRES TIMOR TENGAH UTARA',
    satkerKode: '53.03',
    zonaWaktu: 'WITA',
    kasat: { nama: 'I KETUT SUTA, S.H.', pangkat: 'AKP', nrp: '78090123' },
    polsek: kecamatan.map((k) => ({ nama: `POLSEK ${k.nama.toUpperCase()}`, kecamatanKode: [k.kode] })),
  }
}
