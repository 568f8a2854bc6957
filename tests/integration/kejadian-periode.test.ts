import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'

describe('Kejadian & Deteksi Dini, Kunci Periode', () => {
  const u = aplikasiUji({ hariIni: '2024-10-20' })
  let desa = ''
  const isi = (x: Partial<Parameters<typeof u.panggil<'kejadian:simpan'>>[1]> = {}) => ({
    tanggal: '2024-09-10',
    desaKode: desa,
    kategori: 'tindak_pidana' as const,
    tingkat: 'nyata' as const,
    status: 'terbuka' as const,
    tanggalSelesai: null,
    uraian: 'Pencurian ternak sapi milik warga',
    ...x,
  })
  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    desa = (u.app.bd.sqlite.prepare('SELECT kode FROM desa ORDER BY kode LIMIT 1').get() as { kode: string }).kode
  })
  afterAll(() => u.tutup())

  it('[B4] register kejadian: tambah, ubah, saring per bulan, desa, kategori, tingkat dan status', async () => {
    const a = await u.panggil('kejadian:simpan', isi())
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/)
    await u.panggil('kejadian:simpan', isi({ tanggal: '2024-09-20', kategori: 'hoaks', tingkat: 'ambang', status: 'selesai', tanggalSelesai: '2024-09-25', uraian: 'Pesan berantai hoaks' }))
    await u.panggil('kejadian:simpan', isi({ tanggal: '2024-10-02', kategori: 'konflik_agraria', tingkat: 'potensi' }))
    expect(await u.panggil('kejadian:daftar', { bulan: '2024-09' })).toHaveLength(2)
    expect((await u.panggil('kejadian:daftar', { kategori: 'hoaks' })).map((k) => k.uraian)).toEqual(['Pesan berantai hoaks'])
    expect(await u.panggil('kejadian:daftar', { tingkat: 'potensi' })).toHaveLength(1)
    expect(await u.panggil('kejadian:daftar', { status: 'selesai' })).toHaveLength(1)
    expect(await u.panggil('kejadian:daftar', { desaKode: desa, bulan: '2024-10' })).toHaveLength(1)
    const diubah = await u.panggil('kejadian:simpan', isi({ id: a.id, status: 'selesai', tanggalSelesai: '2024-09-12' }))
    expect(diubah).toMatchObject({ status: 'selesai', tanggalSelesai: '2024-09-12', terkunci: false })
    const riwayat = await u.panggil('audit:riwayat', { tabel: 'kejadian', kunci: a.id })
    expect(riwayat.map((r) => r.aksi)).toEqual(['ubah', 'tambah'])
    expect(riwayat[0]).toMatchObject({ sebelum: { status: 'terbuka', tanggal_selesai: null }, sesudah: { status: 'selesai', tanggal_selesai: '2024-09-12' } })
  })

  it('[B4] isian kejadian yang salah ditolak dengan pesan per kolom', async () => {
    const n = u.app.bd.sqlite.prepare('SELECT count(*) n FROM kejadian').get()
    const h = await u.hasil('kejadian:simpan', isi({ status: 'selesai', tanggalSelesai: '2024-09-01' }))
    expect(!h.ok && h.galat.rincian).toEqual([{ lokasi: 'tanggalSelesai', pesan: 'Tanggal selesai tidak boleh sebelum tanggal kejadian' }])
    const terbuka = await u.hasil('kejadian:simpan', isi({ tanggalSelesai: '2024-09-12' }))
    expect(!terbuka.ok && terbuka.galat.rincian?.[0]?.pesan).toBe('Kosongkan tanggal selesai selama kejadian masih terbuka')
    const depan = await u.hasil('kejadian:simpan', isi({ tanggal: '2024-11-01' }))
    expect(!depan.ok && depan.galat.rincian?.[0]?.pesan).toBe('Tanggal kejadian tidak boleh setelah hari ini (20 Oktober 2024)')
    const kat = await u.hasil('kejadian:simpan', { ...isi(), kategori: 'pencurian' } as never)
    expect(!kat.ok && kat.galat.rincian?.[0]).toEqual({ lokasi: 'kategori', pesan: 'Pilih kategori dari daftar' })
    expect(u.app.bd.sqlite.prepare('SELECT count(*) n FROM kejadian').get()).toEqual(n)
  })

  it('[B5] mengunci bulan menolak ubahan laporan mingguan (menurut Kamis) dan kejadian bulan itu', async () => {
    await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 40, sel: [{ desaKode: desa, kolom: 'penyuluhan', nilai: 1 }] })
    const terbuka = await u.panggil('kejadian:simpan', isi({ tanggal: '2024-09-27', kategori: 'konflik_sosial', tingkat: 'potensi' }))
    await u.panggil('periode:kunci', { bulan: '2024-09' })
    const sebelum = u.app.bd.sqlite.prepare('SELECT * FROM laporan_mingguan ORDER BY desa_kode, tahun, minggu').all()
    // Week 39 (23–29 Sept, Thursday 26 Sept) belongs to September: refused.
    const w39 = await u.hasil('mingguan:simpan', { tahun: 2024, minggu: 39, sel: [{ desaKode: desa, kolom: 'penyuluhan', nilai: 2 }] })
    expect(!w39.ok && w39.galat).toEqual({
      kode: 'PERIODE_TERKUNCI',
      pesan: 'Periode September 2024 sudah dikunci; laporan Minggu ke-39 2024 tidak dapat diubah. Buka kunci di Kunci Periode (dengan alasan) bila perlu koreksi.',
    })
    // Week 40 (30 Sept–6 Oct, Thursday 3 Oct) belongs to October: still open.
    expect((await u.hasil('mingguan:simpan', { tahun: 2024, minggu: 40, sel: [{ desaKode: desa, kolom: 'penyuluhan', nilai: 2 }] })).ok).toBe(true)
    expect((await u.panggil('mingguan:ambil', { tahun: 2024, minggu: 39 })).terkunci).toBe(true)
    // Incidents of September: no edit, no delete, no new one…
    expect((await u.hasil('kejadian:simpan', isi({ tanggal: '2024-09-05' }))).ok).toBe(false)
    const ubah = await u.hasil('kejadian:simpan', isi({ id: terbuka.id, tanggal: '2024-09-27', kategori: 'konflik_sosial', tingkat: 'ambang' }))
    expect(!ubah.ok && ubah.galat.kode).toBe('PERIODE_TERKUNCI')
    expect(!ubah.ok && ubah.galat.pesan).toContain('kecuali menutupnya dengan tanggal selesai sesudah bulan itu')
    const hapus = await u.hasil('kejadian:hapus', { ids: [terbuka.id] })
    expect(!hapus.ok && hapus.galat.kode).toBe('PERIODE_TERKUNCI')
    // …closing it inside September is refused, closing it after September is allowed.
    const tutupDalam = await u.hasil('kejadian:simpan', isi({ id: terbuka.id, tanggal: '2024-09-27', kategori: 'konflik_sosial', tingkat: 'potensi', status: 'selesai', tanggalSelesai: '2024-09-30' }))
    expect(!tutupDalam.ok && tutupDalam.galat.kode).toBe('PERIODE_TERKUNCI')
    const tutup = await u.panggil('kejadian:simpan', isi({ id: terbuka.id, tanggal: '2024-09-27', kategori: 'konflik_sosial', tingkat: 'potensi', status: 'selesai', tanggalSelesai: '2024-10-05' }))
    expect(tutup).toMatchObject({ status: 'selesai', tanggalSelesai: '2024-10-05', terkunci: true })
    const sesudah = u.app.bd.sqlite.prepare('SELECT * FROM laporan_mingguan WHERE NOT (tahun = 2024 AND minggu = 40) ORDER BY desa_kode, tahun, minggu').all()
    expect(sesudah).toEqual((sebelum as { minggu: number }[]).filter((r) => r.minggu !== 40))
  })

  it('[B5] membuka kunci meminta alasan dan tercatat di audit', async () => {
    const tanpa = await u.hasil('periode:buka', { bulan: '2024-09', alasan: 'salah' })
    expect(!tanpa.ok && tanpa.galat.rincian).toEqual([{ lokasi: 'alasan', pesan: 'Tuliskan alasan membuka kunci (minimal 10 huruf)' }])
    const operator = await u.hasil('periode:buka', { bulan: '2024-09', alasan: 'Koreksi laporan Polsek Insana' }, { pengguna: 'op', peran: 'operator' })
    expect(!operator.ok && operator.galat.kode).toBe('TIDAK_BERHAK')
    const p = await u.panggil('periode:buka', { bulan: '2024-09', alasan: 'Koreksi laporan Polsek Insana' })
    expect(p.find((x) => x.bulan === '2024-09')).toMatchObject({ terkunci: false })
    const audit = await u.panggil('audit:riwayat', { tabel: 'kunci_periode', kunci: '2024-09' })
    expect(audit.map((a) => a.aksi)).toEqual(['buka-kunci', 'kunci'])
    expect(audit[0]!.sesudah).toEqual({ alasan: 'Koreksi laporan Polsek Insana' })
    expect((await u.hasil('mingguan:simpan', { tahun: 2024, minggu: 39, sel: [{ desaKode: desa, kolom: 'penyuluhan', nilai: 2 }] })).ok).toBe(true)
  })

  it('[B5] Riwayat Perubahan menampilkan jejak satu minggu sebuah desa', async () => {
    const r = await u.panggil('audit:riwayat', { tabel: 'laporan_mingguan', kunci: `${desa}|2024|40` })
    expect(r.map((x) => [x.aksi, x.sesudah])).toEqual([
      ['ubah', { penyuluhan: 2 }],
      ['tambah', { penyuluhan: 1 }],
    ])
  })
})
