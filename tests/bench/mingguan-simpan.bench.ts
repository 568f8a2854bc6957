// [B8] Saving weekly data through the API (dispatch: zod validation, per-cell and
// per-row rules, audit rows) against raw better-sqlite3 prepared inserts of the same
// rows in one transaction, same PRAGMAs, same run. Goals: full week ≤ 2x, one cell ≤ 2x.
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
import { banding, simpanHasil } from './alat'

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

// The raw baseline writes to its own file with the same PRAGMAs and schema.
const mentah = new Database(path.join(tmp, 'mentah.sqlite'))
terapkanPragma(mentah)
mentah.exec((app.bd.sqlite.prepare("SELECT sql FROM sqlite_schema WHERE name = 'laporan_mingguan'").get() as { sql: string }).sql.replace(/REFERENCES desa \(kode\)/, ''))
const sisip = mentah.prepare(`INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, ${KOLOM_MINGGUAN.join(', ')}, diubah_pada) VALUES (?, ?, ?, ${KOLOM_MINGGUAN.map(() => '?').join(', ')}, ?)`)

// Valid values by construction: selesai (k=3) never above ditangani (k=2), ronda (k=6) at most 7.
const nilai = (i: number, k: number): number => (k === 3 ? Math.floor(nilai(i, 2) / 2) : k === 6 ? (i + k) % 8 : (i * 7 + k) % 9)
// Both sides get their values ready-made (only the week changes between iterations): the
// timings are of the save, not of building the request.
const isiMentah = desa.map((_, i) => KOLOM_MINGGUAN.map((__, k) => nilai(i, k)))
const selPenuh = desa.flatMap((d, i) => KOLOM_MINGGUAN.map((kolom, k) => ({ desaKode: d, kolom, nilai: nilai(i, k) })))
let mingguApi = 0
let mingguMentah = 0
const mingguBerikut = (n: number) => ({ tahun: 2000 + Math.floor(n / 52), minggu: (n % 52) + 1 })

const minggu = await banding({
  nama: `Simpan satu minggu penuh: ${desa.length} desa × ${KOLOM_MINGGUAN.length} kolom`,
  target: 2,
  iterasi: 10,
  dasar: {
    nama: 'better-sqlite3 prepared insert, 1 transaksi',
    fn: () => {
      const m = mingguBerikut(mingguMentah++)
      const t = new Date().toISOString()
      mentah.transaction(() => {
        desa.forEach((d, i) => sisip.run(d, m.tahun, m.minggu, ...(isiMentah[i] as number[]), t))
      })()
    },
  },
  uji: {
    nama: 'dispatch mingguan:simpan (validasi + audit)',
    fn: async () => {
      const m = mingguBerikut(mingguApi++)
      const h = await dispatch('mingguan:simpan', { ...m, sel: selPenuh }, SESI)
      if (!h.ok) throw new Error(JSON.stringify(h.galat))
    },
  },
})

// Where the floor is: the same writes the API must make (weekly row through the
// app's schema — foreign key, week index, the IKDK dirty-mark trigger — plus one
// audit row per desa), as raw prepared statements in one transaction, on the
// app's own database. The API can only approach this, not the bare-table baseline.
const KOLOM_SEL = [...KOLOM_MINGGUAN, 'nrp_pelapor', 'catatan'] as const
const lantaiUpsert = app.bd.sqlite.prepare(
  `INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, ${KOLOM_SEL.join(', ')}, diubah_pada) VALUES (?, ?, ?, ${KOLOM_SEL.map(() => '?').join(', ')}, ?)
   ON CONFLICT (desa_kode, tahun, minggu) DO UPDATE SET ${KOLOM_SEL.map((c) => `${c} = excluded.${c}`).join(', ')}, diubah_pada = excluded.diubah_pada`,
)
const lantaiAudit = app.bd.sqlite.prepare('INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?, ?)')
let mingguLantai = 26 * 52 // weeks of other years than the API's
const lantai = await banding({
  nama: `Lantai SQL satu minggu penuh: ${desa.length} baris + ${desa.length} baris audit di skema aplikasi (informasi)`,
  target: 2,
  iterasi: 10,
  dasar: {
    nama: 'better-sqlite3 prepared insert, 1 transaksi',
    fn: () => {
      const m = mingguBerikut(mingguMentah++)
      const t = new Date().toISOString()
      mentah.transaction(() => {
        desa.forEach((d, i) => sisip.run(d, m.tahun, m.minggu, ...(isiMentah[i] as number[]), t))
      })()
    },
  },
  uji: {
    nama: 'prepared upsert + audit mentah, skema aplikasi',
    fn: () => {
      const m = mingguBerikut(mingguLantai++)
      const t = new Date().toISOString()
      app.bd.sqlite.transaction(() => {
        desa.forEach((d, i) => {
          const isi = isiMentah[i] as number[]
          lantaiUpsert.run(d, m.tahun, m.minggu, ...isi, null, null, t)
          lantaiAudit.run(t, 'admin', 'tambah', 'laporan_mingguan', `${d}|${m.tahun}|${m.minggu}`, null, JSON.stringify(Object.fromEntries(KOLOM_MINGGUAN.map((k, j) => [k, isi[j]]))))
        })
      })()
    },
  },
})

// One cell: an API call against a raw single-row commit (its own transaction).
const ubah = mentah.prepare('UPDATE laporan_mingguan SET penyuluhan = ?, diubah_pada = ? WHERE desa_kode = ? AND tahun = 2000 AND minggu = 1')
let n = 0
const sel = await banding({
  nama: 'Ubah satu sel',
  target: 2,
  iterasi: 300,
  dasar: { nama: 'better-sqlite3 UPDATE satu baris, 1 commit', fn: () => void ubah.run(n++ % 5, new Date().toISOString(), desa[0]) },
  uji: {
    nama: 'dispatch mingguan:simpan satu sel (validasi + audit)',
    fn: async () => {
      const h = await dispatch('mingguan:simpan', { tahun: 2000, minggu: 1, sel: [{ desaKode: desa[0]!, kolom: 'penyuluhan', nilai: n++ % 5 }] }, SESI)
      if (!h.ok) throw new Error(JSON.stringify(h.galat))
    },
  },
})
mentah.close()
await app.tutup()
fs.rmSync(tmp, { recursive: true, force: true })
simpanHasil('mingguan-simpan.json', [minggu, lantai, sel])
