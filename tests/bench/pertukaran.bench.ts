// [F7] Importing a Polres year (400 desa × 52 weeks + incidents) through the
// app — pratinjau then terapkan through the real dispatch — against a raw
// SheetJS read of the same file in the same run. Goal ≤ 1.5x. A second
// comparison also waits for the IKDK recompute the import schedules. A third
// (Mode Polda) consolidates the quarter files of the 22 Polres of NTT at once.
import type Database from 'better-sqlite3'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as XLSX from 'xlsx'
import { buatDispatch } from '../../electron/api'
import { Aplikasi } from '../../electron/services/aplikasi'
import { platformTanpaCetak } from '../../electron/services/platform'
import { dataWilayah } from '../../electron/services/wilayah'
import type { Keluaran, Masukan, NamaKanal } from '../../shared/api'
import type { Hasil } from '../../shared/galat'
import { KATEGORI_KEJADIAN, TINGKAT_KEJADIAN } from '../../shared/ikdk/fields'
import { banding, simpanHasil } from './alat'

const HARI_INI = '2025-01-15'
const ADMIN = { pengguna: 'admin', peran: 'admin' } as const
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'binmas-bench-pertukaran-'))

function buka(folder: string) {
  const app = Aplikasi.buka({ folderData: folder, platform: platformTanpaCetak, versiAplikasi: 'bench', hariIni: HARI_INI })
  const dispatch = buatDispatch(app)
  const panggil = async <K extends NamaKanal>(kanal: K, m: Masukan<K>): Promise<Keluaran<K>> => {
    const h = (await dispatch(kanal, m, ADMIN)) as Hasil<Keluaran<K>>
    if (!h.ok) throw new Error(`${kanal}: ${JSON.stringify(h.galat).slice(0, 500)}`)
    return h.data
  }
  return { app, panggil }
}

/** A Polres of about 400 desa: kabupaten of NTT taken in code order until 400 desa. */
const w = await dataWilayah()
const kabupaten: string[] = []
let jumlahDesa = 0
for (const k of w.kabupaten.filter((x) => x.provinsiKode === '53').sort((a, b) => a.kode.localeCompare(b.kode))) {
  if (jumlahDesa >= 400) break
  kabupaten.push(k.kode)
  jumlahDesa += w.desa.filter((d) => d.kecamatanKode.startsWith(`${k.kode}.`)).length
}
const kecamatan = w.kecamatan.filter((k) => kabupaten.includes(k.kabupatenKode))
const setup = {
  provinsiKode: '53',
  kabupatenKode: kabupaten,
  satkerNama: 'POLRES UJI BENCH',
  satkerKode: kabupaten[0]!,
  zonaWaktu: 'WITA' as const,
  kasat: { nama: 'I KETUT SUTA, S.H.', pangkat: 'AKP' as const, nrp: '78090123' },
  polsek: kecamatan.map((k) => ({ nama: `POLSEK ${k.nama.toUpperCase()}`, kecamatanKode: [k.kode] })),
}

// The target: set up once, copied fresh for every measured import.
const templat = path.join(tmp, 'templat')
{
  const t = buka(templat)
  await t.panggil('setup:simpan', setup)
  await t.app.tutup()
}

