// [F4] Importing a filled Polsek template (read the xlsx with the zip caps, check every row with the
// exchange's rules, plan, backup, one transaction with audit) against typing the same values through
// `mingguan:simpan`, same database, same run. And making the templates of every Polsek with ExcelJS
// against writing the same cells with SheetJS (no styles, no protection, no validation).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as XLSX from 'xlsx'
import { buatDispatch } from '../../electron/api'
import { Aplikasi } from '../../electron/services/aplikasi'
import { platformTanpaCetak } from '../../electron/services/platform'
import { KOLOM_MINGGUAN, KOLOM_SEL_MINGGUAN } from '../../shared/mingguan'
import { setupTtu } from '../helpers/setup-ttu'
import { banding, simpanHasil } from './alat'

const SESI = { pengguna: 'admin', peran: 'admin' as const }
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'binmas-bench-templat-'))
const app = Aplikasi.buka({ folderData: tmp, platform: platformTanpaCetak, versiAplikasi: 'bench', hariIni: '2024-10-20', ikdkOtomatis: false })
const dispatch = buatDispatch(app)
async function panggil<T>(kanal: string, masukan: unknown): Promise<T> {
  const h = await dispatch(kanal as never, masukan as never, SESI)
  if (!h.ok) throw new Error(`${kanal}: ${JSON.stringify(h.galat)}`)
  return h.data as T
}
await panggil('setup:simpan', await setupTtu())
const s = app.bd.sqlite
const polsek = s.prepare('SELECT p.id, count(*) n FROM polsek p JOIN kecamatan k ON k.polsek_id = p.id JOIN desa d ON d.kecamatan_kode = k.kode GROUP BY p.id ORDER BY n DESC').all() as { id: number; n: number }[]
const besar = polsek[0]!
const desa = (s.prepare('SELECT d.kode FROM desa d JOIN kecamatan k ON k.kode = d.kecamatan_kode WHERE k.polsek_id = ? ORDER BY d.kode').all(besar.id) as { kode: string }[]).map((d) => d.kode)
console.log(`${polsek.length} Polsek; terbesar ${desa.length} desa × ${KOLOM_MINGGUAN.length} kolom`)

// Valid values: selesai (k=3) never above ditangani (k=2), ronda (k=6) at most 7, pos kamling (k=5) blank (no total).
const nilai = (i: number, k: number): number | null => (k === 5 ? null : k === 3 ? Math.floor(((i * 7 + 2) % 9) / 2) : k === 6 ? (i + k) % 8 : (i * 7 + k) % 9)
const [TAHUN, MINGGU] = [2024, 40]
const templat = await panggil<{ berkas: { berkasBase64: string }[] }>('templat:unduh', { polsekId: [besar.id], tahun: TAHUN, minggu: MINGGU })
const wb = XLSX.read(Buffer.from(templat.berkas[0]!.berkasBase64, 'base64'), { type: 'buffer' })
const ws = wb.Sheets['InputMingguan']!
desa.forEach((_, i) => KOLOM_MINGGUAN.forEach((_k, k) => nilai(i, k) !== null && (ws[XLSX.utils.encode_cell({ r: i + 1, c: 2 + k })] = { t: 'n', v: nilai(i, k)! })))
const terisi = (XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer).toString('base64')
const sel = desa.flatMap((kode, i) => KOLOM_MINGGUAN.flatMap((kolom, k) => (nilai(i, k) === null ? [] : [{ desaKode: kode, kolom, nilai: nilai(i, k) }])))
const kosongkan = () => void s.prepare('DELETE FROM laporan_mingguan WHERE tahun = ? AND minggu = ?').run(TAHUN, MINGGU)
const periksa = () => {
  const n = (s.prepare(`SELECT count(*) n FROM laporan_mingguan WHERE tahun = ? AND minggu = ? AND (${KOLOM_SEL_MINGGUAN.map((c) => `${c} IS NOT NULL`).join(' OR ')})`).get(TAHUN, MINGGU) as { n: number }).n
  if (n !== desa.length) throw new Error(`tersimpan ${n} baris, seharusnya ${desa.length}`)
}

const hasil = [
  await banding({
    nama: `[F4] Impor templat Polsek terisi (${desa.length} desa) vs mengetik nilai yang sama lewat mingguan:simpan`,
    target: 10,
    dasar: { nama: 'mingguan:simpan (seluruh sel)', sebelum: kosongkan, fn: async () => (await panggil('mingguan:simpan', { tahun: TAHUN, minggu: MINGGU, sel }), periksa()) },
    uji: {
      nama: 'templat:pratinjau + templat:terapkan (dengan cadangan)',
      sebelum: kosongkan,
      fn: async () => {
        const p = await panggil<{ token: string; bisaDiterapkan: boolean }>('templat:pratinjau', { namaBerkas: 'bench.xlsx', berkasBase64: terisi })
        if (!p.bisaDiterapkan) throw new Error('pratinjau berkesalahan')
        await panggil('templat:terapkan', { token: p.token })
        periksa()
      },
    },
  }),
  await banding({
    nama: `[F4] Templat semua Polsek (${polsek.length} berkas) dengan ExcelJS vs sel yang sama lewat SheetJS tanpa gaya/proteksi/validasi`,
    target: 10,
    dasar: {
      nama: 'SheetJS: sel yang sama, tanpa gaya',
      fn: () => {
        for (const p of polsek) {
          const rows = s.prepare('SELECT d.kode, d.nama FROM desa d JOIN kecamatan k ON k.kode = d.kecamatan_kode WHERE k.polsek_id = ? ORDER BY d.kode').all(p.id) as { kode: string; nama: string }[]
          const b = XLSX.utils.book_new()
          XLSX.utils.book_append_sheet(b, XLSX.utils.aoa_to_sheet([['kode_desa', 'nama_desa', ...KOLOM_SEL_MINGGUAN], ...rows.map((r) => [r.kode, r.nama])]), 'InputMingguan')
          XLSX.write(b, { type: 'buffer', bookType: 'xlsx' })
        }
      },
    },
    uji: { nama: 'templat:unduh semua Polsek (ExcelJS)', fn: () => panggil('templat:unduh', { polsekId: polsek.map((p) => p.id), tahun: TAHUN, minggu: MINGGU }) },
  }),
]
simpanHasil('templat.json', hasil)
await app.tutup()
fs.rmSync(tmp, { recursive: true, force: true })
