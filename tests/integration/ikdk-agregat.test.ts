import path from 'node:path'
import Database from 'better-sqlite3'
import fc from 'fast-check'
import { Kysely, SqliteDialect } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { terapkanPragma, type Basisdata } from '../../electron/services/db/koneksi'
import { jalankanMigrasi } from '../../electron/services/db/migrasi'
import type { SkemaDb } from '../../electron/services/db/tabel'
import { hitungPenuhDiMemori, perbaruiIkdk } from '../../electron/services/ikdk/hitung'
import { muatDataBulan, muatRingkasanBulan } from '../../electron/services/ikdk/masukan'
import { skemaBawaan } from '../../electron/services/ikdk/skema'
import { dataWilayah, isiWilayah } from '../../electron/services/wilayah'
import {
  KATEGORI_KEJADIAN,
  KOLOM_MINGGUAN,
  TINGKAT_KEJADIAN,
  hitungIkdk,
  hitungIkdkRingkas,
  ringkasDariBaris,
  ukuranSkema,
  validasiSkema,
  type HasilDesaBulan,
  type KolomMingguan,
  type Skema,
} from '../../shared/ikdk'
import { bulanMinggu, jumlahMingguSelesaiDalamBulan, mingguDalamBulan, tambahHariTanggal, type Minggu } from '../../shared/iso-week'
import { folderSementara } from '../helpers/folder'

/**
 * [C9] The bulk IKDK recompute no longer reads weekly rows: SQLite sums them
 * per desa-month (electron/services/ikdk/masukan.ts) and the engine reads the
 * sums. These properties check that path against the engine fed with the rows
 * themselves, on random data with blanks, zeros, all-blank rows, 5-week months,
 * weeks whose Monday is in the previous month or year (a week belongs to the
 * month of its Thursday), and running months counting only finished weeks.
 */

// Weeks around two boundaries: 2020 has 53 ISO weeks (week 53 is December 2020,
// week 1 of 2021 starts on 4 January); September–November 2024 (October has 5 weeks,
// week 40 starts on 30 September).
const JENDELA: Minggu[] = [
  ...[49, 50, 51, 52, 53].map((minggu) => ({ tahun: 2020, minggu })),
  ...[1, 2, 3, 4, 5, 6].map((minggu) => ({ tahun: 2021, minggu })),
  ...Array.from({ length: 11 }, (_, i) => ({ tahun: 2024, minggu: 35 + i })),
]
const BULAN = [...new Set(JENDELA.map((m) => bulanMinggu(m.tahun, m.minggu)))]

/** A scheme using every weekly aggregation on other fields, to exercise measures the default scheme never asks for. */
function skemaLain(): Skema {
  const dasar = skemaBawaan()
  const berkas = {
    ...dasar,
    id: 'uji-agregat',
    versi: 1,
    nama: 'Skema uji agregat',
    dimensi: [
      ...dasar.dimensi,
      {
        id: 'D6',
        nama: 'Uji',
        bobot: 12,
        indikator: [
          { id: 'I6.1', nama: 'Tiga kolom', bobot: 2, agregasi: 'jumlah_mingguan_diskalakan', parameter: { kolom: ['info_deteksi_dini', 'sosialisasi_pilkada', 'penyuluhan'] }, arah: 'naik', batasBawah: 0, batasAtas: 9, satuan: 'kali' },
          { id: 'I6.2', nama: 'Rasio lain', bobot: 1, agregasi: 'rasio_jumlah_mingguan', parameter: { pembilang: 'info_deteksi_dini', penyebut: 'kk_dikunjungi' }, arah: 'naik', batasBawah: 0, batasAtas: 1, satuan: 'rasio' },
          { id: 'I6.3', nama: 'Rata lain', bobot: 1, agregasi: 'rata_mingguan', parameter: { kolom: 'sosialisasi_pilkada' }, arah: 'turun', batasBawah: 0, batasAtas: 3, satuan: 'kali' },
          { id: 'I6.4', nama: 'Rata per KK', bobot: 1, agregasi: 'rata_rasio_mingguan_master', parameter: { kolom: 'kk_dikunjungi', master: 'jumlah_kk', jikaMasterNol: 'na' }, arah: 'naik', batasBawah: 0, batasAtas: 0.2, satuan: 'rasio' },
          { id: 'I6.5', nama: 'Per penduduk', bobot: 1, agregasi: 'jumlah_mingguan_diskalakan_per_master', parameter: { kolom: ['pertemuan_3pilar'], master: 'penduduk' }, arah: 'naik', batasBawah: 0, batasAtas: 0.01, satuan: 'per orang' },
        ],
      },
    ],
  }
  const h = validasiSkema(berkas)
  if (!h.ok) throw new Error(h.galat.join('\n'))
  return h.skema
}

