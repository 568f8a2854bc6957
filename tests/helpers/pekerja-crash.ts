// Child-process worker for the crash test [G2]:
//   node --import tsx tests/helpers/pekerja-crash.ts <folder> <fase> <benih>
// Opens the real backend on <folder> (demo data already loaded by the parent)
// and repeats one phase's operation (grid save, exchange import, IKDK
// recompute, backup, Polsek template import, boundary save, Anev archive)
// until it is killed. Before an operation
// starts it prints `MULAI <id>`, after it committed `SELESAI <id> [detail]`.
// On Linux, writes to a pipe are synchronous: a printed line is in the pipe
// before the next statement runs, so the parent sees exactly what happened.
import fs from 'node:fs'
import path from 'node:path'
import * as XLSX from 'xlsx'
import { buatDispatch } from '../../electron/api'
import { Aplikasi } from '../../electron/services/aplikasi'
import { acakBerbenih } from '../../electron/services/contoh/acak'
import { perbaruiIkdk } from '../../electron/services/ikdk/hitung'
import { type PortPlatform, platformTanpaCetak } from '../../electron/services/platform'
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
/** ISO week of 2024 the template phase fills, file after file, for one Polsek. */
export const MINGGU_TEMPLAT = 41
/** Anev period the archive phase prints and files, report after report. */
export const PERIODE_ARSIP = '2024-09'
export const FASE = ['simpan', 'impor', 'hitung', 'cadangan', 'templat', 'batas', 'arsip'] as const
export type Fase = (typeof FASE)[number]

export const mingguSimpan = (awal: number, id: number) => 1 + ((awal + id) % MINGGU_SIMPAN)
export const penandaSimpan = (id: number) => `crash-simpan-${id}`
export const penandaImpor = (id: number) => `crash-impor-${id}`
/** Template phase: the file name (its audit key) and every row's note. */
export const penandaTemplat = (id: number) => `crash-templat-${id}`
/** Boundary phase: the file name, stored as batas_desa.sumber and in each audit row. */
export const penandaBatas = (id: number) => `crash-batas-${id}.geojson`
/** Archive phase: the report's number, stored in laporan_anev.nomor and its audit row. */
export const penandaArsip = (id: number) => `B/crash-arsip-${id}/IX/BIN.1.2./2024`

/**
 * The smallest one-page PDF. The archive phase is about the database write
 * after printing, so the worker's platform returns these bytes instead of
 * starting Chromium (which a SIGKILL would leave running).
 */
const PDF_TETAP = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type /Catalog /Pages 2 0 R>>endobj\n2 0 obj<</Type /Pages /Kids [3 0 R] /Count 1>>endobj\n3 0 obj<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
)
const platformPdfTetap: PortPlatform = { ...platformTanpaCetak, cetakPdf: async () => new Uint8Array(PDF_TETAP) }

/** Fills every desa row of a downloaded template: kk_dikunjungi = id, catatan = the marker. */
function isiTemplat(templat: Buffer, id: number): Buffer {
  const wb = XLSX.read(templat, { type: 'buffer', cellStyles: true })
  const ws = wb.Sheets['InputMingguan']!
  const r = XLSX.utils.decode_range(ws['!ref']!)
  const kolom = new Map<string, number>()
  for (let c = r.s.c; c <= r.e.c; c++) kolom.set(String(ws[XLSX.utils.encode_cell({ r: 0, c })]?.v), c)
  for (let baris = 1; baris <= r.e.r; baris++) {
    if (ws[XLSX.utils.encode_cell({ r: baris, c: kolom.get('kode_desa')! })]?.v == null) continue
    ws[XLSX.utils.encode_cell({ r: baris, c: kolom.get('kk_dikunjungi')! })] = { t: 'n', v: id }
    ws[XLSX.utils.encode_cell({ r: baris, c: kolom.get('catatan')! })] = { t: 's', v: penandaTemplat(id) }
  }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}

