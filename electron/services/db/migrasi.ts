import type Database from 'better-sqlite3'
import { GalatAplikasi } from '../../../shared/galat'
import { type Migrasi, MIGRASI, VERSI_SKEMA_TERBARU } from './migrations'

export function versiSkema(sqlite: Database.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number
}

export function galatVersiLebihBaru(versi: number, terbaru = VERSI_SKEMA_TERBARU): GalatAplikasi {
  return new GalatAplikasi(
    'DB_VERSI_LEBIH_BARU',
    `Basis data ini dibuat oleh Binmas Desk versi yang lebih baru (skema ${versi}, aplikasi ini mengenal sampai skema ${terbaru}). ` +
      'Perbarui aplikasi Binmas Desk. Berkas basis data tidak diubah sama sekali.',
  )
}

/**
 * Applies pending migrations, each in its own transaction together with its
 * row in `migrasi` and the new user_version, so a power cut leaves either the
 * old or the new schema. Returns the versions applied.
 */
export function jalankanMigrasi(sqlite: Database.Database, daftar: readonly Migrasi[] = MIGRASI): number[] {
  const terbaru = daftar.length ? daftar[daftar.length - 1]!.versi : 0
  const sekarang = versiSkema(sqlite)
  if (sekarang > terbaru) throw galatVersiLebihBaru(sekarang, terbaru)
  const diterapkan: number[] = []
  for (const m of daftar) {
    if (m.versi <= sekarang) continue
    sqlite.transaction(() => {
      sqlite.exec(
        'CREATE TABLE IF NOT EXISTS migrasi (versi INTEGER PRIMARY KEY, nama TEXT NOT NULL, diterapkan_pada TEXT NOT NULL) STRICT',
      )
      m.naik(sqlite)
      sqlite.prepare('INSERT INTO migrasi (versi, nama, diterapkan_pada) VALUES (?, ?, ?)').run(m.versi, m.nama, new Date().toISOString())
      sqlite.pragma(`user_version = ${m.versi}`)
    })()
    diterapkan.push(m.versi)
  }
  return diterapkan
}
