import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sqlBulanMinggu } from '../../electron/services/db/sql-minggu'
import { hitungPenuhDiMemori, perbaruiIkdk } from '../../electron/services/ikdk/hitung'
import { acakBerbenih } from '../../electron/services/contoh/acak'
import { bulanMinggu, jumlahMingguTahun } from '../../shared/iso-week'
import { KATEGORI_KEJADIAN, KOLOM_MINGGUAN, TINGKAT_KEJADIAN } from '../../shared/ikdk'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'

describe('IKDK tersimpan dan dihitung ulang secara inkremental', () => {
  const HARI = '2024-10-16'
  const u = aplikasiUji({ hariIni: HARI })
  let desa: string[] = []
  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    desa = (u.app.bd.sqlite.prepare('SELECT kode FROM desa ORDER BY kode LIMIT 12').all() as { kode: string }[]).map((d) => d.kode)
  })
  afterAll(() => u.tutup())

  it('[C3] rumus SQL bulan-Kamis sama dengan shared/iso-week untuk setiap minggu 2000–2040', () => {
    const db = new Database(':memory:')
    const q = db.prepare(`SELECT ${sqlBulanMinggu('@t', '@m')} AS b`)
    for (let t = 2000; t <= 2040; t++) for (let m = 1; m <= jumlahMingguTahun(t); m++) expect((q.get({ t, m }) as { b: string }).b).toBe(bulanMinggu(t, m))
  })

  /** The stored table compared with a from-scratch computation of every desa-month. */
  function bandingkanDenganPenuh(terkunci: Map<string, unknown>) {
    const penuh = hitungPenuhDiMemori(u.app.bd, HARI)
    const tersimpan = u.app.bd.sqlite.prepare('SELECT * FROM hasil_ikdk').all() as Record<string, string>[]
    const tidakTerkunci = tersimpan.filter((r) => !terkunci.has(`${r['desa_kode']}|${r['bulan']}`))
    const kunciAktif = [...penuh.keys()].filter((k) => !terkunci.has(k))
    expect(tidakTerkunci.map((r) => `${r['desa_kode']}|${r['bulan']}`).sort()).toEqual(kunciAktif.sort())
    for (const r of tidakTerkunci) {
      const h = penuh.get(`${r['desa_kode']}|${r['bulan']}`)!
      expect([r['nilai'], r['kategori'], r['keyakinan'], r['sementara'], r['minggu_dilaporkan']]).toEqual([h.nilai, h.kategori, h.keyakinan, h.sementara ? 1 : 0, h.mingguDilaporkan])
      expect(JSON.parse(r['dimensi']!)).toEqual(Object.fromEntries(h.dimensi.map((d) => [d.id, d.skor])))
    }
    // Locked months keep exactly what they had.
    for (const [k, v] of terkunci) expect(u.app.bd.sqlite.prepare("SELECT * FROM hasil_ikdk WHERE desa_kode || '|' || bulan = ?").get(k)).toEqual(v)
  }

  it('[C3] ratusan suntingan acak (sel mingguan, kejadian, data master, penghapusan): hasil tersimpan selalu sama dengan hitung ulang penuh', async () => {
    const a = acakBerbenih(20241016)
    const minggu = Array.from({ length: 20 }, (_, i) => ({ tahun: 2024, minggu: 23 + i })) // June–mid October
    const kejadian: string[] = []
    const terkunci = new Map<string, unknown>()
    let suntingan = 0
    for (let batch = 0; batch < 12; batch++) {
      for (let i = 0; i < 30; i++) {
        const pilih = a.next()
        const d = a.pilih(desa)
        if (pilih < 0.55) {
          const m = a.pilih(minggu)
          const kolom = a.pilih(KOLOM_MINGGUAN)
          const nilai = a.peluang(0.2) ? null : kolom === 'ronda_malam' ? a.bulat(0, 7) : a.bulat(0, 6)
          await u.hasil('mingguan:simpan', { ...m, sel: [{ desaKode: d, kolom, nilai }] })
        } else if (pilih < 0.75) {
          const bulan = a.pilih(['06', '07', '08', '09', '10'])
          const r = await u.hasil('kejadian:simpan', {
            tanggal: `2024-${bulan}-${String(a.bulat(1, bulan === '10' ? 15 : 28)).padStart(2, '0')}`,
            desaKode: d,
            kategori: a.pilih(KATEGORI_KEJADIAN),
            tingkat: a.pilih(TINGKAT_KEJADIAN),
            status: 'terbuka',
            tanggalSelesai: null,
            uraian: 'uji acak',
          })
          if (r.ok) kejadian.push(r.data.id)
        } else if (pilih < 0.85 && kejadian.length) {
          const id = a.pilih(kejadian)
          const r = await u.hasil('kejadian:hapus', { ids: [id] })
          if (r.ok) kejadian.splice(kejadian.indexOf(id), 1)
        } else {
          const penduduk = a.peluang(0.15) ? null : a.bulat(0, 3000)
          await u.hasil('desa:ubah', { kode: d, penduduk, jumlahKk: penduduk === null ? null : Math.floor(penduduk / 4), posKamlingTotal: a.peluang(0.2) ? null : a.bulat(0, 6), fkpmAktif: null, lintang: null, bujur: null })
        }
        suntingan++
      }
      if (batch === 6) {
        // Lock June: its stored results must survive later master-data edits.
        perbaruiIkdk(u.app.bd, HARI)
        await u.panggil('periode:kunci', { bulan: '2024-06' })
        for (const r of u.app.bd.sqlite.prepare("SELECT * FROM hasil_ikdk WHERE bulan = '2024-06'").all() as Record<string, string>[]) terkunci.set(`${r.desa_kode}|${r.bulan}`, r)
      }
      perbaruiIkdk(u.app.bd, HARI)
      bandingkanDenganPenuh(terkunci)
    }
    expect(suntingan).toBe(360)
    expect(terkunci.size).toBeGreaterThan(0)
  })

  it('[C3] hanya desa-bulan yang terdampak yang dihitung ulang', async () => {
    perbaruiIkdk(u.app.bd, HARI)
    expect(perbaruiIkdk(u.app.bd, HARI)).toBe(0)
    await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 37, sel: [{ desaKode: desa[0]!, kolom: 'penyuluhan', nilai: 3 }] })
    expect(u.app.bd.sqlite.prepare('SELECT desa_kode, bulan FROM ikdk_kotor').all()).toEqual([{ desa_kode: desa[0], bulan: '2024-09' }])
    expect(perbaruiIkdk(u.app.bd, HARI)).toBe(1)
  })
})
