import { GalatAplikasi } from '../../../shared/galat'
import type { Desa, DesaUbah } from '../../../shared/skema-data'
import { catatAudit, selisih } from '../audit'
import type { Konteks } from '../konteks'
import { satuDesa } from './daftar'

/** Edits a desa's master data; the change and its audit row commit together. */
export async function ubahDesa(k: Konteks, m: DesaUbah): Promise<Desa> {
  await k.bd.db.transaction().execute(async (trx) => {
    const lama = await trx
      .selectFrom('desa')
      .select(['penduduk', 'jumlah_kk', 'pos_kamling_total', 'fkpm_aktif', 'lintang', 'bujur'])
      .where('kode', '=', m.kode)
      .executeTakeFirst()
    if (!lama) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Desa dengan kode ${m.kode} tidak ditemukan.`)
    const baru = {
      penduduk: m.penduduk,
      jumlah_kk: m.jumlahKk,
      pos_kamling_total: m.posKamlingTotal,
      fkpm_aktif: m.fkpmAktif === null ? null : m.fkpmAktif ? 1 : 0,
      lintang: m.lintang,
      bujur: m.bujur,
    }
    const beda = selisih(lama, baru)
    if (Object.keys(beda.sesudah).length === 0) return
    await trx.updateTable('desa').set(baru).where('kode', '=', m.kode).execute()
    await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'desa', kunci: m.kode, ...beda })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'desa' })
  const desa = await satuDesa(k, m.kode)
  if (!desa) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Desa dengan kode ${m.kode} tidak ditemukan.`)
  return desa
}
