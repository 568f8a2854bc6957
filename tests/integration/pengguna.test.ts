import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buatDispatch } from '../../electron/api'
import { Aplikasi } from '../../electron/services/aplikasi'
import type { PembawaSesi } from '../../electron/services/pengguna'
import { platformTanpaCetak } from '../../electron/services/platform'
import { mulaiHost } from '../../electron/web/server'
import { kontrak } from '../../shared/api'
import type { Hasil } from '../../shared/galat'
import { folderSementara } from '../helpers/folder'
import { setupTtu } from '../helpers/setup-ttu'

/**
 * Accounts, login, backoff, recovery and the session gate, through the real
 * dispatch on a real SQLite file, with a session carried the way a transport
 * carries it (an id the caller holds) and a clock the test moves.
 */

const SANDI_ADMIN = 'Kopi pagi di Kefamenanu'
const ADMIN = { namaPengguna: 'yohanes.bana', namaLengkap: 'AKP YOHANES BANA, S.H.', kataSandi: SANDI_ADMIN }
/** Maria's own password, after replacing the one the Admin gave her. */
const SANDI_MARIA = 'Sawah di Insana Utara 3'

/** What a transport holds for one window or browser. */
function pembawa(): PembawaSesi & { id: string | null } {
  const p = {
    id: null as string | null,
    baca: () => p.id,
    simpan: (id: string | null) => void (p.id = id),
  }
  return p
}

function bukaUji(opsi: { batasDiamMs?: number } = {}) {
  const tmp = folderSementara('binmas-pengguna-')
  let kini = Date.parse('2024-09-18T01:00:00Z')
  const app = Aplikasi.buka({ folderData: tmp.folder, platform: platformTanpaCetak, versiAplikasi: '0.0.0-uji', hariIni: '2024-09-18' })
  const dispatch = buatDispatch(app, { jam: () => kini, batasDiamMs: opsi.batasDiamMs ?? 15 * 60_000 })
  const panggil = async (kanal: string, masukan: unknown, p: PembawaSesi) => (await dispatch(kanal, masukan, p)) as Hasil<any>
  const wajib = async (kanal: string, masukan: unknown, p: PembawaSesi) => {
    const h = await panggil(kanal, masukan, p)
    if (!h.ok) throw new Error(`${kanal}: ${JSON.stringify(h.galat)}`)
    return h.data
  }
  return {
    app,
    folder: tmp.folder,
    panggil,
    wajib,
    maju: (ms: number) => void (kini += ms),
    sql: <T>(q: string, ...p: unknown[]) => app.bd.sqlite.prepare(q).all(...p) as T[],
    tutup: async () => {
      await app.tutup()
      tmp.hapus()
    },
  }
}

/** A set-up Polres whose first Admin was created in the wizard, without any prior login. */
async function siapDenganAdmin(u: ReturnType<typeof bukaUji>) {
  const jendela = pembawa()
  const satker = await u.wajib('setup:simpan', { ...(await setupTtu()), admin: ADMIN }, jendela)
  return { jendela, kode: satker.kodePemulihan as string }
}

