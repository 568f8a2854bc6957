import { KOLOM_SEL_MINGGUAN, type KolomSelMingguan, type SelMingguan, masalahAntarKolom, validasiSel } from '../../../shared/mingguan'
import type { Konteks } from '../konteks'
import { pernyataan } from '../db/pernyataan'
import { transaksiSinkron } from '../db/transaksi'
import { galatTerkunci } from '../periode'
import { bulanMinggu } from '../../../shared/iso-week'
import { AKSI_SIMPAN_MINGGUAN, kunciMingguAudit, teksCitraMingguan } from '../audit/mingguan'

export interface HasilSimpanMingguan {
  tersimpan: { desaKode: string; kolom: KolomSelMingguan }[]
  ditolak: { desaKode: string; kolom: KolomSelMingguan; pesan: string }[]
  diubahPada: string
}

type Nilai = number | string | null

const TABEL = 'laporan_mingguan'
const JUMLAH_KOLOM = KOLOM_SEL_MINGGUAN.length
/** From this many desa in one save, the week's rows are read by the week index instead of per desa. */
const BANYAK_DESA = 32
const INDEKS_KOLOM: Readonly<Record<string, number>> = Object.fromEntries(KOLOM_SEL_MINGGUAN.map((k, i) => [k, i]))
const I_DITANGANI = INDEKS_KOLOM['masalah_ditangani'] as number
const I_SELESAI = INDEKS_KOLOM['masalah_selesai'] as number
const I_POS_AKTIF = INDEKS_KOLOM['pos_kamling_aktif'] as number
/** Fields tied by a rule (by column index): fixing one side may be the answer to the other's error. */
const PASANGAN: Readonly<Record<number, number>> = { [I_SELESAI]: I_DITANGANI, [I_DITANGANI]: I_SELESAI }
/**
 * The statements of a save, built once: the statement cache is keyed by the SQL text, and a
 * text built per call would be hashed anew on every save.
 */
const SQL = {
  terkunci: 'SELECT 1 FROM kunci_periode WHERE bulan = ?',
  desaAktif: 'SELECT kode, pos_kamling_total FROM desa WHERE aktif = 1',
  satuDesa: 'SELECT pos_kamling_total FROM desa WHERE aktif = 1 AND kode = ?',
  barisMinggu: `SELECT desa_kode, ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan WHERE tahun = ? AND minggu = ?`,
  satuBaris: `SELECT desa_kode, ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan WHERE desa_kode = ? AND tahun = ? AND minggu = ?`,
  sisip: `INSERT INTO laporan_mingguan (${KOLOM_SEL_MINGGUAN.join(', ')}, diubah_pada, desa_kode, tahun, minggu) VALUES (${KOLOM_SEL_MINGGUAN.map(() => '?').join(', ')}, ?, ?, ?, ?)`,
  ubah: `UPDATE laporan_mingguan SET ${KOLOM_SEL_MINGGUAN.map((c) => `${c} = ?`).join(', ')}, diubah_pada = ? WHERE desa_kode = ? AND tahun = ? AND minggu = ?`,
  hapus: 'DELETE FROM laporan_mingguan WHERE desa_kode = ? AND tahun = ? AND minggu = ?',
  audit: 'INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?, ?)',
} as const

/** "Not stored yet", shaped like a raw stored row (desa_kode, then every cell blank). */
const BARIS_KOSONG: readonly Nilai[] = new Array<Nilai>(JUMLAH_KOLOM + 1).fill(null)

/**
 * The cells sent for one desa: columns by index in the order first sent (a column sent twice
 * keeps its first place and its last value), and a bit per column sent. Arrays and bit masks
 * rather than a Map and Set per desa: a full week is 400 of these, rebuilt on every save.
 */
interface SelDesa {
  urutan: number[]
  nilai: Nilai[]
  dikirim: number
}

function bersihkanNilai(kolom: KolomSelMingguan, nilai: Nilai): Nilai {
  if (typeof nilai === 'string') {
    const t = nilai.trim()
    if (t === '') return null
    return kolom === 'nrp_pelapor' || kolom === 'catatan' ? t : nilai
  }
  return nilai
}

