import type Database from 'better-sqlite3'

/** One schema step. `naik` runs inside the runner's transaction; never commit inside it. */
export interface Migrasi {
  versi: number
  nama: string
  naik: (sqlite: Database.Database) => void
}