// The source: the same Polres with a full year of data.
const sumber = buka(path.join(tmp, 'sumber'))
await sumber.panggil('setup:simpan', setup)
const s = sumber.app.bd.sqlite
let benih = 20250115
const acak = () => ((benih = (benih * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
const bulat = (a: number, b: number) => a + Math.floor(acak() * (b - a + 1))
/**
 * Random population figures for every desa, and one Bhabinkamtibmas per two
 * desa (holding both); the random draws run in the same order as always, so
 * the data stay the same for the seed.
 */
function isiDesaDanBhabin(q: Database.Database, kodeDesa: string[], idPolsek: number[], nrpKe: (j: number) => string, namaKe: (j: number, nrp: string) => string) {
  const ubah = q.prepare('UPDATE desa SET penduduk = ?, jumlah_kk = ?, pos_kamling_total = ?, fkpm_aktif = ? WHERE kode = ?')
  for (const d of kodeDesa) {
    const p = bulat(600, 4000)
    ubah.run(p, Math.floor(p / 4), bulat(1, 6), bulat(0, 1), d)
  }
  const orang = q.prepare("INSERT INTO personel (nrp, nama, pangkat, jabatan, polsek_id, kontak, aktif) VALUES (?, ?, 'BRIPKA', 'Bhabinkamtibmas', ?, NULL, 1)")
  const binaan = q.prepare("INSERT INTO desa_binaan (nrp, desa_kode, mulai, selesai) VALUES (?, ?, '2023-01-02', NULL)")
  for (let j = 0; j < kodeDesa.length; j += 2) {
    const nrp = nrpKe(j)
    orang.run(nrp, namaKe(j, nrp), idPolsek[j % idPolsek.length]!)
    binaan.run(nrp, kodeDesa[j]!)
    if (kodeDesa[j + 1]) binaan.run(nrp, kodeDesa[j + 1]!)
  }
}
const desa = (s.prepare('SELECT kode FROM desa ORDER BY kode LIMIT 400').all() as { kode: string }[]).map((d) => d.kode)
const polsek = (s.prepare('SELECT id FROM polsek').all() as { id: number }[]).map((p) => p.id)
s.transaction(() => {
  isiDesaDanBhabin(s, desa, polsek, (i) => String(80010000 + i), (i) => `BHABIN ${i}`)
  const lap = s.prepare(`INSERT INTO laporan_mingguan VALUES (?, 2024, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '2025-01-01T00:00:00Z')`)
  for (const d of desa) {
    for (let m = 1; m <= 52; m++) {
      const t = bulat(0, 2)
      lap.run(d, m, bulat(5, 40), bulat(0, 3), t, bulat(0, t), bulat(0, 3), 1, bulat(0, 7), bulat(0, 1), bulat(0, 1), bulat(0, 2), bulat(0, 1), String(80010000 + (desa.indexOf(d) & ~1)), m % 9 === 0 ? 'ronda bersama warga' : null)
    }
  }
  const kej = s.prepare('INSERT INTO kejadian VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  let n = 0
  for (const d of desa) {
    for (let i = 0; i < 5; i++) {
      const tgl = `2024-${String(bulat(1, 12)).padStart(2, '0')}-${String(bulat(1, 28)).padStart(2, '0')}`
      const selesai = acak() < 0.5
      kej.run(`00000000-0000-4000-8000-${String(n++).padStart(12, '0')}`, tgl, d, KATEGORI_KEJADIAN[bulat(0, 11)]!, TINGKAT_KEJADIAN[bulat(0, 2)]!, selesai ? 'selesai' : 'terbuka', selesai ? tgl : null, 'Uraian kejadian untuk uji', '2025-01-01T00:00:00Z')
    }
  }
})()
let t = performance.now()
const ekspor = await sumber.panggil('pertukaran:ekspor', { bulanAwal: '2024-01', bulanAkhir: '2024-12' })
const ms = performance.now() - t
const berkas = Buffer.from(ekspor.berkasBase64, 'base64')
console.log(`Berkas ${ekspor.namaBerkas}: ${(berkas.length / 1024 / 1024).toFixed(2)} MB, baris ${JSON.stringify(ekspor.baris)}; ekspor ${ms.toFixed(0)} ms (termasuk hitung IKDK setahun)`)
await sumber.app.tutup()

let n = 0
let target: ReturnType<typeof buka> | undefined
const sasaranBaru = async () => {
  await target?.app.tutup()
  const folder = path.join(tmp, `t${n++}`)
  fs.mkdirSync(folder)
  fs.copyFileSync(path.join(templat, 'binmas.sqlite'), path.join(folder, 'binmas.sqlite'))
  target = buka(folder)
}
let rincian = { pratinjau: 0, terapkan: 0, ikdk: 0 }
/** The import as the user waits for it; with `ikdk`, also until the scheduled IKDK recompute is done. */
const impor = (ikdk: boolean) => async () => {
  const t0 = performance.now()
  const p = await target!.panggil('pertukaran:pratinjau', { namaBerkas: ekspor.namaBerkas, berkasBase64: ekspor.berkasBase64 })
  const t1 = performance.now()
  if (!p.bisaDiterapkan) throw new Error(p.kesalahan.slice(0, 3).map((k) => k.pesan).join('\n'))
  const selesaiIkdk = new Promise<void>((ok) => {
    const lepas = target!.app.dengar((e) => {
      if (e.jenis === 'data-berubah' && e.tabel === 'hasil_ikdk') {
        lepas()
        ok()
      }
    })
  })
  const r = await target!.panggil('pertukaran:terapkan', { token: p.token })
  const t2 = performance.now()
  const baru = r.sheet.find((h) => h.sheet === 'LaporanMingguan')!.baru
  if (baru !== desa.length * 52) throw new Error(`baris baru ${baru}`)
  if (ikdk) await selesaiIkdk
  rincian = { pratinjau: t1 - t0, terapkan: t2 - t1, ikdk: performance.now() - t2 }
}
const dasar = { nama: 'SheetJS XLSX.read berkas yang sama', fn: () => XLSX.read(berkas, { type: 'buffer' }) }
const judul = `Impor setahun Polres (${desa.length} desa × 52 minggu + ${desa.length * 5} kejadian, ${(berkas.length / 1024 / 1024).toFixed(1)} MB)`
// BINMAS_BENCH_PERTUKARAN=polda runs only the Mode Polda consolidation below.
const hanyaPolda = process.env.BINMAS_BENCH_PERTUKARAN === 'polda'
const hasilPolres: Awaited<ReturnType<typeof banding>>[] = []
if (!hanyaPolda) {
const hasil = await banding({ nama: judul, target: 1.5, dasar, uji: { nama: 'Binmas Desk pratinjau + terapkan', sebelum: sasaranBaru, fn: impor(false) } })
console.log(`  rincian (iterasi terakhir): pratinjau ${rincian.pratinjau.toFixed(0)} ms, terapkan ${rincian.terapkan.toFixed(0)} ms`)
const denganIkdk = await banding({ nama: `${judul}, sampai IKDK selesai dihitung ulang`, target: 1.5, dasar, uji: { nama: 'Binmas Desk pratinjau + terapkan + hitung ulang IKDK', sebelum: sasaranBaru, fn: impor(true) } })
console.log(`  rincian (iterasi terakhir): pratinjau ${rincian.pratinjau.toFixed(0)} ms, terapkan ${rincian.terapkan.toFixed(0)} ms, IKDK sesudahnya ${rincian.ikdk.toFixed(0)} ms`)
hasilPolres.push(hasil, { ...denganIkdk, catatan: 'termasuk hitung ulang IKDK terjadwal sesudah terapkan' })
}
await target?.app.tutup()

// [F7] Mode Polda: consolidating the quarter files (July–September 2024) of the 22 Polres of NTT —
// every desa of the province — in one `polda:impor-banyak` call on a fresh Polda database,
// against a raw SheetJS read of the same 22 files in the same run.
const polda = await konsolidasi22()
fs.rmSync(tmp, { recursive: true, force: true })
simpanHasil(hanyaPolda ? 'pertukaran-polda.json' : 'pertukaran.json', [...hasilPolres, { ...polda, catatan: '22 berkas Polres NTT, Juli–September 2024, satu panggilan polda:impor-banyak' }])

async function konsolidasi22() {
  const kabNtt = w.kabupaten.filter((x) => x.provinsiKode === '53').sort((a, b) => a.kode.localeCompare(b.kode))
  const berkas22: { namaBerkas: string; berkasBase64: string }[] = []
  let barisLaporan = 0
  for (const [i, kab] of kabNtt.entries()) {
    const folder = path.join(tmp, `polres-${kab.kode}`)
    const p = buka(folder)
    await p.panggil('setup:simpan', {
      provinsiKode: '53',
      kabupatenKode: [kab.kode],
      satkerNama: `POLRES ${kab.nama.toUpperCase()}`,
      satkerKode: kab.kode,
      zonaWaktu: 'WITA',
      kasat: { nama: 'I KETUT SUTA, S.H.', pangkat: 'AKP', nrp: '78090123' },
      polsek: w.kecamatan.filter((k) => k.kabupatenKode === kab.kode).map((k) => ({ nama: `POLSEK ${k.nama.toUpperCase()}`, kecamatanKode: [k.kode] })),
    })
    const q = p.app.bd.sqlite
    const desaP = (q.prepare('SELECT kode FROM desa ORDER BY kode').all() as { kode: string }[]).map((d) => d.kode)
    const polsekP = (q.prepare('SELECT id FROM polsek').all() as { id: number }[]).map((x) => x.id)
    q.transaction(() => {
      isiDesaDanBhabin(q, desaP, polsekP, (j) => String(80000000 + i * 10000 + j), (_, nrp) => `BHABIN ${nrp}`)
      const lap = q.prepare(`INSERT INTO laporan_mingguan VALUES (?, 2024, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, '2024-10-01T00:00:00Z')`)
      // ISO weeks 27–39 of 2024: the Thursdays of July, August and September.
      for (const d of desaP) {
        for (let m = 27; m <= 39; m++) {
          const t = bulat(0, 2)
          lap.run(d, m, bulat(5, 40), bulat(0, 3), t, bulat(0, t), bulat(0, 3), 1, bulat(0, 7), bulat(0, 1), bulat(0, 1), bulat(0, 2), bulat(0, 1))
          barisLaporan++
        }
      }
      const kej = q.prepare("INSERT INTO kejadian VALUES (?, ?, ?, ?, ?, 'terbuka', NULL, 'Uraian kejadian untuk uji', '2024-10-01T00:00:00Z')")
      for (const [j, d] of desaP.entries()) {
        kej.run(`00000000-0000-4000-8${String(i).padStart(3, '0')}-${String(j).padStart(12, '0')}`, `2024-0${bulat(7, 9)}-${String(bulat(1, 28)).padStart(2, '0')}`, d, KATEGORI_KEJADIAN[bulat(0, 11)]!, TINGKAT_KEJADIAN[bulat(0, 2)]!)
      }
    })()
    const e = await p.panggil('pertukaran:ekspor', { bulanAwal: '2024-07', bulanAkhir: '2024-09' })
    berkas22.push({ namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 })
    await p.app.tutup()
  }
  const buffer22 = berkas22.map((b) => Buffer.from(b.berkasBase64, 'base64'))
  const mb = buffer22.reduce((a, b) => a + b.length, 0) / 1024 / 1024
  console.log(`22 berkas Polres NTT: ${barisLaporan} baris mingguan, ${mb.toFixed(1)} MB`)

  const templatPolda = path.join(tmp, 'templat-polda')
  {
    const t = buka(templatPolda)
    await t.panggil('setup:simpan', { provinsiKode: '53', kabupatenKode: ['53.01'], satkerNama: 'POLDA NUSA TENGGARA TIMUR', satkerKode: '53', zonaWaktu: 'WITA', kasat: { nama: 'KOMBES POL YUDHA', pangkat: 'KOMBES POL', nrp: '70010001' }, polsek: [] })
    await t.app.tutup()
  }
  let sasaran: ReturnType<typeof buka> | undefined
  let nomor = 0
  const poldaBaru = async () => {
    await sasaran?.app.tutup()
    const folder = path.join(tmp, `polda-${nomor++}`)
    fs.mkdirSync(folder)
    fs.copyFileSync(path.join(templatPolda, 'binmas.sqlite'), path.join(folder, 'binmas.sqlite'))
    sasaran = buka(folder)
  }
  const h = await banding({
    nama: `[F7] Konsolidasi 22 berkas Polres (Polda NTT, 3.442 desa, ${barisLaporan} baris mingguan Juli–September, ${mb.toFixed(1)} MB)`,
    target: 1.5,
    iterasi: 3,
    dasar: { nama: 'SheetJS XLSX.read 22 berkas yang sama', fn: () => buffer22.map((b) => XLSX.read(b, { type: 'buffer' })) },
    uji: {
      nama: 'Binmas Desk polda:impor-banyak (22 berkas)',
      sebelum: poldaBaru,
      fn: async () => {
        const r = await sasaran!.panggil('polda:impor-banyak', { berkas: berkas22 })
        const gagal = r.hasil.filter((x) => x.status !== 'diterapkan')
        if (gagal.length) throw new Error(`${gagal.length} berkas tidak diterapkan: ${gagal[0]!.pesan}`)
        const n = (sasaran!.app.bd.sqlite.prepare('SELECT count(*) n FROM laporan_mingguan').get() as { n: number }).n
        if (n !== barisLaporan) throw new Error(`baris mingguan ${n}, harus ${barisLaporan}`)
      },
    },
  })
  await sasaran?.app.tutup()
  return h
}
