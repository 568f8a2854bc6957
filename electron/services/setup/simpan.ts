import { GalatAplikasi } from '../../../shared/galat'
import type { Satker, SetupMasukan } from '../../../shared/skema-data'
import { catatAudit } from '../audit'
import type { Konteks } from '../konteks'
import { dataWilayah, isiWilayah, potongWilayah } from '../wilayah'
import { bacaSatker } from './baca'
import { validasiSetup } from './validasi'
import type { AkunBaru } from '../../../shared/pengguna'
import { kendali, sisipkanAdminPertama } from '../pengguna/akun'
import { siapkanAdminSetup } from './admin'
import { simpanPolres, validasiSetupPolda } from '../polda/setup'

/** "Pengaturan Awal": stores the satker, its Polsek, and seeds its kecamatan and desa in one transaction. */
export async function simpanSetup(k: Konteks, m: SetupMasukan & { admin?: AkunBaru }): Promise<Satker & { kodePemulihan?: string }> {
  const ada = await k.bd.db.selectFrom('satker').select('id').executeTakeFirst()
  if (ada) throw new GalatAplikasi('SUDAH_DISIAPKAN', 'Pengaturan awal sudah pernah disimpan untuk basis data ini.')
  // Without a login (a fresh database) the wizard must create the first Admin; see setup/admin.ts.
  const admin = await siapkanAdminSetup(k, m.admin)
  const w = await dataWilayah()
  // Mode Polda (satker code of 2 digits): the whole province, its Polres, no Polsek of its own.
  const polda = m.satkerKode.length === 2 ? validasiSetupPolda(m, w) : null
  const milik = polda ? new Map<string, number>() : validasiSetup(m, w)
  const provinsi = w.provinsi.find((p) => p.kode === m.provinsiKode)!
  const wilayah = potongWilayah(w, polda ? polda.kabupatenKode : m.kabupatenKode)

  let sesi = k.sesi
  await k.bd.db.transaction().execute(async (trx) => {
    if (admin) sesi = await sisipkanAdminPertama(trx, admin, new Date().toISOString())
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
    if (polda) simpanPolres(k.bd.sqlite, polda.polres)
    await catatAudit(trx, sesi, {
      aksi: 'setup',
      tabel: 'satker',
      kunci: m.satkerKode,
      sebelum: null,
      sesudah: {
        ...satker,
        kabupaten: polda ? polda.kabupatenKode : m.kabupatenKode,
        ...(polda && { polres: polda.polres }),
        polsek: m.polsek.map((p) => ({ nama: p.nama.trim(), kecamatan: p.kecamatanKode })),
        jumlahDesa: wilayah.desa.length,
      },
    })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'satker' })
  if (!admin) return bacaSatker(k)
  kendali(k).mulai(sesi)
  return { ...(await bacaSatker(k)), kodePemulihan: admin.kode.kode }
}
