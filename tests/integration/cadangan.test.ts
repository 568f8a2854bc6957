import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { daftarCadangan, folderCadangan, putarCadangan, SIMPAN_TERAKHIR } from '../../electron/services/cadangan/berkas'
import { aplikasiUji } from '../helpers/aplikasi'
import { folderSementara } from '../helpers/folder'
import { setupTtu } from '../helpers/setup-ttu'

const bersih: (() => unknown)[] = []
afterEach(async () => {
  for (const f of bersih.splice(0).reverse()) await f()
})
function folder() {
  const t = folderSementara()
  bersih.push(t.hapus)
  return t.folder
}
const tunggu = async (syarat: () => boolean) => {
  for (let i = 0; i < 200 && !syarat(); i++) await new Promise((r) => setTimeout(r, 10))
}

describe('Cadangan', () => {
  it('[G1] cadangan otomatis saat mulai, sebelum migrasi, dan rotasi menyimpan 10 terakhir + satu per bulan', async () => {
    const dir = folder()
    // An old schema-1 database: opening it migrates, after a consistent copy.
    fs.copyFileSync(path.resolve('tests/fixtures/db/skema-v1.sqlite'), path.join(dir, 'binmas.sqlite'))
    const u = aplikasiUji({ folder: dir })
    await u.app.cadangkan('manual')
    const daftar = daftarCadangan(dir)
    const migrasi = daftar.find((c) => c.alasan === 'migrasi')!
    expect(migrasi).toBeDefined()
    const lama = new Database(path.join(folderCadangan(dir), migrasi.nama), { readonly: true })
    expect(lama.pragma('user_version', { simple: true })).toBe(1)
    expect(lama.prepare('SELECT count(*) n FROM desa').get()).toEqual({ n: 2 })
    lama.close()
    expect(daftar.some((c) => c.alasan === 'mulai')).toBe(true)
    await u.tutup()

    // Rotation on names alone: 30 backups over three months keep the newest 10 and one per month.
    const f = folderCadangan(dir)
    for (const n of fs.readdirSync(f)) fs.rmSync(path.join(f, n))
    for (let i = 0; i < 30; i++) fs.writeFileSync(path.join(f, `binmas-2024${String(7 + Math.floor(i / 10)).padStart(2, '0')}${String(1 + (i % 10)).padStart(2, '0')}-120000-berkala.sqlite`), 'x')
    const dihapus = putarCadangan(dir)
    const sisa = daftarCadangan(dir).map((c) => c.nama)
    expect(sisa).toHaveLength(SIMPAN_TERAKHIR + 2)
    expect(dihapus).toHaveLength(30 - 12)
    expect(sisa).toContain('binmas-20240710-120000-berkala.sqlite')
    expect(sisa).toContain('binmas-20240810-120000-berkala.sqlite')
  })

  it('[G1] cadangan manual bersandi dipulihkan hanya dengan sandi yang benar; data saat ini dicadangkan dulu', async () => {
    const u = aplikasiUji()
    bersih.push(u.tutup)
    await u.panggil('setup:simpan', await setupTtu())
    const kode = (u.app.bd.sqlite.prepare('SELECT kode FROM desa LIMIT 1').get() as { kode: string }).kode
    await u.panggil('desa:ubah', { kode, penduduk: 1111, jumlahKk: 300, posKamlingTotal: 2, fkpmAktif: true, lintang: null, bujur: null })
    const unduh = await u.panggil('cadangan:unduh', { sandi: 'rahasia-binmas' })
    expect(unduh.nama).toMatch(/^Cadangan_BinmasDesk_53\.03_2024-09-18\.bdcadangan$/)
    expect(Buffer.from(unduh.isiBase64, 'base64').subarray(0, 10).toString()).toBe('BINMASDESK')
    // Later change that the restore will roll back.
    await u.panggil('desa:ubah', { kode, penduduk: 2222, jumlahKk: 300, posKamlingTotal: 2, fkpmAktif: true, lintang: null, bujur: null })

    const salah = await u.hasil('cadangan:pulihkan', { isiBase64: unduh.isiBase64, sandi: 'sandi-keliru' })
    expect(!salah.ok && salah.galat).toMatchObject({ kode: 'FILE_TIDAK_VALID', pesan: 'Kata sandi salah, atau berkas cadangan rusak.' })
    expect(u.app.bd.sqlite.prepare('SELECT penduduk FROM desa WHERE kode = ?').get(kode)).toEqual({ penduduk: 2222 })

    const periksa = await u.panggil('cadangan:periksa', { isiBase64: unduh.isiBase64, sandi: 'rahasia-binmas' })
    expect(periksa).toMatchObject({ satker: 'POLRES TIMOR TENGAH UTARA', jumlahDesa: 193 })
    const sebelum = daftarCadangan(u.folder).length
    await u.panggil('cadangan:pulihkan', { isiBase64: unduh.isiBase64, sandi: 'rahasia-binmas' })
    expect(u.app.bd.sqlite.prepare('SELECT penduduk FROM desa WHERE kode = ?').get(kode)).toEqual({ penduduk: 1111 })
    const pulih = daftarCadangan(u.folder).filter((c) => c.alasan === 'pulih')
    expect(pulih).toHaveLength(1)
    expect(daftarCadangan(u.folder).length).toBe(sebelum + 1)
    const simpanan = new Database(path.join(folderCadangan(u.folder), pulih[0]!.nama), { readonly: true })
    expect(simpanan.prepare('SELECT penduduk FROM desa WHERE kode = ?').get(kode)).toEqual({ penduduk: 2222 })
    simpanan.close()
  })

  it('[G1] berkas yang bukan cadangan atau gagal integrity_check ditolak dan data tidak berubah', async () => {
    const u = aplikasiUji()
    bersih.push(u.tutup)
    await u.panggil('setup:simpan', await setupTtu())
    const hash = () => crypto.createHash('sha256').update(JSON.stringify(u.app.bd.sqlite.prepare('SELECT * FROM desa ORDER BY kode').all())).digest('hex')
    const awal = hash()
    const acak = await u.hasil('cadangan:pulihkan', { isiBase64: crypto.randomBytes(4096).toString('base64') })
    expect(!acak.ok && acak.galat).toEqual({ kode: 'FILE_TIDAK_VALID', pesan: 'Berkas ini bukan basis data Binmas Desk atau sudah rusak.' })
    // A real SQLite file, but not Binmas Desk's.
    const lain = path.join(folder(), 'lain.sqlite')
    const db = new Database(lain)
    db.exec('CREATE TABLE catatan (x TEXT)')
    db.close()
    const bukan = await u.hasil('cadangan:pulihkan', { isiBase64: fs.readFileSync(lain).toString('base64') })
    expect(!bukan.ok && bukan.galat.pesan).toBe('Berkas ini bukan cadangan Binmas Desk.')
    // A backup with a damaged page.
    const info = (await u.app.cadangkan('manual'))!
    const rusak = fs.readFileSync(path.join(folderCadangan(u.folder), info.nama))
    rusak.fill(0x41, 4096 * 3, 4096 * 3 + 2000)
    const r = await u.hasil('cadangan:pulihkan', { isiBase64: rusak.toString('base64') })
    expect(r.ok).toBe(false)
    expect(hash()).toBe(awal)
  })

  it('[G1] basis data yang rusak dapat dipulihkan dari cadangan terakhir yang baik', async () => {
    const dir = folder()
    const u = aplikasiUji({ folder: dir })
    await u.panggil('setup:simpan', await setupTtu())
    const info = (await u.app.cadangkan('manual'))!
    await u.app.tutup()
    // The live file gets overwritten with garbage (a virus, a bad sector).
    fs.writeFileSync(path.join(dir, 'binmas.sqlite'), crypto.randomBytes(65536))
    for (const a of ['-wal', '-shm']) fs.rmSync(path.join(dir, `binmas.sqlite${a}`), { force: true })
    const v = aplikasiUji({ folder: dir })
    bersih.push(v.tutup)
    const status = await v.panggil('sistem:status', {})
    expect(status.galatDb?.kode).toBe('DB_RUSAK')
    const daftar = await v.panggil('cadangan:daftar', {})
    expect(daftar.cadangan.map((c) => c.nama)).toContain(info.nama)
    await v.panggil('cadangan:pulihkan', { nama: info.nama })
    expect((await v.panggil('sistem:status', {})).sudahDisiapkan).toBe(true)
    expect(v.app.bd.sqlite.prepare('SELECT count(*) n FROM desa').get()).toEqual({ n: 193 })
    // The corrupt file was kept aside, not thrown away.
    expect(fs.readdirSync(folderCadangan(dir)).some((n) => n.startsWith('rusak-'))).toBe(true)
    await tunggu(() => true)
  })
})