const tulis = (baris: string) => process.stdout.write(baris + '\n')

async function utama(): Promise<void> {
  const [folder, fase, benihTeks] = process.argv.slice(2) as [string, Fase, string]
  if (!folder || !FASE.includes(fase)) throw new Error('pemakaian: pekerja-crash.ts <folder> <fase> <benih>')
  const acak = acakBerbenih(Number(benihTeks) || 1)
  const app = Aplikasi.buka({ folderData: folder, platform: fase === 'arsip' ? platformPdfTetap : platformTanpaCetak, versiAplikasi: '0.0.0-uji', hariIni: HARI_CRASH })
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
  // Template phase: the Polsek with the most active desa, its template downloaded once.
  const polsekId =
    fase === 'templat'
      ? (sqlite.prepare('SELECT k.polsek_id FROM desa d JOIN kecamatan k ON k.kode = d.kecamatan_kode WHERE d.aktif = 1 GROUP BY k.polsek_id ORDER BY count(*) DESC, k.polsek_id LIMIT 1').pluck().get() as number)
      : 0
  const templat = fase === 'templat' ? Buffer.from((await panggil('templat:unduh', { polsekId: [polsekId], tahun: 2024, minggu: MINGGU_TEMPLAT })).berkas[0]!.berkasBase64, 'base64') : null
  // Boundary phase: a square for every active desa, keyed by its code, in a grid over TTU.
  const batas = (id: number) =>
    JSON.stringify({
      type: 'FeatureCollection',
      features: desa.map((kode, i) => {
        const [x, y] = [124 + (i % 40) * 0.02, -9.8 + Math.floor(i / 40) * 0.02 + id * 1e-5]
        return { type: 'Feature', properties: { KDEPUM: kode }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.02, y], [x + 0.02, y + 0.02], [x, y + 0.02], [x, y]]] } }
      }),
    })
  const anev = fase === 'arsip' ? await panggil('anev:siapkan', { periode: PERIODE_ARSIP }) : null
  tulis(`SIAP ${fase} awal=${awal} polsek=${polsekId}`)

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
    } else if (fase === 'templat') {
      // A filled Polsek template of the same week, each file overwriting the last: preview, then apply.
      const p = await panggil('templat:pratinjau', { namaBerkas: penandaTemplat(id), berkasBase64: b64(isiTemplat(templat!, id)), tahun: 2024, minggu: MINGGU_TEMPLAT })
      if (!p.bisaDiterapkan) throw new Error(`pratinjau templat: ${JSON.stringify(p.kesalahan[0])}`)
      const r = await panggil('templat:terapkan', { token: p.token })
      detail = `berubah=${r.berubah + r.baru}`
    } else if (fase === 'batas') {
      // Boundaries of every active desa from one GeoJSON, replacing the last file's: preview, then save.
      const p = await panggil('peta:batas-pratinjau', { namaBerkas: penandaBatas(id), berkasBase64: b64(Buffer.from(batas(id))) })
      if (p.cocok.length !== desa.length) throw new Error(`pratinjau batas: ${p.cocok.length} cocok dari ${desa.length}`)
      const r = await panggil('peta:batas-simpan', { token: p.token })
      detail = `tersimpan=${r.tersimpan}`
    } else if (fase === 'arsip') {
      // A Laporan Anev printed and filed in the archive with its frozen data.
      const r = await panggil('anev:cetak', { periode: PERIODE_ARSIP, narasi: anev!.narasiUsulan, pengesahan: { ...anev!.pengesahanBawaan, nama: 'I KETUT SUTA, S.H.', pangkat: 'AKP', nrp: '78090123', nomor: penandaArsip(id) }, grafik: {} })
      detail = `arsip=${r.id}`
    } else {
      const info = await app.cadangkan('manual')
      if (!info) throw new Error('cadangan gagal')
      detail = info.nama
    }
    if (fase === 'simpan' || fase === 'impor' || fase === 'templat') {
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
