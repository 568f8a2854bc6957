import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FOLDER_CADANGAN } from '../../electron/services/cadangan/berkas'
import { acakBerbenih } from '../../electron/services/contoh/acak'
import type { Basisdata } from '../../electron/services/db/koneksi'
import { hitungPenuhDiMemori, perbaruiIkdk } from '../../electron/services/ikdk/hitung'
import { aplikasiUji } from '../helpers/aplikasi'
import { folderSementara } from '../helpers/folder'
import {
  BERKAS_LEMBAR_IMPOR,
  BULAN_IMPOR,
  type Fase,
  HARI_CRASH,
  mingguSimpan,
  PENDUDUK_DASAR,
  penandaImpor,
  penandaSimpan,
} from '../helpers/pekerja-crash'
import { nilaiSheet } from './pertukaran-alat'

/**
 * [G2] Crash safety: a worker process repeats one operation (grid save, import,
 * IKDK recompute, backup) on a copy of the demo database and is SIGKILLed at a
 * seeded moment. Afterwards the database passes integrity_check, every
 * operation reported finished is stored whole, and the operation in flight is
 * either stored whole or not at all — never in part.
 */

const BENIH = 20_241_016
/** 20 kills: 6 grid saves, 6 imports, 4 recomputes, 4 backups, interleaved. */
const RENCANA: Fase[] = ['simpan', 'impor', 'hitung', 'cadangan', 'simpan', 'impor', 'hitung', 'cadangan', 'simpan', 'impor', 'hitung', 'cadangan', 'simpan', 'impor', 'hitung', 'cadangan', 'simpan', 'impor', 'simpan', 'impor']
/** Kill after the k-th MULAI, k in [1, max]: the phases' operations take different times. */
const MULAI_MAKS: Record<Fase, number> = { simpan: 6, impor: 3, hitung: 3, cadangan: 6 }
/** Then a seeded delay in [0, max] ms, about one operation's length, so kills land all over it. */
const JEDA_MAKS_MS: Record<Fase, number> = { simpan: 40, impor: 1200, hitung: 400, cadangan: 40 }
const POLA_CADANGAN = /^binmas-\d{8}-\d{6}-([a-z]+)\.sqlite$/

type Hasil = 'ada' | 'tiada' | 'antara'
interface Jalan {
  baris: string[]
  mulai: number[]
  selesai: Map<number, string>
}

