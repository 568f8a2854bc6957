import type Database from 'better-sqlite3'

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * A prepared statement, prepared once per connection. For hot write paths
 * (grid saves, imports) where building a query per call would dominate;
 * everything else goes through Kysely. With `mentah`, rows come back as arrays
 * (better-sqlite3's raw mode), cached apart from the object form so one caller
 * never changes what another gets back.
 */
export function pernyataan(sqlite: Database.Database, sql: string, opsi: { mentah?: boolean } = {}): Database.Statement {
  let peta = cache.get(sqlite)
  if (!peta) cache.set(sqlite, (peta = new Map()))
  const kunci = opsi.mentah ? `mentah\u0000${sql}` : sql
  let st = peta.get(kunci)
  if (!st) {
    st = sqlite.prepare(sql)
    if (opsi.mentah) st.raw(true)
    peta.set(kunci, st)
  }
  return st
}
