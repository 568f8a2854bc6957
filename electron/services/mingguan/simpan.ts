import {
  barisKosong,
  KOLOM_SEL_MINGGUAN,
  type KolomSelMingguan,
  type NilaiBaris,
  type SelMingguan,
  validasiBaris,
  validasiSel,
} from '../../../shared/mingguan'
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

const TABEL = 'laporan_mingguan'
const JUMLAH_KOLOM = KOLOM_SEL_MINGGUAN.length
/** From this many desa in one save, the week's rows are read by the week index instead of per desa. */
const BANYAK_DESA = 32
const INDEKS_KOLOM = new Map<KolomSelMingguan, number>(KOLOM_SEL_MINGGUAN.map((k, i) => [k, i]))
/** "Not stored yet": every cell blank. */
const BARIS_KOSONG: NilaiBaris = Object.freeze(barisKosong())

/** A stored row read as an array (desa_kode, then the grid's columns in order). */
function dariLarik(r: readonly unknown[]): NilaiBaris {
  const b = {} as Record<KolomSelMingguan, unknown>
  for (let i = 0; i < KOLOM_SEL_MINGGUAN.length; i++) b[KOLOM_SEL_MINGGUAN[i] as KolomSelMingguan] = r[i + 1]
  return b as NilaiBaris
}

/**
 * The cells sent for one desa: columns by index in the order first sent (a column sent twice
 * keeps its first place and its last value), and a bit per column sent. Arrays and bit masks
 * rather than a Map and Set per desa: a full week is 400 of these, rebuilt on every save.
 */