// ------------------------------------------------------------------ generators

/** Blank a third of the time, zero often: blank ≠ 0 is the point. */
const nilaiArb = (maks: number) => fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 3, arbitrary: fc.constant(0) }, { weight: 4, arbitrary: fc.integer({ min: 1, max: maks }) })
const masterArb = (maks: number) => fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(0) }, { weight: 5, arbitrary: fc.integer({ min: 1, max: maks }) })

type Baris = Minggu & Record<KolomMingguan, number | null> & { catatan: string | null }

const barisArb = (m: Minggu): fc.Arbitrary<Baris> =>
  fc
    .tuple(fc.record(Object.fromEntries(KOLOM_MINGGUAN.map((k) => [k, nilaiArb(k === 'ronda_malam' ? 7 : 12)])) as Record<KolomMingguan, fc.Arbitrary<number | null>>), fc.boolean(), fc.boolean())
    .map(([isi, kosong, catatan]) => {
      // Some rows hold only a note: stored, but not a reported week.
      const nilai = kosong ? (Object.fromEntries(KOLOM_MINGGUAN.map((k) => [k, null])) as Record<KolomMingguan, null>) : isi
      // The table's own rules: selesai ≤ ditangani, pos aktif within total (checked below).
      if (nilai.masalah_selesai !== null && nilai.masalah_ditangani !== null && nilai.masalah_selesai > nilai.masalah_ditangani) nilai.masalah_selesai = nilai.masalah_ditangani
      return { ...m, ...nilai, catatan: kosong || catatan ? 'catatan saja' : null }
    })

const desaArb = fc.record({
  penduduk: masterArb(5000),
  jumlah_kk: masterArb(1200),
  pos_kamling_total: masterArb(8),
  laporan: fc.subarray(JENDELA).chain((ms) => (ms.length ? fc.tuple(...ms.map(barisArb)) : fc.constant([] as Baris[]))),
  kejadian: fc.array(
    fc.record({
      bulan: fc.constantFrom(...BULAN),
      hari: fc.integer({ min: 1, max: 28 }),
      kategori: fc.constantFrom(...KATEGORI_KEJADIAN),
      tingkat: fc.constantFrom(...TINGKAT_KEJADIAN),
      selesaiSetelah: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    }),
    { maxLength: 4 },
  ),
})

// ------------------------------------------------------------------ database

const tmp = folderSementara()
let sqlite: Database.Database
let bd: Basisdata
let kodeDesa: string[] = []
const SKEMA_LAIN = skemaLain()

beforeAll(async () => {
  sqlite = new Database(path.join(tmp.folder, 'agregat.sqlite'))
  terapkanPragma(sqlite)
  jalankanMigrasi(sqlite)
  const db = new Kysely<SkemaDb>({ dialect: new SqliteDialect({ database: sqlite }) })
  const w = await dataWilayah()
  const kecamatan = w.kecamatan.filter((k) => k.kode === '53.03.01')
  await db.transaction().execute((trx) =>
    isiWilayah(trx, { kabupaten: w.kabupaten.filter((k) => k.kode === '53.03'), kecamatan, desa: w.desa.filter((d) => d.kode.startsWith('53.03.01.')).slice(0, 4) }),
  )
  kodeDesa = (sqlite.prepare('SELECT kode FROM desa ORDER BY kode').pluck().all() as string[]).slice(0, 4)
  bd = { berkas: '', sqlite, db, tutup: async () => {} } as Basisdata
})
afterAll(async () => {
  await bd.db.destroy()
  tmp.hapus()
})