describe('akun, masuk, dan sesi', () => {
  let u: ReturnType<typeof bukaUji>
  let kodeAwal: string
  let adminJendela: PembawaSesi & { id: string | null }

  beforeAll(async () => {
    u = bukaUji()
    const s = await siapDenganAdmin(u)
    kodeAwal = s.kode
    adminJendela = s.jendela
  })
  afterAll(() => u.tutup())

  it('[G3] pengaturan awal tanpa masuk wajib membuat Admin; Admin, satker, dan kode pemulihan tersimpan dalam satu transaksi', async () => {
    const v = bukaUji()
    try {
      const anonim = pembawa()
      const tanpa = await v.panggil('setup:simpan', await setupTtu(), anonim)
      expect(tanpa).toMatchObject({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID', rincian: [{ lokasi: 'admin' }] } })
      // A weak password is refused under the wizard's field, and nothing is stored (no satker, no account).
      const lemah = await v.panggil('setup:simpan', { ...(await setupTtu()), admin: { ...ADMIN, kataSandi: 'yohanes.bana123' } }, anonim)
      expect(lemah).toMatchObject({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID', rincian: [{ lokasi: 'admin.kataSandi' }] } })
      expect(v.sql('SELECT count(*) n FROM satker')).toEqual([{ n: 0 }])
      expect(v.sql('SELECT count(*) n FROM pengguna')).toEqual([{ n: 0 }])
      // Setup whose satker part fails (bad NRP) leaves no account behind either.
      const salahSatker = await v.panggil('setup:simpan', { ...(await setupTtu()), polsek: [], admin: ADMIN }, anonim)
      expect(salahSatker.ok).toBe(false)
      expect(v.sql('SELECT count(*) n FROM pengguna')).toEqual([{ n: 0 }])
    } finally {
      await v.tutup()
    }
    expect(u.sql('SELECT nama_pengguna, nama_lengkap, peran, aktif FROM pengguna')).toEqual([{ nama_pengguna: 'yohanes.bana', nama_lengkap: 'AKP YOHANES BANA, S.H.', peran: 'admin', aktif: 1 }])
    expect(kodeAwal).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/)
    expect(u.sql("SELECT count(*) n FROM kode_pemulihan WHERE status = 'aktif'")).toEqual([{ n: 1 }])
    // The wizard's window is logged in as the new Admin; the setup audit row names that Admin.
    expect((await u.wajib('sesi:status', {}, adminJendela)).sesi).toEqual({ namaPengguna: 'yohanes.bana', namaLengkap: 'AKP YOHANES BANA, S.H.', peran: 'admin', harusGantiSandi: false })
    expect(u.sql("SELECT pengguna FROM audit WHERE tabel = 'satker' AND aksi = 'setup'")).toEqual([{ pengguna: 'yohanes.bana' }])
  })

  it('[G3] kata sandi disimpan sebagai scrypt (N=2^15, r=8, p=1) dengan garam per pengguna; tidak ada teks sandi di berkas basis data', async () => {
    await u.wajib('pengguna:tambah', { namaPengguna: 'maria.operator', namaLengkap: 'BRIPKA MARIA SERAN', kataSandi: SANDI_ADMIN, peran: 'operator' }, adminJendela)
    const baris = u.sql<{ nama_pengguna: string; hash_sandi: string }>('SELECT nama_pengguna, hash_sandi FROM pengguna ORDER BY id')
    for (const b of baris) {
      const [alg, N, r, p, garam, hash] = b.hash_sandi.split('$')
      expect([alg, N, r, p]).toEqual(['scrypt', '32768', '8', '1'])
      expect(Buffer.from(garam!, 'base64')).toHaveLength(16)
      expect(Buffer.from(hash!, 'base64')).toHaveLength(32)
      // Recomputed here with Node's scrypt from the stored salt: the stored hash is that of the password.
      const ulang = crypto.scryptSync(SANDI_ADMIN.normalize('NFC'), Buffer.from(garam!, 'base64'), 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 })
      expect(ulang.toString('base64')).toBe(hash)
    }
    // Same password, different salt, different hash.
    expect(baris[0]!.hash_sandi).not.toBe(baris[1]!.hash_sandi)
    u.app.bd.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    const isi = fs.readFileSync(path.join(u.folder, 'binmas.sqlite'))
    expect(isi.includes(Buffer.from(SANDI_ADMIN))).toBe(false)
    expect(isi.includes(Buffer.from(kodeAwal.replace(/-/g, '')))).toBe(false)
  })

  it('[G3] sandi salah dan nama tak dikenal dijawab sama persis; setelah 5 kali gagal menunggu 30 detik (sandi benar pun ditolak), lalu berlipat', async () => {
    const p = pembawa()
    const salah = await u.panggil('sesi:masuk', { namaPengguna: 'maria.operator', kataSandi: 'bukan sandinya' }, p)
    const takAda = await u.panggil('sesi:masuk', { namaPengguna: 'tidak.ada', kataSandi: 'bukan sandinya' }, p)
    expect(salah).toEqual({ ok: false, galat: { kode: 'MASUK_DITOLAK', pesan: 'Nama pengguna atau kata sandi salah.' } })
    expect(takAda).toEqual(salah)
    expect(p.id).toBeNull()
    for (let i = 2; i <= 4; i++) {
      expect(await u.panggil('sesi:masuk', { namaPengguna: 'maria.operator', kataSandi: `salah ${i}` }, p)).toEqual(salah)
      expect(await u.panggil('sesi:masuk', { namaPengguna: 'tidak.ada', kataSandi: `salah ${i}` }, p)).toEqual(salah)
    }
    const kelima = await u.panggil('sesi:masuk', { namaPengguna: 'maria.operator', kataSandi: 'salah 5' }, p)
    const kelimaTakAda = await u.panggil('sesi:masuk', { namaPengguna: 'tidak.ada', kataSandi: 'salah 5' }, p)
    const tunggu30 = 'Nama pengguna atau kata sandi salah. Terlalu banyak percobaan yang gagal. Tunggu 30 detik, lalu coba lagi.'
    expect(kelima).toEqual({ ok: false, galat: { kode: 'MASUK_DITOLAK', pesan: tunggu30 } })
    expect(kelimaTakAda).toEqual(kelima)
    expect(u.sql("SELECT gagal_berturut FROM pengguna WHERE nama_pengguna = 'maria.operator'")).toEqual([{ gagal_berturut: 5 }])
    // During the wait even the right password is refused, without being checked.
    const selamaTunggu = await u.panggil('sesi:masuk', { namaPengguna: 'maria.operator', kataSandi: SANDI_ADMIN }, p)
    expect(selamaTunggu).toMatchObject({ ok: false, galat: { kode: 'MASUK_DITOLAK', pesan: expect.stringMatching(/^Terlalu banyak percobaan/) } })
    expect(p.id).toBeNull()
    // 30 s later: a sixth failure doubles the wait to 60 s.
    u.maju(30_001)
    const keenam = await u.panggil('sesi:masuk', { namaPengguna: 'maria.operator', kataSandi: 'salah 6' }, p)
    expect(keenam).toMatchObject({ ok: false, galat: { pesan: expect.stringContaining('Tunggu 1 menit') } })
    u.maju(60_001)
    const masuk = await u.wajib('sesi:masuk', { namaPengguna: '  Maria.Operator ', kataSandi: SANDI_ADMIN }, p)
    // The Admin chose this password: logged in, but nothing answers until she replaces it.
    expect(masuk).toEqual({ namaPengguna: 'maria.operator', namaLengkap: 'BRIPKA MARIA SERAN', peran: 'operator', harusGantiSandi: true })
    expect(p.id).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await u.panggil('desa:daftar', {}, p)).toEqual({ ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: 'Ganti dahulu kata sandi yang diberikan Admin, lalu lanjutkan.' } })
    await u.wajib('sesi:ganti-sandi', { sandiLama: SANDI_ADMIN, sandiBaru: SANDI_MARIA }, p)
    await u.wajib('desa:daftar', {}, p)
    expect(u.sql("SELECT harus_ganti_sandi FROM pengguna WHERE nama_pengguna = 'maria.operator'")).toEqual([{ harus_ganti_sandi: 0 }])
    expect(u.sql("SELECT gagal_berturut, terkunci_sampai FROM pengguna WHERE nama_pengguna = 'maria.operator'")).toEqual([{ gagal_berturut: 0, terkunci_sampai: null }])
  })

  it('[G3] tanpa sesi setiap kanal ditolak BELUM_MASUK, kecuali status, daftar wilayah, masuk/keluar dan pemulihan', async () => {
    const boleh = ['sistem:status', 'wilayah:provinsi', 'wilayah:kabupaten', 'wilayah:kecamatan', 'sesi:status', 'sesi:masuk', 'sesi:keluar', 'sesi:pulihkan']
    const anonim = pembawa()
    const dijawab: string[] = []
    for (const kanal of Object.keys(kontrak)) {
      const h = await u.panggil(kanal, {}, anonim)
      if (!h.ok && h.galat.kode === 'BELUM_MASUK') {
        expect(h.galat.pesan).toBe('Anda belum masuk atau sesi sudah berakhir. Masuk kembali untuk melanjutkan.')
        continue
      }
      dijawab.push(kanal)
    }
    expect(dijawab.sort()).toEqual([...boleh].sort())
    // A forged or stale session id is the same as none.
    const palsu = { baca: () => 'x'.repeat(43), simpan: () => {} }
    expect(await u.panggil('desa:daftar', {}, palsu)).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
  })

  it('[G3] sebelum ada akun, hanya penyiapan (setup, data contoh, Admin pertama) yang terbuka tanpa masuk', async () => {
    const v = bukaUji()
    try {
      const anonim = pembawa()
      const terbuka: string[] = []
      for (const kanal of Object.keys(kontrak)) {
        const h = await v.panggil(kanal, {}, anonim)
        if (!(!h.ok && h.galat.kode === 'BELUM_MASUK')) terbuka.push(kanal)
      }
      expect(terbuka.sort()).toEqual(['contoh:muat', 'pengguna:admin-pertama', 'setup:simpan', 'sesi:keluar', 'sesi:masuk', 'sesi:pulihkan', 'sesi:status', 'sistem:status', 'wilayah:kabupaten', 'wilayah:kecamatan', 'wilayah:provinsi'].sort())
      // The loop's contoh:muat loaded the demo without asking for an Admin; then the first Admin shuts the door.
      expect(v.sql('SELECT nama FROM satker')).toEqual([{ nama: 'POLRES TIMOR TENGAH UTARA' }])
      expect(await v.wajib('sesi:status', {}, anonim)).toMatchObject({ sesi: null, adaPengguna: false })
      const h = await v.wajib('pengguna:admin-pertama', ADMIN, anonim)
      expect(h.kodePemulihan).toMatch(/^(\w{5}-){3}\w{5}$/)
      expect(anonim.id).not.toBeNull()
      const lagi = pembawa()
      expect(await v.panggil('pengguna:admin-pertama', { ...ADMIN, namaPengguna: 'penyusup' }, lagi)).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
      expect(await v.panggil('contoh:hapus', {}, lagi)).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
      expect(v.sql('SELECT nama_pengguna FROM pengguna')).toEqual([{ nama_pengguna: 'yohanes.bana' }])
    } finally {
      await v.tutup()
    }
  })

  it('[G3] Admin aktif terakhir tidak dapat dinonaktifkan atau diturunkan; menonaktifkan mengakhiri sesi pengguna itu', async () => {
    for (const ubah of [{ aktif: false }, { peran: 'operator' }, { peran: 'pimpinan', aktif: false }]) {
      const h = await u.panggil('pengguna:ubah', { namaPengguna: 'yohanes.bana', ...ubah }, adminJendela)
      expect(h).toMatchObject({ ok: false, galat: { kode: 'KONFLIK', pesan: expect.stringContaining('Admin aktif terakhir') } })
    }
    expect(u.sql("SELECT peran, aktif FROM pengguna WHERE nama_pengguna = 'yohanes.bana'")).toEqual([{ peran: 'admin', aktif: 1 }])
    // With a second Admin the first may step down; the second cannot then be removed either.
    await u.wajib('pengguna:tambah', { namaPengguna: 'admin2', namaLengkap: 'IPDA KORNELIS TAEK', kataSandi: 'Sandi admin kedua 99', peran: 'admin' }, adminJendela)
    const kedua = pembawa()
    await u.wajib('sesi:masuk', { namaPengguna: 'admin2', kataSandi: 'Sandi admin kedua 99' }, kedua)
    await u.wajib('sesi:ganti-sandi', { sandiLama: 'Sandi admin kedua 99', sandiBaru: 'Sandi admin kedua 100' }, kedua)
    await u.wajib('pengguna:ubah', { namaPengguna: 'yohanes.bana', peran: 'operator' }, kedua)
    // The demoted Admin's open session ended with the role change.
    expect(await u.panggil('pengguna:daftar', {}, adminJendela)).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
    expect(await u.panggil('pengguna:ubah', { namaPengguna: 'admin2', aktif: false }, kedua)).toMatchObject({ ok: false, galat: { kode: 'KONFLIK' } })
    // Deactivate the operator Maria: her session ends at once, and she cannot log in (same message as a wrong password).
    const maria = pembawa()
    await u.wajib('sesi:masuk', { namaPengguna: 'maria.operator', kataSandi: SANDI_MARIA }, maria)
    await u.wajib('pengguna:ubah', { namaPengguna: 'maria.operator', aktif: false }, kedua)
    expect(await u.panggil('desa:daftar', {}, maria)).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
    expect(await u.panggil('sesi:masuk', { namaPengguna: 'maria.operator', kataSandi: SANDI_MARIA }, maria)).toEqual({ ok: false, galat: { kode: 'MASUK_DITOLAK', pesan: 'Nama pengguna atau kata sandi salah.' } })
    // Restore for the following tests.
    await u.wajib('pengguna:ubah', { namaPengguna: 'maria.operator', aktif: true }, kedua)
    await u.wajib('pengguna:ubah', { namaPengguna: 'yohanes.bana', peran: 'admin' }, kedua)
    await u.wajib('sesi:masuk', { namaPengguna: 'yohanes.bana', kataSandi: SANDI_ADMIN }, adminJendela)
  })

  it('[G3] kode pemulihan berlaku sekali: menetapkan sandi baru Admin, lalu kode baru diberikan dan kode lama ditolak', async () => {
    const p = pembawa()
    const salahKode = await u.panggil('sesi:pulihkan', { namaPengguna: 'yohanes.bana', kodePemulihan: 'AAAAA-BBBBB-CCCCC-DDDDD', sandiBaru: 'Sandi pulih pertama 1' }, p)
    expect(salahKode).toEqual({ ok: false, galat: { kode: 'MASUK_DITOLAK', pesan: 'Nama pengguna Admin atau kode pemulihan salah.' } })
    // The right code for a non-Admin account does not work either, and is not used up.
    expect(await u.panggil('sesi:pulihkan', { namaPengguna: 'maria.operator', kodePemulihan: kodeAwal, sandiBaru: 'Sandi pulih pertama 1' }, p)).toEqual(salahKode)
    // Typed in lower case, with spaces instead of dashes, and O for 0: still the code.
    const diketik = kodeAwal.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o')
    const h = await u.wajib('sesi:pulihkan', { namaPengguna: 'yohanes.bana', kodePemulihan: diketik, sandiBaru: 'Sandi pulih pertama 1' }, p)
    expect(h.kodePemulihan).not.toBe(kodeAwal)
    expect(u.sql('SELECT status, dipakai_oleh FROM kode_pemulihan ORDER BY id')).toEqual([
      { status: 'dipakai', dipakai_oleh: 'yohanes.bana' },
      { status: 'aktif', dipakai_oleh: null },
    ])
    // The Admin's other session ended; the old password no longer works, the new one does.
    expect(await u.panggil('pengguna:daftar', {}, adminJendela)).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
    expect(await u.panggil('sesi:masuk', { namaPengguna: 'yohanes.bana', kataSandi: SANDI_ADMIN }, p)).toMatchObject({ ok: false, galat: { kode: 'MASUK_DITOLAK' } })
    await u.wajib('sesi:masuk', { namaPengguna: 'yohanes.bana', kataSandi: 'Sandi pulih pertama 1' }, adminJendela)
    // The used code is refused; the new one works once.
    expect(await u.panggil('sesi:pulihkan', { namaPengguna: 'yohanes.bana', kodePemulihan: kodeAwal, sandiBaru: 'Sandi pulih kedua 22' }, p)).toEqual(salahKode)
    await u.wajib('sesi:pulihkan', { namaPengguna: 'yohanes.bana', kodePemulihan: h.kodePemulihan, sandiBaru: 'Sandi pulih kedua 22' }, p)
    expect(await u.panggil('sesi:pulihkan', { namaPengguna: 'yohanes.bana', kodePemulihan: h.kodePemulihan, sandiBaru: 'Sandi pulih ketiga 333' }, p)).toMatchObject({ ok: false, galat: { kode: 'MASUK_DITOLAK' } })
    expect(u.sql("SELECT count(*) n FROM kode_pemulihan WHERE status = 'aktif'")).toEqual([{ n: 1 }])
    await u.wajib('sesi:masuk', { namaPengguna: 'yohanes.bana', kataSandi: 'Sandi pulih kedua 22' }, adminJendela)
  })

  it('[G3] baris audit menyebut pengguna yang mengubah; Riwayat Perubahan menampilkan nama lengkapnya', async () => {
    const maria = pembawa()
    await u.wajib('sesi:masuk', { namaPengguna: 'maria.operator', kataSandi: SANDI_MARIA }, maria)
    const desa = (await u.wajib('desa:daftar', {}, maria))[0]
    await u.wajib('desa:ubah', { kode: desa.kode, penduduk: 1234, jumlahKk: 321, posKamlingTotal: 2, fkpmAktif: true, lintang: null, bujur: null }, maria)
    await u.wajib('desa:ubah', { kode: desa.kode, penduduk: 1300, jumlahKk: 321, posKamlingTotal: 2, fkpmAktif: true, lintang: null, bujur: null }, adminJendela)
    // Independently of the service: the raw rows name who did it.
    expect(u.sql("SELECT pengguna, json_extract(sesudah, '$.penduduk') penduduk FROM audit WHERE tabel = 'desa' AND kunci = ? ORDER BY id", desa.kode)).toEqual([
      { pengguna: 'maria.operator', penduduk: 1234 },
      { pengguna: 'yohanes.bana', penduduk: 1300 },
    ])
    const riwayat = await u.wajib('audit:riwayat', { tabel: 'desa', kunci: desa.kode }, maria)
    expect(riwayat.map((r: { pengguna: string }) => r.pengguna)).toEqual(['AKP YOHANES BANA, S.H. (yohanes.bana)', 'BRIPKA MARIA SERAN (maria.operator)'])
    // Account changes are in the trail too, never with a hash.
    const akun = u.sql<{ pengguna: string; aksi: string; kunci: string; sesudah: string | null }>("SELECT pengguna, aksi, kunci, sesudah FROM audit WHERE tabel = 'pengguna' ORDER BY id")
    expect(akun.slice(0, 2).map((a) => [a.pengguna, a.aksi, a.kunci])).toEqual([
      ['yohanes.bana', 'tambah', 'yohanes.bana'],
      ['yohanes.bana', 'tambah', 'maria.operator'],
    ])
    expect(akun.some((a) => a.aksi === 'pulihkan-sandi' && a.pengguna === 'yohanes.bana')).toBe(true)
    expect(JSON.stringify(akun)).not.toMatch(/scrypt\$/)
  })

  it('[G3] akun buatan Admin wajib ganti sandi dulu; lalu Pimpinan membaca data tetapi setiap perubahan ditolak TIDAK_BERHAK', async () => {
    await u.wajib('pengguna:tambah', { namaPengguna: 'kapolres', namaLengkap: 'AKBP ARIFIN NOTO', kataSandi: 'Sandi sementara dari Admin 1', peran: 'pimpinan' }, adminJendela)
    const pim = pembawa()
    expect(await u.wajib('sesi:masuk', { namaPengguna: 'kapolres', kataSandi: 'Sandi sementara dari Admin 1' }, pim)).toMatchObject({ harusGantiSandi: true })
    expect(await u.panggil('desa:daftar', {}, pim)).toMatchObject({ ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: 'Ganti dahulu kata sandi yang diberikan Admin, lalu lanjutkan.' } })
    expect((await u.wajib('sesi:status', {}, pim)).sesi).toMatchObject({ harusGantiSandi: true })
    await u.wajib('sesi:ganti-sandi', { sandiLama: 'Sandi sementara dari Admin 1', sandiBaru: 'Pimpinan membaca saja 7' }, pim)
    const desa = await u.wajib('desa:daftar', {}, pim)
    expect(desa.length).toBe(u.sql<{ n: number }>('SELECT count(*) n FROM desa')[0]!.n)
    for (const [kanal, masukan] of [
      ['desa:ubah', { kode: desa[0].kode, penduduk: 1, jumlahKk: 1, posKamlingTotal: 1, fkpmAktif: false, lintang: null, bujur: null }],
      ['pengguna:daftar', {}],
      ['pengguna:atur-kunci', { menit: 5 }],
      ['periode:kunci', { bulan: '2024-08' }],
    ] as const) {
      expect(await u.panggil(kanal, masukan, pim), kanal).toEqual({ ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: 'Peran Anda tidak berhak melakukan tindakan ini.' } })
    }
  })

  it('[G3] sesi berakhir setelah batas diam di sisi server; panggilan yang sering menjaganya tetap hidup', async () => {
    const v = bukaUji({ batasDiamMs: 60_000 })
    try {
      const { jendela } = await siapDenganAdmin(v)
      v.maju(59_000)
      await v.wajib('desa:daftar', {}, jendela)
      v.maju(59_000)
      await v.wajib('sesi:status', {}, jendela)
      v.maju(60_001)
      expect(await v.panggil('desa:daftar', {}, jendela)).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
      expect((await v.wajib('sesi:status', {}, jendela)).sesi).toBeNull()
    } finally {
      await v.tutup()
    }
  })

  it('[G3] ganti kata sandi: sandi lama wajib benar, sandi baru memenuhi aturan; jendela lain pengguna itu dikeluarkan', async () => {
    const a = pembawa()
    const b = pembawa()
    await u.wajib('sesi:masuk', { namaPengguna: 'kapolres', kataSandi: 'Pimpinan membaca saja 7' }, a)
    await u.wajib('sesi:masuk', { namaPengguna: 'kapolres', kataSandi: 'Pimpinan membaca saja 7' }, b)
    expect(await u.panggil('sesi:ganti-sandi', { sandiLama: 'salah', sandiBaru: 'Sandi pimpinan baru 8' }, a)).toMatchObject({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID', rincian: [{ lokasi: 'sandiLama' }] } })
    for (const lemah of ['12345678', 'kapolres2024', 'aaaaaaaaaa']) {
      expect(await u.panggil('sesi:ganti-sandi', { sandiLama: 'Pimpinan membaca saja 7', sandiBaru: lemah }, a), lemah).toMatchObject({ ok: false, galat: { rincian: [{ lokasi: 'sandiBaru' }] } })
    }
    await u.wajib('sesi:ganti-sandi', { sandiLama: 'Pimpinan membaca saja 7', sandiBaru: 'Sandi pimpinan baru 8' }, a)
    await u.wajib('desa:daftar', {}, a)
    expect(await u.panggil('desa:daftar', {}, b)).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
  })
})

