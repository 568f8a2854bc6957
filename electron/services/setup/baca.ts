import { sql } from 'kysely'
import { GalatAplikasi } from '../../../shared/galat'
import type { Satker } from '../../../shared/skema-data'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import type { Konteks } from '../konteks'

export async function bacaSatker(k: Konteks): Promise<Satker> {
  const db = k.bd.db
  const s = await db.selectFrom('satker').selectAll().executeTakeFirst()
  if (!s) throw new GalatAplikasi('BELUM_DISIAPKAN', 'Pengaturan awal belum dilakukan. Lengkapi Pengaturan Awal terlebih dahulu.')
  const kabupaten = await db.selectFrom('kabupaten').select(['kode', 'nama']).orderBy('kode').execute()
  const polsek = await db
    .selectFrom('polsek as p')
    .leftJoin('kecamatan as k', 'k.polsek_id', 'p.id')
    .leftJoin('desa as d', 'd.kecamatan_kode', 'k.kode')
    .select(['p.id', 'p.nama', sql<number>`count(distinct k.kode)`.as('jumlahKecamatan'), sql<number>`count(d.kode)`.as('jumlahDesa')])
    .groupBy(['p.id', 'p.nama'])
    .orderBy('p.nama')
    .execute()
  const { n } = await db.selectFrom('desa').select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()
  return {
    kode: s.kode,
    jenis: s.jenis,
    nama: s.nama,
    provinsiKode: s.provinsi_kode,
    provinsiNama: s.provinsi_nama,
    kabupaten,
    zonaWaktu: s.zona_waktu as ZonaWaktu,
    kasat: { nama: s.kasat_nama, pangkat: s.kasat_pangkat, nrp: s.kasat_nrp },
    polsek,
    jumlahDesa: n,
  }
}
