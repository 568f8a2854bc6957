// [B8] Saving weekly data through the API (dispatch: zod validation, per-cell and
// per-row rules, the audit row) against raw better-sqlite3 prepared inserts of the same
// rows into the same table in one transaction, same PRAGMAs, same run. Goals: full
// week ≤ 2x, one cell ≤ 2x.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { buatDispatch } from '../../electron/api'
import { Aplikasi } from '../../electron/services/aplikasi'
import { terapkanPragma } from '../../electron/services/db/koneksi'
import { platformTanpaCetak } from '../../electron/services/platform'
import { dataWilayah } from '../../electron/services/wilayah'
import { KOLOM_MINGGUAN } from '../../shared/mingguan'
import { bandingSelang, simpanHasil } from './alat'

const SESI = { pengguna: 'admin', peran: 'admin' as const }
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'binmas-bench-mingguan-'))
const app = Aplikasi.buka({ folderData: tmp, platform: platformTanpaCetak, versiAplikasi: 'bench', hariIni: '2024-10-20', ikdkOtomatis: false })
const dispatch = buatDispatch(app)
const w = await dataWilayah()
const kabupaten = ['53.03', '53.02']
const kecamatan = w.kecamatan.filter((k) => kabupaten.includes(k.kabupatenKode))
const siap = await dispatch(
  'setup:simpan',
  {
    provinsiKode: '53',
    kabupatenKode: kabupaten,
    satkerNama: 'POLRES UJI KINERJA',
    satkerKode: '53.03',
    zonaWaktu: 'WITA',
    kasat: { nama: 'UJI KINERJA', pangkat: 'AKP', nrp: '12345678' },
    polsek: kecamatan.map((k) => ({ nama: `POLSEK ${k.nama}`, kecamatanKode: [k.kode] })),
  },
  SESI,
)
if (!siap.ok) throw new Error(JSON.stringify(siap.galat))
// The first change of a session starts the periodic backup (at most every 30 minutes) in the
// background; let it finish so it does not run inside the timed saves.
await app.cadangkan('berkala')
const desa = (app.bd.sqlite.prepare('SELECT kode FROM desa ORDER BY kode LIMIT 400').all() as { kode: string }[]).map((d) => d.kode)
console.log(`${desa.length} desa, ${KOLOM_MINGGUAN.length} kolom per desa`)

// Baselines: raw prepared INSERTs of the same 400 rows, one transaction, same PRAGMAs.
// The criterion's baseline goes into the app's own `laporan_mingguan` (same database file,
// connection and schema: its foreign key, week index and IKDK dirty-mark trigger), in weeks
// of other years than the API's; a bare copy of the table in a file of its own (no foreign
// key, no week index, no trigger) is measured too, to show what the schema itself costs.
const mentah = new Database(path.join(tmp, 'mentah.sqlite'))
terapkanPragma(mentah)
mentah.exec((app.bd.sqlite.prepare("SELECT sql FROM sqlite_schema WHERE name = 'laporan_mingguan'").get() as { sql: string }).sql.replace(/REFERENCES desa \(kode\)/, ''))
const sqlSisip = `INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, ${KOLOM_MINGGUAN.join(', ')}, diubah_pada) VALUES (?, ?, ?, ${KOLOM_MINGGUAN.map(() => '?').join(', ')}, ?)`
const sisipMentah = mentah.prepare(sqlSisip)
const sisipApp = app.bd.sqlite.prepare(sqlSisip)

// Valid values by construction: selesai (k=3) never above ditangani (k=2), ronda (k=6) at most 7.
const nilai = (i: number, k: number): number => (k === 3 ? Math.floor(nilai(i, 2) / 2) : k === 6 ? (i + k) % 8 : (i * 7 + k) % 9)
// Both sides get their values ready-made (only the week changes between iterations): the
// timings are of the save, not of building the request.
const isiMentah = desa.map((_, i) => KOLOM_MINGGUAN.map((__, k) => nilai(i, k)))
const selPenuh = desa.flatMap((d, i) => KOLOM_MINGGUAN.map((kolom, k) => ({ desaKode: d, kolom, nilai: nilai(i, k) })))
const mingguBerikut = (n: number) => ({ tahun: 2000 + Math.floor(n / 52), minggu: (n % 52) + 1 })
let mingguApi = 0 // 2000, 2001, …
let mingguApp = 30 * 52 // 2030, … in the same table
let mingguMentah = 0