type DataDesa = typeof desaArb extends fc.Arbitrary<infer T> ? T : never

function tulis(data: DataDesa[]): void {
  sqlite.transaction(() => {
    sqlite.exec('DELETE FROM laporan_mingguan; DELETE FROM kejadian; DELETE FROM hasil_ikdk; DELETE FROM ikdk_kotor')
    const master = sqlite.prepare('UPDATE desa SET penduduk = ?, jumlah_kk = ?, pos_kamling_total = ? WHERE kode = ?')
    const lap = sqlite.prepare(`INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, ${KOLOM_MINGGUAN.join(', ')}, catatan, diubah_pada) VALUES (?, ?, ?, ${KOLOM_MINGGUAN.map(() => '?').join(', ')}, ?, 'x')`)
    const kej = sqlite.prepare("INSERT INTO kejadian (id, tanggal, desa_kode, kategori, tingkat, status, tanggal_selesai, uraian, diubah_pada) VALUES (?, ?, ?, ?, ?, ?, ?, '', 'x')")
    data.forEach((d, i) => {
      const kode = kodeDesa[i]!
      master.run(d.penduduk, d.jumlah_kk, d.pos_kamling_total, kode)
      for (const b of d.laporan) lap.run(kode, b.tahun, b.minggu, ...KOLOM_MINGGUAN.map((k) => b[k]), b.catatan)
      d.kejadian.forEach((k, j) => {
        const tanggal = `${k.bulan}-${String(k.hari).padStart(2, '0')}`
        kej.run(`${kode}-${j}`, tanggal, kode, k.kategori, k.tingkat, k.selesaiSetelah === null ? 'terbuka' : 'selesai', k.selesaiSetelah === null ? null : tambahHariTanggal(tanggal, k.selesaiSetelah))
      })
    })
  })()
}

/** The weekly means' per-week list exists only when the rows are at hand; everything else must match. */
function tanpaPerMinggu(h: HasilDesaBulan): unknown {
  const salin = JSON.parse(JSON.stringify(h)) as { dimensi: { indikator: { rincian: Record<string, unknown> | null }[] }[] }
  for (const d of salin.dimensi) for (const i of d.indikator) if (i.rincian) delete i.rincian['nilaiPerMinggu']
  return salin
}

