import { GalatAplikasi } from '../../../shared/galat'
import type { Satker, SetupMasukan } from '../../../shared/skema-data'
import { catatAudit } from '../audit'
import type { Konteks } from '../konteks'
import { dataWilayah, isiWilayah, potongWilayah } from '../wilayah'
import { bacaSatker } from './baca'
import { validasiSetup } from './validasi'

/** "Pengaturan Awal": stores the satker, its Polsek, and seeds its kecamatan and desa in one transaction. */
export async function simpanSetup(k: Konteks, m: SetupMasukan): Promise<Satker> {
  const ada = await k.bd.db.selectFrom('satker').select('id').executeTakeFirst()
  if (ada) throw new GalatAplikasi('SUDAH_DISIAPKAN', 'Pengaturan awal sudah pernah disimpan untuk basis data ini.')
  const w = await dataWilayah()
  const milik = validasiSetup(m, w)
  const provinsi = w.provinsi.find((p) => p.kode === m.provinsiKode)!
  const wilayah = potongWilayah(w, m.kabupatenKode)

  await k.bd.db.transaction().execute(async (trx) => {
    const satker = {
      id: 1,
      kode: m.satkerKode,
      nama: m.satkerNama.trim(),
      jenis: m.satkerKode.length === 2 ? ('polda' as const) : ('polres' as const),
      provinsi_kode: provinsi.kode,
      provinsi_nama: provinsi.nama,
      zona_waktu: m.zonaWaktu,
      kasat_nama: m.kasat.nama.trim(),
      kasat_pangkat: m.kasat.pangkat,
      kasat_nrp: m.kasat.nrp,
      dibuat_pada: new Date().toISOString(),
    }
    await trx.insertInto('satker').values(satker).execute()
    const idPolsek: number[] = []
    for (const p of m.polsek) {
      const r = await trx.insertInto('polsek').values({ nama: p.nama.trim() }).returning('id').executeTakeFirstOrThrow()
      idPolsek.push(r.id)
    }
    const polsekKecamatan = new Map([...milik].map(([kode, i]) => [kode, idPolsek[i]!]))
    await isiWilayah(trx, wilayah, polsekKecamatan)
    await catatAudit(trx, k.sesi, {
      aksi: 'setup',
      tabel: 'satker',
      kunci: m.satkerKode,
      sebelum: null,
      sesudah: {
        ...satker,
        kabupaten: m.kabupatenKode,
        polsek: m.polsek.map((p) => ({ nama: p.nama.trim(), kecamatan: p.kecamatanKode })),
        jumlahDesa: wilayah.desa.length,
      },
    })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'satker' })
  return bacaSatker(k)
}
