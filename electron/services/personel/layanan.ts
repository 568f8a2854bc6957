import { formatTanggal } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { tambahHariTanggal } from '../../../shared/iso-week'
import type { Personel, PersonelMasukan } from '../../../shared/personel'
import { catatAudit, selisih } from '../audit'
import type { Konteks } from '../konteks'

export async function daftarPersonel(k: Konteks) {
  const db = k.bd.db
  const orang = await db
    .selectFrom('personel as p')
    .leftJoin('polsek as s', 's.id', 'p.polsek_id')
    .select(['p.nrp', 'p.nama', 'p.pangkat', 'p.jabatan', 'p.polsek_id', 's.nama as polsek_nama', 'p.kontak', 'p.aktif'])
    .orderBy('s.nama')
    .orderBy('p.nama')
    .execute()
  const binaan = await db
    .selectFrom('desa_binaan as b')
    .innerJoin('desa as d', 'd.kode', 'b.desa_kode')
    .select(['b.id', 'b.nrp', 'b.desa_kode', 'd.nama', 'b.mulai', 'b.selesai'])
    .orderBy('b.mulai', 'desc')
    .execute()
  const perNrp = new Map<string, Personel['desaBinaan']>()
  for (const b of binaan) {
    const daftar = perNrp.get(b.nrp) ?? []
    daftar.push({ id: b.id, desaKode: b.desa_kode, desaNama: b.nama, mulai: b.mulai, selesai: b.selesai })
    perNrp.set(b.nrp, daftar)
  }
  const hariIni = k.hariIni()
  const tanpaBhabin = await db
    .selectFrom('desa as d')
    .innerJoin('kecamatan as kc', 'kc.kode', 'd.kecamatan_kode')
    .leftJoin('polsek as s', 's.id', 'kc.polsek_id')
    .select(['d.kode', 'd.nama', 'kc.nama as kecamatan_nama', 's.nama as polsek_nama'])
    .where('d.aktif', '=', 1)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('desa_binaan as b')
            .innerJoin('personel as p', 'p.nrp', 'b.nrp')
            .select('b.id')
            .whereRef('b.desa_kode', '=', 'd.kode')
            .where('p.aktif', '=', 1)
            .where('b.mulai', '<=', hariIni)
            .where((e2) => e2.or([e2('b.selesai', 'is', null), e2('b.selesai', '>=', hariIni)])),
        ),
      ),
    )
    .orderBy('d.kode')
    .execute()
  return {
    personel: orang.map((p) => ({
      nrp: p.nrp,
      nama: p.nama,
      pangkat: p.pangkat,
      jabatan: p.jabatan,
      polsekId: p.polsek_id,
      polsekNama: p.polsek_nama,
      kontak: p.kontak,
      aktif: p.aktif === 1,
      desaBinaan: perNrp.get(p.nrp) ?? [],
    })),
    desaTanpaBhabin: tanpaBhabin.map((d) => ({ kode: d.kode, nama: d.nama, kecamatanNama: d.kecamatan_nama, polsekNama: d.polsek_nama })),
  }
}

