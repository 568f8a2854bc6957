import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'

describe('Personel dan desa binaan', () => {
  const u = aplikasiUji({ hariIni: '2024-10-20' })
  let desa: string[] = []
  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    desa = (u.app.bd.sqlite.prepare('SELECT kode FROM desa ORDER BY kode').all() as { kode: string }[]).map((d) => d.kode)
  })
  afterAll(() => u.tutup())
  const orang = (nrp: string, nama: string) => ({ baru: true, nrp, nama, pangkat: 'BRIPKA' as const, jabatan: 'Bhabinkamtibmas', polsekId: null, kontak: null, aktif: true })

  it('[B1] NRP 8 digit dan unik; satu personel memegang beberapa desa; desa tanpa Bhabinkamtibmas terlihat', async () => {
    const salah = await u.hasil('personel:simpan', orang('1234567', 'YOHANES BANA'))
    expect(!salah.ok && salah.galat.rincian).toEqual([{ lokasi: 'nrp', pesan: 'NRP harus 8 digit angka' }])
    await u.panggil('personel:simpan', orang('85010001', 'YOHANES BANA'))
    const ganda = await u.hasil('personel:simpan', orang('85010001', 'PETRUS KOLO'))
    expect(!ganda.ok && ganda.galat).toMatchObject({ kode: 'KONFLIK', pesan: 'NRP 85010001 sudah terdaftar atas nama YOHANES BANA.' })
    await u.panggil('binaan:tetapkan', { nrp: '85010001', desaKode: desa[0]!, mulai: '2024-01-01' })
    await u.panggil('binaan:tetapkan', { nrp: '85010001', desaKode: desa[1]!, mulai: '2024-01-01' })
    const d = await u.panggil('personel:daftar', {})
    expect(d.personel[0]!.desaBinaan.map((b) => b.desaKode).sort()).toEqual([desa[0], desa[1]])
    expect(d.desaTanpaBhabin).toHaveLength(desa.length - 2)
    expect(d.desaTanpaBhabin.map((x) => x.kode)).not.toContain(desa[0])
  })

  it('[B1] penugasan baru mengakhiri penugasan lama sehari sebelumnya; riwayat tetap ada', async () => {
    await u.panggil('personel:simpan', orang('86020002', 'PETRUS KOLO'))
    await u.panggil('binaan:tetapkan', { nrp: '86020002', desaKode: desa[0]!, mulai: '2024-07-01' })
    const rows = u.app.bd.sqlite.prepare('SELECT nrp, mulai, selesai FROM desa_binaan WHERE desa_kode = ? ORDER BY mulai').all(desa[0])
    expect(rows).toEqual([
      { nrp: '85010001', mulai: '2024-01-01', selesai: '2024-06-30' },
      { nrp: '86020002', mulai: '2024-07-01', selesai: null },
    ])
    // The weekly grid names the officer holding the desa in that week.
    const w = await u.panggil('mingguan:ambil', { tahun: 2024, minggu: 20 })
    expect(w.baris.find((b) => b.desaKode === desa[0])!.bhabinkamtibmas).toBe('BRIPKA YOHANES BANA')
    const w2 = await u.panggil('mingguan:ambil', { tahun: 2024, minggu: 30 })
    expect(w2.baris.find((b) => b.desaKode === desa[0])!.bhabinkamtibmas).toBe('BRIPKA PETRUS KOLO')
    const mundur = await u.hasil('binaan:tetapkan', { nrp: '85010001', desaKode: desa[0]!, mulai: '2024-05-01' })
    expect(!mundur.ok && mundur.galat.kode).toBe('KONFLIK')
  })

  it('[B1] pemekaran: desa baru ditambah manual; kode lama dipetakan ke kode baru dengan riwayatnya', async () => {
    const kec = desa[2]!.slice(0, 8)
    const baru = await u.panggil('desa:tambah', { kode: `${kec}.2099`, nama: 'Oelami Baru', kecamatanKode: kec })
    expect(baru).toMatchObject({ kode: `${kec}.2099`, nama: 'Oelami Baru', penduduk: null })
    const salahKec = await u.hasil('desa:tambah', { kode: '53.03.99.2001', nama: 'Desa Salah', kecamatanKode: kec })
    expect(!salahKec.ok && salahKec.galat.rincian?.[0]?.lokasi).toBe('kode')
    await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: desa[2]!, kolom: 'kk_dikunjungi', nilai: 25 }] })
    await u.panggil('kejadian:simpan', { tanggal: '2024-09-10', desaKode: desa[2]!, kategori: 'bencana', tingkat: 'nyata', status: 'terbuka', tanggalSelesai: null, uraian: 'Banjir' })
    await u.panggil('desa:ganti-kode', { kodeLama: desa[2]!, kodeBaru: `${kec}.2099`, berlakuMulai: '2024-10-01', catatan: 'Perubahan kode Kemendagri' })
    expect(u.app.bd.sqlite.prepare('SELECT desa_kode, kk_dikunjungi FROM laporan_mingguan WHERE minggu = 37').all()).toEqual([{ desa_kode: `${kec}.2099`, kk_dikunjungi: 25 }])
    expect(u.app.bd.sqlite.prepare('SELECT desa_kode FROM kejadian').all()).toEqual([{ desa_kode: `${kec}.2099` }])
    expect(u.app.bd.sqlite.prepare('SELECT aktif FROM desa WHERE kode = ?').get(desa[2])).toEqual({ aktif: 0 })
    expect((await u.panggil('desa:daftar', {})).map((d) => d.kode)).not.toContain(desa[2])
    const audit = await u.panggil('audit:riwayat', { tabel: 'desa', kunci: desa[2]! })
    expect(audit[0]!.sesudah).toMatchObject({ aktif: 0, diganti_oleh: `${kec}.2099`, dipindahkan: { laporan: 1, kejadian: 1, binaan: 0 } })
  })
})

