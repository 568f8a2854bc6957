import {
  barisKosong,
  KOLOM_SEL_MINGGUAN,
  type KolomSelMingguan,
  type NilaiBaris,
  type SelMingguan,
  validasiBaris,
  validasiSel,
} from '../../../shared/mingguan'
import type { EntriAudit } from '../audit'
import type { Konteks } from '../konteks'
import { pernyataan } from '../db/pernyataan'
import { transaksiSinkron } from '../db/transaksi'
import { galatTerkunci } from '../periode'
import { bulanMinggu } from '../../../shared/iso-week'

export interface HasilSimpanMingguan {
  tersimpan: { desaKode: string; kolom: KolomSelMingguan }[]
  ditolak: { desaKode: string; kolom: KolomSelMingguan; pesan: string }[]
  diubahPada: string
}

/** Fields tied by a rule: fixing one side may be the answer to the other's error. */
const PASANGAN: Partial<Record<KolomSelMingguan, KolomSelMingguan>> = {
  masalah_selesai: 'masalah_ditangani',
  masalah_ditangani: 'masalah_selesai',
}

function bersihkanNilai(kolom: KolomSelMingguan, nilai: number | string | null): number | string | null {
  if (typeof nilai === 'string') {
    const t = nilai.trim()
    if (t === '') return null
    return kolom === 'nrp_pelapor' || kolom === 'catatan' ? t : nilai
  }
  return nilai
}

/**
 * Saves cells of one week (typed, pasted, or undone). Valid cells are stored in
 * one transaction with their audit rows; invalid ones are returned with an
 * Indonesian message and leave the stored value as it was. A row whose cells
 * are all blank is removed: blank means "not reported", never 0.
 */
