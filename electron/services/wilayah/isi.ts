import type { Kysely, Transaction } from 'kysely'
import type { SkemaDb } from '../db/tabel'
import type { DataWilayah } from './sumber'

// 200 rows per INSERT measured fastest (tests/bench/wilayah-nasional.bench.ts): fewer
// statements than single rows, and smaller statements to prepare than 500–2000 rows.
const UKURAN_POTONGAN = 200

async function sisipkanBertahap<T>(baris: T[], sisipkan: (potongan: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < baris.length; i += UKURAN_POTONGAN) await sisipkan(baris.slice(i, i + UKURAN_POTONGAN))
}

/**
 * Seeds kabupaten, kecamatan and desa with their Kemendagri codes. Multi-row
 * inserts keep a whole country (84k desa) within a few seconds; the caller owns
 * the transaction.
 */
export async function isiWilayah(
  trx: Transaction<SkemaDb> | Kysely<SkemaDb>,
  w: Pick<DataWilayah, 'kabupaten' | 'kecamatan' | 'desa'>,
  polsekKecamatan: ReadonlyMap<string, number> = new Map(),
): Promise<void> {
  await sisipkanBertahap(w.kabupaten, (p) => trx.insertInto('kabupaten').values(p.map((k) => ({ kode: k.kode, nama: k.nama }))).execute())
  await sisipkanBertahap(w.kecamatan, (p) =>
    trx
      .insertInto('kecamatan')
      .values(p.map((k) => ({ kode: k.kode, nama: k.nama, kabupaten_kode: k.kabupatenKode, polsek_id: polsekKecamatan.get(k.kode) ?? null })))
      .execute(),
  )
  await sisipkanBertahap(w.desa, (p) =>
    trx
      .insertInto('desa')
      .values(p.map((d) => ({ kode: d.kode, nama: d.nama, kecamatan_kode: d.kecamatanKode, asal: 'kemendagri' as const })))
      .execute(),
  )
}

/** The subset of the reference data under the given kabupaten codes. */
export function potongWilayah(w: DataWilayah, kabupatenKode: readonly string[]): Pick<DataWilayah, 'kabupaten' | 'kecamatan' | 'desa'> {
  const kab = new Set(kabupatenKode)
  const kecamatan = w.kecamatan.filter((k) => kab.has(k.kabupatenKode))
  const kec = new Set(kecamatan.map((k) => k.kode))
  return {
    kabupaten: w.kabupaten.filter((k) => kab.has(k.kode)),
    kecamatan,
    desa: w.desa.filter((d) => kec.has(d.kecamatanKode)),
  }
}