describe('sesi di host web', () => {
  it('[G3] host web tanpa sesiUji meminta masuk: kuki sesi HttpOnly, SameSite=Strict, hanya /api; keluar menghapusnya', async () => {
    const tmp = folderSementara('binmas-pengguna-web-')
    const host = await mulaiHost({ folderData: tmp.folder, hariIni: '2024-09-18' })
    try {
      const minta = (kanal: string, masukan: object, kuki?: string) =>
        fetch(`http://127.0.0.1:${host.port}/api/panggil/${kanal}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-binmas-token': host.token, ...(kuki ? { cookie: kuki } : {}) },
          body: JSON.stringify(masukan),
        })
      const setup = await minta('setup:simpan', { ...(await setupTtu()), admin: ADMIN })
      expect(((await setup.json()) as Hasil<{ kodePemulihan: string }>).ok).toBe(true)
      const kukiSetup = setup.headers.get('set-cookie')!
      expect(kukiSetup).toMatch(new RegExp(`^binmas_sesi_${host.port}=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=/api$`))
      const kuki = kukiSetup.split(';')[0]!
      expect(await (await minta('desa:daftar', {})).json()).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
      expect(await (await minta('satker:info', {}, kuki)).json()).toMatchObject({ ok: true, data: { nama: 'POLRES TIMOR TENGAH UTARA' } })
      // The token is still required next to the cookie.
      const tanpaToken = await fetch(`http://127.0.0.1:${host.port}/api/panggil/satker:info`, { method: 'POST', headers: { cookie: kuki }, body: '{}' })
      expect(tanpaToken.status).toBe(401)
      const keluar = await minta('sesi:keluar', {}, kuki)
      expect(keluar.headers.get('set-cookie')).toBe(`binmas_sesi_${host.port}=; HttpOnly; SameSite=Strict; Path=/api; Max-Age=0`)
      expect(await (await minta('satker:info', {}, kuki)).json()).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
    } finally {
      await host.tutup()
      tmp.hapus()
    }
  })

  it('[G3] npm run web tidak pernah memakai sesi uji: cli.ts tidak menyebut sesiUji dan server tidak membacanya dari lingkungan', () => {
    const cli = fs.readFileSync(path.resolve('electron/web/cli.ts'), 'utf8')
    const server = fs.readFileSync(path.resolve('electron/web/server.ts'), 'utf8')
    expect(cli).not.toMatch(/sesiUji|batasDiamMs/)
    expect(server).not.toMatch(/process\.env|process\.argv/)
  })
})
