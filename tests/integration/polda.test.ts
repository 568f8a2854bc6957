// Mode Polda [F3]: three real Polres apps (each its own SQLite file) export
// their exchange files; a Polda app set up for NTT imports them all at once.
// Every expected figure comes from SQL written here against the Polres'
// own databases, or from dates worked out by hand in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { dataWilayah } from '../../electron/services/wilayah'
import type { SetupMasukan } from '../../shared/skema-data'
import { aplikasiUji } from '../helpers/aplikasi'
import { potretTabel } from './pertukaran-alat'

type Uji = ReturnType<typeof aplikasiUji>

/** A Polres of one kabupaten, one Polsek per kecamatan; the first Polsek is renamed POLSEK KOTA (a name many Polres share). */
async function setupPolres(kab: string, nama: string, kasatNrp: string): Promise<SetupMasukan> {
  const w = await dataWilayah()
  const kec = w.kecamatan.filter((k) => k.kabupatenKode === kab)
  return {
    provinsiKode: kab.slice(0, 2),
    kabupatenKode: [kab],
    satkerNama: nama,
    satkerKode: kab,
    zonaWaktu: kab.startsWith('52') || kab.startsWith('53') ? 'WITA' : 'WIB',
    kasat: { nama: 'I KETUT SUTA, S.H.', pangkat: 'AKP', nrp: kasatNrp },
    polsek: kec.map((k, i) => ({ nama: i === 0 ? 'POLSEK KOTA' : `POLSEK ${k.nama.toUpperCase()}`, kecamatanKode: [k.kode] })),
  }
}

// ISO weeks whose Thursday falls in the month (2024): August — Thursdays 1, 8, 15, 22, 29 → weeks 31–35;
// September — Thursdays 5, 12, 19, 26 → weeks 36–39.
const MINGGU = { '2024-08': [31, 35], '2024-09': [36, 39] } as const
const KOLOM_ANGKA = ['kk_dikunjungi', 'penyuluhan', 'masalah_ditangani', 'masalah_selesai', 'info_deteksi_dini', 'pos_kamling_aktif', 'ronda_malam', 'pertemuan_fkpm', 'pertemuan_3pilar', 'kegiatan_pangan', 'sosialisasi_pilkada']

/** Hand-made, deterministic data for the first 30 desa of a Polres: master data, officers, weeks 31–39 of 2024, incidents. */
function isiData(u: Uji, benih: number, awalanNrp: number) {
  const s = u.app.bd.sqlite
  let x = benih
  const acak = (a: number, b: number) => a + ((x = (x * 1103515245 + 12345) % 2 ** 31) % (b - a + 1))
  const desa = (s.prepare('SELECT kode FROM desa ORDER BY kode LIMIT 30').all() as { kode: string }[]).map((d) => d.kode)
  const polsek = s.prepare('SELECT id FROM polsek ORDER BY id').all() as { id: number }[]
  s.transaction(() => {
    for (const d of desa) s.prepare('UPDATE desa SET penduduk = ?, jumlah_kk = ?, pos_kamling_total = ?, fkpm_aktif = ? WHERE kode = ?').run(acak(800, 3000), acak(200, 700), acak(2, 5), acak(0, 1), d)
    for (let i = 0; i < desa.length; i += 3) {
      const nrp = String(awalanNrp + i)
      // The first officer of every Polres sits in its POLSEK KOTA.
      s.prepare("INSERT INTO personel (nrp, nama, pangkat, jabatan, polsek_id, kontak, aktif) VALUES (?, ?, 'BRIPKA', 'Bhabinkamtibmas', ?, NULL, 1)").run(nrp, `BHABIN ${nrp}`, polsek[i === 0 ? 0 : i % polsek.length]!.id)
      for (const d of desa.slice(i, i + 3)) s.prepare("INSERT INTO desa_binaan (nrp, desa_kode, mulai) VALUES (?, ?, '2024-01-01')").run(nrp, d)
    }
    const lap = s.prepare(`INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, ${KOLOM_ANGKA.join(', ')}, nrp_pelapor, catatan, diubah_pada) VALUES (?, 2024, ?, ${KOLOM_ANGKA.map(() => '?').join(', ')}, NULL, NULL, '2024-10-01T00:00:00Z')`)
    for (const [i, d] of desa.entries()) {
      for (let m = 31; m <= 39; m++) {
        if ((i + m) % 7 === 0) continue // some weeks not reported
        const t = acak(0, 3)
        lap.run(d, m, acak(5, 40), acak(0, 3), t, acak(0, t), acak(0, 2), 1, acak(0, 7), acak(0, 1), acak(0, 1), acak(0, 2), acak(0, 1))
      }
    }
    const kej = s.prepare("INSERT INTO kejadian (id, tanggal, desa_kode, kategori, tingkat, status, tanggal_selesai, uraian, diubah_pada) VALUES (?, ?, ?, ?, 'potensi', 'terbuka', NULL, 'uji', '2024-10-01T00:00:00Z')")
    for (let i = 0; i < 12; i++) kej.run(`${String(benih).padStart(8, '0')}-0000-4000-8000-${String(i).padStart(12, '0')}`, `2024-${i % 2 ? '08' : '09'}-${String(acak(1, 28)).padStart(2, '0')}`, desa[acak(0, desa.length - 1)]!, i % 3 ? 'tindak_pidana' : 'konflik_sosial')
  })()
}

