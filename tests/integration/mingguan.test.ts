import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KOLOM_MINGGUAN, KOLOM_SEL_MINGGUAN, type NilaiBaris, validasiBaris } from '../../shared/mingguan'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'

describe('Input Mingguan (layanan)', () => {
  const u = aplikasiUji({ hariIni: '2024-09-18' })
  let desa: string[] = []
  const q = <T>(sql: string, ...p: unknown[]) => u.app.bd.sqlite.prepare(sql).get(...p) as T
  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    desa = (u.app.bd.sqlite.prepare('SELECT kode FROM desa ORDER BY kode LIMIT 5').all() as { kode: string }[]).map((d) => d.kode)
    await u.panggil('desa:ubah', { kode: desa[0]!, penduduk: 2000, jumlahKk: 500, posKamlingTotal: 4, fkpmAktif: true, lintang: null, bujur: null })
  })
  afterAll(() => u.tutup())

  it('[B2] minggu memuat semua desa aktif; sel kosong berarti belum dilaporkan, bukan 0', async () => {
    const m = await u.panggil('mingguan:ambil', { tahun: 2024, minggu: 37 })
    const n = q<{ n: number }>('SELECT count(*) n FROM desa WHERE aktif = 1').n
    expect(m.baris).toHaveLength(n)
    expect(m.bulan).toBe('2024-09')
    expect(m.baris.every((b) => KOLOM_MINGGUAN.every((k) => b.nilai[k] === null))).toBe(true)
  })

  it('[B2] menyimpan sel yang benar dan menolak tiap aturan dengan pesan Indonesia per sel', async () => {
    const [a, b] = desa as [string, string]
    const h = await u.panggil('mingguan:simpan', {
      tahun: 2024,
      minggu: 37,
      sel: [
        { desaKode: a, kolom: 'kk_dikunjungi', nilai: 40 },
        { desaKode: a, kolom: 'masalah_ditangani', nilai: 1 },
        { desaKode: a, kolom: 'masalah_selesai', nilai: 2 },
        { desaKode: a, kolom: 'pos_kamling_aktif', nilai: 5 },
        { desaKode: a, kolom: 'ronda_malam', nilai: 9 },
        { desaKode: b, kolom: 'penyuluhan', nilai: -1 },
        { desaKode: b, kolom: 'kegiatan_pangan', nilai: 1.5 },
        { desaKode: b, kolom: 'pertemuan_fkpm', nilai: 1 },
      ],
    })
    expect(h.ditolak).toEqual(
      expect.arrayContaining([
        { desaKode: a, kolom: 'ronda_malam', pesan: 'Ronda malam paling banyak 7 malam seminggu' },
        { desaKode: a, kolom: 'masalah_selesai', pesan: 'Masalah selesai (2) melebihi masalah ditangani (1)' },
        { desaKode: a, kolom: 'pos_kamling_aktif', pesan: 'Pos kamling aktif (5) melebihi jumlah pos kamling desa (4)' },
        { desaKode: b, kolom: 'penyuluhan', pesan: 'Tidak boleh negatif' },
        { desaKode: b, kolom: 'kegiatan_pangan', pesan: 'Harus bilangan bulat' },
      ]),
    )
    expect(h.ditolak).toHaveLength(5)
    // Independent read of the stored rows.
    expect(q('SELECT kk_dikunjungi, masalah_ditangani, masalah_selesai, pos_kamling_aktif, ronda_malam FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 37', a)).toEqual({
      kk_dikunjungi: 40,
      masalah_ditangani: 1,
      masalah_selesai: null,
      pos_kamling_aktif: null,
      ronda_malam: null,
    })
    expect(q('SELECT penyuluhan, kegiatan_pangan, pertemuan_fkpm FROM laporan_mingguan WHERE desa_kode = ?', b)).toEqual({ penyuluhan: null, kegiatan_pangan: null, pertemuan_fkpm: 1 })
  })

  it('[B2] menurunkan masalah ditangani di bawah yang selesai ditolak pada sel yang diubah', async () => {
    const a = desa[0]!
    await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: a, kolom: 'masalah_selesai', nilai: 1 }] })
    const h = await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: a, kolom: 'masalah_ditangani', nilai: 0 }] })
    expect(h.ditolak).toEqual([{ desaKode: a, kolom: 'masalah_ditangani', pesan: 'Masalah selesai (1) melebihi masalah ditangani (0)' }])
    expect(q('SELECT masalah_ditangani, masalah_selesai FROM laporan_mingguan WHERE desa_kode = ? AND minggu = 37', a)).toEqual({ masalah_ditangani: 1, masalah_selesai: 1 })
  })

  it('[B2] mengosongkan semua sel menghapus baris (tidak jadi 0) dan tercatat di audit', async () => {
    const b = desa[1]!
    await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: b, kolom: 'pertemuan_fkpm', nilai: null }] })
    expect(q('SELECT count(*) n FROM laporan_mingguan WHERE desa_kode = ?', b)).toEqual({ n: 0 })
    const audit = await u.panggil('audit:riwayat', { tabel: 'laporan_mingguan', kunci: `${b}|2024|37` })
    expect(audit.map((a) => ({ aksi: a.aksi, sebelum: a.sebelum, sesudah: a.sesudah }))).toEqual([
      { aksi: 'hapus', sebelum: { pertemuan_fkpm: 1 }, sesudah: null },
      { aksi: 'tambah', sebelum: null, sesudah: { pertemuan_fkpm: 1 } },
    ])
  })

  it('[B2] desa tak dikenal dan minggu ke-53 yang tidak ada ditolak', async () => {
    const h = await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: '99.99.99.9999', kolom: 'penyuluhan', nilai: 1 }] })
    expect(h.ditolak).toEqual([{ desaKode: '99.99.99.9999', kolom: 'penyuluhan', pesan: 'Desa 99.99.99.9999 tidak dikenal atau tidak aktif' }])
    const w53 = await u.hasil('mingguan:ambil', { tahun: 2024, minggu: 53 })
    expect(!w53.ok && w53.galat.rincian).toEqual([{ lokasi: 'minggu', pesan: 'Tahun ini tidak memiliki minggu ke-53' }])
    expect((await u.hasil('mingguan:ambil', { tahun: 2026, minggu: 53 })).ok).toBe(true)
  })

  it('[B2] properti: apa pun sel yang dikirim, baris tersimpan tidak pernah melanggar aturan, dan sel yang ditolak tidak mengubah nilai', async () => {
    const kolomAngka = fc.constantFrom(...KOLOM_MINGGUAN)
    const nilai = fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 12 }), fc.double({ min: -2, max: 9, noNaN: true }))
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ d: fc.integer({ min: 0, max: 4 }), kolom: kolomAngka, nilai }), { minLength: 1, maxLength: 12 }), async (sel) => {
        const sebelum = u.app.bd.sqlite.prepare('SELECT * FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 38 ORDER BY desa_kode').all() as Record<string, unknown>[]
        const h = await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 38, sel: sel.map((s) => ({ desaKode: desa[s.d]!, kolom: s.kolom, nilai: s.nilai })) })
        const sesudah = u.app.bd.sqlite.prepare('SELECT b.*, d.pos_kamling_total AS total FROM laporan_mingguan b JOIN desa d ON d.kode = b.desa_kode WHERE tahun = 2024 AND minggu = 38').all() as (NilaiBaris & { desa_kode: string; total: number | null })[]
        for (const r of sesudah) expect(validasiBaris(r, r.total)).toEqual([])
        for (const t of h.ditolak) {
          const lama = sebelum.find((r) => r.desa_kode === t.desaKode)
          const baru = sesudah.find((r) => r.desa_kode === t.desaKode)
          // A rejected cell keeps its stored value unless a later cell of the same batch changed it validly.
          const diubahSah = h.tersimpan.some((s) => s.desaKode === t.desaKode && s.kolom === t.kolom)
          if (!diubahSah) expect((baru as Record<string, unknown> | undefined)?.[t.kolom] ?? null).toBe(lama?.[t.kolom] ?? null)
        }
      }),
      { numRuns: 60, seed: 4242 },
    )
  })

  it('[B3] kelengkapan minggu: x dari y desa melapor, per Polsek, dan ringkasan teks untuk WhatsApp', async () => {
    const k = await u.panggil('mingguan:kelengkapan', { tahun: 2024, minggu: 37 })
    const melapor = q<{ n: number }>(`SELECT count(*) n FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 37 AND (${KOLOM_MINGGUAN.map((c) => `${c} IS NOT NULL`).join(' OR ')})`).n
    const total = q<{ n: number }>('SELECT count(*) n FROM desa WHERE aktif = 1').n
    expect(k.melapor).toBe(melapor)
    expect(k.total).toBe(total)
    expect(k.polsek.reduce((s, p) => s + p.total, 0)).toBe(total)
    expect(k.polsek.reduce((s, p) => s + p.belum.length, 0)).toBe(total - melapor)
    expect(k.ringkasanTeks).toContain('Minggu ke-37 · 9–15 September 2024')
    expect(k.ringkasanTeks).toContain(`${melapor} dari ${total} desa melapor`)
    // NRP or a note alone does not make a week "reported".
    await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: desa[3]!, kolom: 'catatan', nilai: 'HP rusak' }] })
    expect((await u.panggil('mingguan:kelengkapan', { tahun: 2024, minggu: 37 })).melapor).toBe(melapor)
    expect(KOLOM_SEL_MINGGUAN).toHaveLength(13)
  })
})
