// [A9] Seeding all Kemendagri desa of Indonesia (Mode Polda needs it) through the
// app's own seeding code against raw better-sqlite3 prepared inserts in one
// transaction, same PRAGMAs, same run. Goal: ratio ≤ 1.5x.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { terapkanPragma } from '../../electron/services/db/koneksi'
import { jalankanMigrasi } from '../../electron/services/db/migrasi'
import type { SkemaDb } from '../../electron/services/db/tabel'
import { dataWilayah, isiWilayah } from '../../electron/services/wilayah'
import { banding, simpanHasil } from './alat'

const w = await dataWilayah()
console.log(`Data idn-area-data: ${w.kabupaten.length} kabupaten/kota, ${w.kecamatan.length} kecamatan, ${w.desa.length} desa`)

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'binmas-bench-'))
let n = 0
let sqlite: Database.Database

/** A fresh, migrated database file with the app's PRAGMAs for every iteration. */
function basisdataBaru() {
  sqlite?.open && sqlite.close()
  sqlite = new Database(path.join(tmp, `b${n++}.sqlite`))
  terapkanPragma(sqlite)
  jalankanMigrasi(sqlite)
}

const hasil = await banding({
  nama: `Isi seluruh wilayah Indonesia (${w.desa.length.toLocaleString('id-ID')} desa)`,
  target: 1.5,
  dasar: {
    nama: 'better-sqlite3 prepared insert, 1 transaksi',
    sebelum: basisdataBaru,
    fn: () => {
      const kab = sqlite.prepare('INSERT INTO kabupaten (kode, nama) VALUES (?, ?)')
      const kec = sqlite.prepare('INSERT INTO kecamatan (kode, nama, kabupaten_kode, polsek_id) VALUES (?, ?, ?, NULL)')
      const desa = sqlite.prepare("INSERT INTO desa (kode, nama, kecamatan_kode, asal) VALUES (?, ?, ?, 'kemendagri')")
      sqlite.transaction(() => {
        for (const k of w.kabupaten) kab.run(k.kode, k.nama)
        for (const k of w.kecamatan) kec.run(k.kode, k.nama, k.kabupatenKode)
        for (const d of w.desa) desa.run(d.kode, d.nama, d.kecamatanKode)
      })()
    },
  },
  uji: {
    nama: 'Binmas Desk isiWilayah (Kysely, 1 transaksi)',
    sebelum: basisdataBaru,
    fn: async () => {
      const db = new Kysely<SkemaDb>({ dialect: new SqliteDialect({ database: sqlite }) })
      await db.transaction().execute((trx) => isiWilayah(trx, w))
      const { n: jumlah } = sqlite.prepare('SELECT count(*) n FROM desa').get() as { n: number }
      if (jumlah !== w.desa.length) throw new Error(`jumlah desa ${jumlah} ≠ ${w.desa.length}`)
    },
  },
})
sqlite!.close()
fs.rmSync(tmp, { recursive: true, force: true })
simpanHasil('wilayah-nasional.json', [hasil])
