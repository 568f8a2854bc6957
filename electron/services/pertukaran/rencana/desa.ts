import type { KonteksRencana } from './konteks'
import { type Baris, sama } from './konteks'

const KOLOM = ['penduduk', 'jumlah_kk', 'pos_kamling_total', 'fkpm_aktif'] as const

/** Desa master data: the file's counts replace the stored ones; names and codes stay the app's. */
export function rencanaDesa(k: KonteksRencana): void {
  const dilihat = new Map<string, number>()
  for (const b of k.isi.desa) {
    const r = k.desa(b.kode)
    if ('pesan' in r) {
      k.tolak('Desa', b.nomor, 'kode_desa', r.pesan)
      continue
    }
    if (dilihat.has(r.kode)) {
      k.tolak('Desa', b.nomor, 'kode_desa', `desa ${r.kode} sudah ada di baris ${dilihat.get(r.kode)} (kode lama dan kode baru desa yang sama)`)
      continue
    }
    dilihat.set(r.kode, b.nomor)
    k.desaBerkas.set(r.kode, { pos_kamling_total: b.pos_kamling_total })
    const sebelum = k.desaDb.get(r.kode)!
    const sesudah: Baris = { ...sebelum, penduduk: b.penduduk, jumlah_kk: b.jumlah_kk, pos_kamling_total: b.pos_kamling_total, fkpm_aktif: b.fkpm_aktif }
    const beda = KOLOM.filter((c) => !sama(sebelum[c], sesudah[c]))
    if (!beda.length) {
      k.h.Desa.sama++
      continue
    }
    k.h.Desa.berubah++
    k.ubah({ tabel: 'desa', kunci: [r.kode], sebelum, sesudah }, { sheet: 'Desa', baris: b.nomor, kunci: r.kode, jenis: 'berubah', kolom: [...beda] })
  }
  if (k.polresDesa !== null) rencanaPolsekKecamatan(k)
}

/**
 * Mode Polda: the Desa sheet names each desa's Polsek; the kecamatan take
 * that Polsek of their Polres (created on first sight), so the Polda knows
 * which Polsek covers what and its consolidated file names them again.
 * A kecamatan whose desa name different Polsek keeps the first one named.
 */
function rencanaPolsekKecamatan(k: KonteksRencana): void {
  const dipilih = new Map<string, number>()
  for (const b of k.isi.desa) {
    if (!b.polsek) continue
    const r = k.desa(b.kode)
    if ('pesan' in r) continue
    const kec = k.desaDb.get(r.kode)!['kecamatan_kode'] as string
    const id = dipilih.has(kec) ? undefined : k.polsekPolda.id(k.polresDari(r.kode), b.polsek)
    if (id !== undefined) dipilih.set(kec, id)
  }
  if (!dipilih.size) return
  const kode = [...dipilih.keys()]
  const kecamatan = k.s.prepare(`SELECT * FROM kecamatan WHERE kode IN (${kode.map(() => '?').join(',')})`).all(...kode) as Baris[]
  for (const sebelum of kecamatan) {
    const id = dipilih.get(sebelum['kode'] as string)!
    if (sebelum['polsek_id'] === id) continue
    k.polsekPolda.tulisBaru(id)
    k.ubah({ tabel: 'kecamatan', kunci: [sebelum['kode']], sebelum, sesudah: { ...sebelum, polsek_id: id } }, null)
  }
}
