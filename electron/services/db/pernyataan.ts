import type Database from 'better-sqlite3'

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>()

/**
 * A prepared statement, prepared once per connection. For hot write paths
 * (grid saves, imports) where building a query per call would dominate;
 * everything else goes through Kysely.
 */
export function pernyataan(sqlite: Database.Database, sql: string): Database.Statement {
  let peta = cache.get(sqlite)
  if (!peta) cache.set(sqlite, (peta = new Map()))
  let st = peta.get(sql)
  if (!st) peta.set(sql, (st = sqlite.prepare(sql)))
  return st
}