/** Runs the worker on a folder and SIGKILLs it `jeda` ms after its k-th MULAI line. */
function jalankanDanBunuh(folder: string, fase: Fase, benih: number, k: number, jeda: number, jedaSesudahMs = 0): Promise<Jalan> {
  const p = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests', 'helpers', 'pekerja-crash.ts'), folder, fase, String(benih)], {
    env: { ...process.env, BINMAS_DATA_DIR: folder, BINMAS_CRASH_JEDA_SESUDAH: String(jedaSesudahMs) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const baris: string[] = []
  let sisa = ''
  let galat = ''
  let nMulai = 0
  let dibunuh = false
  return new Promise((resolve, reject) => {
    const batas = setTimeout(() => {
      p.kill('SIGKILL')
      reject(new Error(`pekerja ${fase} tidak mencapai MULAI ke-${k}: ${baris.join(' | ')} ${galat}`))
    }, 60_000)
    p.stderr!.on('data', (d: Buffer) => (galat += d.toString()))
    p.stdout!.on('data', (d: Buffer) => {
      sisa += d.toString()
      const potong = sisa.split('\n')
      sisa = potong.pop()!
      for (const b of potong) {
        baris.push(b)
        if (b.startsWith('MULAI ') && ++nMulai === k && !dibunuh) {
          dibunuh = true
          setTimeout(() => p.kill('SIGKILL'), jeda)
        }
      }
    })
    p.once('close', (kode, sinyal) => {
      clearTimeout(batas)
      if (sisa) baris.push(sisa)
      if (sinyal !== 'SIGKILL') return reject(new Error(`pekerja ${fase} berhenti sendiri (${kode}): ${baris.join(' | ')} ${galat}`))
      const mulai = baris.filter((b) => b.startsWith('MULAI ')).map((b) => Number(b.split(' ')[1]))
      const selesai = new Map(
        baris
          .filter((b) => b.startsWith('SELESAI '))
          .map((b) => {
            const [, id, ...detail] = b.split(' ')
            return [Number(id), detail.join(' ')] as const
          }),
      )
      resolve({ baris, mulai, selesai })
    })
  })
}

const bukaBaca = (berkas: string) => new Database(berkas, { readonly: true, fileMustExist: true })
const integritas = (db: Database.Database) => (db.prepare('PRAGMA integrity_check').pluck().all() as string[]).join('; ')

describe('[G2] Ketahanan crash: proses dibunuh (SIGKILL) saat impor, simpan grid, hitung ulang, dan cadangan', () => {
  const templat = folderSementara('binmas-crash-templat-')
  const ronde: { folder: string; hapus: () => void }[] = []
  let nDesa = 0
  let bulanIkdk = 0
  /** LaporanMingguan keys (desa|tahun|minggu) of the import file. */
  let kunciImpor: string[] = []
  const tabel: { fase: Fase; k: number; jeda: number; mulai: number; selesai: number; hasil: Hasil }[] = []

  beforeAll(async () => {
    const A = aplikasiUji({ folder: templat.folder, hariIni: HARI_CRASH })
    await A.panggil('contoh:muat', {})
    perbaruiIkdk(A.app.bd, HARI_CRASH)
    const e = await A.panggil('pertukaran:ekspor', { bulanAwal: BULAN_IMPOR, bulanAkhir: BULAN_IMPOR })
    const isi = Buffer.from(e.berkasBase64, 'base64')
    const lembar = Object.fromEntries(['Desa', 'Personel', 'LaporanMingguan', 'Kejadian'].map((n) => [n, nilaiSheet(isi, n)]))
    fs.writeFileSync(path.join(templat.folder, BERKAS_LEMBAR_IMPOR), JSON.stringify(lembar))
    const kolom = lembar['LaporanMingguan']![0] as string[]
    const [iDesa, iTahun, iMinggu] = ['kode_desa', 'tahun', 'minggu'].map((n) => kolom.indexOf(n)) as [number, number, number]
    kunciImpor = lembar['LaporanMingguan']!.slice(1).map((r) => `${r[iDesa]}|${r[iTahun]}|${r[iMinggu]}`)
    nDesa = (A.app.bd.sqlite.prepare('SELECT count(*) FROM desa WHERE aktif = 1').pluck().get() as number)
    bulanIkdk = (A.app.bd.sqlite.prepare('SELECT count(DISTINCT bulan) FROM hasil_ikdk').pluck().get() as number)
    await A.tutup()
    expect(kunciImpor.length).toBeGreaterThan(100)
    expect(nDesa).toBeGreaterThan(100)
  })
  afterAll(() => {
    for (const r of ronde) r.hapus()
    templat.hapus()
  })

  /** Grid save: 2 cells per desa for one week, one audit row per desa, all in one transaction. */
  function periksaSimpan(db: Database.Database, j: Jalan, awal: number): Hasil {
    const minggu = (id: number) => mingguSimpan(awal, id)
    const nAudit = (id: number) => db.prepare("SELECT count(*) FROM audit WHERE tabel = 'laporan_mingguan' AND sesudah LIKE ?").pluck().get(`%"${penandaSimpan(id)}"%`) as number
    const baris = (id: number) =>
      db.prepare('SELECT count(*) n, sum(kk_dikunjungi = ?) kk FROM laporan_mingguan WHERE catatan = ? AND tahun = 2024 AND minggu = ?').get(id, penandaSimpan(id), minggu(id)) as { n: number; kk: number | null }
    const lainnya = (id: number) => db.prepare('SELECT count(*) FROM laporan_mingguan WHERE catatan = ? AND NOT (tahun = 2024 AND minggu = ?)').pluck().get(penandaSimpan(id), minggu(id)) as number
    const terakhir = j.mulai.at(-1)!
    for (const id of j.selesai.keys()) {
      expect(nAudit(id), `audit simpan ${id}`).toBe(nDesa)
      // Stored rows are checked unless a later operation rewrote the same week.
      if (!j.mulai.some((x) => x > id && minggu(x) === minggu(id))) expect(baris(id), `simpan ${id}`).toEqual({ n: nDesa, kk: nDesa })
    }
    if (j.selesai.has(terakhir)) return 'antara'
    const b = baris(terakhir)
    const a = nAudit(terakhir)
    expect(lainnya(terakhir)).toBe(0)
    if (b.n === 0 && a === 0) return 'tiada'
    expect({ baris: b, audit: a }, `simpan ${terakhir} sebagian`).toEqual({ baris: { n: nDesa, kk: nDesa }, audit: nDesa })
    return 'ada'
  }

  /** Import: rows, audit, import log and the period's revision go in one transaction. */
  function periksaImpor(db: Database.Database, j: Jalan): Hasil {
    const kunciAudit = (id: number) => `53.03|${BULAN_IMPOR}|${BULAN_IMPOR}|r${id}`
    const keadaan = (id: number) => ({
      impor: db.prepare('SELECT count(*) FROM impor WHERE revisi = ?').pluck().get(id) as number,
      audit: db.prepare("SELECT count(*) FROM audit WHERE tabel = 'impor' AND kunci = ?").pluck().get(kunciAudit(id)) as number,
      baris: db.prepare('SELECT count(*) FROM laporan_mingguan WHERE catatan = ?').pluck().get(penandaImpor(id)) as number,
    })
    const revisi = db.prepare('SELECT revisi FROM periode_impor WHERE bulan_awal = ?').pluck().get(BULAN_IMPOR) as number | undefined
    const ada = { impor: 1, audit: 1, baris: kunciImpor.length }
    for (const id of j.selesai.keys()) expect(keadaan(id).audit, `audit impor ${id}`).toBe(1)
    const terakhir = j.mulai.at(-1)!
    if (j.selesai.has(terakhir)) {
      expect(keadaan(terakhir)).toEqual(ada)
      expect(revisi).toBe(terakhir)
      return 'antara'
    }
    const s = keadaan(terakhir)
    if (s.impor === 0 && s.audit === 0 && s.baris === 0) {
      // Absent: the previous revision is still the stored one, whole.
      if (terakhir > 1) {
        expect(revisi).toBe(terakhir - 1)
        expect(keadaan(terakhir - 1)).toEqual(ada)
      } else expect(revisi).toBeUndefined()
      return 'tiada'
    }
    expect(s, `impor ${terakhir} sebagian`).toEqual(ada)
    expect(revisi).toBe(terakhir)
    const kunci = (db.prepare('SELECT desa_kode, tahun, minggu FROM laporan_mingguan WHERE catatan = ?').all(penandaImpor(terakhir)) as { desa_kode: string; tahun: number; minggu: number }[]).map(
      (r) => `${r.desa_kode}|${r.tahun}|${r.minggu}`,
    )
    expect(kunci.sort()).toEqual([...kunciImpor].sort())
    return 'ada'
  }

  /** Recompute: the master-data change and every IKDK result it dirtied, in one transaction. */
  function periksaHitung(db: Database.Database, j: Jalan): Hasil {
    const dengan = (id: number) => db.prepare('SELECT count(*) FROM desa WHERE aktif = 1 AND penduduk = ?').pluck().get(PENDUDUK_DASAR + id) as number
    // Whichever state survived, it is whole: nothing left dirty, and every stored result
    // equals a fresh computation from the stored data (one recompute run wrote them all).
    expect(db.prepare('SELECT count(*) FROM ikdk_kotor').pluck().get()).toBe(0)
    const segar = hitungPenuhDiMemori({ sqlite: db } as unknown as Basisdata, HARI_CRASH)
    const tersimpan = db.prepare('SELECT desa_kode, bulan, nilai, dihitung_pada FROM hasil_ikdk').all() as { desa_kode: string; bulan: string; nilai: number; dihitung_pada: string }[]
    expect(tersimpan.length).toBe(nDesa * bulanIkdk)
    expect(new Set(tersimpan.map((r) => r.dihitung_pada)).size).toBe(1)
    for (const r of tersimpan) expect(r.nilai, `${r.desa_kode}|${r.bulan}`).toBe(segar.get(`${r.desa_kode}|${r.bulan}`)!.nilai)
    const terakhir = j.mulai.at(-1)!
    const n = dengan(terakhir)
    if (j.selesai.has(terakhir)) {
      expect(n).toBe(nDesa)
      return 'antara'
    }
    if (n === 0) {
      if (terakhir > 1) expect(dengan(terakhir - 1)).toBe(nDesa)
      return 'tiada'
    }
    expect(n, `hitung ${terakhir} sebagian`).toBe(nDesa)
    return 'ada'
  }

  /** Backups: every file under a real backup name is a whole, sound database. */
  function periksaCadangan(folder: string, j: Jalan, sebelum: Set<string>): Hasil {
    const dir = path.join(folder, FOLDER_CADANGAN)
    const nama = fs.readdirSync(dir)
    for (const n of nama.filter((x) => POLA_CADANGAN.test(x))) {
      const db = bukaBaca(path.join(dir, n))
      try {
        expect(integritas(db), n).toBe('ok')
        expect(db.prepare('SELECT count(*) FROM desa').pluck().get(), n).toBe(nDesa)
      } finally {
        db.close()
      }
    }
    // Anything else is a temp file of a backup in flight.
    for (const n of nama.filter((x) => !POLA_CADANGAN.test(x))) expect(n).toMatch(/^\.binmas-.*\.sqlite\.tmp(-journal|-wal|-shm)?$/)
    const dilaporkan = new Set(j.selesai.values())
    // The newest reported one is never rotated away (rotation keeps the newest 10).
    const terbaru = [...j.selesai.entries()].sort((a, b) => b[0] - a[0])[0]
    if (terbaru) expect(nama).toContain(terbaru[1])
    const baru = nama.filter((x) => POLA_CADANGAN.exec(x)?.[1] === 'manual' && !sebelum.has(x) && !dilaporkan.has(x))
    const terakhir = j.mulai.at(-1)!
    if (j.selesai.has(terakhir)) {
      expect(baru).toEqual([])
      return 'antara'
    }
    expect(baru.length).toBeLessThanOrEqual(1)
    return baru.length === 1 ? 'ada' : 'tiada'
  }

  it('[G2] 20 SIGKILL berbenih (simpan grid, impor, hitung ulang IKDK, cadangan): integrity_check ok, setiap operasi utuh ada atau utuh tiada, kedua hasil terjadi, aplikasi tetap jalan', async () => {
    const acak = acakBerbenih(BENIH)
    const sebelumCadangan = new Set(fs.existsSync(path.join(templat.folder, FOLDER_CADANGAN)) ? fs.readdirSync(path.join(templat.folder, FOLDER_CADANGAN)) : [])
    // Outcomes depend on timing: when one of them is still missing after the plan, extra
    // grid-save rounds are added in which the worker dies after its commit but before it could
    // report it (a pause between COMMIT and SELESAI), so "fully there" is certain to be seen.
    const rencana = [...RENCANA]
    const kurang = () => !tabel.some((t) => t.hasil === 'ada') || !tabel.some((t) => t.hasil === 'tiada')
    for (let i = 0; i < rencana.length; i++) {
      const fase = rencana[i]!
      const r = folderSementara(`binmas-crash-${i}-`)
      ronde.push(r)
      fs.cpSync(templat.folder, r.folder, { recursive: true })
      const tambahan = i >= RENCANA.length
      const k = tambahan ? 1 : acak.bulat(1, MULAI_MAKS[fase])
      const jeda = tambahan ? 3000 : acak.bulat(0, JEDA_MAKS_MS[fase])
      const benih = acak.bulat(1, 1_000_000)
      const j = await jalankanDanBunuh(r.folder, fase, benih, k, jeda, tambahan ? 20_000 : 0)
      const siap = j.baris.find((b) => b.startsWith('SIAP '))!
      expect(siap, j.baris.join(' | ')).toBeDefined()
      expect(j.baris.filter((b) => b.startsWith('GAGAL'))).toEqual([])
      expect(j.mulai.length).toBeGreaterThanOrEqual(k)
      // MULAI and SELESAI strictly alternate: at most the last operation is unfinished.
      expect([...j.selesai.keys()]).toEqual(j.mulai.filter((id) => j.selesai.has(id)))
      expect(j.mulai.slice(0, -1).every((id) => j.selesai.has(id))).toBe(true)

      const db = bukaBaca(path.join(r.folder, 'binmas.sqlite'))
      let hasil: Hasil
      try {
        expect(integritas(db), `ronde ${i} ${fase}`).toBe('ok')
        expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([])
        if (fase === 'simpan') hasil = periksaSimpan(db, j, Number(/awal=(\d+)/.exec(siap)![1]))
        else if (fase === 'impor') hasil = periksaImpor(db, j)
        else if (fase === 'hitung') hasil = periksaHitung(db, j)
        else hasil = periksaCadangan(r.folder, j, sebelumCadangan)
      } finally {
        db.close()
      }
      tabel.push({ fase, k, jeda, mulai: j.mulai.length, selesai: j.selesai.size, hasil })

      // The app opens the folder again (recovering the WAL) and still answers.
      const B = aplikasiUji({ folder: r.folder, hariIni: HARI_CRASH })
      try {
        expect(B.app.galatDb).toBeNull()
        const desa = await B.panggil('desa:daftar', {})
        expect(desa.length).toBe(nDesa)
        expect(integritas(B.app.bd.sqlite)).toBe('ok')
      } finally {
        await B.tutup()
      }
      r.hapus()
      if (i === rencana.length - 1 && rencana.length < RENCANA.length + 3 && kurang()) rencana.push('simpan')
    }

    const hitung = (f: Fase | null, h: Hasil) => tabel.filter((t) => (f === null || t.fase === f) && t.hasil === h).length
    const ringkas = Object.fromEntries((['simpan', 'impor', 'hitung', 'cadangan'] as const).map((f) => [f, { ada: hitung(f, 'ada'), tiada: hitung(f, 'tiada'), antara: hitung(f, 'antara') }]))
    console.log('[G2] hasil per fase:', JSON.stringify(ringkas), '\n' + tabel.map((t) => `${t.fase} k=${t.k} jeda=${t.jeda} mulai=${t.mulai} selesai=${t.selesai} → ${t.hasil}`).join('\n'))
    expect(tabel.length).toBeGreaterThanOrEqual(20)
    expect(new Set(tabel.map((t) => t.fase)).size).toBe(4)
    // Both outcomes of a killed operation occurred.
    expect(hitung(null, 'ada')).toBeGreaterThanOrEqual(1)
    expect(hitung(null, 'tiada')).toBeGreaterThanOrEqual(1)
  })
})
