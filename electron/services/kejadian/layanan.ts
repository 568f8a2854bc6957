import crypto from 'node:crypto'
import { sql } from 'kysely'
import { formatTanggal } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { hariTerakhirBulan } from '../../../shared/iso-week'
import type { Kejadian, KejadianMasukan } from '../../../shared/kejadian'
import { catatAudit, selisih } from '../audit'
import type { Konteks } from '../konteks'
import { galatTerkunci } from '../periode'
import type { z } from 'zod'
import type { saringKejadianSchema } from '../../../shared/kejadian'

type Saring = z.infer<typeof saringKejadianSchema>

function kueri(k: Konteks) {
  return k.bd.db
    .selectFrom('kejadian as j')
    .innerJoin('desa as d', 'd.kode', 'j.desa_kode')
    .innerJoin('kecamatan as kc', 'kc.kode', 'd.kecamatan_kode')
    .leftJoin('polsek as p', 'p.id', 'kc.polsek_id')
    .leftJoin('kunci_periode as kp', (join) => join.on(sql<boolean>`kp.bulan = substr(j.tanggal, 1, 7)`))
    .select(['j.id', 'j.tanggal', 'j.desa_kode', 'd.nama as desa_nama', 'kc.nama as kecamatan_nama', 'p.nama as polsek_nama', 'j.kategori', 'j.tingkat', 'j.status', 'j.tanggal_selesai', 'j.uraian', 'kp.bulan as bulan_kunci'])
}

type Baris = Awaited<ReturnType<ReturnType<typeof kueri>['executeTakeFirstOrThrow']>>
const keKejadian = (b: Baris): Kejadian =>
  ({
    id: b.id,
    tanggal: b.tanggal,
    desaKode: b.desa_kode,
    desaNama: b.desa_nama,
    kecamatanNama: b.kecamatan_nama,
    polsekNama: b.polsek_nama,
    kategori: b.kategori,
    tingkat: b.tingkat,
    status: b.status,
    tanggalSelesai: b.tanggal_selesai,
    uraian: b.uraian,
    terkunci: b.bulan_kunci !== null,
  }) as Kejadian

export async function daftarKejadian(k: Konteks, s: Saring): Promise<Kejadian[]> {
  let q = kueri(k)
  if (s.bulan) q = q.where('j.tanggal', '>=', `${s.bulan}-01`).where('j.tanggal', '<=', hariTerakhirBulan(s.bulan))
  if (s.desaKode) q = q.where('j.desa_kode', '=', s.desaKode)
  if (s.kategori) q = q.where('j.kategori', '=', s.kategori)
  if (s.tingkat) q = q.where('j.tingkat', '=', s.tingkat)
  if (s.status) q = q.where('j.status', '=', s.status)
  if (s.polsekId !== undefined) q = q.where('kc.polsek_id', '=', s.polsekId)
  return (await q.orderBy('j.tanggal', 'desc').orderBy('j.id').execute()).map(keKejadian)
}

const bulanDari = (tanggal: string) => tanggal.slice(0, 7)

/**
 * Adds or edits an incident. In a locked month nothing may change except
 * closing the incident with a tanggal_selesai after that month.
 */
export async function simpanKejadian(k: Konteks, m: KejadianMasukan): Promise<Kejadian> {
  const hariIni = k.hariIni()
  if (m.tanggal > hariIni) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Tanggal kejadian tidak boleh setelah hari ini.', [{ lokasi: 'tanggal', pesan: `Tanggal kejadian tidak boleh setelah hari ini (${formatTanggal(hariIni)})` }])
  if (m.tanggalSelesai && m.tanggalSelesai > hariIni) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Tanggal selesai tidak boleh setelah hari ini.', [{ lokasi: 'tanggalSelesai', pesan: `Tanggal selesai tidak boleh setelah hari ini (${formatTanggal(hariIni)})` }])
  const id = m.id ?? crypto.randomUUID()
  await k.bd.db.transaction().execute(async (trx) => {
    const desa = await trx.selectFrom('desa').select('kode').where('kode', '=', m.desaKode).where('aktif', '=', 1).executeTakeFirst()
    if (!desa) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Desa tidak dikenal.', [{ lokasi: 'desaKode', pesan: `Desa ${m.desaKode} tidak dikenal atau tidak aktif` }])
    const baru = { tanggal: m.tanggal, desa_kode: m.desaKode, kategori: m.kategori, tingkat: m.tingkat, status: m.status, tanggal_selesai: m.tanggalSelesai, uraian: m.uraian }
    const terkunci = async (bulan: string) => !!(await trx.selectFrom('kunci_periode').select('bulan').where('bulan', '=', bulan).executeTakeFirst())
    const lama = m.id ? await trx.selectFrom('kejadian').select(['tanggal', 'desa_kode', 'kategori', 'tingkat', 'status', 'tanggal_selesai', 'uraian']).where('id', '=', m.id).executeTakeFirst() : undefined
    if (m.id && !lama) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Kejadian tidak ditemukan; mungkin sudah dihapus.')
    if (await terkunci(bulanDari(m.tanggal))) {
      const bulan = bulanDari(m.tanggal)
      const hanyaMenutup =
        lama !== undefined &&
        lama.status === 'terbuka' &&
        m.status === 'selesai' &&
        m.tanggalSelesai !== null &&
        m.tanggalSelesai > hariTerakhirBulan(bulan) &&
        (['tanggal', 'desa_kode', 'kategori', 'tingkat', 'uraian'] as const).every((f) => lama[f] === baru[f])
      if (!hanyaMenutup) throw galatTerkunci(bulan, 'kejadian bulan itu (kecuali menutupnya dengan tanggal selesai sesudah bulan itu)')
    }
    if (lama && lama.tanggal !== m.tanggal && (await terkunci(bulanDari(lama.tanggal)))) throw galatTerkunci(bulanDari(lama.tanggal), 'kejadian bulan itu')
    const diubah_pada = new Date().toISOString()
    if (!lama) {
      await trx.insertInto('kejadian').values({ id, ...baru, diubah_pada }).execute()
      await catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'kejadian', kunci: id, sebelum: null, sesudah: baru })
    } else {
      const beda = selisih(lama as Record<string, unknown>, baru)
      if (Object.keys(beda.sesudah).length === 0) return
      await trx.updateTable('kejadian').set({ ...baru, diubah_pada }).where('id', '=', id).execute()
      await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'kejadian', kunci: id, ...beda })
    }
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'kejadian' })
  return keKejadian(await kueri(k).where('j.id', '=', id).executeTakeFirstOrThrow())
}

export async function hapusKejadian(k: Konteks, ids: string[]): Promise<{ jumlah: number }> {
  let jumlah = 0
  await k.bd.db.transaction().execute(async (trx) => {
    for (const id of ids) {
      const lama = await trx.selectFrom('kejadian').selectAll().where('id', '=', id).executeTakeFirst()
      if (!lama) continue
      if (await trx.selectFrom('kunci_periode').select('bulan').where('bulan', '=', bulanDari(lama.tanggal)).executeTakeFirst()) throw galatTerkunci(bulanDari(lama.tanggal), 'kejadian bulan itu')
      await trx.deleteFrom('kejadian').where('id', '=', id).execute()
      const { diubah_pada: _, ...sebelum } = lama
      await catatAudit(trx, k.sesi, { aksi: 'hapus', tabel: 'kejadian', kunci: id, sebelum, sesudah: null })
      jumlah++
    }
  })
  if (jumlah) k.kirimEvent({ jenis: 'data-berubah', tabel: 'kejadian' })
  return { jumlah }
}