const sisipSeminggu = (db: Database.Database, st: Database.Statement, m: { tahun: number; minggu: number }) => {
  const t = new Date().toISOString()
  db.transaction(() => {
    desa.forEach((d, i) => st.run(d, m.tahun, m.minggu, ...(isiMentah[i] as number[]), t))
  })()
}
const simpanApi = async () => {
  const h = await dispatch('mingguan:simpan', { ...mingguBerikut(mingguApi++), sel: selPenuh }, SESI)
  if (!h.ok) throw new Error(JSON.stringify(h.galat))
}

const minggu = await bandingSelang({
  nama: `Simpan satu minggu penuh: ${desa.length} desa × ${KOLOM_MINGGUAN.length} kolom`,
  target: 2,
  putaran: 40,
  dasar: { nama: 'prepared insert ke laporan_mingguan aplikasi, 1 transaksi', fn: () => sisipSeminggu(app.bd.sqlite, sisipApp, mingguBerikut(mingguApp++)) },
  uji: { nama: 'dispatch mingguan:simpan (validasi + audit)', fn: simpanApi },
})

// Information: the same API save against the bare table, and the app's table against the
// bare table (what the foreign key, week index and dirty-mark trigger cost by themselves).
const polos = await bandingSelang({
  nama: `(informasi) Simpan satu minggu penuh terhadap tabel polos tanpa indeks minggu, kunci asing, dan trigger IKDK`,
  target: 2,
  putaran: 40,
  dasar: { nama: 'prepared insert ke tabel polos, 1 transaksi', fn: () => sisipSeminggu(mentah, sisipMentah, mingguBerikut(mingguMentah++)) },
  uji: { nama: 'dispatch mingguan:simpan (validasi + audit)', fn: simpanApi },
})
const skema = await bandingSelang({
  nama: '(informasi) Biaya skema: laporan_mingguan aplikasi terhadap tabel polos, baris yang sama',
  target: 2,
  putaran: 40,
  dasar: { nama: 'prepared insert ke tabel polos, 1 transaksi', fn: () => sisipSeminggu(mentah, sisipMentah, mingguBerikut(mingguMentah++)) },
  uji: { nama: 'prepared insert ke laporan_mingguan aplikasi', fn: () => sisipSeminggu(app.bd.sqlite, sisipApp, mingguBerikut(mingguApp++)) },
})

// One cell: an API call against a raw single-row commit (its own transaction) of the same
// row in the app's table, and (information) in the bare table.
const sqlUbah = 'UPDATE laporan_mingguan SET penyuluhan = ?, diubah_pada = ? WHERE desa_kode = ? AND tahun = 2000 AND minggu = 1'
const ubahApp = app.bd.sqlite.prepare(sqlUbah)
const ubahMentah = mentah.prepare(sqlUbah)
let n = 0
const ubahApi = async () => {
  const h = await dispatch('mingguan:simpan', { tahun: 2000, minggu: 1, sel: [{ desaKode: desa[0]!, kolom: 'penyuluhan', nilai: n++ % 5 }] }, SESI)
  if (!h.ok) throw new Error(JSON.stringify(h.galat))
}
const sel = await bandingSelang({
  nama: 'Ubah satu sel',
  target: 2,
  putaran: 300,
  dasar: { nama: 'UPDATE satu baris laporan_mingguan aplikasi, 1 commit', fn: () => void ubahApp.run(n++ % 5, new Date().toISOString(), desa[1]) },
  uji: { nama: 'dispatch mingguan:simpan satu sel (validasi + audit)', fn: ubahApi },
})
const selPolos = await bandingSelang({
  nama: '(informasi) Ubah satu sel terhadap tabel polos',
  target: 2,
  putaran: 300,
  dasar: { nama: 'UPDATE satu baris tabel polos, 1 commit', fn: () => void ubahMentah.run(n++ % 5, new Date().toISOString(), desa[0]) },
  uji: { nama: 'dispatch mingguan:simpan satu sel (validasi + audit)', fn: ubahApi },
})
mentah.close()
await app.tutup()
fs.rmSync(tmp, { recursive: true, force: true })
simpanHasil('mingguan-simpan.json', [minggu, polos, skema, sel, selPolos])
