import { sql } from 'kysely'
import { GalatAplikasi } from '../../../shared/galat'
import { catatAudit } from '../audit'
import type { Konteks } from '../konteks'
import { satkerPolda } from './satker'

/**
 * Renames a Polres of the Polda (e.g. "POLRESTA KUPANG" → "POLRESTA KUPANG
 * KOTA"), audited. Only the name shown on the Polda's screens changes: files
 * are matched by the Polres code, never by name.
 */
export async function ubahNamaPolres(k: Konteks, m: { kode: string; nama: string }) {
  satkerPolda(k.bd)
  const nama = m.nama.trim().replace(/\s+/g, ' ').toLocaleUpperCase('id')
  const s = k.bd.sqlite
  const lama = s.prepare('SELECT nama FROM polres WHERE kode = ?').get(m.kode) as { nama: string } | undefined
  if (!lama) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Polres ${m.kode} tidak terdaftar di Polda ini.`)
  const kembar = s.prepare('SELECT kode FROM polres WHERE upper(nama) = ? AND kode <> ?').get(nama, m.kode) as { kode: string } | undefined
  if (kembar) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Nama Polres tidak sesuai.', [{ lokasi: 'nama', pesan: `Nama "${nama}" sudah dipakai Polres ${kembar.kode}` }])
  if (lama.nama === nama) return { kode: m.kode, nama }
  await k.bd.db.transaction().execute(async (trx) => {
    await sql`UPDATE polres SET nama = ${nama} WHERE kode = ${m.kode}`.execute(trx)
    await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'polres', kunci: m.kode, sebelum: { nama: lama.nama }, sesudah: { nama } })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'polres' })
  return { kode: m.kode, nama }
}