/** Independent sums on a database: weekly rows and kk_dikunjungi of a month, optionally restricted to a kabupaten prefix. */
function jumlahBulan(u: Uji, bulan: keyof typeof MINGGU, kab = '') {
  const [a, z] = MINGGU[bulan]
  return u.app.bd.sqlite.prepare(`SELECT count(*) AS n, coalesce(sum(kk_dikunjungi), 0) AS kk, coalesce(sum(penyuluhan), 0) AS luh FROM laporan_mingguan WHERE tahun = 2024 AND minggu BETWEEN ? AND ? AND desa_kode LIKE ?`).get(a, z, `${kab}%`) as { n: number; kk: number; luh: number }
}

const POLRES = [
  { kab: '53.01', nama: 'POLRES KUPANG', nrp: '78090101', awalan: 81010000, benih: 101 },
  { kab: '53.03', nama: 'POLRES TIMOR TENGAH UTARA', nrp: '78090103', awalan: 81030000, benih: 303 },
  { kab: '53.71', nama: 'POLRESTA KUPANG KOTA', nrp: '78090171', awalan: 81710000, benih: 7171 },
] as const

describe('Mode Polda: konsolidasi berkas Polres', () => {
  const polres: Uji[] = []
  let polda: Uji
  let lain: Uji
  const berkas: Record<string, { namaBerkas: string; berkasBase64: string }> = {}

  beforeAll(async () => {
    for (const p of POLRES) {
      const u = aplikasiUji({ hariIni: '2024-10-03' })
      await u.panggil('setup:simpan', await setupPolres(p.kab, p.nama, p.nrp))
      isiData(u, p.benih, p.awalan)
      polres.push(u)
    }
    // Polres Kupang signs its files.
    await polres[0]!.panggil('pertukaran:kunci-buat', {})
    for (const [i, u] of polres.entries()) {
      for (const b of ['2024-08', '2024-09']) {
        const e = await u.panggil('pertukaran:ekspor', { bulanAwal: b, bulanAkhir: b, tandaTangan: i === 0 })
        berkas[`${POLRES[i]!.kab}|${b}`] = { namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 }
      }
    }
    // A Polres of another province (NTB, Lombok Barat).
    lain = aplikasiUji({ hariIni: '2024-10-03' })
    await lain.panggil('setup:simpan', await setupPolres('52.01', 'POLRES LOMBOK BARAT', '78090201'))
    const e = await lain.panggil('pertukaran:ekspor', { bulanAwal: '2024-09', bulanAkhir: '2024-09' })
    berkas['52.01|2024-09'] = { namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 }

    polda = aplikasiUji({ hariIni: '2024-10-07' })
    const w = await dataWilayah()
    await polda.panggil('setup:simpan', {
      provinsiKode: '53',
      kabupatenKode: ['53.01'],
      satkerNama: 'POLDA NUSA TENGGARA TIMUR',
      satkerKode: '53',
      zonaWaktu: 'WITA',
      kasat: { nama: 'KOMBES POL YUDHA, S.I.K.', pangkat: 'KOMBES POL', nrp: '70010001' },
      polsek: [],
    })
    expect(w.kabupaten.filter((k) => k.provinsiKode === '53').length).toBe(22)
  }, 120_000)

  afterAll(async () => {
    for (const u of [...polres, polda, lain]) await u?.tutup()
  })

  it('[F3] pengaturan awal Polda: seluruh kabupaten/kota provinsi menjadi Polres, semua desanya dimuat, tanpa Polsek', async () => {
    const w = await dataWilayah()
    const s = polda.app.bd.sqlite
    const kab = w.kabupaten.filter((k) => k.provinsiKode === '53')
    const desaProv = w.desa.filter((d) => d.kode.startsWith('53.')).length
    expect((s.prepare('SELECT count(*) n FROM desa').get() as { n: number }).n).toBe(desaProv)
    expect((s.prepare('SELECT count(*) n FROM polsek').get() as { n: number }).n).toBe(0)
    const info = await polda.panggil('polda:info', {})
    expect(info.polres.map((p) => p.kode)).toEqual(kab.map((k) => k.kode).sort())
    expect(info.polres.find((p) => p.kode === '53.04')?.nama).toBe('POLRES BELU')
    expect(info.polres.find((p) => p.kode === '53.71')?.nama).toBe('POLRESTA KUPANG')
    expect(info.polres.reduce((a, p) => a + p.jumlahDesa, 0)).toBe(desaProv)
    expect(info.batasHari).toBe(5)
    const satker = await polda.panggil('satker:info', {})
    expect(satker.jenis).toBe('polda')
    // A Polda whose code is not its province's is refused.
    const salah = await polda.hasil('setup:simpan', { provinsiKode: '53', kabupatenKode: ['53.01'], satkerNama: 'POLDA X', satkerKode: '52', zonaWaktu: 'WITA', kasat: { nama: 'ABC', pangkat: 'AKP', nrp: '12345678' }, polsek: [] })
    expect(salah.ok).toBe(false)
  })

  it('[F3] menu Polda ditolak dengan pesan jelas di aplikasi Polres', async () => {
    const h = await polres[0]!.hasil('polda:rekap', { bulan: '2024-09' })
    expect(h.ok).toBe(false)
    if (!h.ok) expect(h.galat.pesan).toMatch(/hanya untuk aplikasi Mode Polda/)
  })

  it('[F3] impor banyak berkas sekaligus: hasil per berkas; berkas provinsi lain dan tanda tangan salah ditolak', async () => {
    // Polres Kupang's key registered correctly; Polres TTU's code gets Kupang's key (wrong on purpose)
    // and TTU signs nothing, so its files import with the "tidak ditandatangani" warning only.
    const pem = (await polres[0]!.panggil('pertukaran:kunci-ekspor', {})).isi
    await polda.panggil('pertukaran:kunci-percayai', { satkerKode: '53.01', kunciPublikPem: pem })
    const sebelum = potretTabel(polda.app.bd.sqlite, ['laporan_mingguan', 'kejadian', 'personel'])
    const tolak = await polda.panggil('polda:impor-banyak', { berkas: [berkas['52.01|2024-09']!] })
    expect(tolak.hasil[0]).toMatchObject({ status: 'ditolak' })
    expect(tolak.hasil[0]!.pesan).toMatch(/di luar wilayah POLDA NUSA TENGGARA TIMUR/)
    expect(potretTabel(polda.app.bd.sqlite, ['laporan_mingguan', 'kejadian', 'personel'])).toEqual(sebelum)

    // A file of Kupang whose signature does not match the key registered for it.
    await polda.panggil('pertukaran:kunci-percayai', { satkerKode: '53.03', kunciPublikPem: pem })
    await polres[1]!.panggil('pertukaran:kunci-buat', {})
    const ttdSalah = await polres[1]!.panggil('pertukaran:ekspor', { bulanAwal: '2024-07', bulanAkhir: '2024-07', tandaTangan: true })
    const r = await polda.panggil('polda:impor-banyak', { berkas: [{ namaBerkas: ttdSalah.namaBerkas, berkasBase64: ttdSalah.berkasBase64 }] })
    expect(r.hasil[0]).toMatchObject({ status: 'ditolak', satkerKode: null })
    expect(r.hasil[0]!.pesan).toMatch(/tanda tangan/i)
    polda.app.bd.sqlite.prepare("DELETE FROM kunci_tepercaya WHERE satker_kode = '53.03'").run()

    const semua = await polda.panggil('polda:impor-banyak', { berkas: [...POLRES.flatMap((p) => [berkas[`${p.kab}|2024-08`]!, berkas[`${p.kab}|2024-09`]!]), berkas['52.01|2024-09']!] })
    expect(semua.hasil.map((h) => [h.satkerKode, h.status])).toEqual([
      ['53.01', 'diterapkan'],
      ['53.01', 'diterapkan'],
      ['53.03', 'diterapkan'],
      ['53.03', 'diterapkan'],
      ['53.71', 'diterapkan'],
      ['53.71', 'diterapkan'],
      [null, 'ditolak'],
    ])
    // One backup for the whole batch.
    const impor = polda.app.bd.sqlite.prepare('SELECT ringkasan FROM impor').all() as { ringkasan: string }[]
    expect(new Set(impor.map((i) => JSON.parse(i.ringkasan).cadangan)).size).toBe(1)
  })

  it('[F3] data tersimpan per Polres: jumlah baris dan jumlah kegiatan sama dengan kueri independen di basis data Polres', () => {
    const s = polda.app.bd.sqlite
    for (const [i, p] of POLRES.entries()) {
      for (const b of ['2024-08', '2024-09'] as const) {
        expect(jumlahBulan(polda, b, `${p.kab}.`), `${p.kab} ${b}`).toEqual(jumlahBulan(polres[i]!, b))
      }
      const kej = (u: Uji, kab: string) => (u.app.bd.sqlite.prepare("SELECT count(*) n FROM kejadian WHERE desa_kode LIKE ? AND tanggal BETWEEN '2024-08-01' AND '2024-09-30'").get(`${kab}%`) as { n: number }).n
      expect(kej(polda, `${p.kab}.`)).toBe(kej(polres[i]!, ''))
      const per = (u: Uji, kab: string) => (u.app.bd.sqlite.prepare('SELECT count(*) n FROM personel p JOIN desa_binaan b ON b.nrp = p.nrp WHERE b.desa_kode LIKE ?').get(`${kab}%`) as { n: number }).n
      expect(per(polda, `${p.kab}.`)).toBe(per(polres[i]!, ''))
      expect((s.prepare('SELECT count(*) n FROM personel WHERE satker_kode = ?').get(p.kab) as { n: number }).n).toBe((polres[i]!.app.bd.sqlite.prepare('SELECT count(*) n FROM personel').get() as { n: number }).n)
    }
    // Each kecamatan's Polsek as its Polres set it up (from the Desa sheet), by name.
    const polsekKec = (u: Uji, kab: string) => u.app.bd.sqlite.prepare('SELECT kc.kode, p.nama FROM kecamatan kc LEFT JOIN polsek p ON p.id = kc.polsek_id WHERE kc.kabupaten_kode = ? ORDER BY kc.kode').all(kab)
    for (const [i, p] of POLRES.entries()) {
      expect(polsekKec(polda, p.kab), p.kab).toEqual(polsekKec(polres[i]!, p.kab))
      expect((s.prepare('SELECT count(*) n FROM kecamatan kc JOIN polsek p ON p.id = kc.polsek_id WHERE kc.kabupaten_kode = ? AND p.satker_kode IS NOT ?').get(p.kab, p.kab) as { n: number }).n).toBe(0)
    }
    // Two Polres each have a POLSEK KOTA: two Polsek rows, each officer in his own Polres' one.
    const kota = s.prepare("SELECT id, satker_kode FROM polsek WHERE nama = 'POLSEK KOTA' ORDER BY satker_kode").all() as { id: number; satker_kode: string }[]
    expect(kota.map((k) => k.satker_kode)).toEqual(['53.01', '53.03', '53.71'])
    for (const p of POLRES) {
      const nrp = String(p.awalan)
      expect(s.prepare('SELECT s.satker_kode FROM personel p JOIN polsek s ON s.id = p.polsek_id WHERE p.nrp = ?').get(nrp)).toEqual({ satker_kode: p.kab })
    }
  })

  it('[F3] Rekap Polda: kegiatan per Polres dan jumlah Polda sama dengan jumlah SQL independen; kategori IKDK per Polres sesuai hasil_ikdk', async () => {
    const rekap = await polda.panggil('polda:rekap', { bulan: '2024-09' })
    expect(rekap.polres).toHaveLength(22)
    let kkTotal = 0
    for (const [i, p] of POLRES.entries()) {
      const baris = rekap.polres.find((x) => x.kode === p.kab)!
      const src = jumlahBulan(polres[i]!, '2024-09')
      expect(baris.aktivitas.laporan).toBe(src.n)
      expect(baris.aktivitas.kk_dikunjungi).toBe(src.kk)
      expect(baris.aktivitas.penyuluhan).toBe(src.luh)
      expect(baris.aktivitas.kejadian).toBe((polres[i]!.app.bd.sqlite.prepare("SELECT count(*) n FROM kejadian WHERE tanggal LIKE '2024-09-%'").get() as { n: number }).n)
      expect(baris.revisi).toBe(1)
      kkTotal += src.kk
    }
    expect(rekap.total.aktivitas.kk_dikunjungi).toBe(kkTotal)
    // Categories: an independent count on hasil_ikdk by kabupaten prefix of the desa code.
    const s = polda.app.bd.sqlite
    for (const p of rekap.polres) {
      const rows = s.prepare("SELECT kategori, count(*) n FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode WHERE d.aktif = 1 AND h.bulan = '2024-09' AND h.nilai IS NOT NULL AND h.desa_kode LIKE ? GROUP BY kategori").all(`${p.kode}.%`) as { kategori: string; n: number }[]
      for (const k of rekap.kategori) expect(p.kategori[k], `${p.kode} ${k}`).toBe(rows.find((r) => r.kategori === k)?.n ?? 0)
      const desa = (s.prepare('SELECT count(*) n FROM desa WHERE aktif = 1 AND kode LIKE ?').get(`${p.kode}.%`) as { n: number }).n
      expect(p.jumlahDesa).toBe(desa)
      expect(p.tanpaNilai + Object.values(p.kategori).reduce((a, n) => a + n, 0)).toBe(desa)
    }
    expect(rekap.total.jumlahDesa).toBe(rekap.polres.reduce((a, p) => a + p.jumlahDesa, 0))
    // The three Polres with data have desa with a value; the Polda's mean is that of all valued desa.
    for (const p of POLRES) expect(Object.values(rekap.polres.find((x) => x.kode === p.kab)!.kategori).reduce((a, n) => a + n, 0), p.kab).toBeGreaterThan(0)
    const rata = s.prepare("SELECT avg(nilai) r FROM hasil_ikdk WHERE bulan = '2024-09' AND nilai IS NOT NULL").get() as { r: number }
    expect(rekap.total.rataIkdk).toBeCloseTo(rata.r, 9)
    // Polres without a file: no activity at all.
    expect(rekap.polres.find((p) => p.kode === '53.04')!.aktivitas.laporan).toBe(0)
    // The IKDK of a desa equals the one its own Polres computed from the same data.
    const kode = (polres[1]!.app.bd.sqlite.prepare('SELECT kode FROM desa ORDER BY kode LIMIT 1').get() as { kode: string }).kode
    const nilai = (u: Uji) => u.app.bd.sqlite.prepare("SELECT nilai, kategori FROM hasil_ikdk WHERE desa_kode = ? AND bulan = '2024-09'").get(kode)
    expect(nilai(polda)).toEqual(nilai(polres[1]!))

    const rinci = await polda.panggil('polda:rekap-desa', { bulan: '2024-09', polresKode: '53.03' })
    expect(rinci.desa.length).toBe(rekap.polres.find((p) => p.kode === '53.03')!.jumlahDesa)
    expect(rinci.desa.reduce((a, d) => a + d.kk_dikunjungi, 0)).toBe(jumlahBulan(polres[1]!, '2024-09').kk)
  })

  it('[F3] revisi lebih tinggi dari satu Polres hanya mengganti periode Polres itu', async () => {
    const s = polres[1]!.app.bd.sqlite
    const [d1, d2] = (s.prepare('SELECT desa_kode FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 37 ORDER BY desa_kode LIMIT 2').all() as { desa_kode: string }[]).map((r) => r.desa_kode)
    s.prepare('UPDATE laporan_mingguan SET kk_dikunjungi = 99 WHERE desa_kode = ? AND tahun = 2024 AND minggu = 37').run(d1)
    s.prepare('DELETE FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = 37').run(d2)
    const r2 = await polres[1]!.panggil('pertukaran:ekspor', { bulanAwal: '2024-09', bulanAkhir: '2024-09' })
    expect(r2.revisi).toBe(2)
    const lainnya = (kab: string) => polda.app.bd.sqlite.prepare("SELECT * FROM laporan_mingguan WHERE desa_kode LIKE ? ORDER BY desa_kode, tahun, minggu").all(`${kab}.%`)
    const sebelum = { kupang: lainnya('53.01'), kota: lainnya('53.71'), agustus: jumlahBulan(polda, '2024-08', '53.03.') }
    const h = await polda.panggil('polda:impor-banyak', { berkas: [{ namaBerkas: r2.namaBerkas, berkasBase64: r2.berkasBase64 }] })
    expect(h.hasil[0]).toMatchObject({ status: 'diterapkan', revisi: 2 })
    const lap = h.hasil[0]!.sheet.find((x) => x.sheet === 'LaporanMingguan')!
    expect([lap.berubah, lap.dihapus, lap.baru]).toEqual([1, 1, 0])
    expect(lainnya('53.01')).toEqual(sebelum.kupang)
    expect(lainnya('53.71')).toEqual(sebelum.kota)
    expect(jumlahBulan(polda, '2024-08', '53.03.')).toEqual(sebelum.agustus)
    expect(jumlahBulan(polda, '2024-09', '53.03.')).toEqual(jumlahBulan(polres[1]!, '2024-09'))
    // The lower revision now is refused, the same file again changes nothing.
    const lama = await polda.panggil('polda:impor-banyak', { berkas: [berkas['53.03|2024-09']!, { namaBerkas: r2.namaBerkas, berkasBase64: r2.berkasBase64 }] })
    expect(lama.hasil.map((x) => x.status)).toEqual(['ditolak', 'sama'])
    expect(lama.hasil[0]!.pesan).toMatch(/lebih rendah/)
  })

  it('[F3] Status Kiriman: sudah / terlambat / belum dihitung dengan tangan untuk hari ini 7 Oktober 2024 (batas tanggal 5, WITA)', async () => {
    const s = polda.app.bd.sqlite
    // Receipt times set by hand (UTC), as if the files had come in on these days.
    const terima = (kab: string, bulan: string, waktu: string[]) => {
      const ids = (s.prepare('SELECT id FROM impor WHERE satker_kode = ? AND bulan_awal = ? ORDER BY id').all(kab, bulan) as { id: number }[]).map((r) => r.id)
      ids.forEach((id, i) => s.prepare('UPDATE impor SET diimpor_pada = ? WHERE id = ?').run(waktu[i], id))
      s.prepare('UPDATE periode_impor SET diimpor_pada = ? WHERE satker_kode = ? AND bulan_awal = ?').run(waktu[ids.length - 1], kab, bulan)
    }
    terima('53.01', '2024-08', ['2024-09-03T01:00:00Z']) // 3 Sep 09:00 WITA ≤ 5 Sep → sudah
    terima('53.03', '2024-08', ['2024-09-05T17:00:00Z']) // 6 Sep 01:00 WITA > 5 Sep → terlambat
    terima('53.71', '2024-08', ['2024-09-05T15:59:00Z']) // 5 Sep 23:59 WITA → sudah
    terima('53.01', '2024-09', ['2024-10-04T02:00:00Z']) // → sudah
    terima('53.03', '2024-09', ['2024-10-02T02:00:00Z', '2024-10-07T02:00:00Z']) // r1 on time, r2 after: first receipt counts → sudah, revisi 2
    terima('53.71', '2024-09', ['2024-10-06T00:30:00Z']) // 6 Oct 08:30 WITA → terlambat
    const k = await polda.panggil('polda:kiriman', { bulanAwal: '2024-08', bulanAkhir: '2024-10' })
    expect(k.bulan).toEqual(['2024-08', '2024-09', '2024-10'])
    const sel = (kab: string) => k.polres.find((p) => p.kode === kab)!.sel.map((x) => [x.status, x.lewatBatas, x.revisi, x.diterimaPertama])
    expect(sel('53.01')).toEqual([['sudah', false, 1, '2024-09-03'], ['sudah', false, 1, '2024-10-04'], ['belum', false, null, null]])
    expect(sel('53.03')).toEqual([['terlambat', false, 1, '2024-09-06'], ['sudah', false, 2, '2024-10-02'], ['belum', false, null, null]])
    expect(sel('53.71')).toEqual([['sudah', false, 1, '2024-09-05'], ['terlambat', false, 1, '2024-10-06'], ['belum', false, null, null]])
    // No file at all: August and September are past their deadlines (5 Sep, 5 Oct < 7 Oct); October is not due until 5 Nov.
    expect(sel('53.04')).toEqual([['belum', true, null, null], ['belum', true, null, null], ['belum', false, null, null]])
    expect(k.polres.find((p) => p.kode === '53.03')!.sel[1]!.diterimaTerakhir).toBe('2024-10-07')
    // Moving the deadline to the 7th turns TTU's August file (6 Sep) on time and Kota's September one too.
    await polda.panggil('polda:atur-batas', { hari: 7 })
    const k7 = await polda.panggil('polda:kiriman', { bulanAwal: '2024-08', bulanAkhir: '2024-09' })
    expect(k7.polres.find((p) => p.kode === '53.03')!.sel[0]!.status).toBe('sudah')
    expect(k7.polres.find((p) => p.kode === '53.71')!.sel[1]!.status).toBe('sudah')
    expect(k7.polres.find((p) => p.kode === '53.04')!.sel[1]).toMatchObject({ status: 'belum', lewatBatas: false, batas: '2024-10-07' })
    await polda.panggil('polda:atur-batas', { hari: 5 })
    expect((await polda.hasil('polda:atur-batas', { hari: 31 })).ok).toBe(false)
  })

  it('[F3] ekspor konsolidasi: satker = Polda, checksum, bertanda tangan; impor ulang ke aplikasi Polda baru bersih dan jumlahnya sama dengan jumlah berkas Polres', async () => {
    await polda.panggil('pertukaran:kunci-buat', {})
    const e = await polda.panggil('pertukaran:ekspor', { bulanAwal: '2024-08', bulanAkhir: '2024-09', tandaTangan: true })
    expect(e.namaBerkas).toBe('BINMAS_53_2024-08_2024-09_r1.xlsx')
    const wb = XLSX.read(Buffer.from(e.berkasBase64, 'base64'), { type: 'buffer' })
    const mf = new Map((XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['Manifest']!, { header: 1 }) as unknown[][]).slice(1).map((r) => [r[0], r[1]]))
    expect(mf.get('satker_kode')).toBe('53')
    expect(mf.get('satker_nama')).toBe('POLDA NUSA TENGGARA TIMUR')
    expect(mf.get('polda')).toBe('POLDA NUSA TENGGARA TIMUR')
    for (const sh of ['Desa', 'Personel', 'LaporanMingguan', 'Kejadian']) expect(String(mf.get(`sha256_${sh}`))).toMatch(/^[0-9a-f]{64}$/)
    expect(typeof mf.get('tanda_tangan')).toBe('string')
    // All Polres' weekly rows: the sum of the three Polres files (TTU's September at revision 2).
    const jumlahSumber = polres.reduce((a, u) => a + jumlahBulan(u, '2024-08').n + jumlahBulan(u, '2024-09').n, 0)
    expect(mf.get('baris_LaporanMingguan')).toBe(jumlahSumber)

    const baru = aplikasiUji({ hariIni: '2024-10-07' })
    try {
      await baru.panggil('setup:simpan', { provinsiKode: '53', kabupatenKode: ['53.01'], satkerNama: 'POLDA NUSA TENGGARA TIMUR', satkerKode: '53', zonaWaktu: 'WITA', kasat: { nama: 'KOMBES POL YUDHA', pangkat: 'KOMBES POL', nrp: '70010001' }, polsek: [] })
      const h = await baru.panggil('polda:impor-banyak', { berkas: [{ namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 }] })
      expect(h.hasil[0]).toMatchObject({ status: 'diterapkan', satkerKode: '53' })
      expect(h.hasil[0]!.sheet.every((x) => x.ditolak === 0)).toBe(true)
      for (const [i, p] of POLRES.entries()) {
        for (const b of ['2024-08', '2024-09'] as const) expect(jumlahBulan(baru, b, `${p.kab}.`), `${p.kab} ${b}`).toEqual(jumlahBulan(polres[i]!, b))
      }
      expect(potretTabel(baru.app.bd.sqlite, ['laporan_mingguan', 'kejadian']).laporan_mingguan!.split(':')[1]).toBe(String(jumlahSumber))
      const polsek = (u: Uji) => u.app.bd.sqlite.prepare('SELECT nama, satker_kode FROM polsek ORDER BY satker_kode, nama').all()
      expect(polsek(baru)).toEqual(polsek(polda))
      const personel = (u: Uji) => u.app.bd.sqlite.prepare('SELECT p.nrp, p.satker_kode, s.nama AS polsek FROM personel p LEFT JOIN polsek s ON s.id = p.polsek_id ORDER BY p.nrp').all()
      expect(personel(baru)).toEqual(personel(polda))
      const kecamatan = (u: Uji) => u.app.bd.sqlite.prepare('SELECT kc.kode, p.nama, p.satker_kode FROM kecamatan kc LEFT JOIN polsek p ON p.id = kc.polsek_id ORDER BY kc.kode').all()
      expect(kecamatan(baru)).toEqual(kecamatan(polda))
      // The same consolidated file again: nothing changes.
      const lagi = await baru.panggil('polda:impor-banyak', { berkas: [{ namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 }] })
      expect(lagi.hasil[0]!.status).toBe('sama')
    } finally {
      await baru.tutup()
    }
  })

  it('[F3] distribusi: berkas skema dan paket kunci tepercaya diterima Polres lewat pratinjau; paket yang diubah ditolak', async () => {
    const sk = await polda.panggil('polda:ekspor-skema', {})
    expect(sk.namaBerkas).toBe('bawaan@1.ikdk.json')
    const pr = await polres[2]!.panggil('skema:pratinjau', { teks: sk.isi })
    expect(pr).toBeTruthy()

    const paket = await polda.panggil('polda:ekspor-kunci', {})
    expect(paket.ditandatangani).toBe(true)
    // Polda's own key and Polres Kupang's registered key.
    expect(paket.jumlahKunci).toBe(2)
    const u = polres[2]!
    const p1 = await u.panggil('pertukaran:paket-kunci-pratinjau', { isi: paket.isi })
    expect(p1.tandaTangan).toBe('tidak-dapat-diperiksa')
    expect(p1.kunci.map((x) => [x.satkerKode, x.sudahAda])).toEqual([['53', false], ['53.01', false]])
    expect(await u.panggil('pertukaran:paket-kunci-terapkan', { isi: paket.isi })).toEqual({ ditambahkan: 2, sudahAda: 0 })
    // Now the Polda's key is trusted: the signature is checked.
    const p2 = await u.panggil('pertukaran:paket-kunci-pratinjau', { isi: paket.isi })
    expect(p2.tandaTangan).toBe('sah')
    expect(p2.kunci.every((x) => x.sudahAda)).toBe(true)
    const ubah = JSON.parse(paket.isi) as { kunci: { satker_nama: string }[] }
    ubah.kunci[1]!.satker_nama = 'POLRES PALSU'
    const h = await u.hasil('pertukaran:paket-kunci-pratinjau', { isi: JSON.stringify(ubah) })
    expect(h.ok).toBe(false)
    if (!h.ok) expect(h.galat.pesan).toMatch(/tanda tangan/)
    // A bundle of another province's Polda is refused by an NTB Polres.
    const lainH = await lain.hasil('pertukaran:paket-kunci-pratinjau', { isi: paket.isi })
    expect(lainH.ok).toBe(false)
    if (!lainH.ok) expect(lainH.galat.pesan).toMatch(/bukan Polda/)
  })
})
