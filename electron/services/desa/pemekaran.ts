import { GalatAplikasi } from '../../../shared/galat'
import type { Desa } from '../../../shared/skema-data'
import { catatAudit } from '../audit'
import type { Konteks } from '../konteks'
import { satuDesa } from './daftar'

/** Adds a desa by hand (pemekaran: a new village split off, with its new Kemendagri code). */
export async function tambahDesa(k: Konteks, m: { kode: string; nama: string; kecamatanKode: string }): Promise<Desa> {
  await k.bd.db.transaction().execute(async (trx) => {
    const kec = await trx.selectFrom('kecamatan').select('kode').where('kode', '=', m.kecamatanKode).executeTakeFirst()
    if (!kec) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Kecamatan tidak dikenal.', [{ lokasi: 'kecamatanKode', pesan: 'Pilih kecamatan dari daftar' }])
    if (!m.kode.startsWith(`${m.kecamatanKode}.`)) {
      throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Kode desa tidak sesuai kecamatannya.', [{ lokasi: 'kode', pesan: `Kode desa di kecamatan ini harus diawali ${m.kecamatanKode}.` }])
    }
    const ada = await trx.selectFrom('desa').select('nama').where('kode', '=', m.kode).executeTakeFirst()
    if (ada) throw new GalatAplikasi('KONFLIK', `Kode ${m.kode} sudah dipakai desa ${ada.nama}.`, [{ lokasi: 'kode', pesan: `Kode ${m.kode} sudah dipakai desa ${ada.nama}` }])
    const lama = await trx.selectFrom('desa_kode_lama').select('kode_baru').where('kode_lama', '=', m.kode).executeTakeFirst()
    if (lama) throw new GalatAplikasi('KONFLIK', `Kode ${m.kode} adalah kode lama yang sudah dipetakan ke ${lama.kode_baru}.`, [{ lokasi: 'kode', pesan: `Kode lama, sudah dipetakan ke ${lama.kode_baru}` }])
    const baru = { kode: m.kode, nama: m.nama.trim(), kecamatan_kode: m.kecamatanKode, asal: 'manual' as const }
    await trx.insertInto('desa').values(baru).execute()
    await catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'desa', kunci: m.kode, sebelum: null, sesudah: baru })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'desa' })
  return (await satuDesa(k, m.kode))!
}

/**
 * Maps an old desa code to a new one (renumbering). The history follows the
 * village: weekly reports, incidents and assignments move to the new code, the
 * old row stays as inactive, and later imports with the old code resolve to the new.
 */
export async function gantiKodeDesa(k: Konteks, m: { kodeLama: string; kodeBaru: string; berlakuMulai: string; catatan: string }): Promise<Desa> {
  if (m.kodeLama === m.kodeBaru) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Kode lama dan kode baru sama.', [{ lokasi: 'kodeBaru', pesan: 'Kode baru harus berbeda dari kode lama' }])
  await k.bd.db.transaction().execute(async (trx) => {
    const baru = await trx.selectFrom('desa').select(['kode', 'aktif']).where('kode', '=', m.kodeBaru).executeTakeFirst()
    if (!baru || !baru.aktif) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Kode baru belum terdaftar.', [{ lokasi: 'kodeBaru', pesan: `Desa ${m.kodeBaru} belum ada; tambahkan dulu lewat "Tambah Desa"` }])
    const sudah = await trx.selectFrom('desa_kode_lama').select('kode_baru').where('kode_lama', '=', m.kodeLama).executeTakeFirst()
    if (sudah) throw new GalatAplikasi('KONFLIK', `Kode ${m.kodeLama} sudah dipetakan ke ${sudah.kode_baru}.`)
    const lama = await trx.selectFrom('desa').select(['kode', 'nama']).where('kode', '=', m.kodeLama).executeTakeFirst()
    if (lama) {
      const bentrok = await trx
        .selectFrom('laporan_mingguan as a')
        .innerJoin('laporan_mingguan as b', (j) => j.onRef('a.tahun', '=', 'b.tahun').onRef('a.minggu', '=', 'b.minggu'))
        .select(['a.tahun', 'a.minggu'])
        .where('a.desa_kode', '=', m.kodeLama)
        .where('b.desa_kode', '=', m.kodeBaru)
        .execute()
      if (bentrok.length) {
        throw new GalatAplikasi('KONFLIK', `Kedua kode sudah punya laporan untuk minggu yang sama (${bentrok.map((b) => `Minggu ke-${b.minggu} ${b.tahun}`).join(', ')}); gabungkan atau hapus salah satunya dulu.`)
      }
      const pindah = { laporan: 0, kejadian: 0, binaan: 0 }
      pindah.laporan = Number((await trx.updateTable('laporan_mingguan').set({ desa_kode: m.kodeBaru }).where('desa_kode', '=', m.kodeLama).executeTakeFirst()).numUpdatedRows)
      pindah.kejadian = Number((await trx.updateTable('kejadian').set({ desa_kode: m.kodeBaru }).where('desa_kode', '=', m.kodeLama).executeTakeFirst()).numUpdatedRows)
      pindah.binaan = Number((await trx.updateTable('desa_binaan').set({ desa_kode: m.kodeBaru }).where('desa_kode', '=', m.kodeLama).executeTakeFirst()).numUpdatedRows)
      await trx.updateTable('desa').set({ aktif: 0 }).where('kode', '=', m.kodeLama).execute()
      await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'desa', kunci: m.kodeLama, sebelum: { aktif: 1 }, sesudah: { aktif: 0, diganti_oleh: m.kodeBaru, dipindahkan: pindah } })
    }
    const peta = { kode_lama: m.kodeLama, kode_baru: m.kodeBaru, berlaku_mulai: m.berlakuMulai, catatan: m.catatan }
    await trx.insertInto('desa_kode_lama').values(peta).execute()
    await catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'desa', kunci: m.kodeBaru, sebelum: null, sesudah: { kode_lama: m.kodeLama, berlaku_mulai: m.berlakuMulai, catatan: m.catatan } })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'desa' })
  return (await satuDesa(k, m.kodeBaru))!
}

/** Resolves a code through the renumbering table (imports use it). */
export async function kodeDesaBerlaku(k: Konteks, kode: string): Promise<string> {
  const r = await k.bd.db.selectFrom('desa_kode_lama').select('kode_baru').where('kode_lama', '=', kode).executeTakeFirst()
  return r?.kode_baru ?? kode
}
