import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EventAplikasi } from '../../shared/event'
import { daftarSelMingguanSchema, KOLOM_MINGGUAN, KOLOM_SEL_MINGGUAN, type KolomSelMingguan, selMingguanSchema } from '../../shared/mingguan'
import { z } from '../../shared/zod-id'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'

/**
 * [B8] A whole week saved in one call (the grid's paste of a full sheet, or an
 * undo of one) goes through the per-desa fast path of mingguan:simpan: one
 * read of the week, one row write per desa and one audit row for the save
 * (the row images of the desa that changed, see electron/services/audit/mingguan.ts).
 * These checks pin what that path must still do, with expectations written out here.
 */
describe('[B8] simpan satu minggu penuh lewat API', () => {
  const u = aplikasiUji({ hariIni: '2024-10-20' })
  let desa: { kode: string; pos: number | null }[] = []
  const peristiwa: EventAplikasi[] = []
  const sql = <T>(q: string, ...p: unknown[]) => u.app.bd.sqlite.prepare(q).all(...p) as T[]
  /** The grid's columns in the order of the audit row images: the 11 counted fields, then NRP and note. */
  const KOLOM_CITRA = [...KOLOM_MINGGUAN, 'nrp_pelapor', 'catatan']
  /** The audit rows written by one save (they carry its time). */
  const auditSimpan = (waktu: string) =>
    sql<{ aksi: string; pengguna: string; kunci: string; sebelum: string; sesudah: string }>("SELECT aksi, pengguna, kunci, sebelum, sesudah FROM audit WHERE tabel = 'laporan_mingguan' AND waktu = ? ORDER BY id", waktu).map((a) => ({
      ...a,
      sebelum: JSON.parse(a.sebelum) as { kolom: string[]; baris: Record<string, unknown[]> },
      sesudah: JSON.parse(a.sesudah) as { kolom: string[]; baris: Record<string, unknown[]> },
    }))
  const riwayat = (desaKode: string, minggu: { tahun: number; minggu: number }) => u.panggil('audit:riwayat', { tabel: 'laporan_mingguan', kunci: `${desaKode}|${minggu.tahun}|${minggu.minggu}` })

  // Week 40 of 2024 runs 30 September – 6 October; its Thursday (3 October) puts it in October.
  const MINGGU = { tahun: 2024, minggu: 40 }
  /** A valid value per desa i and field k: zeros and blanks included (blank ≠ 0). */
  const nilai = (i: number, k: number): number | null => {
    if ((i + k) % 7 === 0) return null
    if (k === 3) return Math.floor(((i * 7 + 2) % 9) / 2) // selesai ≤ ditangani
    if (k === 5) return 0 // pos kamling aktif 0 fits any total
    if (k === 6) return (i + k) % 8 // ronda 0–7
    return (i * 7 + k) % 9
  }

  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    desa = sql<{ kode: string; pos: number | null }>('SELECT kode, pos_kamling_total pos FROM desa WHERE aktif = 1 ORDER BY kode')
    u.app.dengar((e) => peristiwa.push(e))
  })
  afterAll(() => u.tutup())

  it('[B8] semua desa × 11 kolom: baris tersimpan, satu baris audit untuk seluruh simpanan berisi citra baris tiap desa, riwayat per desa, tanda IKDK dan event data-berubah', async () => {
    peristiwa.length = 0
    const sel = desa.flatMap((d, i) => KOLOM_MINGGUAN.map((kolom, k) => ({ desaKode: d.kode, kolom, nilai: nilai(i, k) })))
    // Blank and all-blank rows: desa 0 sends only blanks (nothing to store, nothing to audit).
    for (const s of sel) if (s.desaKode === desa[0]!.kode) s.nilai = null
    const h = await u.panggil('mingguan:simpan', { ...MINGGU, sel })
    expect(h.ditolak).toEqual([])
    expect(h.tersimpan).toHaveLength(desa.length * KOLOM_MINGGUAN.length)

    const baris = sql<Record<string, number | string | null>>('SELECT * FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 40 ORDER BY desa_kode')
    expect(baris).toHaveLength(desa.length - 1)
    baris.forEach((b, j) => {
      const i = j + 1
      expect(b['desa_kode']).toBe(desa[i]!.kode)
      expect(KOLOM_MINGGUAN.map((k) => b[k])).toEqual(KOLOM_MINGGUAN.map((_, k) => nilai(i, k)))
      expect(b['diubah_pada']).toBe(h.diubahPada)
    })

    // One audit row for the whole save, keyed by the week: no `sebelum` image (every row is new),
    // a `sesudah` image per desa that sent a value (desa 0 sent only blanks), NRP and note blank.
    const audit = auditSimpan(h.diubahPada)
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ aksi: 'simpan', pengguna: 'admin', kunci: '2024|40' })
    expect(audit[0]!.sebelum).toEqual({ kolom: KOLOM_CITRA, baris: {} })
    expect(audit[0]!.sesudah).toEqual({
      kolom: KOLOM_CITRA,
      baris: Object.fromEntries(desa.slice(1).map((d, j) => [d.kode, [...KOLOM_MINGGUAN.map((_, k) => nilai(j + 1, k)), null, null]])),
    })
    // The trail of one desa-week reads as before: "Ditambah" with the fields that were filled.
    for (const i of [1, 2, desa.length - 1]) {
      const terisi: Record<string, number> = {}
      KOLOM_MINGGUAN.forEach((kolom, k) => {
        const v = nilai(i, k)
        if (v !== null) terisi[kolom] = v
      })
      expect(await riwayat(desa[i]!.kode, MINGGU)).toMatchObject([{ aksi: 'tambah', pengguna: 'admin', waktu: h.diubahPada, kunci: `${desa[i]!.kode}|2024|40`, sebelum: null, sesudah: terisi }])
    }
    expect(await riwayat(desa[0]!.kode, MINGGU)).toEqual([])

    // Saved → data-berubah for the grid; then the scheduled recompute stores October for every desa.
    expect(peristiwa.filter((e) => e.jenis === 'data-berubah' && e.tabel === 'laporan_mingguan')).toHaveLength(1)
    await expect.poll(() => peristiwa.some((e) => e.jenis === 'data-berubah' && e.tabel === 'hasil_ikdk')).toBe(true)
    const oktober = sql<{ desa_kode: string; minggu_dilaporkan: number }>("SELECT desa_kode, minggu_dilaporkan FROM hasil_ikdk WHERE bulan = '2024-10' ORDER BY desa_kode")
    expect(oktober.map((r) => r.minggu_dilaporkan)).toEqual(desa.map((_, i) => (i === 0 ? 0 : 1)))
    expect(sql('SELECT * FROM ikdk_kotor')).toEqual([])
  })

  it('[B8] simpan ulang: audit "ubah" hanya kolom yang berubah, "hapus" dengan nilai sebelumnya saat semua dikosongkan, sel salah ditolak per sel', async () => {
    const [, a, b, c] = desa as [unknown, { kode: string }, { kode: string }, { kode: string }]
    const sebelumB = sql<Record<string, number | null>>('SELECT * FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 40', b.kode)[0]!
    const sel: { desaKode: string; kolom: KolomSelMingguan; nilai: number | string | null }[] = [
      // a: one real change, one unchanged value, one invalid cell.
      { desaKode: a.kode, kolom: 'penyuluhan', nilai: 11 },
      { desaKode: a.kode, kolom: 'kk_dikunjungi', nilai: nilai(1, 0) },
      { desaKode: a.kode, kolom: 'ronda_malam', nilai: 8 },
      // b: every cell blanked → the row goes, audited with what it held.
      ...KOLOM_SEL_MINGGUAN.map((kolom) => ({ desaKode: b.kode, kolom, nilai: null })),
      // c: selesai above ditangani is refused on the changed cell.
      { desaKode: c.kode, kolom: 'masalah_selesai', nilai: 50 },
    ]
    const h = await u.panggil('mingguan:simpan', { ...MINGGU, sel })
    expect(h.ditolak).toEqual([
      { desaKode: a.kode, kolom: 'ronda_malam', pesan: 'Ronda malam paling banyak 7 malam seminggu' },
      { desaKode: c.kode, kolom: 'masalah_selesai', pesan: `Masalah selesai (50) melebihi masalah ditangani (${nilai(3, 2)})` },
    ])
    const isiB: Record<string, number> = {}
    for (const k of KOLOM_MINGGUAN) if (sebelumB[k] !== null) isiB[k] = sebelumB[k] as number
    // One row for the save: images of a (changed) and b (removed), none of c (nothing accepted).
    const audit = auditSimpan(h.diubahPada)
    expect(audit).toHaveLength(1)
    expect(Object.keys(audit[0]!.sebelum.baris)).toEqual([a.kode, b.kode])
    expect(Object.keys(audit[0]!.sesudah.baris)).toEqual([a.kode])
    expect(audit[0]!.sebelum.baris[b.kode]).toEqual(KOLOM_CITRA.map((k) => sebelumB[k]))
    // Read per desa: only the changed field of a, everything b held.
    expect((await riwayat(a.kode, MINGGU))[0]).toMatchObject({ aksi: 'ubah', sebelum: { penyuluhan: nilai(1, 1) }, sesudah: { penyuluhan: 11 } })
    expect((await riwayat(b.kode, MINGGU))[0]).toMatchObject({ aksi: 'hapus', sebelum: isiB, sesudah: null })
    expect(await riwayat(c.kode, MINGGU)).toHaveLength(1) // only the first save's "tambah"
    expect(sql('SELECT 1 FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 40', b.kode)).toEqual([])
    expect(sql<{ ronda_malam: number | null }>('SELECT ronda_malam FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 40', a.kode)[0]!.ronda_malam).toBe(nilai(1, 6))
  })

  it('[B8] bulan terkunci: simpan satu minggu penuh ditolak seluruhnya dan data tidak berubah', async () => {
    await u.panggil('periode:kunci', { bulan: '2024-10' })
    const sebelum = sql('SELECT * FROM laporan_mingguan ORDER BY desa_kode, tahun, minggu')
    const nAudit = sql('SELECT id FROM audit').length
    const h = await u.hasil('mingguan:simpan', { tahun: 2024, minggu: 41, sel: desa.flatMap((d, i) => KOLOM_MINGGUAN.map((kolom, k) => ({ desaKode: d.kode, kolom, nilai: nilai(i, k) }))) })
    expect(h.ok).toBe(false)
    if (!h.ok) expect(h.galat).toMatchObject({ kode: 'PERIODE_TERKUNCI', pesan: expect.stringContaining('Oktober 2024 sudah dikunci') })
    expect(sql('SELECT * FROM laporan_mingguan ORDER BY desa_kode, tahun, minggu')).toEqual(sebelum)
    expect(sql('SELECT id FROM audit')).toHaveLength(nAudit) // the refused save leaves no audit row
  })

  it('[B8] simpan ulang seminggu penuh (baris lama dibaca lewat indeks minggu): audit hanya untuk desa yang berubah', async () => {
    const minggu = { tahun: 2024, minggu: 36 } // 2–8 September
    const sel = desa.flatMap((d, i) => KOLOM_MINGGUAN.map((kolom, k) => ({ desaKode: d.kode, kolom, nilai: nilai(i, k) })))
    await u.panggil('mingguan:simpan', { ...minggu, sel })
    const nAudit = sql('SELECT id FROM audit').length
    // Same week again, one field of desa 2 changed (from nilai(2, 1) = (2·7 + 1) mod 9 = 6 to 8).
    const lagi = sel.map((s) => (s.desaKode === desa[2]!.kode && s.kolom === 'penyuluhan' ? { ...s, nilai: 8 } : s))
    const h = await u.panggil('mingguan:simpan', { ...minggu, sel: lagi })
    expect(h.ditolak).toEqual([])
    // Every accepted cell is reported saved, also the unchanged ones (the grid clears their marks).
    expect(h.tersimpan).toHaveLength(desa.length * 11)
    const baru = sql<{ aksi: string; kunci: string; sebelum: string; sesudah: string }>('SELECT aksi, kunci, sebelum, sesudah FROM audit WHERE id > ? ORDER BY id', nAudit)
    expect(baru).toHaveLength(1)
    expect(baru[0]).toMatchObject({ aksi: 'simpan', kunci: '2024|36' })
    // Only desa 2 is in the images, and its images differ in penyuluhan alone.
    const sebelum = JSON.parse(baru[0]!.sebelum) as { baris: Record<string, unknown[]> }
    const sesudah = JSON.parse(baru[0]!.sesudah) as { baris: Record<string, unknown[]> }
    expect(Object.keys(sebelum.baris)).toEqual([desa[2]!.kode])
    expect(Object.keys(sesudah.baris)).toEqual([desa[2]!.kode])
    expect((await riwayat(desa[2]!.kode, minggu))[0]).toMatchObject({ aksi: 'ubah', sebelum: { penyuluhan: 6 }, sesudah: { penyuluhan: 8 } })
  })

  it('[B8] sel yang dikirim dua kali: tempat pertama, nilai terakhir; urutan tersimpan dan ditolak mengikuti urutan kiriman', async () => {
    const [, , , , e] = desa as [unknown, unknown, unknown, unknown, { kode: string; pos: number | null }]
    const minggu = { tahun: 2024, minggu: 37 } // 9–15 September (October is locked above), nothing stored yet
    const h = await u.panggil('mingguan:simpan', {
      ...minggu,
      sel: [
        { desaKode: e.kode, kolom: 'penyuluhan', nilai: 4 },
        { desaKode: e.kode, kolom: 'ronda_malam', nilai: 9 },
        { desaKode: e.kode, kolom: 'kk_dikunjungi', nilai: ' 12 ' },
        { desaKode: e.kode, kolom: 'penyuluhan', nilai: 6 },
        { desaKode: e.kode, kolom: 'catatan', nilai: '  hujan deras  ' },
        { desaKode: '99.99.99.9999', kolom: 'penyuluhan', nilai: 1 },
      ],
    })
    expect(h.tersimpan).toEqual([
      { desaKode: e.kode, kolom: 'penyuluhan' },
      { desaKode: e.kode, kolom: 'catatan' },
    ])
    expect(h.ditolak).toEqual([
      { desaKode: e.kode, kolom: 'ronda_malam', pesan: 'Ronda malam paling banyak 7 malam seminggu' },
      { desaKode: e.kode, kolom: 'kk_dikunjungi', pesan: 'Isi dengan angka, atau kosongkan bila tidak dilaporkan' },
      { desaKode: '99.99.99.9999', kolom: 'penyuluhan', pesan: 'Desa 99.99.99.9999 tidak dikenal atau tidak aktif' },
    ])
    expect(sql('SELECT penyuluhan, ronda_malam, kk_dikunjungi, catatan FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 37', e.kode)).toEqual([
      { penyuluhan: 6, ronda_malam: null, kk_dikunjungi: null, catatan: 'hujan deras' },
    ])
  })

  it('[B8] daftar sel: pemeriksaan cepat menerima, menyalin dan menolak persis seperti skema zod lengkap, dengan pesan dan lokasi yang sama', () => {
    const lengkap = z.array(selMingguanSchema).min(1).max(20_000)
    const sah = fc.record({
      desaKode: fc.oneof(fc.constantFrom('53.03.01.2001', '53.03.02.2003'), fc.string({ maxLength: 24 })),
      kolom: fc.oneof(fc.constantFrom(...KOLOM_SEL_MINGGUAN), fc.constantFrom('Penyuluhan', 'desa_kode', '')),
      nilai: fc.oneof(fc.integer({ min: -5, max: 20_000 }), fc.double(), fc.constantFrom(null, Number.NaN, Number.POSITIVE_INFINITY, '', ' 7 ', 'x'.repeat(2001), true, [], {})),
    })
    const sel = fc.oneof(
      { weight: 6, arbitrary: sah },
      { weight: 1, arbitrary: fc.record({ desaKode: fc.constant('53.03.01.2001'), kolom: fc.constant('penyuluhan'), nilai: fc.constant(1), lebih: fc.integer() }) },
      { weight: 1, arbitrary: fc.record({ desaKode: fc.constant('53.03.01.2001'), kolom: fc.constant('penyuluhan') }) },
      { weight: 1, arbitrary: fc.constantFrom(null, 5, 'sel', [1, 2]) },
    )
    const bandingkan = (x: unknown) => {
      const a = daftarSelMingguanSchema.safeParse(x)
      const b = lengkap.safeParse(x)
      expect(a.success).toBe(b.success)
      if (a.success && b.success) expect(a.data).toEqual(b.data)
      if (!a.success && !b.success) expect(a.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual(b.error.issues.map((i) => [i.path.join('.'), i.message]))
    }
    fc.assert(fc.property(fc.array(sel, { maxLength: 12 }), bandingkan), { numRuns: 2_000 })
    for (const x of [undefined, null, 'bukan daftar', {}, [], Array.from({ length: 20_001 }, () => ({ desaKode: 'a', kolom: 'penyuluhan', nilai: 1 }))]) bandingkan(x)
  })

  it('[B8] sel salah bentuk lewat API: INPUT_TIDAK_VALID dengan lokasi sel dan pesan berbahasa Indonesia, data tidak berubah', async () => {
    const nAudit = sql('SELECT id FROM audit').length
    const h = await u.hasil('mingguan:simpan', {
      tahun: 2024,
      minggu: 38,
      sel: [
        { desaKode: desa[1]!.kode, kolom: 'penyuluhan', nilai: 2 },
        { desaKode: desa[1]!.kode, kolom: 'kolom_palsu', nilai: 2 },
        { desaKode: desa[1]!.kode, kolom: 'penyuluhan', nilai: true },
      ],
    })
    expect(h.ok).toBe(false)
    if (h.ok) return
    expect(h.galat.kode).toBe('INPUT_TIDAK_VALID')
    expect(h.galat.rincian?.map((r) => r.lokasi)).toEqual(['sel.1.kolom', 'sel.2.nilai'])
    for (const r of h.galat.rincian ?? []) expect(r.pesan).toMatch(/^(Input tidak valid|Pilihan tidak valid)/)
    expect(sql('SELECT 1 FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 38')).toEqual([])
    expect(sql('SELECT id FROM audit')).toHaveLength(nAudit)
  })
})
