import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { KOLOM_SEL_MINGGUAN, type KolomSelMingguan } from '../../shared/mingguan'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'

/**
 * [B5] Riwayat Perubahan of a desa's week when the grid audits each save as one
 * row of row images: what the trail says must be exactly what changed in
 * laporan_mingguan, read here by SQL before and after every save, and rows in
 * the per-desa form (imports, earlier versions) must still show.
 */
describe('[B5] riwayat laporan mingguan per desa', () => {
  const u = aplikasiUji({ hariIni: '2024-10-20' })
  let desa: string[] = []
  const db = () => u.app.bd.sqlite
  /** The stored row of a desa-week by column name; null when there is none. */
  const baris = (kode: string, tahun: number, minggu: number) =>
    (db().prepare(`SELECT ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan WHERE desa_kode = ? AND tahun = ? AND minggu = ?`).get(kode, tahun, minggu) as Record<string, unknown> | undefined) ?? null
  const riwayat = (kode: string, tahun: number, minggu: number) => u.panggil('audit:riwayat', { tabel: 'laporan_mingguan', kunci: `${kode}|${tahun}|${minggu}` })

  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    desa = (db().prepare('SELECT kode FROM desa WHERE aktif = 1 ORDER BY kode LIMIT 4').all() as { kode: string }[]).map((d) => d.kode)
  })
  afterAll(() => u.tutup())

  it('[B5] baris audit per desa dari versi lama/impor dan baris simpan grid tampil bersama, terbaru di atas', async () => {
    const d = desa[0]!
    // As an earlier version (or an import) left it: the row and a per-desa audit row.
    db().prepare("INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, penyuluhan, diubah_pada) VALUES (?, 2024, 35, 2, '2024-08-30T01:00:00.000Z')").run(d)
    db()
      .prepare("INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES ('2024-08-30T01:00:00.000Z', 'admin', 'impor', 'laporan_mingguan', ?, NULL, '{\"penyuluhan\":2}')")
      .run(`${d}|2024|35`)
    await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 35, sel: [{ desaKode: d, kolom: 'penyuluhan', nilai: 3 }] })
    // Another desa in the same week does not show in this desa's trail.
    await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 35, sel: [{ desaKode: desa[1]!, kolom: 'penyuluhan', nilai: 7 }] })
    const r = await riwayat(d, 2024, 35)
    expect(r.map((a) => ({ aksi: a.aksi, kunci: a.kunci, sebelum: a.sebelum, sesudah: a.sesudah }))).toEqual([
      { aksi: 'ubah', kunci: `${d}|2024|35`, sebelum: { penyuluhan: 2 }, sesudah: { penyuluhan: 3 } },
      { aksi: 'impor', kunci: `${d}|2024|35`, sebelum: null, sesudah: { penyuluhan: 2 } },
    ])
    // The same save row is not shown for another week.
    expect(await riwayat(d, 2024, 36)).toEqual([])
  })

  it('[B5] properti: untuk urutan simpan acak, entri terbaru riwayat tiap desa sama persis dengan selisih baris sebelum dan sesudah', async () => {
    const kolom = fc.constantFrom<KolomSelMingguan>('kk_dikunjungi', 'penyuluhan', 'ronda_malam', 'nrp_pelapor', 'catatan')
    const nilaiUntuk = (k: KolomSelMingguan, n: number | null) =>
      n === null ? null : k === 'nrp_pelapor' ? String(10_000_000 + n) : k === 'catatan' ? `catatan ${n}` : k === 'ronda_malam' ? n % 8 : n
    let minggu = 1
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.record({ d: fc.integer({ min: 0, max: 3 }), kolom, n: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }) }), { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async (simpanan) => {
          const w = { tahun: 2023, minggu: minggu++ } // a fresh week for each run
          for (const sel of simpanan) {
            const sebelum = desa.map((d) => baris(d, w.tahun, w.minggu))
            const jumlahRiwayat = await Promise.all(desa.map(async (d) => (await riwayat(d, w.tahun, w.minggu)).length))
            await u.panggil('mingguan:simpan', { ...w, sel: sel.map((s) => ({ desaKode: desa[s.d]!, kolom: s.kolom, nilai: nilaiUntuk(s.kolom, s.n) })) })
            for (let i = 0; i < desa.length; i++) {
              const a = sebelum[i] ?? null
              const b = baris(desa[i]!, w.tahun, w.minggu)
              const r = await riwayat(desa[i]!, w.tahun, w.minggu)
              const beda = KOLOM_SEL_MINGGUAN.filter((k) => (a?.[k] ?? null) !== (b?.[k] ?? null))
              if (beda.length === 0) {
                expect(r).toHaveLength(jumlahRiwayat[i]!) // nothing changed: nothing audited
                continue
              }
              expect(r).toHaveLength(jumlahRiwayat[i]! + 1)
              expect(r[0]!.aksi).toBe(!a ? 'tambah' : !b ? 'hapus' : 'ubah')
              expect(r[0]!.sebelum).toEqual(a ? Object.fromEntries(beda.map((k) => [k, a[k] ?? null])) : null)
              expect(r[0]!.sesudah).toEqual(b ? Object.fromEntries(beda.map((k) => [k, b[k] ?? null])) : null)
            }
          }
        },
      ),
      { numRuns: 25, seed: 20241020 },
    )
  })
})
