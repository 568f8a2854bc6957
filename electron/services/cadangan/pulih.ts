import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { GalatAplikasi } from '../../../shared/galat'
import { versiSkema } from '../db/migrasi'
import { VERSI_SKEMA_TERBARU } from '../db/migrations'
import { dekripsi, terenkripsi } from './sandi'

export interface IsiCadangan {
  versiSkema: number
  satker: string | null
  jumlahDesa: number
  jumlahLaporan: number
  jumlahKejadian: number
}

/**
 * Checks a candidate database file before it may replace the live one:
 * SQLite's integrity_check, a schema this app knows, and Binmas Desk tables.
 */
export function periksaBerkasDb(berkas: string): IsiCadangan {
  let db: Database.Database | undefined
  try {
    db = new Database(berkas, { readonly: true, fileMustExist: true })
    const cek = db.pragma('integrity_check', { simple: true })
    if (cek !== 'ok') throw new GalatAplikasi('FILE_TIDAK_VALID', 'Berkas cadangan rusak (pemeriksaan integritas SQLite gagal); pilih cadangan lain.')
    const versi = versiSkema(db)
    if (versi > VERSI_SKEMA_TERBARU) throw new GalatAplikasi('DB_VERSI_LEBIH_BARU', `Cadangan ini dibuat oleh Binmas Desk yang lebih baru (skema ${versi}); perbarui aplikasi dulu.`)
    const tabel = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name))
    if (!tabel.has('satker') || !tabel.has('desa')) throw new GalatAplikasi('FILE_TIDAK_VALID', 'Berkas ini bukan cadangan Binmas Desk.')
    const hitung = (t: string) => (tabel.has(t) ? (db!.prepare(`SELECT count(*) n FROM ${t}`).get() as { n: number }).n : 0)
    const satker = db.prepare('SELECT nama FROM satker').get() as { nama: string } | undefined
    return { versiSkema: versi, satker: satker?.nama ?? null, jumlahDesa: hitung('desa'), jumlahLaporan: hitung('laporan_mingguan'), jumlahKejadian: hitung('kejadian') }
  } catch (e) {
    if (e instanceof GalatAplikasi) throw e
    throw new GalatAplikasi('FILE_TIDAK_VALID', 'Berkas ini bukan basis data Binmas Desk atau sudah rusak.')
  } finally {
    db?.close()
  }
}

/** Writes uploaded backup bytes (decrypting them if needed) to a temp file and checks it. */
export function siapkanBerkasUnggahan(isi: Buffer, sandi: string | undefined): { berkas: string; info: IsiCadangan; hapus: () => void } {
  let data = isi
  if (terenkripsi(isi)) {
    if (!sandi) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Cadangan ini dilindungi kata sandi.', [{ lokasi: 'sandi', pesan: 'Isi kata sandi cadangan' }])
    data = dekripsi(isi, sandi)
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'binmas-pulih-'))
  const berkas = path.join(folder, 'cadangan.sqlite')
  fs.writeFileSync(berkas, data)
  const hapus = () => fs.rmSync(folder, { recursive: true, force: true })
  try {
    return { berkas, info: periksaBerkasDb(berkas), hapus }
  } catch (e) {
    hapus()
    throw e
  }
}
