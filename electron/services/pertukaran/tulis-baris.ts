import type Database from 'better-sqlite3'
import type { Baris, PerubahanBaris } from './rencana'

type Tabel = PerubahanBaris['tabel']

const KOLOM: Record<Tabel, { kunci: string[]; kolom: string[] }> = {
  // Mode Polda: a Polsek of a Polres, first met in that Polres' file (id planned in the dry run).
  polsek: { kunci: ['id'], kolom: ['id', 'nama', 'satker_kode'] },
  // Mode Polda: which Polsek of its Polres covers a kecamatan (from the Desa sheet).
  kecamatan: { kunci: ['kode'], kolom: ['kode', 'nama', 'kabupaten_kode', 'polsek_id'] },
  desa: { kunci: ['kode'], kolom: ['kode', 'nama', 'kecamatan_kode', 'penduduk', 'jumlah_kk', 'pos_kamling_total', 'fkpm_aktif', 'lintang', 'bujur', 'asal', 'aktif'] },
  personel: { kunci: ['nrp'], kolom: ['nrp', 'nama', 'pangkat', 'jabatan', 'polsek_id', 'kontak', 'aktif', 'satker_kode'] },
  desa_binaan: { kunci: ['id'], kolom: ['id', 'nrp', 'desa_kode', 'mulai', 'selesai'] },
  laporan_mingguan: {
    kunci: ['desa_kode', 'tahun', 'minggu'],
    kolom: ['desa_kode', 'tahun', 'minggu', 'kk_dikunjungi', 'penyuluhan', 'masalah_ditangani', 'masalah_selesai', 'info_deteksi_dini', 'pos_kamling_aktif', 'ronda_malam', 'pertemuan_fkpm', 'pertemuan_3pilar', 'kegiatan_pangan', 'sosialisasi_pilkada', 'nrp_pelapor', 'catatan', 'diubah_pada'],
  },
  kejadian: { kunci: ['id'], kolom: ['id', 'tanggal', 'desa_kode', 'kategori', 'tingkat', 'status', 'tanggal_selesai', 'uraian', 'diubah_pada'] },
}

/** The columns an audit row shows: all but the technical timestamp. */
export const KOLOM_AUDIT: Record<Tabel, string[]> = Object.fromEntries(Object.entries(KOLOM).map(([t, k]) => [t, k.kolom.filter((c) => c !== 'diubah_pada')])) as Record<Tabel, string[]>

/** The table's row as stored, column by column, for the log and for undo checks. */
export function barisLengkap(tabel: Tabel, b: Baris, waktu?: string): Baris {
  const hasil: Baris = {}
  for (const k of KOLOM[tabel].kolom) hasil[k] = k === 'diubah_pada' && waktu ? waktu : (b[k] ?? null)
  return hasil
}

export const kunciTabel = (tabel: Tabel) => KOLOM[tabel].kunci

/**
 * Writes full rows: an upsert of every column, or a delete by key. Used to
 * apply an import and, with the logged "before" rows, to undo it. Returns the
 * row as now stored (null when deleted). `waktu` stamps diubah_pada.
 */
export function tulisBaris(s: Database.Database) {
  const siap = new Map<Tabel, { upsert: Database.Statement; hapus: Database.Statement; sisip: Database.Statement }>()
  const pernyataan = (tabel: Tabel) => {
    let p = siap.get(tabel)
    if (!p) {
      const { kunci, kolom } = KOLOM[tabel]
      const ubah = kolom.filter((k) => !kunci.includes(k))
      const tanpaId = kolom.filter((k) => k !== 'id')
      p = {
        upsert: s.prepare(`INSERT INTO ${tabel} (${kolom.join(', ')}) VALUES (${kolom.map(() => '?').join(', ')}) ON CONFLICT (${kunci.join(', ')}) DO UPDATE SET ${ubah.map((k) => `${k} = excluded.${k}`).join(', ')}`),
        hapus: s.prepare(`DELETE FROM ${tabel} WHERE ${kunci.map((k) => `${k} = ?`).join(' AND ')}`),
        // desa_binaan rows new to the database get their id from SQLite.
        sisip: s.prepare(`INSERT INTO ${tabel} (${tanpaId.join(', ')}) VALUES (${tanpaId.map(() => '?').join(', ')})`),
      }
      siap.set(tabel, p)
    }
    return p
  }
  return (p: Pick<PerubahanBaris, 'tabel' | 'kunci' | 'sesudah'>, waktu: string | null): Baris | null => {
    const st = pernyataan(p.tabel)
    if (!p.sesudah) {
      st.hapus.run(...p.kunci)
      return null
    }
    const baris = barisLengkap(p.tabel, p.sesudah, waktu ?? undefined)
    if (p.tabel === 'desa_binaan' && baris['id'] === null) {
      baris['id'] = Number(st.sisip.run(baris['nrp'], baris['desa_kode'], baris['mulai'], baris['selesai']).lastInsertRowid)
      return baris
    }
    st.upsert.run(...KOLOM[p.tabel].kolom.map((k) => baris[k]))
    return baris
  }
}