export async function simpanPersonel(k: Konteks, m: PersonelMasukan): Promise<void> {
  await k.bd.db.transaction().execute(async (trx) => {
    const lama = await trx.selectFrom('personel').select(['nama', 'pangkat', 'jabatan', 'polsek_id', 'kontak', 'aktif']).where('nrp', '=', m.nrp).executeTakeFirst()
    if (m.baru && lama) throw new GalatAplikasi('KONFLIK', `NRP ${m.nrp} sudah terdaftar atas nama ${lama.nama}.`, [{ lokasi: 'nrp', pesan: `NRP ${m.nrp} sudah terdaftar atas nama ${lama.nama}` }])
    if (!m.baru && !lama) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Personel dengan NRP ${m.nrp} tidak ditemukan.`)
    if (m.polsekId !== null && !(await trx.selectFrom('polsek').select('id').where('id', '=', m.polsekId).executeTakeFirst())) {
      throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Polsek tidak dikenal.', [{ lokasi: 'polsekId', pesan: 'Pilih Polsek dari daftar' }])
    }
    const baru = { nama: m.nama.trim(), pangkat: m.pangkat, jabatan: m.jabatan.trim(), polsek_id: m.polsekId, kontak: m.kontak?.trim() || null, aktif: m.aktif ? 1 : 0 }
    if (!lama) {
      await trx.insertInto('personel').values({ nrp: m.nrp, ...baru }).execute()
      await catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'personel', kunci: m.nrp, sebelum: null, sesudah: baru })
    } else {
      const beda = selisih(lama, baru)
      if (Object.keys(beda.sesudah).length === 0) return
      await trx.updateTable('personel').set(baru).where('nrp', '=', m.nrp).execute()
      await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'personel', kunci: m.nrp, ...beda })
    }
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'personel' })
}

/**
 * Assigns a desa to an officer from a date. A desa has one Bhabinkamtibmas at a
 * time: another officer's open assignment ends the day before; history stays.
 */
export async function tetapkanBinaan(k: Konteks, m: { nrp: string; desaKode: string; mulai: string }): Promise<void> {
  await k.bd.db.transaction().execute(async (trx) => {
    const p = await trx.selectFrom('personel').select(['nrp', 'aktif']).where('nrp', '=', m.nrp).executeTakeFirst()
    if (!p) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Personel dengan NRP ${m.nrp} tidak ditemukan.`)
    if (!p.aktif) throw new GalatAplikasi('KONFLIK', 'Personel ini tidak aktif; aktifkan dulu sebelum diberi desa binaan.')
    const desa = await trx.selectFrom('desa').select(['kode', 'nama']).where('kode', '=', m.desaKode).where('aktif', '=', 1).executeTakeFirst()
    if (!desa) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Desa tidak dikenal.', [{ lokasi: 'desaKode', pesan: `Desa ${m.desaKode} tidak dikenal atau tidak aktif` }])
    const terbuka = await trx.selectFrom('desa_binaan').selectAll().where('desa_kode', '=', m.desaKode).where((eb) => eb.or([eb('selesai', 'is', null), eb('selesai', '>=', m.mulai)])).execute()
    for (const b of terbuka) {
      if (b.nrp === m.nrp) throw new GalatAplikasi('KONFLIK', `Desa ${desa.nama} sudah menjadi desa binaan personel ini sejak ${formatTanggal(b.mulai)}.`)
      if (b.mulai >= m.mulai) throw new GalatAplikasi('KONFLIK', `Desa ${desa.nama} dibina personel lain mulai ${formatTanggal(b.mulai)}; tanggal mulai harus sesudahnya.`, [{ lokasi: 'mulai', pesan: `Harus sesudah ${formatTanggal(b.mulai)}` }])
      const selesai = tambahHariTanggal(m.mulai, -1)
      await trx.updateTable('desa_binaan').set({ selesai }).where('id', '=', b.id).execute()
      await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'desa_binaan', kunci: String(b.id), sebelum: { selesai: b.selesai }, sesudah: { selesai } })
    }
    const r = await trx.insertInto('desa_binaan').values({ nrp: m.nrp, desa_kode: m.desaKode, mulai: m.mulai, selesai: null }).returning('id').executeTakeFirstOrThrow()
    await catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'desa_binaan', kunci: String(r.id), sebelum: null, sesudah: { nrp: m.nrp, desa_kode: m.desaKode, mulai: m.mulai } })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'desa_binaan' })
}

export async function akhiriBinaan(k: Konteks, m: { id: number; selesai: string }): Promise<void> {
  await k.bd.db.transaction().execute(async (trx) => {
    const b = await trx.selectFrom('desa_binaan').selectAll().where('id', '=', m.id).executeTakeFirst()
    if (!b) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Penugasan desa binaan tidak ditemukan.')
    if (m.selesai < b.mulai) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Tanggal selesai sebelum tanggal mulai.', [{ lokasi: 'selesai', pesan: `Tidak boleh sebelum ${formatTanggal(b.mulai)}` }])
    await trx.updateTable('desa_binaan').set({ selesai: m.selesai }).where('id', '=', m.id).execute()
    await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'desa_binaan', kunci: String(m.id), sebelum: { selesai: b.selesai }, sesudah: { selesai: m.selesai } })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'desa_binaan' })
}