interface SelDesa {
  urutan: number[]
  nilai: (number | string | null)[]
  dikirim: number
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
  const perDesa = new Map<string, SelDesa>()
  for (let i = 0; i < m.sel.length; i++) {
    const s = m.sel[i] as SelMingguan
    let d = perDesa.get(s.desaKode)
    if (!d) perDesa.set(s.desaKode, (d = { urutan: [], nilai: new Array<number | string | null>(JUMLAH_KOLOM).fill(null), dikirim: 0 }))
    const j = INDEKS_KOLOM.get(s.kolom) as number
    if (!(d.dikirim & (1 << j))) {
      d.urutan.push(j)
      d.dikirim |= 1 << j
    }
    d.nilai[j] = bersihkanNilai(s.kolom, s.nilai)
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
    // Two indexed reads for the whole save: the active desa among those sent, and the week's
    // stored rows of those desa. Rows come back as arrays (raw): building objects column by
    // column costs more than the lookups themselves.
    const desa = new Map<string, number | null>()
    const ambilDesa = pernyataan(sqlite, 'SELECT kode, pos_kamling_total FROM desa WHERE aktif = 1 AND kode IN (SELECT value FROM json_each(?))', { mentah: true })
    for (const [kode, pos] of ambilDesa.all(daftar) as [string, number | null][]) desa.set(kode, pos)
    const lama = new Map<string, NilaiBaris>()
    const kolomLama = `SELECT desa_kode, ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan WHERE tahun = ? AND minggu = ?`
    if (kodeDesa.length > BANYAK_DESA) {
      // A paste of many desa: one range of the week index beats a primary-key probe per desa.
      for (const r of pernyataan(sqlite, kolomLama, { mentah: true }).all(m.tahun, m.minggu) as unknown[][]) {
        if (perDesa.has(r[0] as string)) lama.set(r[0] as string, dariLarik(r))
      }
    } else {
      for (const r of pernyataan(sqlite, `${kolomLama} AND desa_kode IN (SELECT value FROM json_each(?))`, { mentah: true }).all(m.tahun, m.minggu, daftar) as unknown[][]) {
        lama.set(r[0] as string, dariLarik(r))
      }
    }

    // Hot path: prepared statements on the transaction's own connection, one row write and
    // one audit row per desa (not per cell).
    const upsert = pernyataan(
      sqlite,
      `INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, ${KOLOM_SEL_MINGGUAN.join(', ')}, diubah_pada)
       VALUES (?, ?, ?, ${KOLOM_SEL_MINGGUAN.map(() => '?').join(', ')}, ?)
       ON CONFLICT (desa_kode, tahun, minggu) DO UPDATE SET ${KOLOM_SEL_MINGGUAN.map((c) => `${c} = excluded.${c}`).join(', ')}, diubah_pada = excluded.diubah_pada`,
    )
    const hapusSatu = pernyataan(sqlite, 'DELETE FROM laporan_mingguan WHERE desa_kode = ? AND tahun = ? AND minggu = ?')
    const tulisAudit = pernyataan(sqlite, 'INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?, ?)')
    const parameter: unknown[] = new Array(KOLOM_SEL_MINGGUAN.length + 4)
    parameter[1] = m.tahun
    parameter[2] = m.minggu
    parameter[parameter.length - 1] = diubahPada

    for (let x = 0; x < kodeDesa.length; x++) {
      const kode = kodeDesa[x] as string
      const sel = perDesa.get(kode) as SelDesa
      if (!desa.has(kode)) {
        for (const j of sel.urutan) hasil.ditolak.push({ desaKode: kode, kolom: KOLOM_SEL_MINGGUAN[j] as KolomSelMingguan, pesan: `Desa ${kode} tidak dikenal atau tidak aktif` })
        continue
      }
      const ada = lama.get(kode)
      const sebelum: NilaiBaris = ada ?? BARIS_KOSONG
      const baru: Record<KolomSelMingguan, unknown> = { ...sebelum }
      // One bit per column whose new value is accepted so far.
      let diubah = 0
      for (const j of sel.urutan) {
        const kolom = KOLOM_SEL_MINGGUAN[j] as KolomSelMingguan
        const nilai = sel.nilai[j] as number | string | null
        const pesan = validasiSel(kolom, nilai)
        if (pesan) hasil.ditolak.push({ desaKode: kode, kolom, pesan })
        else {
          baru[kolom] = nilai
          diubah |= 1 << j
        }
      }
      const diterima = (kolom: KolomSelMingguan) => (diubah & (1 << (INDEKS_KOLOM.get(kolom) as number))) !== 0
      // Rules between fields: reject the changed cells involved, keep the rest.
      for (let putaran = 0; putaran < 3; putaran++) {
        const masalah = validasiBaris(baru as NilaiBaris, desa.get(kode) ?? null)
        if (masalah.length === 0) break
        for (const ms of masalah) {
          // Blame the cell the message is about when it was changed; else its changed partner.
          const pasangan = PASANGAN[ms.kolom]
          const terlibat = diterima(ms.kolom) ? ms.kolom : pasangan && diterima(pasangan) ? pasangan : undefined
          if (terlibat) {
            baru[terlibat] = sebelum[terlibat]
            diubah &= ~(1 << (INDEKS_KOLOM.get(terlibat) as number))
            hasil.ditolak.push({ desaKode: kode, kolom: terlibat, pesan: ms.pesan })
          }
        }
      }
      for (const j of sel.urutan) if (diubah & (1 << j)) hasil.tersimpan.push({ desaKode: kode, kolom: KOLOM_SEL_MINGGUAN[j] as KolomSelMingguan })

      // Only the fields that changed go into the audit row, in column order.
      let dariSebelum: Record<string, unknown> | null = null
      let keSesudah: Record<string, unknown> | null = null
      let kosong = true
      for (const kol of KOLOM_SEL_MINGGUAN) {
        const v = baru[kol]
        if (v !== null) kosong = false
        if (v === sebelum[kol]) continue
        ;(dariSebelum ??= {})[kol] = sebelum[kol]
        ;(keSesudah ??= {})[kol] = v
      }
      if (!dariSebelum || !keSesudah) continue
      const kunci = `${kode}|${m.tahun}|${m.minggu}`
      if (kosong) {
        hapusSatu.run(kode, m.tahun, m.minggu)
        tulisAudit.run(diubahPada, k.sesi.pengguna, 'hapus', TABEL, kunci, JSON.stringify(dariSebelum), null)
      } else {
        parameter[0] = kode
        for (let i = 0; i < KOLOM_SEL_MINGGUAN.length; i++) parameter[3 + i] = baru[KOLOM_SEL_MINGGUAN[i] as KolomSelMingguan]
        upsert.run(parameter)
        tulisAudit.run(diubahPada, k.sesi.pengguna, ada ? 'ubah' : 'tambah', TABEL, kunci, ada ? JSON.stringify(dariSebelum) : null, JSON.stringify(keSesudah))
      }
    }
  })
  if (hasil.tersimpan.length) k.kirimEvent({ jenis: 'data-berubah', tabel: 'laporan_mingguan' })
  return hasil
}

