import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { GalatAplikasi } from '../../../shared/galat'
import { galatVersiLebihBaru, jalankanMigrasi, versiSkema } from './migrasi'
import { VERSI_SKEMA_TERBARU } from './migrations'
import type { SkemaDb } from './tabel'

export interface Basisdata {
  berkas: string
  sqlite: Database.Database
  db: Kysely<SkemaDb>
  tutup: () => Promise<void>
}

export interface OpsiBuka {
  /** Path of a better_sqlite3.node built for another ABI (the Electron build). */
  nativeBinding?: string
  /** Where to put a copy of an existing database before migrating it (a file path). */
  cadanganSebelumMigrasi?: (versiLama: number) => string
}

/** Connection settings every database handle of the app uses (benchmarks too). */
export function terapkanPragma(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL')
  // Office PCs are switched off at the wall: a saved cell must survive it.
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
}

/**
 * Looks at an existing file read-only before anything may write to it: a
 * database from a newer app version, or a file that is not a database, must be
 * left byte-for-byte as it was.
 */
function periksaSebelumBuka(berkas: string, opsi: OpsiBuka): void {
  if (!fs.existsSync(berkas)) return
  let ro: Database.Database | undefined
  try {
    ro = new Database(berkas, { readonly: true, fileMustExist: true, nativeBinding: opsi.nativeBinding })
    const versi = versiSkema(ro)
    if (versi > VERSI_SKEMA_TERBARU) throw galatVersiLebihBaru(versi)
    if (versi > 0 && versi < VERSI_SKEMA_TERBARU && opsi.cadanganSebelumMigrasi) {
      // A consistent copy (WAL included) before any migration touches the file.
      const tujuan = opsi.cadanganSebelumMigrasi(versi)
      fs.mkdirSync(path.dirname(tujuan), { recursive: true })
      ro.prepare('VACUUM INTO ?').run(tujuan)
    }
  } catch (e) {
    if (e instanceof GalatAplikasi) throw e
    // SQLite's own text is English; log it for support, show the user Indonesian only.
    console.error('[binmas] basis data tidak terbaca:', (e as Error).message)
    throw new GalatAplikasi('DB_RUSAK', `Berkas basis data ${berkas} rusak atau bukan basis data Binmas Desk. Berkas tidak diubah; pulihkan dari cadangan terakhir.`)
  } finally {
    ro?.close()
  }
}

export function bukaBasisdata(berkas: string, opsi: OpsiBuka = {}): Basisdata {
  periksaSebelumBuka(berkas, opsi)
  const sqlite = new Database(berkas, { nativeBinding: opsi.nativeBinding })
  try {
    terapkanPragma(sqlite)
    jalankanMigrasi(sqlite)
  } catch (e) {
    sqlite.close()
    throw e
  }
  const db = new Kysely<SkemaDb>({ dialect: new SqliteDialect({ database: sqlite }) })
  return {
    berkas,
    sqlite,
    db,
    tutup: async () => {
      await db.destroy()
      if (sqlite.open) sqlite.close()
    },
  }
}
