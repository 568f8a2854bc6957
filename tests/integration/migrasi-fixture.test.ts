import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { Aplikasi, NAMA_BERKAS_DB } from '../../electron/services/aplikasi'
import { folderCadangan } from '../../electron/services/cadangan/berkas'
import { bukaBasisdata } from '../../electron/services/db/koneksi'
import { versiSkema } from '../../electron/services/db/migrasi'
import { VERSI_SKEMA_TERBARU } from '../../electron/services/db/migrations'
import { platformTanpaCetak } from '../../electron/services/platform'
import { GalatAplikasi } from '../../shared/galat'
import { berkasFixture, FOLDER_FIXTURE, HARI_INI_FIXTURE } from '../../scripts/buat-fixture-db'
import { aplikasiUji } from '../helpers/aplikasi'
import { folderSementara } from '../helpers/folder'

// Every released schema version has a database in tests/fixtures/db, written by
// scripts/buat-fixture-db.ts with realistic rows. Each must keep migrating to the
// current version with all of its data, behind a backup taken first.

const VERSI = Array.from({ length: VERSI_SKEMA_TERBARU }, (_, i) => i + 1)
/** skema-v1.sqlite was committed before the others; it must never be regenerated. */
const SHA256_V1 = '2a91905cb77f294d944f67a9b99dd15c773c2f2caa4516fae80730eb341fe417'

const sha256 = (berkas: string) => crypto.createHash('sha256').update(fs.readFileSync(berkas)).digest('hex')

type IsiTabel = Map<string, { kolom: string[]; baris: string[] }>