describe('Data Contoh', () => {
  const u = aplikasiUji({ hariIni: '2024-10-20' })
  afterAll(() => u.tutup())

  it('[B6] memuat Polres TTU contoh yang deterministik: kode Kemendagri asli, 12 bulan laporan dengan celah, semua kategori dan tingkat', async () => {
    const h = await u.panggil('contoh:muat', {})
    const s = u.app.bd.sqlite
    const nDesa = (s.prepare("SELECT count(*) n FROM desa WHERE kode LIKE '53.03.%'").get() as { n: number }).n
    expect(h.desa).toBe(nDesa)
    expect((await u.panggil('sistem:status', {})).dataContoh).toBe(true)
    // 52 weeks ending with the last complete week before 20 Oct 2024 (week 41).
    expect(s.prepare('SELECT min(tahun * 100 + minggu) a, max(tahun * 100 + minggu) b, count(DISTINCT tahun * 100 + minggu) n FROM laporan_mingguan').get()).toEqual({ a: 202342, b: 202441, n: 52 })
    // Gaps: not every desa every week; blanks: some fields empty in reported weeks.
    expect(h.laporan).toBeLessThan(nDesa * 52)
    expect(h.laporan).toBeGreaterThan(nDesa * 52 * 0.5)
    expect((s.prepare('SELECT count(*) n FROM laporan_mingguan WHERE kk_dikunjungi IS NULL').get() as { n: number }).n).toBeGreaterThan(0)
    expect((s.prepare('SELECT count(DISTINCT kategori || tingkat) n FROM kejadian').get() as { n: number }).n).toBe(12 * 3)
    expect((s.prepare('SELECT count(*) n FROM desa WHERE penduduk IS NULL').get() as { n: number }).n).toBeGreaterThan(0)
    expect(s.prepare('SELECT count(*) n FROM laporan_mingguan WHERE masalah_selesai > masalah_ditangani OR ronda_malam > 7').get()).toEqual({ n: 0 })
    // Deterministic: a second database from the same seed and day is identical.
    const v = aplikasiUji({ hariIni: '2024-10-20' })
    await v.panggil('contoh:muat', {})
    const ambil = (x: typeof u) => x.app.bd.sqlite.prepare('SELECT * FROM laporan_mingguan ORDER BY desa_kode, tahun, minggu').all().map((r) => ({ ...(r as object), diubah_pada: '' }))
    expect(ambil(v)).toEqual(ambil(u))
    expect(v.app.bd.sqlite.prepare('SELECT id, tanggal, kategori FROM kejadian ORDER BY id').all()).toEqual(s.prepare('SELECT id, tanggal, kategori FROM kejadian ORDER BY id').all())
    await v.tutup()
  })

  it('[B6] data contoh dapat dihapus kembali ke Pengaturan Awal; data sungguhan tidak', async () => {
    await u.panggil('contoh:hapus', {})
    expect(await u.panggil('sistem:status', {})).toMatchObject({ sudahDisiapkan: false, dataContoh: false })
    expect(u.app.bd.sqlite.prepare('SELECT (SELECT count(*) FROM desa) + (SELECT count(*) FROM laporan_mingguan) + (SELECT count(*) FROM kejadian) n').get()).toEqual({ n: 0 })
    await u.panggil('setup:simpan', await setupTtu())
    const h = await u.hasil('contoh:hapus', {})
    expect(!h.ok && h.galat.kode).toBe('KONFLIK')
    expect((u.app.bd.sqlite.prepare('SELECT count(*) n FROM desa').get() as { n: number }).n).toBeGreaterThan(0)
  })
})
