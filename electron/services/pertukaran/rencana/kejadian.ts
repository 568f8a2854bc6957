import { namaBulan } from '../../../../shared/format'
import { hariTerakhirBulan } from '../../../../shared/iso-week'
import { type Baris, type KonteksRencana, sama } from './konteks'

const KOLOM = ['tanggal', 'desa_kode', 'kategori', 'tingkat', 'status', 'tanggal_selesai', 'uraian'] as const
const TETAP = ['tanggal', 'desa_kode', 'kategori', 'tingkat', 'uraian'] as const

/**
 * Incidents by id: added or updated, never deleted by a file (a file closes
 * them). An earlier incident may come along only to be closed within the
 * period; locked months allow only that closing, as the Kejadian screen does.
 */
export function rencanaKejadian(k: KonteksRencana): void {
  const { m } = k
  const kejadianDb = new Map<string, Baris>()
  const ids = k.isi.kejadian.map((x) => x.id)
  for (let i = 0; i < ids.length; i += 500) {
    const potong = ids.slice(i, i + 500)
    for (const r of k.s.prepare(`SELECT * FROM kejadian WHERE id IN (${potong.map(() => '?').join(',')})`).all(...potong) as Baris[]) kejadianDb.set(r['id'] as string, r)
  }
  for (const b of k.isi.kejadian) {
    const r = k.desa(b.kode)
    if ('pesan' in r) {
      k.tolak('Kejadian', b.nomor, 'kode_desa', r.pesan)
      continue
    }
    const sebelum = kejadianDb.get(b.id) ?? null
    const sesudah: Baris = { id: b.id, tanggal: b.tanggal, desa_kode: r.kode, kategori: b.kategori, tingkat: b.tingkat, status: b.status, tanggal_selesai: b.tanggal_selesai, uraian: b.uraian }
    const beda = KOLOM.filter((c) => !sama(sebelum?.[c], sesudah[c]))
    const tetap = sebelum !== null && TETAP.every((c) => sebelum[c] === sesudah[c])
    const ditutupDalamPeriode = b.idTertulis && b.status === 'selesai' && b.tanggal_selesai !== null && b.tanggal_selesai.slice(0, 7) >= m.bulanAwal && b.tanggal_selesai.slice(0, 7) <= m.bulanAkhir
    if (b.tanggal.slice(0, 7) < m.bulanAwal && (!ditutupDalamPeriode || (sebelum !== null && !tetap))) {
      k.tolak('Kejadian', b.nomor, 'tanggal', `tanggal ${b.tanggal} di luar periode berkas (${k.periode}); kejadian sebelum periode hanya boleh ada bila ditutup dalam periode berkas dengan id yang sama`)
      continue
    }
    if (sebelum && !beda.length) {
      k.h.Kejadian.sama++
      continue
    }
    const bulan = b.tanggal.slice(0, 7)
    const menutup = tetap && sebelum['status'] === 'terbuka' && b.status === 'selesai' && b.tanggal_selesai !== null && b.tanggal_selesai > hariTerakhirBulan(bulan)
    if (k.terkunci.has(bulan) && !menutup) {
      k.tolak('Kejadian', b.nomor, 'tanggal', `periode ${namaBulan(bulan)} sudah dikunci; kejadian ini tidak dapat diubah lewat impor (kecuali ditutup dengan tanggal selesai sesudah bulan itu)`)
      continue
    }
    const lama = (sebelum?.['tanggal'] as string | undefined)?.slice(0, 7)
    if (lama && lama !== bulan && k.terkunci.has(lama)) {
      k.tolak('Kejadian', b.nomor, 'tanggal', `periode ${namaBulan(lama)} sudah dikunci; tanggal kejadian ini tidak dapat dipindah lewat impor`)
      continue
    }
    k.h.Kejadian[sebelum ? 'berubah' : 'baru']++
    k.ubah(
      { tabel: 'kejadian', kunci: [b.id], sebelum, sesudah },
      { sheet: 'Kejadian', baris: b.nomor, kunci: b.id, jenis: sebelum ? 'berubah' : 'baru', kolom: sebelum ? beda.map((c) => (c === 'desa_kode' ? 'kode_desa' : c)) : [] },
    )
  }
}
