import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { kontrak } from '../../shared/api'
import { KODE_GALAT } from '../../shared/galat'
import { NAMA_KANAL } from '../../shared/kanal'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'

describe('dispatch', () => {
  const u = aplikasiUji()
  afterAll(() => u.tutup())

  it('[A2] kontrak dan daftar nama kanal berisi kanal yang sama', () => {
    expect(Object.keys(kontrak).sort()).toEqual([...NAMA_KANAL].sort())
  })

  it('[A2] kanal tak dikenal dijawab dengan kode KANAL_TIDAK_DIKENAL', async () => {
    const h = await u.dispatch('desa:hapus-semua', {}, { pengguna: 'admin', peran: 'admin' })
    expect(h).toEqual({ ok: false, galat: { kode: 'KANAL_TIDAK_DIKENAL', pesan: 'Perintah "desa:hapus-semua" tidak dikenal.' } })
    const proto = await u.dispatch('__proto__', {}, { pengguna: 'admin', peran: 'admin' })
    expect(proto.ok === false && proto.galat.kode).toBe('KANAL_TIDAK_DIKENAL')
  })

  it('[A2] sebelum pengaturan awal, data satker dijawab BELUM_DISIAPKAN dalam bahasa Indonesia', async () => {
    const h = await u.hasil('satker:info', {})
    expect(h.ok).toBe(false)
    if (!h.ok) {
      expect(h.galat.kode).toBe('BELUM_DISIAPKAN')
      expect(h.galat.pesan).toMatch(/Pengaturan Awal/)
    }
    const s = await u.panggil('sistem:status', {})
    expect(s).toMatchObject({ sudahDisiapkan: false, satkerNama: null, galatDb: null, hariIni: '2024-09-18' })
  })

  it('[A5] isian pengaturan awal yang salah ditolak per kolom dan tidak menyimpan apa pun', async () => {
    const benar = await setupTtu()
    const salah = {
      ...benar,
      kasat: { ...benar.kasat, nrp: '1234567' },
      polsek: [{ nama: '  ', kecamatanKode: benar.polsek[0]!.kecamatanKode }, ...benar.polsek.slice(1)],
    }
    const h = await u.hasil('setup:simpan', salah)
    expect(h.ok).toBe(false)
    if (h.ok) return
    expect(h.galat.kode).toBe('INPUT_TIDAK_VALID')
    expect(h.galat.rincian).toEqual(
      expect.arrayContaining([
        { lokasi: 'kasat.nrp', pesan: 'NRP harus 8 digit angka' },
        { lokasi: 'polsek.0.nama', pesan: 'Nama Polsek tidak boleh kosong' },
      ]),
    )
    // A kecamatan left without a Polsek is caught against the reference data.
    const tanpaSatu = { ...benar, polsek: benar.polsek.slice(1) }
    const h2 = await u.hasil('setup:simpan', tanpaSatu)
    expect(h2.ok).toBe(false)
    if (!h2.ok) {
      const kec = benar.polsek[0]!.kecamatanKode[0]!
      expect(h2.galat.rincian).toEqual([{ lokasi: `kecamatan.${kec}`, pesan: expect.stringMatching(/^Kecamatan .+ belum dimasukkan ke Polsek mana pun$/) }])
    }
    // Kecamatan in two Polsek, and a kabupaten outside the province.
    const ganda = { ...benar, polsek: [...benar.polsek, { nama: 'POLSEK GANDA', kecamatanKode: benar.polsek[0]!.kecamatanKode }] }
    const h3 = await u.hasil('setup:simpan', ganda)
    expect(!h3.ok && h3.galat.rincian?.[0]?.pesan).toMatch(/sudah masuk Polsek lain/)
    const luar = await u.hasil('setup:simpan', { ...benar, kabupatenKode: ['53.03', '52.01'] })
    expect(!luar.ok && luar.galat.rincian?.some((r) => /tidak berada di provinsi yang dipilih/.test(r.pesan))).toBe(true)
    const n = u.app.bd.sqlite.prepare('SELECT (SELECT count(*) FROM satker) + (SELECT count(*) FROM desa) + (SELECT count(*) FROM polsek) + (SELECT count(*) FROM audit) AS n').get()
    expect(n).toEqual({ n: 0 })
  })

  it('[A2] peran Pimpinan hanya membaca: mengubah desa ditolak TIDAK_BERHAK', async () => {
    const h = await u.dispatch('setup:simpan', await setupTtu(), { pengguna: 'kapolres', peran: 'pimpinan' })
    expect(h).toEqual({ ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: 'Peran Anda tidak berhak melakukan tindakan ini.' } })
  })

  it('[A5] pengaturan awal Polres TTU menyimpan satker, Polsek, kecamatan dan desa dengan kode Kemendagri', async () => {
    const m = await setupTtu()
    const satker = await u.panggil('setup:simpan', m)
    expect(satker).toMatchObject({ kode: '53.03', nama: 'POLRES TIMOR TENGAH UTARA', provinsiKode: '53', zonaWaktu: 'WITA' })
    const desaDb = u.app.bd.sqlite.prepare("SELECT count(*) n FROM desa WHERE kode LIKE '53.03.%'").get() as { n: number }
    expect(satker.jumlahDesa).toBe(desaDb.n)
    expect(satker.polsek).toHaveLength(m.polsek.length)
    expect(satker.polsek.reduce((a, p) => a + p.jumlahDesa, 0)).toBe(desaDb.n)
    const again = await u.hasil('setup:simpan', m)
    expect(!again.ok && again.galat.kode).toBe('SUDAH_DISIAPKAN')
    const audit = u.app.bd.sqlite.prepare("SELECT pengguna, aksi, tabel, kunci FROM audit WHERE tabel = 'satker'").all()
    expect(audit).toEqual([{ pengguna: 'admin', aksi: 'setup', tabel: 'satker', kunci: '53.03' }])
  })

  it('[A2] masukan yang salah bentuk dijawab INPUT_TIDAK_VALID dengan rincian per kolom', async () => {
    const h = await u.hasil('desa:ubah', { kode: '53.03.01.2001', penduduk: -5, jumlahKk: 1.5, posKamlingTotal: null, fkpmAktif: null, lintang: 20, bujur: null } as never)
    expect(h.ok).toBe(false)
    if (h.ok) return
    expect(h.galat.kode).toBe('INPUT_TIDAK_VALID')
    expect(h.galat.rincian).toEqual(
      expect.arrayContaining([
        { lokasi: 'penduduk', pesan: 'Penduduk tidak boleh negatif' },
        { lokasi: 'jumlahKk', pesan: 'Jumlah KK harus bilangan bulat' },
        { lokasi: 'lintang', pesan: 'Lintang di luar wilayah Indonesia (−11,5 s.d. 6,5)' },
      ]),
    )
    const bukanObjek = await u.dispatch('desa:daftar', 'DROP TABLE desa', { pengguna: 'admin', peran: 'admin' })
    expect(!bukanObjek.ok && bukanObjek.galat.kode).toBe('INPUT_TIDAK_VALID')
  })

  it('[A2] setiap kode galat berasal dari daftar tertutup', () => {
    expect(new Set(KODE_GALAT).size).toBe(KODE_GALAT.length)
  })
})