describe('[C9] agregasi SQL per desa-bulan sama persis dengan mesin yang membaca baris mingguan', () => {
  it('[C9] ringkasan SQL = ringkasan dari baris, dan hasil IKDK (nilai, kategori, keyakinan, skor, rincian, penjelasan) identik, termasuk bulan berjalan', async () => {
    fc.assert(
      fc.property(fc.array(desaArb, { minLength: 4, maxLength: 4 }), fc.constantFrom(skemaBawaan(), SKEMA_LAIN), fc.integer({ min: 0, max: 5 }), (data, skema, selesai) => {
        tulis(data)
        const ukuran = ukuranSkema(skema)
        for (const bulan of BULAN) {
          for (const mingguSelesai of [undefined, Math.min(selesai, mingguDalamBulan(bulan).length)]) {
            const dihitung = mingguSelesai === undefined ? mingguDalamBulan(bulan) : mingguDalamBulan(bulan).slice(0, mingguSelesai)
            const sql = muatRingkasanBulan(bd, bulan, kodeDesa, ukuran, dihitung)
            const baris = muatDataBulan(bd, bulan, kodeDesa)
            expect([...sql.keys()].sort()).toEqual([...baris.keys()].sort())
            for (const [kode, r] of baris) {
              const s = sql.get(kode)!
              const kunciMinggu = new Set(dihitung.map((m) => `${m.tahun}-${m.minggu}`))
              const barisDihitung = r.laporan.filter((b) => kunciMinggu.has(`${b.tahun}-${b.minggu}`) && KOLOM_MINGGUAN.some((k) => b[k] !== null))
              expect(s.ringkasan).toEqual(ringkasDariBaris(ukuran, barisDihitung))
              expect(s.desa).toEqual(r.desa)
              expect(s.kejadian).toEqual(r.kejadian)
              const tambahan = mingguSelesai === undefined ? {} : { mingguSelesai }
              const dariBaris = hitungIkdk(skema, { bulan, desa: r.desa, laporan: r.laporan, kejadian: r.kejadian, ...tambahan })
              const dariSql = hitungIkdk(skema, { bulan, desa: s.desa, ringkasan: s.ringkasan, kejadian: s.kejadian, ...tambahan })
              expect(tanpaPerMinggu(dariSql)).toEqual(tanpaPerMinggu(dariBaris))
              const ringkas = hitungIkdkRingkas(skema, { bulan, desa: s.desa, ringkasan: s.ringkasan, kejadian: s.kejadian, ...tambahan })
              expect(ringkas.nilai).toBe(dariBaris.nilai)
              expect(ringkas.kategori).toBe(dariBaris.kategori)
              expect(ringkas.keyakinan).toBe(dariBaris.keyakinan)
              expect(ringkas.mingguDilaporkan).toBe(dariBaris.mingguDilaporkan)
              expect(ringkas.dimensi).toEqual(dariBaris.dimensi.map((d) => ({ id: d.id, skor: d.skor })))
            }
          }
        }
      }),
      { numRuns: 60 },
    )
  })

  it('[C9] perbaruiIkdk (jalur SQL) menyimpan nilai yang sama persis dengan hitung ulang penuh dari baris mingguan, dengan skema lain untuk sebagian bulan', () => {
    sqlite.exec(`INSERT INTO skema_ikdk (id, versi, nama, isi, diimpor_pada) VALUES ('uji-agregat', 1, 'Skema uji agregat', '${JSON.stringify(SKEMA_LAIN).replace(/'/g, "''")}', 'x')`)
    sqlite.exec("INSERT INTO skema_periode (bulan_mulai, skema_id, skema_versi) VALUES ('2024-10', 'uji-agregat', 1)")
    // Today inside the 5-week October 2024: weeks 40–41 finished, the month provisional.
    const HARI = '2024-10-16'
    expect(jumlahMingguSelesaiDalamBulan('2024-10', HARI)).toBe(2)
    fc.assert(
      fc.property(fc.array(desaArb, { minLength: 4, maxLength: 4 }), (data) => {
        tulis(data)
        perbaruiIkdk(bd, HARI)
        const penuh = hitungPenuhDiMemori(bd, HARI)
        const tersimpan = sqlite.prepare('SELECT * FROM hasil_ikdk').all() as Record<string, string | number | null>[]
        expect(tersimpan.length).toBe(penuh.size)
        for (const r of tersimpan) {
          const h = penuh.get(`${r['desa_kode']}|${r['bulan']}`)!
          expect([r['nilai'], r['kategori'], r['keyakinan'], r['sementara'], r['minggu_dihitung'], r['minggu_dilaporkan'], r['skema_id']]).toEqual([
            h.nilai,
            h.kategori,
            h.keyakinan,
            h.sementara ? 1 : 0,
            h.mingguDihitung,
            h.mingguDilaporkan,
            h.skema.id,
          ])
          expect(JSON.parse(r['dimensi'] as string)).toEqual(Object.fromEntries(h.dimensi.map((d) => [d.id, d.skor])))
        }
      }),
      { numRuns: 25 },
    )
  })
})
