// [C9] Computing and storing IKDK for a whole year against SQLite's own GROUP BY
// over the same weekly rows, in the same run. Polda: every desa of NTT (3,442) ×
// 52 weeks with incidents; goal ≤ 3x. National (BINMAS_BENCH_NASIONAL=1): all
// 83,762 desa × 52 weeks ≈ 4.4 M rows, streamed; goal ≤ 3x with peak RSS < 500 MB.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { terapkanPragma, type Basisdata } from '../../electron/services/db/koneksi'
import { jalankanMigrasi } from '../../electron/services/db/migrasi'
import { sqlBulanMinggu } from '../../electron/services/db/sql-minggu'
import type { SkemaDb } from '../../electron/services/db/tabel'
import { perbaruiIkdk } from '../../electron/services/ikdk/hitung'
import { acakBerbenih } from '../../electron/services/contoh/acak'
import { dataWilayah, isiWilayah } from '../../electron/services/wilayah'
import { KATEGORI_KEJADIAN, KOLOM_MINGGUAN, TINGKAT_KEJADIAN } from '../../shared/ikdk'
import { banding, simpanHasil, type HasilBanding } from './alat'

const nasional = process.env.BINMAS_BENCH_NASIONAL === '1'
const HARI_INI = '2025-01-15' // 2024 closed, January 2025 provisional
const w = await dataWilayah()
const wilayah = nasional
  ? w
  : { kabupaten: w.kabupaten.filter((k) => k.provinsiKode === '53'), kecamatan: w.kecamatan.filter((k) => k.kode.startsWith('53.')), desa: w.desa.filter((d) => d.kode.startsWith('53.')) }

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'binmas-bench-ikdk-'))
const sqlite = new Database(path.join(tmp, 'ikdk.sqlite'))
terapkanPragma(sqlite)
jalankanMigrasi(sqlite)
const db = new Kysely<SkemaDb>({ dialect: new SqliteDialect({ database: sqlite }) })
await db.transaction().execute((trx) => isiWilayah(trx, wilayah))

// Master data and a year of weekly reports (gaps and blanks), plus incidents, written raw.
const a = acakBerbenih(9)
let t0 = performance.now()
const master = sqlite.prepare('UPDATE desa SET penduduk = ?, jumlah_kk = ?, pos_kamling_total = ? WHERE kode = ?')
const lap = sqlite.prepare(`INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, ${KOLOM_MINGGUAN.join(', ')}, diubah_pada) VALUES (?, 2024, ?, ${KOLOM_MINGGUAN.map(() => '?').join(', ')}, 'x')`)
const kej = sqlite.prepare("INSERT INTO kejadian (id, tanggal, desa_kode, kategori, tingkat, status, tanggal_selesai, uraian, diubah_pada) VALUES (?, ?, ?, ?, ?, ?, ?, '', 'x')")
let baris = 0
let nKejadian = 0
sqlite.transaction(() => {
  for (const d of wilayah.desa) {
    const p = a.bulat(500, 5000)
    master.run(p, Math.round(p / 4), a.bulat(0, 6), d.kode)
    for (let m = 1; m <= 52; m++) {
      if (!a.peluang(0.8)) continue
      const ditangani = a.bulat(0, 2)
      const isi = (n: number) => (a.peluang(0.05) ? null : n)
      lap.run(d.kode, m, isi(a.bulat(5, 40)), isi(a.bulat(0, 3)), ditangani, a.bulat(0, ditangani), isi(a.bulat(0, 3)), null, isi(a.bulat(0, 7)), isi(a.bulat(0, 1)), isi(a.bulat(0, 1)), isi(a.bulat(0, 2)), isi(a.bulat(0, 1)))
      baris++
    }
    for (let i = a.bulat(0, 3); i > 0; i--) {
      const bulan = String(a.bulat(1, 12)).padStart(2, '0')
      const tanggal = `2024-${bulan}-${String(a.bulat(1, 28)).padStart(2, '0')}`
      kej.run(`${d.kode}-${i}`, tanggal, d.kode, a.pilih(KATEGORI_KEJADIAN), a.pilih(TINGKAT_KEJADIAN), 'terbuka', null)
      nKejadian++
    }
  }
})()
sqlite.exec('DELETE FROM ikdk_kotor')
console.log(`${wilayah.desa.length.toLocaleString('id-ID')} desa, ${baris.toLocaleString('id-ID')} baris mingguan, ${nKejadian.toLocaleString('id-ID')} kejadian (dibuat dalam ${((performance.now() - t0) / 1000).toFixed(1)} s)`)

const bd = { berkas: '', sqlite, db, tutup: async () => {} } as Basisdata
const groupBy = sqlite.prepare(
  `SELECT desa_kode, ${sqlBulanMinggu('tahun', 'minggu')} AS bulan, count(*) n, ${KOLOM_MINGGUAN.map((k) => `sum(${k})`).join(', ')} FROM laporan_mingguan GROUP BY 1, 2`,
)
const rssAwal = process.resourceUsage().maxRSS
const hasil: HasilBanding[] = []
const h = await banding({
  nama: `IKDK setahun untuk ${wilayah.desa.length.toLocaleString('id-ID')} desa (hitung + simpan, dari nol)`,
  target: 3,
  iterasi: nasional ? 1 : 3,
  dasar: {
    nama: 'SQLite GROUP BY desa × bulan atas baris yang sama',
    fn: () => {
      let n = 0
      for (const _ of groupBy.iterate()) n++
      if (n === 0) throw new Error('kosong')
    },
  },
  uji: {
    nama: 'perbaruiIkdk (semua desa-bulan)',
    sebelum: () => void sqlite.exec('DELETE FROM hasil_ikdk'),
    fn: () => {
      const n = perbaruiIkdk(bd, HARI_INI)
      if (n !== wilayah.desa.length * 13) throw new Error(`dihitung ${n}`)
    },
  },
})
const rssPuncak = process.resourceUsage().maxRSS / 1024
h.catatan = `puncak RSS proses ${rssPuncak.toFixed(0)} MB (sebelum hitung ${(rssAwal / 1024).toFixed(0)} MB)`
console.log(`  ${h.catatan}`)
hasil.push(h)
await db.destroy()
fs.rmSync(tmp, { recursive: true, force: true })
simpanHasil(nasional ? 'ikdk-nasional.json' : 'ikdk-polda.json', hasil)
