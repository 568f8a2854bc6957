// Mode Polda [F3], what a Ditbinmas analyst sees beyond the import: the
// Polda's Beranda, Polres data that is read-only at the Polda, and the
// Daftar Polres in Pengaturan. Two real Polres apps (TTU, Belu) send their
// September 2024 files to a Polda app for NTT; expected figures come from
// SQL written here or from hand arithmetic in the comments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Masukan } from '../../shared/api'
import { KANAL_DATA_POLRES, PESAN_DATA_POLRES } from '../../shared/kanal-polda'
import { PERAN } from '../../shared/skema-data'
import { aplikasiUji } from '../helpers/aplikasi'
import { isiSeptember, SETUP_POLDA_NTT, setupPolres } from '../helpers/polda'
import { potretTabel } from './pertukaran-alat'

type Uji = ReturnType<typeof aplikasiUji>
const TABEL_POLRES = ['desa', 'personel', 'desa_binaan', 'laporan_mingguan', 'kejadian', 'audit', 'polres', 'kecamatan']

describe('Mode Polda: Beranda, data Polres hanya baca, Daftar Polres', () => {
  let polda: Uji
  let polres: Uji
  const berkas: Record<string, { namaBerkas: string; berkasBase64: string }> = {}

  beforeAll(async () => {
    // TTU: 1 Rawan + 2 Sangat Rawan desa; Belu: 2 Rawan + 2 Sangat Rawan (see isiSeptember).
    for (const [kab, nama, rawan, sangatRawan] of [['53.03', 'POLRES TIMOR TENGAH UTARA', 1, 2], ['53.04', 'POLRES BELU', 2, 2]] as const) {
      const u = aplikasiUji({ hariIni: '2024-10-02' })
      await u.panggil('setup:simpan', await setupPolres(kab, nama))
      isiSeptember(u.app.bd.sqlite, { rawan, sangatRawan })
      const nrp = kab === '53.03' ? '81030001' : '81040001'
      const polsekId = (u.app.bd.sqlite.prepare('SELECT id FROM polsek ORDER BY id LIMIT 1').get() as { id: number }).id
      await u.panggil('personel:simpan', { baru: true, nrp, nama: 'YOSEF TAEK', pangkat: 'BRIPKA', jabatan: 'Bhabinkamtibmas', polsekId, kontak: null, aktif: true })
      const e = await u.panggil('pertukaran:ekspor', { bulanAwal: '2024-09', bulanAkhir: '2024-09' })
      berkas[kab] = { namaBerkas: e.namaBerkas, berkasBase64: e.berkasBase64 }
      await u.tutup()
    }
    polda = aplikasiUji({ hariIni: '2024-10-07' })
    await polda.panggil('setup:simpan', SETUP_POLDA_NTT)
    const h = await polda.panggil('polda:impor-banyak', { berkas: [berkas['53.03']!, berkas['53.04']!] })
    expect(h.hasil.map((x) => x.status)).toEqual(['diterapkan', 'diterapkan'])
    // Receipts set by hand (UTC): TTU 3 Oct 10:00 WITA (before the 5 Oct deadline), Belu 6 Oct 09:00 WITA (late).
    const s = polda.app.bd.sqlite
    for (const [kab, waktu] of [['53.03', '2024-10-03T02:00:00Z'], ['53.04', '2024-10-06T01:00:00Z']]) {
      s.prepare('UPDATE impor SET diimpor_pada = ? WHERE satker_kode = ?').run(waktu, kab)
      s.prepare('UPDATE periode_impor SET diimpor_pada = ? WHERE satker_kode = ?').run(waktu, kab)
    }
    polres = aplikasiUji({ hariIni: '2024-10-07' })
    await polres.panggil('setup:simpan', await setupPolres('53.05', 'POLRES ALOR'))
  }, 180_000)

  afterAll(async () => {
    await polda?.tutup()
    await polres?.tutup()
  })

  it('[F3] Beranda Polda: kiriman bulan lalu, kategori IKDK provinsi, dan Polres paling rawan sama dengan hitungan SQL independen', async () => {
    const b = await polda.panggil('polda:beranda', {})
    const s = polda.app.bd.sqlite
    // Today 7 October 2024: the last closed month is September, due 5 October.
    expect(b.bulan).toBe('2024-09')
    const jumlahPolres = (s.prepare('SELECT count(*) n FROM polres').get() as { n: number }).n
    expect(jumlahPolres).toBe(22)
    // Received: the Polres with a non-undone import of September; TTU on time, Belu late; the other 20 missing and past due.
    const masuk = s.prepare("SELECT DISTINCT satker_kode FROM impor WHERE bulan_awal <= '2024-09' AND bulan_akhir >= '2024-09' AND dibatalkan_pada IS NULL ORDER BY satker_kode").all() as { satker_kode: string }[]
    expect(masuk.map((m) => m.satker_kode)).toEqual(['53.03', '53.04'])
    expect(b.kiriman).toMatchObject({ batas: '2024-10-05', jumlahPolres, sudah: 1, terlambat: 1, belum: jumlahPolres - masuk.length, lewatBatas: jumlahPolres - masuk.length })
    expect(b.kiriman.belumMengirim.map((p) => p.kode)).toEqual((s.prepare("SELECT kode FROM polres WHERE kode NOT IN ('53.03', '53.04') ORDER BY kode").all() as { kode: string }[]).map((r) => r.kode))

    // IKDK categories of every active desa of the province in September.
    const kat = s.prepare("SELECT h.kategori, count(*) n FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode WHERE d.aktif = 1 AND h.bulan = '2024-09' AND h.nilai IS NOT NULL GROUP BY h.kategori").all() as { kategori: string; n: number }[]
    const desaAktif = (s.prepare('SELECT count(*) n FROM desa WHERE aktif = 1').get() as { n: number }).n
    expect(b.ikdk.kategori).toEqual(['Aman', 'Waspada', 'Rawan', 'Sangat Rawan'])
    for (const k of b.ikdk.perKategori) expect(k.jumlah, k.kategori).toBe(kat.find((r) => r.kategori === k.kategori)?.n ?? 0)
    expect(b.ikdk.jumlahDesa).toBe(desaAktif)
    expect(b.ikdk.tanpaNilai).toBe(desaAktif - kat.reduce((a, r) => a + r.n, 0))
    const rata = s.prepare("SELECT avg(h.nilai) r FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode WHERE d.aktif = 1 AND h.bulan = '2024-09' AND h.nilai IS NOT NULL").get() as { r: number }
    expect(b.ikdk.rata).toBeCloseTo(rata.r, 9)
    // Hand count from the data made (isiSeptember): 3 + 4 Rawan/Sangat Rawan desa.
    expect(b.ikdk.perKategori.find((k) => k.kategori === 'Rawan')!.jumlah).toBe(3)
    expect(b.ikdk.perKategori.find((k) => k.kategori === 'Sangat Rawan')!.jumlah).toBe(4)

    // Polres with most Rawan/Sangat Rawan desa: a count per kabupaten prefix of the desa code.
    expect(b.kategoriRawan).toEqual(['Rawan', 'Sangat Rawan'])
    const rawan = s
      .prepare("SELECT substr(h.desa_kode, 1, 5) p, count(*) n FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode WHERE d.aktif = 1 AND h.bulan = '2024-09' AND h.kategori IN ('Rawan', 'Sangat Rawan') GROUP BY p ORDER BY n DESC, p")
      .all() as { p: string; n: number }[]
    expect(b.polresRawan.map((p) => [p.kode, p.rawan])).toEqual(rawan.slice(0, 5).map((r) => [r.p, r.n]))
    expect(b.polresRawan.map((p) => [p.nama, p.perKategori.map((x) => x.jumlah)])).toEqual([
      ['POLRES BELU', [2, 2]],
      ['POLRES TIMOR TENGAH UTARA', [1, 2]],
    ])
    // Activity of September (ISO weeks 36–39): weekly rows and DDS across the province.
    const lap = s.prepare('SELECT count(*) n, coalesce(sum(kk_dikunjungi), 0) kk FROM laporan_mingguan WHERE tahun = 2024 AND minggu BETWEEN 36 AND 39').get() as { n: number; kk: number }
    expect(b.aktivitas).toMatchObject({ laporan: lap.n, kkDikunjungi: lap.kk })
    // 20 desa × 4 weeks + (3 or 4) zero-reporting desa × 4 weeks per Polres = 80 + 12 + 80 + 16.
    expect(lap.n).toBe(188)
    // Two Sangat Rawan desa per Polres, four incidents each.
    expect(b.aktivitas.kejadian).toBe((2 + 2) * 4)
    // A Polres app has no Polda Beranda.
    const h = await polres.hasil('polda:beranda', {})
    expect(!h.ok && h.galat.kode).toBe('KONFLIK')
  })

  it('[F3] Mode Polda: setiap kanal tulis data Polres ditolak untuk setiap peran dengan pesan Indonesia, data tidak berubah', async () => {
    const s = polda.app.bd.sqlite
    const desaA = (s.prepare("SELECT kode FROM desa WHERE kode LIKE '53.03.%' ORDER BY kode LIMIT 1").get() as { kode: string }).kode
    const kec = desaA.split('.').slice(0, 3).join('.')
    const kejadianId = (s.prepare("SELECT id FROM kejadian WHERE desa_kode LIKE '53.03.%' LIMIT 1").get() as { id: string }).id
    const binaanId = (s.prepare('SELECT id FROM desa_binaan LIMIT 1').get() as { id: number } | undefined)?.id ?? 1
    const polsekId = (s.prepare("SELECT id FROM polsek WHERE satker_kode = '53.03' LIMIT 1").get() as { id: number }).id
    const masukan: { [K in (typeof KANAL_DATA_POLRES)[number]]: Masukan<K> } = {
      'desa:ubah': { kode: desaA, penduduk: 1500, jumlahKk: 400, posKamlingTotal: 3, fkpmAktif: true, lintang: -9.4, bujur: 124.5 },
      'desa:tambah': { kode: `${kec}.9901`, nama: 'Desa Uji Polda', kecamatanKode: kec },
      'desa:ganti-kode': { kodeLama: desaA, kodeBaru: `${kec}.9901`, berlakuMulai: '2024-09-01', catatan: 'Uji Mode Polda' },
      'personel:simpan': { baru: false, nrp: '81030001', nama: 'YOSEF TAEK', pangkat: 'BRIPKA', jabatan: 'Bhabinkamtibmas', polsekId, kontak: null, aktif: false },
      'binaan:tetapkan': { nrp: '81030001', desaKode: desaA, mulai: '2024-09-02' },
      'binaan:akhiri': { id: binaanId, selesai: '2024-09-30' },
      'mingguan:simpan': { tahun: 2024, minggu: 37, sel: [{ desaKode: desaA, kolom: 'penyuluhan', nilai: 9 }] },
      'templat:terapkan': { token: 'token-templat-polsek' },
      'excel-lama:terapkan': { token: 'token-excel-lama' },
      'kejadian:simpan': { tanggal: '2024-09-10', desaKode: desaA, kategori: 'hoaks', tingkat: 'potensi', status: 'terbuka', tanggalSelesai: null, uraian: 'Uji Mode Polda' },
      'kejadian:hapus': { ids: [kejadianId] },
    }
    const sebelum = potretTabel(s, TABEL_POLRES)
    for (const kanal of KANAL_DATA_POLRES) {
      for (const peran of PERAN) {
        const h = await polda.hasil(kanal, masukan[kanal] as never, { pengguna: `uji-${peran}`, peran })
        expect(h.ok, `${kanal} ${peran}`).toBe(false)
        if (h.ok) continue
        // Pimpinan may not write anywhere; every role that may write is refused by Mode Polda, after its input was found valid.
        if (peran === 'pimpinan' || (peran === 'operator' && kanal === 'desa:ganti-kode')) expect(h.galat.kode, `${kanal} ${peran}`).toBe('TIDAK_BERHAK')
        else {
          expect(h.galat.kode, `${kanal} ${peran}`).toBe('MODE_POLDA')
          expect(h.galat.pesan).toBe(`Aplikasi ini berjalan dalam Mode Polda. ${PESAN_DATA_POLRES}`)
        }
      }
    }
    expect(potretTabel(s, TABEL_POLRES)).toEqual(sebelum)
    // Reading stays possible, and the same write in a Polres app is not refused by this rule.
    expect((await polda.panggil('kejadian:daftar', {})).length).toBe(16)
    expect((await polda.panggil('desa:daftar', {})).length).toBeGreaterThan(3000)
    const desaAlor = (polres.app.bd.sqlite.prepare('SELECT kode FROM desa ORDER BY kode LIMIT 1').get() as { kode: string }).kode
    const r = await polres.hasil('kejadian:simpan', { ...masukan['kejadian:simpan'], desaKode: desaAlor })
    expect(r.ok).toBe(true)
  })

  it('[F3] Daftar Polres: ganti nama tersimpan dan diaudit; nama kembar, kode tak dikenal, dan peran operator ditolak; berkas tetap dikenali dari kodenya', async () => {
    const s = polda.app.bd.sqlite
    const baru = await polda.panggil('polda:ubah-polres', { kode: '53.71', nama: '  polresta kupang   kota ' })
    expect(baru).toEqual({ kode: '53.71', nama: 'POLRESTA KUPANG KOTA' })
    expect(s.prepare("SELECT nama FROM polres WHERE kode = '53.71'").get()).toEqual({ nama: 'POLRESTA KUPANG KOTA' })
    const audit = s.prepare("SELECT pengguna, aksi, sebelum, sesudah FROM audit WHERE tabel = 'polres' AND kunci = '53.71'").all() as { pengguna: string; aksi: string; sebelum: string; sesudah: string }[]
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ pengguna: 'admin', aksi: 'ubah' })
    expect(JSON.parse(audit[0]!.sebelum)).toEqual({ nama: 'POLRESTA KUPANG' })
    expect(JSON.parse(audit[0]!.sesudah)).toEqual({ nama: 'POLRESTA KUPANG KOTA' })
    const riwayat = await polda.panggil('audit:riwayat', { tabel: 'polres', kunci: '53.71' })
    expect(riwayat).toHaveLength(1)
    expect((await polda.panggil('polda:info', {})).polres.find((p) => p.kode === '53.71')!.nama).toBe('POLRESTA KUPANG KOTA')
    // The same name again changes nothing and writes no second audit line.
    await polda.panggil('polda:ubah-polres', { kode: '53.71', nama: 'POLRESTA KUPANG KOTA' })
    expect((s.prepare("SELECT count(*) n FROM audit WHERE tabel = 'polres'").get() as { n: number }).n).toBe(1)

    const sebelum = potretTabel(s, ['polres', 'audit'])
    const kembar = await polda.hasil('polda:ubah-polres', { kode: '53.04', nama: 'Polres Timor Tengah Utara' })
    expect(!kembar.ok && kembar.galat).toMatchObject({ kode: 'INPUT_TIDAK_VALID', rincian: [{ lokasi: 'nama', pesan: 'Nama "POLRES TIMOR TENGAH UTARA" sudah dipakai Polres 53.03' }] })
    const pendek = await polda.hasil('polda:ubah-polres', { kode: '53.04', nama: 'PO' })
    expect(!pendek.ok && pendek.galat.rincian).toEqual([{ lokasi: 'nama', pesan: 'Nama Polres minimal 3 huruf' }])
    const asing = await polda.hasil('polda:ubah-polres', { kode: '53.99', nama: 'POLRES ENTAH' })
    expect(!asing.ok && asing.galat).toMatchObject({ kode: 'TIDAK_DITEMUKAN', pesan: 'Polres 53.99 tidak terdaftar di Polda ini.' })
    const operator = await polda.hasil('polda:ubah-polres', { kode: '53.04', nama: 'POLRES BELU RAYA' }, { pengguna: 'op', peran: 'operator' })
    expect(!operator.ok && operator.galat.kode).toBe('TIDAK_BERHAK')
    const diPolres = await polres.hasil('polda:ubah-polres', { kode: '53.05', nama: 'POLRES ALOR RAYA' })
    expect(!diPolres.ok && diPolres.galat.kode).toBe('KONFLIK')
    expect(potretTabel(s, ['polres', 'audit'])).toEqual(sebelum)

    // Renamed, TTU's file is still its own: importing it again changes nothing.
    await polda.panggil('polda:ubah-polres', { kode: '53.03', nama: 'POLRES TTU' })
    const lagi = await polda.panggil('polda:impor-banyak', { berkas: [berkas['53.03']!] })
    expect(lagi.hasil[0]).toMatchObject({ status: 'sama', satkerKode: '53.03' })
    expect((await polda.panggil('polda:rekap', { bulan: '2024-09' })).polres.find((p) => p.kode === '53.03')!.nama).toBe('POLRES TTU')
  })
})