export async function simpanMingguan(k: Konteks, m: { tahun: number; minggu: number; sel: SelMingguan[] }): Promise<HasilSimpanMingguan> {
  const diubahPada = new Date().toISOString()
  const hasil: HasilSimpanMingguan = { tersimpan: [], ditolak: [], diubahPada }
  const perDesa = new Map<string, Map<KolomSelMingguan, number | string | null>>()
  for (const s of m.sel) {
    const peta = perDesa.get(s.desaKode) ?? new Map()
    peta.set(s.kolom, bersihkanNilai(s.kolom, s.nilai))
    perDesa.set(s.desaKode, peta)
  }
  const kodeDesa = [...perDesa.keys()]
  if (kodeDesa.length === 0) return hasil

  // A synchronous better-sqlite3 transaction: the grid saves on every commit
  // of a cell, so no await may sit between BEGIN and COMMIT.
  await transaksiSinkron(k.bd.sqlite, () => {
    const bulan = bulanMinggu(m.tahun, m.minggu)
    if (pernyataan(k.bd.sqlite, 'SELECT 1 FROM kunci_periode WHERE bulan = ?').get(bulan)) throw galatTerkunci(bulan, `laporan Minggu ke-${m.minggu} ${m.tahun}`)
    const sqlite = k.bd.sqlite
    const daftar = JSON.stringify(kodeDesa)
    const desa = new Map<string, number | null>()
    for (const d of pernyataan(sqlite, 'SELECT kode, pos_kamling_total FROM desa WHERE aktif = 1 AND kode IN (SELECT value FROM json_each(?))').iterate(daftar) as Iterable<{
      kode: string
      pos_kamling_total: number | null
    }>) {
      desa.set(d.kode, d.pos_kamling_total)
    }
    const lama = new Map<string, NilaiBaris>()
    const ambilLama = pernyataan(sqlite, `SELECT desa_kode, ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan WHERE tahun = ? AND minggu = ? AND desa_kode IN (SELECT value FROM json_each(?))`)
    for (const r of ambilLama.iterate(m.tahun, m.minggu, daftar) as Iterable<NilaiBaris & { desa_kode: string }>) {
      const { desa_kode, ...nilai } = r
      lama.set(desa_kode, nilai)
    }

    const simpan: (NilaiBaris & { desa_kode: string })[] = []
    const hapus: string[] = []
    const audit: EntriAudit[] = []
    for (const [kode, sel] of perDesa) {
      if (!desa.has(kode)) {
        for (const kolom of sel.keys()) hasil.ditolak.push({ desaKode: kode, kolom, pesan: `Desa ${kode} tidak dikenal atau tidak aktif` })
        continue
      }
      const sebelum = lama.get(kode) ?? barisKosong()
      const baru: NilaiBaris = { ...sebelum }
      const diubah = new Set<KolomSelMingguan>()
      for (const [kolom, nilai] of sel) {
        const pesan = validasiSel(kolom, nilai)
        if (pesan) hasil.ditolak.push({ desaKode: kode, kolom, pesan })
        else {
          ;(baru as Record<KolomSelMingguan, unknown>)[kolom] = nilai
          diubah.add(kolom)
        }
      }
      // Rules between fields: reject the changed cells involved, keep the rest.
      for (let putaran = 0; putaran < 3; putaran++) {
        const masalah = validasiBaris(baru, desa.get(kode) ?? null)
        if (masalah.length === 0) break
        for (const ms of masalah) {
          // Blame the cell the message is about when it was changed; else its changed partner.
          const pasangan = PASANGAN[ms.kolom]
          const terlibat = diubah.has(ms.kolom) ? [ms.kolom] : pasangan && diubah.has(pasangan) ? [pasangan] : []
          for (const kolom of terlibat) {
            ;(baru as Record<KolomSelMingguan, unknown>)[kolom] = sebelum[kolom]
            diubah.delete(kolom)
            hasil.ditolak.push({ desaKode: kode, kolom, pesan: ms.pesan })
          }
        }
      }
      const beda = KOLOM_SEL_MINGGUAN.filter((kol) => baru[kol] !== sebelum[kol])
      for (const kolom of diubah) hasil.tersimpan.push({ desaKode: kode, kolom })
      if (beda.length === 0) continue
      const kunci = `${kode}|${m.tahun}|${m.minggu}`
      const pilih = (b: NilaiBaris) => Object.fromEntries(beda.map((kol) => [kol, b[kol]]))
      const kosong = KOLOM_SEL_MINGGUAN.every((kol) => baru[kol] === null)
      if (kosong) {
        hapus.push(kode)
        audit.push({ aksi: 'hapus', tabel: 'laporan_mingguan', kunci, sebelum: pilih(sebelum), sesudah: null })
      } else {
        simpan.push({ ...baru, desa_kode: kode })
        audit.push({ aksi: lama.has(kode) ? 'ubah' : 'tambah', tabel: 'laporan_mingguan', kunci, sebelum: lama.has(kode) ? pilih(sebelum) : null, sesudah: pilih(baru) })
      }
    }

    // Hot path: prepared statements on the transaction's own connection.
    const upsert = pernyataan(
      sqlite,
      `INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, ${KOLOM_SEL_MINGGUAN.join(', ')}, diubah_pada)
       VALUES (?, ?, ?, ${KOLOM_SEL_MINGGUAN.map(() => '?').join(', ')}, ?)
       ON CONFLICT (desa_kode, tahun, minggu) DO UPDATE SET ${KOLOM_SEL_MINGGUAN.map((c) => `${c} = excluded.${c}`).join(', ')}, diubah_pada = excluded.diubah_pada`,
    )
    for (const b of simpan) upsert.run(b.desa_kode, m.tahun, m.minggu, ...KOLOM_SEL_MINGGUAN.map((c) => b[c]), diubahPada)
    const hapusSatu = pernyataan(sqlite, 'DELETE FROM laporan_mingguan WHERE desa_kode = ? AND tahun = ? AND minggu = ?')
    for (const kode of hapus) hapusSatu.run(kode, m.tahun, m.minggu)
    const tulisAudit = pernyataan(sqlite, 'INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?, ?)')
    for (const a of audit) {
      tulisAudit.run(diubahPada, k.sesi.pengguna, a.aksi, a.tabel, a.kunci, a.sebelum === null ? null : JSON.stringify(a.sebelum), a.sesudah === null ? null : JSON.stringify(a.sesudah))
    }
  })
  if (hasil.tersimpan.length) k.kirimEvent({ jenis: 'data-berubah', tabel: 'laporan_mingguan' })
  return hasil
}

