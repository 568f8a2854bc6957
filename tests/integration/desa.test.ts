import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'

describe('Data Desa', () => {
  const u = aplikasiUji()
  let kode = ''
  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    kode = (u.app.bd.sqlite.prepare('SELECT kode FROM desa ORDER BY kode LIMIT 1').get() as { kode: string }).kode
  })
  afterAll(() => u.tutup())

  it('[A6] daftar desa bisa dicari dan disaring per kecamatan dan Polsek', async () => {
    const semua = await u.panggil('desa:daftar', {})
    const n = u.app.bd.sqlite.prepare('SELECT count(*) n FROM desa').get() as { n: number }
    expect(semua).toHaveLength(n.n)
    const pertama = semua[0]!
    expect(pertama).toMatchObject({ penduduk: null, jumlahKk: null, posKamlingTotal: null, fkpmAktif: null })
    const perKec = await u.panggil('desa:daftar', { kecamatanKode: pertama.kecamatanKode })
    const nKec = u.app.bd.sqlite.prepare('SELECT count(*) n FROM desa WHERE kecamatan_kode = ?').get(pertama.kecamatanKode) as { n: number }
    expect(perKec).toHaveLength(nKec.n)
    const perPolsek = await u.panggil('desa:daftar', { polsekId: pertama.polsekId! })
    expect(perPolsek.every((d) => d.polsekId === pertama.polsekId)).toBe(true)
    const cari = await u.panggil('desa:daftar', { cari: pertama.nama.slice(0, 5).toLowerCase() })
    expect(cari.map((d) => d.kode)).toContain(pertama.kode)
    // LIKE wildcards typed by a user are literal text, not patterns.
    expect(await u.panggil('desa:daftar', { cari: '%' })).toHaveLength(0)
  })

  it('[A6] mengubah desa tersimpan dan tercatat di audit (siapa, kapan, tabel, kunci, sebelum, sesudah)', async () => {
    const hasil = await u.panggil('desa:ubah', { kode, penduduk: 2000, jumlahKk: 500, posKamlingTotal: 4, fkpmAktif: true, lintang: -9.45, bujur: 124.48 })
    expect(hasil).toMatchObject({ kode, penduduk: 2000, jumlahKk: 500, posKamlingTotal: 4, fkpmAktif: true, lintang: -9.45, bujur: 124.48 })
    const baris = u.app.bd.sqlite.prepare("SELECT * FROM audit WHERE tabel = 'desa' AND kunci = ?").all(kode) as Record<string, string>[]
    expect(baris).toHaveLength(1)
    expect(baris[0]).toMatchObject({ pengguna: 'admin', aksi: 'ubah', tabel: 'desa', kunci: kode })
    expect(new Date(baris[0]!.waktu!).toISOString()).toBe(baris[0]!.waktu)
    expect(JSON.parse(baris[0]!.sebelum!)).toEqual({ penduduk: null, jumlah_kk: null, pos_kamling_total: null, fkpm_aktif: null, lintang: null, bujur: null })
    expect(JSON.parse(baris[0]!.sesudah!)).toEqual({ penduduk: 2000, jumlah_kk: 500, pos_kamling_total: 4, fkpm_aktif: 1, lintang: -9.45, bujur: 124.48 })

    // Saving the same values again changes nothing and writes no audit row.
    await u.panggil('desa:ubah', { kode, penduduk: 2000, jumlahKk: 500, posKamlingTotal: 4, fkpmAktif: true, lintang: -9.45, bujur: 124.48 })
    // Emptying a value is a change to "blank", never to 0.
    await u.panggil('desa:ubah', { kode, penduduk: 2000, jumlahKk: 500, posKamlingTotal: null, fkpmAktif: true, lintang: -9.45, bujur: 124.48 })
    const riwayat = await u.panggil('audit:riwayat', { tabel: 'desa', kunci: kode })
    expect(riwayat).toHaveLength(2)
    expect(riwayat[0]).toMatchObject({ sebelum: { pos_kamling_total: 4 }, sesudah: { pos_kamling_total: null } })
  })

  it('[A6] isian yang salah ditolak dan data tidak berubah', async () => {
    const sebelum = u.app.bd.sqlite.prepare('SELECT * FROM desa WHERE kode = ?').get(kode)
    const nAudit = u.app.bd.sqlite.prepare('SELECT count(*) n FROM audit').get()
    const h = await u.hasil('desa:ubah', { kode, penduduk: 100, jumlahKk: 500, posKamlingTotal: 1, fkpmAktif: false, lintang: null, bujur: 124 })
    expect(h.ok).toBe(false)
    if (!h.ok)
      expect(h.galat.rincian).toEqual([
        { lokasi: 'jumlahKk', pesan: 'Jumlah KK tidak boleh melebihi jumlah penduduk' },
        { lokasi: 'lintang', pesan: 'Isi lintang dan bujur bersama-sama, atau kosongkan keduanya' },
      ])
    const takAda = await u.hasil('desa:ubah', { kode: '53.03.99.2999', penduduk: 1, jumlahKk: 1, posKamlingTotal: 1, fkpmAktif: null, lintang: null, bujur: null })
    expect(!takAda.ok && takAda.galat).toEqual({ kode: 'TIDAK_DITEMUKAN', pesan: 'Desa dengan kode 53.03.99.2999 tidak ditemukan.' })
    expect(u.app.bd.sqlite.prepare('SELECT * FROM desa WHERE kode = ?').get(kode)).toEqual(sebelum)
    expect(u.app.bd.sqlite.prepare('SELECT count(*) n FROM audit').get()).toEqual(nAudit)
  })
})
