import { GalatAplikasi } from '../../../shared/galat'
import { type BidangExcelLama, type PemetaanExcelLama, type PemetaanTersimpan, pemetaanTersimpanSchema } from '../../../shared/api-templat'
import { transaksiSinkron } from '../db/transaksi'
import type { Konteks } from '../konteks'
import { ambilSheet, judulKolom } from './berkas'

/**
 * Named mappings of old workbooks (table pemetaan_impor, migration 010).
 * Columns are kept by their header text, so next month's file with the
 * columns in another order still fits; the dialog turns them back into
 * positions by matching the headers it reads.
 */

interface BarisPemetaan {
  id: number
  nama: string
  isi: string
  diubah_pada: string
}

export function daftarPemetaan(k: Konteks) {
  const rows = k.bd.sqlite.prepare('SELECT id, nama, isi, diubah_pada FROM pemetaan_impor ORDER BY nama COLLATE NOCASE').all() as BarisPemetaan[]
  return rows.flatMap((r) => {
    const isi = pemetaanTersimpanSchema.safeParse(JSON.parse(r.isi))
    return isi.success ? [{ id: r.id, nama: r.nama, isi: isi.data, diubahPada: r.diubah_pada }] : []
  })
}

export async function simpanPemetaan(k: Konteks, m: { nama: string; berkasToken: string; pemetaan: PemetaanExcelLama }) {
  const { sheet } = ambilSheet(k.bd, m.berkasToken, m.pemetaan.sheet)
  const p = m.pemetaan
  const isi: PemetaanTersimpan = {
    sheet: p.sheet,
    barisJudul: p.barisJudul,
    kolom: Object.fromEntries(Object.entries(p.kolom).map(([b, c]) => [b, judulKolom(sheet, p.barisJudul, c)])) as Partial<Record<BidangExcelLama, string>>,
    minggu: p.minggu.jenis === 'kolom-minggu' ? { jenis: 'kolom-minggu', tahun: p.minggu.tahun } : { jenis: p.minggu.jenis },
    petaDesa: p.petaDesa,
  }
  const nama = m.nama.trim()
  const waktu = new Date().toISOString()
  const s = k.bd.sqlite
  return transaksiSinkron(s, () => {
    const lama = s.prepare('SELECT id, nama, isi FROM pemetaan_impor WHERE nama = ? COLLATE NOCASE').get(nama) as { id: number; nama: string; isi: string } | undefined
    let id: number
    if (lama) {
      s.prepare('UPDATE pemetaan_impor SET nama = ?, isi = ?, diubah_pada = ?, diubah_oleh = ? WHERE id = ?').run(nama, JSON.stringify(isi), waktu, k.sesi.pengguna, lama.id)
      id = lama.id
    } else {
      id = Number(s.prepare('INSERT INTO pemetaan_impor (nama, isi, dibuat_pada, diubah_pada, diubah_oleh) VALUES (?, ?, ?, ?, ?)').run(nama, JSON.stringify(isi), waktu, waktu, k.sesi.pengguna).lastInsertRowid)
    }
    s.prepare('INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      waktu,
      k.sesi.pengguna,
      lama ? 'ubah' : 'tambah',
      'pemetaan_impor',
      String(id),
      lama ? JSON.stringify({ nama: lama.nama, isi: JSON.parse(lama.isi) }) : null,
      JSON.stringify({ nama, isi }),
    )
    return { id, nama }
  })
}

export async function hapusPemetaan(k: Konteks, m: { id: number }) {
  const s = k.bd.sqlite
  await transaksiSinkron(s, () => {
    const lama = s.prepare('SELECT id, nama, isi FROM pemetaan_impor WHERE id = ?').get(m.id) as { id: number; nama: string; isi: string } | undefined
    if (!lama) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Pemetaan tidak ditemukan; mungkin sudah dihapus.')
    s.prepare('DELETE FROM pemetaan_impor WHERE id = ?').run(m.id)
    s.prepare('INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
      new Date().toISOString(),
      k.sesi.pengguna,
      'hapus',
      'pemetaan_impor',
      String(m.id),
      JSON.stringify({ nama: lama.nama, isi: JSON.parse(lama.isi) }),
      null,
    )
  })
  return {}
}
