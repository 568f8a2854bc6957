import type Database from 'better-sqlite3'

/**
 * Runs `fn` in a synchronous better-sqlite3 transaction, but only when no
 * other (Kysely, async) transaction is open on the connection: otherwise
 * better-sqlite3 would nest it as a SAVEPOINT inside someone else's work, and a
 * later rollback there would undo a save the user was told is stored. Once
 * started, nothing else can run until it commits (JS is single-threaded).
 */
export async function transaksiSinkron<T>(sqlite: Database.Database, fn: () => T): Promise<T> {
  await tungguTanpaTransaksi(sqlite)
  return sqlite.transaction(fn)()
}

/** Resolves once no transaction is open; call it right before synchronous work that opens one. */
export async function tungguTanpaTransaksi(sqlite: Database.Database): Promise<void> {
  while (sqlite.inTransaction) await new Promise((r) => setImmediate(r))
}