/**
 * Saves cells of one week (typed, pasted, or undone). Valid cells are stored in
 * one transaction with one audit row for the whole save (see ../audit/mingguan);
 * invalid ones are returned with an Indonesian message and leave the stored
 * value as it was. A row whose cells are all blank is removed: blank means
 * "not reported", never 0.
 *
 * A full week is 4.400 cells ([B8]): rows are handled as arrays by column
 * index (the order of KOLOM_SEL_MINGGUAN, laid out as the write's parameters),
 * every desa is decided before the writes run back to back.
 */
export async function simpanMingguan(k: Konteks, m: { tahun: number; minggu: number; sel: SelMingguan[] }): Promise<HasilSimpanMingguan> {
  const diubahPada = new Date().toISOString()
  const hasil: HasilSimpanMingguan = { tersimpan: [], ditolak: [], diubahPada }
  const perDesa = new Map<string, SelDesa>()
  for (let i = 0; i < m.sel.length; i++) {
    const s = m.sel[i] as SelMingguan
    let d = perDesa.get(s.desaKode)
    if (!d) perDesa.set(s.desaKode, (d = { urutan: [], nilai: new Array<Nilai>(JUMLAH_KOLOM).fill(null), dikirim: 0 }))
    const j = INDEKS_KOLOM[s.kolom] as number
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
    if (pernyataan(k.bd.sqlite, SQL.terkunci).get(bulan)) throw galatTerkunci(bulan, `laporan Minggu ke-${m.minggu} ${m.tahun}`)
    const sqlite = k.bd.sqlite
    // The active desa among those sent, and the week's stored rows of those desa. Rows come
    // back as arrays (raw): building objects column by column costs more than the lookups.
    const desa = new Map<string, number | null>()
    const lama = new Map<string, Nilai[]>()
    if (kodeDesa.length > BANYAK_DESA) {
      // A paste of many desa: one pass over the (few hundred) active desa and one range of the
      // week index beat a probe per desa.
      for (const [kode, pos] of pernyataan(sqlite, SQL.desaAktif, { mentah: true }).all() as [string, number | null][]) {
        if (perDesa.has(kode)) desa.set(kode, pos)
      }
      for (const r of pernyataan(sqlite, SQL.barisMinggu, { mentah: true }).all(m.tahun, m.minggu) as Nilai[][]) {
        if (perDesa.has(r[0] as string)) lama.set(r[0] as string, r)
      }
    } else {
      // A typed cell or a small paste: primary-key probes.
      const satuDesa = pernyataan(sqlite, SQL.satuDesa, { mentah: true })
      const satuBaris = pernyataan(sqlite, SQL.satuBaris, { mentah: true })
      for (const kode of kodeDesa) {
        const d = satuDesa.get(kode) as [number | null] | undefined
        if (!d) continue
        desa.set(kode, d[0])
        const r = satuBaris.get(kode, m.tahun, m.minggu) as Nilai[] | undefined
        if (r) lama.set(kode, r)
      }
    }

    // Hot path: prepared statements on the transaction's own connection, one row write per
    // desa (not per cell) and one audit row for the save. The week's rows were read above in
    // this transaction: a new row is a plain INSERT, an existing one an UPDATE.
    // First every desa is decided (pure JavaScript), then the writes run back to back.
    const tulisan: { jenis: 'sisip' | 'ubah' | 'hapus'; parameter: Nilai[] }[] = []
    // The save's audit row: the row images of the desa that changed (a desa added has no
    // `sebelum` image, a desa removed no `sesudah` image).
    const citraSebelum: Record<string, Nilai[]> = {}
    const citraSesudah: Record<string, Nilai[]> = {}

    for (let x = 0; x < kodeDesa.length; x++) {
      const kode = kodeDesa[x] as string
      const sel = perDesa.get(kode) as SelDesa
      if (!desa.has(kode)) {
        for (const j of sel.urutan) hasil.ditolak.push({ desaKode: kode, kolom: KOLOM_SEL_MINGGUAN[j] as KolomSelMingguan, pesan: `Desa ${kode} tidak dikenal atau tidak aktif` })
        continue
      }
      const ada = lama.get(kode)
      // The stored row as read (raw: desa_kode first, so column j is at j + 1).
      const sebelum: readonly Nilai[] = ada ?? BARIS_KOSONG
      // The new row, laid out as the write's parameters: the grid's columns, diubah_pada, the key.
      const baru = new Array<Nilai>(JUMLAH_KOLOM + 4)
      for (let j = 0; j < JUMLAH_KOLOM; j++) baru[j] = sebelum[j + 1] as Nilai
      baru[JUMLAH_KOLOM] = diubahPada
      baru[JUMLAH_KOLOM + 1] = kode
      baru[JUMLAH_KOLOM + 2] = m.tahun
      baru[JUMLAH_KOLOM + 3] = m.minggu
      // One bit per column whose new value is accepted so far.
      let diubah = 0
      for (const j of sel.urutan) {
        const kolom = KOLOM_SEL_MINGGUAN[j] as KolomSelMingguan
        const nilai = sel.nilai[j] as Nilai
        const pesan = validasiSel(kolom, nilai)
        if (pesan) hasil.ditolak.push({ desaKode: kode, kolom, pesan })
        else {
          baru[j] = nilai
          diubah |= 1 << j
        }
      }
      // Rules between fields (every cell passed its own rule above or was stored): reject the
      // changed cells involved, keep the rest.
      for (let putaran = 0; putaran < 3; putaran++) {
        const masalah = masalahAntarKolom(
          { masalah_ditangani: baru[I_DITANGANI] as number | null, masalah_selesai: baru[I_SELESAI] as number | null, pos_kamling_aktif: baru[I_POS_AKTIF] as number | null },
          desa.get(kode) ?? null,
        )
        if (masalah.length === 0) break
        for (const ms of masalah) {
          // Blame the cell the message is about when it was changed; else its changed partner.
          const j = INDEKS_KOLOM[ms.kolom] as number
          const p = PASANGAN[j]
          const terlibat = diubah & (1 << j) ? j : p !== undefined && diubah & (1 << p) ? p : undefined
          if (terlibat !== undefined) {
            baru[terlibat] = sebelum[terlibat + 1] as Nilai
            diubah &= ~(1 << terlibat)
            hasil.ditolak.push({ desaKode: kode, kolom: KOLOM_SEL_MINGGUAN[terlibat] as KolomSelMingguan, pesan: ms.pesan })
          }
        }
      }
      for (const j of sel.urutan) if (diubah & (1 << j)) hasil.tersimpan.push({ desaKode: kode, kolom: KOLOM_SEL_MINGGUAN[j] as KolomSelMingguan })

      // A desa whose row is unchanged is neither written nor audited.
      let berubah = false
      let kosong = true
      for (let j = 0; j < JUMLAH_KOLOM; j++) {
        const v = baru[j] as Nilai
        if (v !== null) kosong = false
        if (v !== sebelum[j + 1]) berubah = true
      }
      if (!berubah) continue
      if (ada) citraSebelum[kode] = ada.slice(1)
      if (kosong) tulisan.push({ jenis: 'hapus', parameter: baru })
      else {
        tulisan.push({ jenis: ada ? 'ubah' : 'sisip', parameter: baru })
        citraSesudah[kode] = baru.slice(0, JUMLAH_KOLOM)
      }
    }
    if (tulisan.length === 0) return

    const sisip = pernyataan(sqlite, SQL.sisip)
    const ubah = pernyataan(sqlite, SQL.ubah)
    const hapusSatu = pernyataan(sqlite, SQL.hapus)
    for (const t of tulisan) {
      if (t.jenis === 'sisip') sisip.run(t.parameter)
      else if (t.jenis === 'ubah') ubah.run(t.parameter)
      else hapusSatu.run(t.parameter.slice(JUMLAH_KOLOM + 1))
    }
    pernyataan(sqlite, SQL.audit).run(
      diubahPada,
      k.sesi.pengguna,
      AKSI_SIMPAN_MINGGUAN,
      TABEL,
      kunciMingguAudit(m.tahun, m.minggu),
      teksCitraMingguan(citraSebelum),
      teksCitraMingguan(citraSesudah),
    )
  })
  if (hasil.tersimpan.length) k.kirimEvent({ jenis: 'data-berubah', tabel: 'laporan_mingguan' })
  return hasil
}
