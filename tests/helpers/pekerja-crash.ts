// Child-process worker for the crash test [G2]:
//   node --import tsx tests/helpers/pekerja-crash.ts <folder> <fase> <benih>
// Opens the real backend on <folder> (demo data already loaded by the parent)
// and repeats one phase's operation until it is killed. Before an operation
// starts it prints `MULAI <id>`, after it committed `SELESAI <id> [detail]`.
// On Linux, writes to a pipe are synchronous: a printed line is in the pipe
// before the next statement runs, so the parent sees exactly what happened.
import fs from 'node:fs'
import path from 'node:path'
import { buatDispatch } from '../../electron/api'
import { Aplikasi } from '../../electron/services/aplikasi'
import { acakBerbenih } from '../../electron/services/contoh/acak'
import { perbaruiIkdk } from '../../electron/services/ikdk/hitung'
import { platformTanpaCetak } from '../../electron/services/platform'
import type { Keluaran, Masukan, NamaKanal } from '../../shared/api'
import type { Hasil } from '../../shared/galat'
import { b64, bukuTangan, manifestTangan } from '../integration/pertukaran-alat'
import { ADMIN } from './aplikasi'

export const HARI_CRASH = '2024-10-16'
/** The month the import phase replaces, revision after revision. */
export const BULAN_IMPOR = '2024-06'
/** Sheets of the parent's export of BULAN_IMPOR, stored in the data folder as JSON. */
export const BERKAS_LEMBAR_IMPOR = 'crash-impor.json'
/** Weeks of 2024 the grid-save phase cycles through (existing demo weeks are overwritten). */
export const MINGGU_SIMPAN = 30
/** Penduduk marker of the recompute phase: every active desa gets PENDUDUK_DASAR + id. */
export const PENDUDUK_DASAR = 50_000
export const FASE = ['simpan', 'impor', 'hitung', 'cadangan'] as const
export type Fase = (typeof FASE)[number]

export const mingguSimpan = (awal: number, id: number) => 1 + ((awal + id) % MINGGU_SIMPAN)
export const penandaSimpan = (id: number) => `crash-simpan-${id}`
export const penandaImpor = (id: number) => `crash-impor-${id}`

const tulis = (baris: string) => process.stdout.write(baris + '\n')

async function utama(): Promise<void> {
  const [folder, fase, benihTeks] = process.argv.slice(2) as [string, Fase, string]
  if (!folder || !FASE.includes(fase)) throw new Error('pemakaian: pekerja-crash.ts <folder> <fase> <benih>')
  const acak = acakBerbenih(Number(benihTeks) || 1)
  const app = Aplikasi.buka({ folderData: folder, platform: platformTanpaCetak, versiAplikasi: '0.0.0-uji', hariIni: HARI_CRASH })
  const dispatch = buatDispatch(app)
  const panggil = async <K extends NamaKanal>(kanal: K, masukan: Masukan<K>): Promise<Keluaran<K>> => {
    const h = (await dispatch(kanal, masukan, ADMIN)) as Hasil<Keluaran<K>>
    if (!h.ok) throw new Error(`${kanal} gagal: ${JSON.stringify(h.galat)}`)
    return h.data
  }
  const sqlite = app.bd.sqlite
  const desa = (sqlite.prepare('SELECT kode FROM desa WHERE aktif = 1 ORDER BY kode').all() as { kode: string }[]).map((d) => d.kode)
  // The start-up backup first, so the loop's operations are the only ones in flight.
  await app.cadangkan('mulai')
  const awal = acak.bulat(0, MINGGU_SIMPAN - 1)
  tulis(`SIAP ${fase} awal=${awal}`)

  const lembar = fase === 'impor' ? (JSON.parse(fs.readFileSync(path.join(folder, BERKAS_LEMBAR_IMPOR), 'utf8')) as Record<string, unknown[][]>) : null

  for (let id = 1; ; id++) {
    tulis(`MULAI ${id}`)
    let detail = ''
    if (fase === 'simpan') {
      // A whole week for every desa, one transaction with its audit rows (the grid's paste).
      const minggu = mingguSimpan(awal, id)
      const sel = desa.flatMap((desaKode) => [
        { desaKode, kolom: 'kk_dikunjungi' as const, nilai: id },
        { desaKode, kolom: 'catatan' as const, nilai: penandaSimpan(id) },
      ])
      const h = await panggil('mingguan:simpan', { tahun: 2024, minggu, sel })
      if (h.ditolak.length) throw new Error(`sel ditolak: ${JSON.stringify(h.ditolak[0])}`)
      detail = `minggu=${minggu}`
    } else if (fase === 'impor') {
      // A higher revision of the same month, each row's note carrying the id: preview, then apply.
      const kolomLM = lembar!['LaporanMingguan']![0] as string[]
      const iCatatan = kolomLM.indexOf('catatan')
      const isi = bukuTangan({
        manifest: manifestTangan({ bulan_awal: BULAN_IMPOR, bulan_akhir: BULAN_IMPOR, revisi: id }),
        Desa: lembar!['Desa']!.slice(1),
        Personel: lembar!['Personel']!.slice(1),
        LaporanMingguan: lembar!['LaporanMingguan']!.slice(1).map((r) => kolomLM.map((_, i) => (i === iCatatan ? penandaImpor(id) : (r[i] ?? null)))),
        Kejadian: lembar!['Kejadian']!.slice(1),
      })
      const p = await panggil('pertukaran:pratinjau', { namaBerkas: `BINMAS_53.03_${BULAN_IMPOR}_${BULAN_IMPOR}_r${id}.xlsx`, berkasBase64: b64(isi) })
      if (p.kesalahan.length) throw new Error(`pratinjau: ${JSON.stringify(p.kesalahan[0])}`)
      const r = await panggil('pertukaran:terapkan', { token: p.token, konfirmasiGanti: false })
      detail = `impor=${r.imporId}`
    } else if (fase === 'hitung') {
      // Master data of every desa changes (triggers mark all their months dirty) and IKDK is
      // recomputed, in one transaction: either both are stored or neither.
      sqlite.transaction(() => {
        sqlite.prepare('UPDATE desa SET penduduk = ? WHERE aktif = 1').run(PENDUDUK_DASAR + id)
        perbaruiIkdk(app.bd, HARI_CRASH)
      })()
    } else {
      const info = await app.cadangkan('manual')
      if (!info) throw new Error('cadangan gagal')
      detail = info.nama
    }
    if (fase === 'simpan' || fase === 'impor') {
      // As in the app: dispatch scheduled the IKDK recompute of the desa-months this change
      // marked dirty (its own transaction, right after). The operation ends when it has run.
      await new Promise((r) => setImmediate(r))
      if (sqlite.prepare('SELECT count(*) FROM ikdk_kotor').pluck().get() !== 0) throw new Error('hitung ulang IKDK belum berjalan')
    }
    // Test hook: die-after-commit window (the crash lands after COMMIT, before anyone heard of it).
    const jedaSesudah = Number(process.env.BINMAS_CRASH_JEDA_SESUDAH ?? 0)
    if (jedaSesudah > 0) await new Promise((r) => setTimeout(r, jedaSesudah))
    tulis(`SELESAI ${id}${detail ? ' ' + detail : ''}`)
  }
}

// Runs only as the child's entry point; the test imports the constants above.
if (process.argv[1] && path.basename(process.argv[1]) === 'pekerja-crash.ts') {
  utama().catch((e) => {
    process.stdout.write(`GAGAL ${e instanceof Error ? e.stack : String(e)}\n`)
    process.exit(1)
  })
}