/** Every table's columns and rows (each row as JSON of its values in column order), sorted. */
function bacaSemua(db: Database.Database, kolomDari?: IsiTabel): IsiTabel {
  const hasil: IsiTabel = new Map()
  const tabel = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name)
  for (const t of tabel) {
    const semuaKolom = (db.prepare('SELECT name FROM pragma_table_info(?)').all(t) as { name: string }[]).map((r) => r.name)
    const kolom = kolomDari?.get(t)?.kolom.filter((k) => semuaKolom.includes(k)) ?? semuaKolom
    const daftar = kolom.map((k) => `"${k}"`).join(', ')
    const baris = (db.prepare(`SELECT ${daftar} FROM "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort()
    hasil.set(t, { kolom: semuaKolom, baris })
  }
  return hasil
}

/** Old rows missing from the new table (compared on the old columns only), as readable strings. */
function barisHilang(lama: IsiTabel, baru: IsiTabel): string[] {
  const hilang: string[] = []
  for (const [t, l] of lama) {
    const b = baru.get(t)
    if (!b) {
      hilang.push(`tabel ${t} hilang`)
      continue
    }
    for (const k of l.kolom) if (!b.kolom.includes(k)) hilang.push(`kolom ${t}.${k} hilang`)
    const sisa = new Map<string, number>()
    for (const r of b.baris) sisa.set(r, (sisa.get(r) ?? 0) + 1)
    for (const r of l.baris) {
      const n = sisa.get(r) ?? 0
      if (n === 0) hilang.push(`${t}: ${r}`)
      else sisa.set(r, n - 1)
    }
  }
  return hilang
}

let bersihkan: (() => void)[] = []
afterEach(() => {
  for (const f of bersihkan) f()
  bersihkan = []
})
function folder(): string {
  const t = folderSementara('binmas-fixture-')
  bersihkan.push(t.hapus)
  return t.folder
}

function bukaBaca(berkas: string): Database.Database {
  return new Database(berkas, { readonly: true, fileMustExist: true })
}

describe('[G5] basis data contoh setiap versi skema', () => {
  it(`[G5] tests/fixtures/db berisi satu berkas untuk setiap versi skema 1..${VERSI_SKEMA_TERBARU}, masing-masing satu berkas kecil; skema-v1 tidak pernah dibuat ulang`, () => {
    expect(sha256(berkasFixture(1))).toBe(SHA256_V1)
    for (const v of VERSI) {
      const berkas = berkasFixture(v)
      expect(fs.existsSync(berkas), berkas).toBe(true)
      const db = bukaBaca(berkas)
      try {
        expect(versiSkema(db), berkas).toBe(v)
        expect(db.pragma('journal_mode', { simple: true }), berkas).toBe('delete')
        expect(db.pragma('integrity_check', { simple: true }), berkas).toBe('ok')
        expect(db.pragma('foreign_key_check'), berkas).toEqual([])
        expect((db.prepare('SELECT count(*) n FROM desa').get() as { n: number }).n, berkas).toBeGreaterThan(0)
      } finally {
        db.close()
      }
      // One 4 KB page per table and index at least (~30 by schema 10), plus the 5.270-week lookup table of schema 11.
      expect(fs.statSync(berkas).size, berkas).toBeLessThan(256 * 1024)
    }
    // No WAL side files: each fixture is complete on its own.
    expect(fs.readdirSync(FOLDER_FIXTURE).filter((f) => /-(wal|shm|journal)$/.test(f))).toEqual([])
  })

  it('[G5] fixture memuat baris untuk setiap tabel yang ada pada versinya (bukan tabel kosong)', () => {
    // Tables the app fills only on demand may stay empty; every other table holds rows.
    const bolehKosong = new Set<string>()
    for (const v of VERSI) {
      const db = bukaBaca(berkasFixture(v))
      try {
        const kosong = [...bacaSemua(db)].filter(([t, isi]) => isi.baris.length === 0 && !bolehKosong.has(t)).map(([t]) => t)
        expect(kosong, `skema-v${v}`).toEqual([])
      } finally {
        db.close()
      }
    }
  })

  for (const v of VERSI) {
    it(`[G5] skema v${v} bermigrasi ke v${VERSI_SKEMA_TERBARU}: setiap baris lama utuh, cadangan 'migrasi' dibuat lebih dulu, aplikasi bekerja sesudahnya`, async () => {
      const dir = folder()
      const berkas = path.join(dir, NAMA_BERKAS_DB)
      fs.copyFileSync(berkasFixture(v), berkas)
      const lamaDb = bukaBaca(berkas)
      const lama = bacaSemua(lamaDb)
      lamaDb.close()

      const u = aplikasiUji({ folder: dir, hariIni: HARI_INI_FIXTURE })
      try {
        expect(u.app.galatDb).toBeNull()
        const s = u.app.bd.sqlite
        expect(versiSkema(s)).toBe(VERSI_SKEMA_TERBARU)
        expect(s.prepare('SELECT versi FROM migrasi ORDER BY versi').pluck().all()).toEqual(VERSI)
        // Right after opening, before any channel runs: every old row of every old table, old columns equal.
        expect(barisHilang(lama, bacaSemua(s, lama))).toEqual([])
        expect(s.pragma('foreign_key_check')).toEqual([])

        // The backup was taken before the migration: it still holds the old version, row for row.
        const cadangan = fs.existsSync(folderCadangan(dir)) ? fs.readdirSync(folderCadangan(dir)).filter((f) => f.endsWith('-migrasi.sqlite')) : []
        if (v < VERSI_SKEMA_TERBARU) {
          expect(cadangan).toHaveLength(1)
          const salinan = bukaBaca(path.join(folderCadangan(dir), cadangan[0]!))
          try {
            expect(versiSkema(salinan)).toBe(v)
            expect(bacaSemua(salinan)).toEqual(lama)
          } finally {
            salinan.close()
          }
        } else {
          expect(cadangan).toEqual([])
        }

        // The app works on it: reads of every screen answer, and a change can be saved.
        const status = await u.panggil('sistem:status', {})
        expect(status).toMatchObject({ sudahDisiapkan: true, satkerNama: 'POLRES CONTOH', versiSkemaDb: VERSI_SKEMA_TERBARU, galatDb: null })
        expect((await u.panggil('satker:info', {})).kode).toBe('53.03')
        const aktif = s.prepare('SELECT kode FROM desa WHERE aktif = 1 ORDER BY kode').pluck().all()
        expect((await u.panggil('desa:daftar', {})).map((d) => d.kode).sort()).toEqual(aktif)
        expect(aktif).toEqual(expect.arrayContaining(['53.03.01.2001', '53.03.01.2002']))
        expect(await u.panggil('audit:riwayat', { tabel: 'desa', kunci: '53.03.01.2001' })).toEqual(
          // From schema 6 on the account 'admin' has a full name, shown as "Nama (admin)".
          expect.arrayContaining([expect.objectContaining({ pengguna: expect.stringMatching(/^(admin|.+ \(admin\))$/), aksi: 'ubah', sesudah: { penduduk: 2000 } })]),
        )

        const minggu = await u.panggil('mingguan:ambil', { tahun: 2024, minggu: 35 })
        const laporan = s.prepare("SELECT kk_dikunjungi FROM laporan_mingguan WHERE desa_kode = '53.03.01.2001' AND tahun = 2024 AND minggu = 35").pluck().get() as number | undefined
        expect(minggu.baris.find((b) => b.desaKode === '53.03.01.2001')?.nilai['kk_dikunjungi'] ?? null).toBe(laporan ?? null)
        if (v >= 3) expect(laporan).toEqual(expect.any(Number))
        await u.panggil('mingguan:kelengkapan', { tahun: 2024, minggu: 35 })

        const ikdk = await u.panggil('ikdk:bulan', { bulan: '2024-09' })
        expect(ikdk.bulan).toBe('2024-09')
        if (v >= 3) expect(ikdk.baris.length).toBeGreaterThan(0)
        if (v >= 4) expect(ikdk.skema.id).toBe('polda-ntt')
        await u.panggil('ikdk:rincian', { desaKode: '53.03.01.2001', bulan: '2024-08' })
        await u.panggil('beranda:ringkasan', {})
        const skema = await u.panggil('skema:daftar', {})
        if (v >= 4) expect(skema.periode).toEqual([{ bulanMulai: '2024-09', skema: 'polda-ntt@2' }])

        const personel = await u.panggil('personel:daftar', {})
        // Schema 9 adds a Bhabinkamtibmas carried in by a Polres file (Mode Polda tables).
        expect(personel.personel).toHaveLength(v >= 9 ? 4 : v >= 3 ? 3 : 0)
        expect(await u.panggil('kejadian:daftar', {})).toHaveLength(v >= 3 ? 3 : 0)
        expect((await u.panggil('periode:daftar', {})).filter((p) => p.terkunci).map((p) => p.bulan)).toEqual(v >= 3 ? ['2024-07'] : [])

        const riwayat = await u.panggil('pertukaran:riwayat', {})
        const kunci = await u.panggil('pertukaran:kunci-info', {})
        if (v >= 5) {
          expect(riwayat.ekspor.map((e) => e.revisi).sort()).toEqual([1, 2])
          expect(riwayat.impor.map((i) => [i.id, i.bisaDibatalkan])).toEqual([
            [2, true],
            [1, false],
          ])
          expect(kunci.milik?.sidik).toMatch(/^[0-9a-f]{64}$/)
          expect(kunci.tepercaya.map((k) => k.satkerKode)).toEqual(['53.04'])
        } else {
          expect(riwayat).toEqual({ ekspor: [], impor: [] })
          expect(kunci.milik).toBeNull()
        }

        // Writing after the migration: a master-data edit and a weekly cell.
        const ubah = await u.panggil('desa:ubah', { kode: '53.03.01.2002', penduduk: 1210, jumlahKk: 305, posKamlingTotal: 2, fkpmAktif: false, lintang: null, bujur: null })
        expect(ubah).toMatchObject({ kode: '53.03.01.2002', penduduk: 1210 })
        const simpan = await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 38, sel: [{ desaKode: '53.03.01.2002', kolom: 'kk_dikunjungi', nilai: 7 }] })
        expect(simpan.ditolak).toEqual([])
        expect(s.pragma('integrity_check', { simple: true })).toBe('ok')
      } finally {
        await u.tutup()
      }
    })
  }

  it(`[G5] basis data dari versi yang lebih baru (skema ${VERSI_SKEMA_TERBARU + 1}) ditolak DB_VERSI_LEBIH_BARU; bita berkas dan isi folder tidak berubah`, async () => {
    const dir = folder()
    const berkas = path.join(dir, NAMA_BERKAS_DB)
    fs.copyFileSync(berkasFixture(VERSI_SKEMA_TERBARU), berkas)
    const db = new Database(berkas)
    // What the next app version would leave: a new table and the next user_version.
    db.exec('CREATE TABLE dari_masa_depan (x TEXT) STRICT; INSERT INTO dari_masa_depan VALUES (\'v-berikut\')')
    db.pragma(`user_version = ${VERSI_SKEMA_TERBARU + 1}`)
    db.close()
    const sebelum = sha256(berkas)
    const daftarSebelum = fs.readdirSync(dir, { recursive: true }).sort()
    const waktuSebelum = fs.statSync(berkas).mtimeMs

    let galat: unknown
    try {
      bukaBasisdata(berkas)
    } catch (e) {
      galat = e
    }
    expect(galat).toBeInstanceOf(GalatAplikasi)
    expect((galat as GalatAplikasi).kode).toBe('DB_VERSI_LEBIH_BARU')
    expect((galat as GalatAplikasi).pesan).toContain(`skema ${VERSI_SKEMA_TERBARU + 1}`)

    // Through the app and dispatch: it starts, says why, refuses data channels, and touches nothing.
    const app = Aplikasi.buka({ folderData: dir, platform: platformTanpaCetak, versiAplikasi: 'uji', hariIni: HARI_INI_FIXTURE })
    const u = aplikasiUji({ folder: dir, hariIni: HARI_INI_FIXTURE })
    try {
      expect(app.galatDb?.kode).toBe('DB_VERSI_LEBIH_BARU')
      const status = await u.panggil('sistem:status', {})
      expect(status.galatDb).toMatchObject({ kode: 'DB_VERSI_LEBIH_BARU', pesan: expect.stringContaining('Perbarui aplikasi Binmas Desk') })
      for (const [kanal, masukan] of [
        ['desa:daftar', {}],
        ['mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: '53.03.01.2001', kolom: 'kk_dikunjungi', nilai: 1 }] }],
        ['contoh:muat', {}],
      ] as const) {
        const h = await u.dispatch(kanal, masukan, { pengguna: 'admin', peran: 'admin' })
        expect(h, kanal).toMatchObject({ ok: false, galat: { kode: 'DB_VERSI_LEBIH_BARU' } })
      }
    } finally {
      await app.tutup()
      await u.tutup()
    }
    expect(sha256(berkas)).toBe(sebelum)
    expect(fs.statSync(berkas).mtimeMs).toBe(waktuSebelum)
    expect(fs.readdirSync(dir, { recursive: true }).sort()).toEqual(daftarSebelum)
  })
})
