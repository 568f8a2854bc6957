import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Galat } from '../../shared/galat'
import { aplikasiUji } from '../helpers/aplikasi'
import { setupTtu } from '../helpers/setup-ttu'
import { b64, bukuTangan, KONTRAK, manifestTangan, potretTabel, tulisXlsx } from './pertukaran-alat'

/**
 * Files typed by hand (F2 rules): no checksums, headers in any case and
 * order, extra columns, numbers and dates written as text, short NRP numbers,
 * blank Kejadian ids — and every row error, word for word.
 */

const HARI = '2024-10-16'
const [D1, D2, D3] = ['53.03.01.2005', '53.03.01.2006', '53.03.01.2007']

describe('Pertukaran Data: berkas buatan tangan', () => {
  const C = aplikasiUji({ hariIni: HARI })
  const q = <T>(sql: string, ...p: unknown[]) => C.app.bd.sqlite.prepare(sql).all(...p) as T[]
  const pratinjau = (isi: Buffer, nama = 'isian-tangan.xlsx') => C.panggil('pertukaran:pratinjau', { namaBerkas: nama, berkasBase64: b64(isi) })
  const galat = async (isi: Buffer): Promise<Galat> => {
    const h = await C.hasil('pertukaran:pratinjau', { namaBerkas: 'x.xlsx', berkasBase64: b64(isi) })
    expect(h.ok).toBe(false)
    return (h as { galat: Galat }).galat
  }
  let polsek = ''

  beforeAll(async () => {
    await C.panggil('setup:simpan', await setupTtu())
    expect(q<{ n: number }>('SELECT count(*) n FROM desa WHERE kode IN (?, ?, ?)', D1, D2, D3)[0]!.n).toBe(3)
    polsek = q<{ nama: string }>("SELECT p.nama FROM polsek p JOIN kecamatan k ON k.polsek_id = p.id WHERE k.kode = '53.03.01'")[0]!.nama
  })
  afterAll(() => C.tutup())

  it('[F2] diimpor apa adanya: kolom acak dan berhuruf besar, kolom tambahan, angka dan tanggal sebagai teks, NRP angka pendek, id kosong → UUIDv5', async () => {
    // LaporanMingguan typed with columns in another order, odd header case/spaces and a note column.
    const kepala = [' MINGGU', 'Kode_Desa ', 'tahun', 'catatan', 'keterangan', ...KONTRAK.LaporanMingguan.slice(3, 15)]
    const baris = (kode: string, minggu: number, kk: unknown, nrp: unknown) => [minggu, kode, '2024', 'ronda bersama', 'diketik ulang', kk, '1', 0, null, '2', 1, '3', null, '1.000', 0, null, nrp]
    const lengkap = tulisXlsx({
      Manifest: manifestTangan({ bulan_awal: '2024-06', bulan_akhir: '2024-06' }),
      Desa: [[...KONTRAK.Desa], [D1, 'Bokon', '53.03.01', 'Miomaffo Timur', polsek, '2.000', 500, 4, 'ya', 1234567]],
      Personel: [[...KONTRAK.Personel], [1234567, 'YOSEF TAEK', 'bripka', 'Bhabinkamtibmas', polsek.toLowerCase(), `${D1}; ${D2}`]],
      LaporanMingguan: [kepala, baris(D1, 23, '12', 1234567), baris(D2, 24, 15, '01234567'), [], baris(D1, 26, null, null)],
      Kejadian: [
        [...KONTRAK.Kejadian],
        [null, '10/06/2024', D1, 'tindak_pidana', 'nyata', 'selesai', { d: '2024-06-20' }, 'Pencurian ternak sapi'],
        ['', { d: '2024-06-12' }, D2, 'Hoaks', 'AMBANG', 'terbuka', null, 'Kabar bohong soal pupuk'],
      ],
      Catatan: [['bebas']],
    })
    const p = await pratinjau(lengkap)
    expect(p.kesalahan).toEqual([])
    expect(p.integritas).toEqual({ checksum: 'tidak-ada', tandaTangan: 'tidak-ada' })
    expect(p.peringatan.map((x) => x.pesan)).toEqual([
      'Sheet tambahan diabaikan: Catatan.',
      'Sheet LaporanMingguan: kolom tambahan diabaikan: keterangan.',
      'Berkas tanpa checksum: keutuhan isi tidak dapat diperiksa.',
      'Sheet Desa, kolom nrp_bhabinkamtibmas: 1 NRP tertulis sebagai angka kurang dari 8 digit; nol di depan ditambahkan (mis. baris 2: 1234567 → 01234567).',
      'Sheet Personel, kolom nrp: 1 NRP tertulis sebagai angka kurang dari 8 digit; nol di depan ditambahkan (mis. baris 2: 1234567 → 01234567).',
      'Sheet LaporanMingguan, kolom nrp_pelapor: 1 NRP tertulis sebagai angka kurang dari 8 digit; nol di depan ditambahkan (mis. baris 2: 1234567 → 01234567).',
    ])
    expect(p.sheet).toEqual([
      { sheet: 'Desa', baru: 0, berubah: 1, sama: 0, dihapus: 0, ditolak: 0 },
      { sheet: 'Personel', baru: 1, berubah: 0, sama: 0, dihapus: 0, ditolak: 0 },
      { sheet: 'LaporanMingguan', baru: 3, berubah: 0, sama: 0, dihapus: 0, ditolak: 0 },
      { sheet: 'Kejadian', baru: 2, berubah: 0, sama: 0, dihapus: 0, ditolak: 0 },
    ])
    await C.panggil('pertukaran:terapkan', { token: p.token })
    expect(q('SELECT penduduk, jumlah_kk, pos_kamling_total, fkpm_aktif FROM desa WHERE kode = ?', D1)).toEqual([{ penduduk: 2000, jumlah_kk: 500, pos_kamling_total: 4, fkpm_aktif: 1 }])
    expect(q('SELECT nrp, nama, pangkat, jabatan FROM personel')).toEqual([{ nrp: '01234567', nama: 'YOSEF TAEK', pangkat: 'BRIPKA', jabatan: 'Bhabinkamtibmas' }])
    expect(q('SELECT desa_kode, mulai, selesai FROM desa_binaan ORDER BY desa_kode')).toEqual([
      { desa_kode: D1, mulai: HARI, selesai: null },
      { desa_kode: D2, mulai: HARI, selesai: null },
    ])
    // Columns after 'keterangan' follow the contract's order from kk_dikunjungi to nrp_pelapor.
    const kolom = 'desa_kode, minggu, kk_dikunjungi, penyuluhan, masalah_ditangani, masalah_selesai, info_deteksi_dini, pos_kamling_aktif, ronda_malam, pertemuan_fkpm, pertemuan_3pilar, kegiatan_pangan, sosialisasi_pilkada, nrp_pelapor, catatan'
    const tetap = { penyuluhan: 1, masalah_ditangani: 0, masalah_selesai: null, info_deteksi_dini: 2, pos_kamling_aktif: 1, ronda_malam: 3, pertemuan_fkpm: null, pertemuan_3pilar: 1000, kegiatan_pangan: 0, sosialisasi_pilkada: null, catatan: 'ronda bersama' }
    expect(q(`SELECT ${kolom} FROM laporan_mingguan ORDER BY minggu`)).toEqual([
      { desa_kode: D1, minggu: 23, kk_dikunjungi: 12, ...tetap, nrp_pelapor: '01234567' },
      { desa_kode: D2, minggu: 24, kk_dikunjungi: 15, ...tetap, nrp_pelapor: '01234567' },
      { desa_kode: D1, minggu: 26, kk_dikunjungi: null, ...tetap, nrp_pelapor: null },
    ])
    // Ids from the contract's UUIDv5 rule, computed independently with Python's uuid.uuid5.
    expect(q('SELECT id, tanggal, kategori, tingkat, status, tanggal_selesai FROM kejadian ORDER BY tanggal')).toEqual([
      { id: 'b19025f6-0dc3-59f0-98e3-7c6cd1f47cdc', tanggal: '2024-06-10', kategori: 'tindak_pidana', tingkat: 'nyata', status: 'selesai', tanggal_selesai: '2024-06-20' },
      { id: '0a584ef2-700e-5bd9-bb40-f6552f6789ae', tanggal: '2024-06-12', kategori: 'hoaks', tingkat: 'ambang', status: 'terbuka', tanggal_selesai: null },
    ])
    // The same hand-made file again: the same ids, nothing changes.
    const sebelum = potretTabel(C.app.bd.sqlite)
    const lagi = await pratinjau(lengkap)
    expect(lagi.sheet.every((h) => h.baru + h.berubah + h.dihapus === 0)).toBe(true)
    expect((await C.panggil('pertukaran:terapkan', { token: lagi.token })).imporId).toBeNull()
    expect(potretTabel(C.app.bd.sqlite)).toEqual(sebelum)
  })

  it('[F2] setiap kesalahan baris disebut dengan sheet, baris dan kolom, dan memblokir penerapan', async () => {
    const lap = (kode: string, minggu: unknown, isi: Record<string, unknown> = {}) => KONTRAK.LaporanMingguan.map((k) => (k === 'kode_desa' ? kode : k === 'tahun' ? 2024 : k === 'minggu' ? minggu : k in isi ? isi[k] : null))
    const berkas = bukuTangan({
      manifest: manifestTangan({ bulan_awal: '2024-07', bulan_akhir: '2024-07', dibuat_pada: '2024-08-02T10:00:00+08:00' }),
      Desa: [
        [D1, 'Bokon', '53.03.01', 'x', polsek, 500, 600, 2, 'Mungkin', null],
        ['53.03.99.9999', 'Hilang', '53.03.99', 'x', polsek, null, null, null, null, null],
        [D2, 'Bitefa', '53.03.02', 'x', polsek, -3, 2.5, 1001, null, '1234'],
      ],
      Personel: [
        ['12345678', 'A', 'JENDERAL', 'x', 'POLSEK ENTAH', '53.03.99.9999'],
        ['12345678', 'B', 'BRIPKA', 'x', null, null],
        ['87654321', '', 'BRIPKA', 'x', null, 'bukan-kode'],
      ],
      LaporanMingguan: [
        lap(D1, 28, { ronda_malam: 9 }),
        lap(D1, 29, { penyuluhan: -1, kegiatan_pangan: 1.5, kk_dikunjungi: 'banyak' }),
        lap(D1, 30, { masalah_ditangani: 1, masalah_selesai: 2 }),
        // D1's Desa row is refused above, so the stored total (4, imported earlier) applies.
        lap(D1, 27, { pos_kamling_aktif: 5 }),
        lap(D1, 32, { penyuluhan: 1 }),
        lap('53.03.99.9999', 28, { penyuluhan: 1 }),
        lap(D3, 28, { nrp_pelapor: '1234567', kk_dikunjungi: 40_000 }),
        lap(D1, 28, { penyuluhan: 2 }),
        lap('5303012005', 53, { penyuluhan: 1 }),
      ],
      Kejadian: [
        ['tidak-uuid', '2024-07-03', D1, 'pencurian', 'nyata', 'terbuka', null, ''],
        [null, '2024-07-05', D1, 'hoaks', 'ambang', 'selesai', null, 'x'],
        [null, '2024-07-10', D1, 'hoaks', 'ambang', 'selesai', '2024-07-01', 'y'],
        [null, '2024-07-20', D1, 'hoaks', 'ambang', 'selesai', '2024-08-05', 'z'],
        [null, '2024-08-01', D1, 'hoaks', 'ambang', 'terbuka', '2024-08-01', 'w'],
        [null, '2024-06-15', D1, 'bencana', 'nyata', 'terbuka', null, 'v'],
        [null, '31/07/2024', '53.03.99.9999', 'bencana', 'nyata', 'terbuka', null, 'u'],
        [null, 'kemarin', D1, 'bencana', 'nyata', 'terbuka', null, 't'],
      ],
    })
    const sebelum = potretTabel(C.app.bd.sqlite)
    const p = await pratinjau(berkas)
    expect(potretTabel(C.app.bd.sqlite)).toEqual(sebelum)
    expect(p.bisaDiterapkan).toBe(false)
    expect(p.kesalahan.map((k) => k.pesan)).toEqual([
      'Sheet Desa baris 2, kolom jumlah_kk: jumlah KK (600) melebihi jumlah penduduk (500).',
      'Sheet Desa baris 2, kolom fkpm_aktif: nilai "Mungkin" harus Ya atau Tidak.',
      'Sheet Desa baris 4, kolom kode_kecamatan: kode kecamatan 53.03.02 tidak sesuai kode desa 53.03.01.2006.',
      'Sheet Desa baris 4, kolom penduduk: nilai -3 tidak boleh negatif.',
      'Sheet Desa baris 4, kolom jumlah_kk: nilai 2,5 harus bilangan bulat.',
      'Sheet Desa baris 4, kolom pos_kamling_total: nilai 1.001 melebihi batas 1.000.',
      'Sheet Desa baris 4, kolom nrp_bhabinkamtibmas: NRP "1234" harus 8 digit angka.',
      'Sheet Personel baris 2, kolom pangkat: pangkat "JENDERAL" tidak dikenal; pilih salah satu: BRIPDA, BRIPTU, BRIGPOL, BRIPKA, AIPDA, AIPTU, IPDA, IPTU, AKP, KOMPOL, AKBP, KOMBES POL, BRIGJEN POL, IRJEN POL.',
      'Sheet Personel baris 3, kolom nrp: NRP 12345678 sudah ada di baris 2.',
      'Sheet Personel baris 4, kolom nama: nama wajib diisi.',
      'Sheet Personel baris 4, kolom desa_binaan: kode desa "bukan-kode" tidak valid; pisahkan kode desa dengan titik koma, contoh 53.03.01.2001;53.03.01.2002.',
      'Sheet LaporanMingguan baris 2, kolom ronda_malam: nilai 9 melebihi batas 7.',
      'Sheet LaporanMingguan baris 3, kolom kk_dikunjungi: nilai "banyak" bukan angka.',
      'Sheet LaporanMingguan baris 3, kolom penyuluhan: nilai -1 tidak boleh negatif.',
      'Sheet LaporanMingguan baris 3, kolom kegiatan_pangan: nilai 1,5 harus bilangan bulat.',
      'Sheet LaporanMingguan baris 6, kolom minggu: minggu 32 tahun 2024 (Agustus 2024) di luar periode berkas (Juli 2024).',
      'Sheet LaporanMingguan baris 8, kolom kk_dikunjungi: nilai 40.000 melebihi batas wajar 10.000 untuk satu minggu.',
      'Sheet LaporanMingguan baris 8, kolom nrp_pelapor: NRP "1234567" harus 8 digit angka.',
      'Sheet LaporanMingguan baris 9, kolom kode_desa: laporan desa 53.03.01.2005 minggu 28 tahun 2024 sudah ada di baris 2.',
      'Sheet LaporanMingguan baris 10, kolom kode_desa: kode desa "5303012005" tidak valid; contoh 53.03.01.2001.',
      'Sheet LaporanMingguan baris 10, kolom minggu: minggu 53 tidak ada pada tahun 2024.',
      'Sheet Kejadian baris 2, kolom id: id "tidak-uuid" bukan UUID.',
      'Sheet Kejadian baris 2, kolom kategori: kategori "pencurian" tidak dikenal; pilih salah satu: tindak_pidana, konflik_sosial, konflik_agraria, penimbunan, distribusi_pangan, unjuk_rasa, hoaks, narkoba, kenakalan_remaja, bencana, laka_lantas, lainnya.',
      'Sheet Kejadian baris 3, kolom tanggal_selesai: tanggal_selesai wajib diisi bila status selesai.',
      'Sheet Kejadian baris 4, kolom tanggal_selesai: tanggal selesai 2024-07-01 sebelum tanggal kejadian 2024-07-10.',
      'Sheet Kejadian baris 5, kolom tanggal_selesai: tanggal selesai 2024-08-05 sesudah berkas dibuat (2024-08-02).',
      'Sheet Kejadian baris 6, kolom tanggal: tanggal 2024-08-01 di luar periode berkas (Juli 2024).',
      'Sheet Kejadian baris 6, kolom tanggal_selesai: tanggal_selesai harus kosong selama status terbuka.',
      'Sheet Kejadian baris 9, kolom tanggal: tanggal "kemarin" tidak valid; tulis sebagai sel tanggal, TTTT-BB-HH atau HH/BB/TTTT.',
      // Then the checks that need the database.
      'Sheet Desa baris 3, kolom kode_desa: kode desa 53.03.99.9999 tidak dikenal.',
      'Sheet LaporanMingguan baris 4, kolom masalah_selesai: nilai 2 melebihi masalah_ditangani (1).',
      'Sheet LaporanMingguan baris 5, kolom pos_kamling_aktif: nilai 5 melebihi pos_kamling_total desa (4).',
      'Sheet LaporanMingguan baris 7, kolom kode_desa: kode desa 53.03.99.9999 tidak dikenal.',
      'Sheet Kejadian baris 7, kolom tanggal: tanggal 2024-06-15 di luar periode berkas (Juli 2024); kejadian sebelum periode hanya boleh ada bila ditutup dalam periode berkas dengan id yang sama.',
      'Sheet Kejadian baris 8, kolom kode_desa: kode desa 53.03.99.9999 tidak dikenal.',
    ])
    expect(p.kesalahan[11]).toEqual({ sheet: 'LaporanMingguan', baris: 2, kolom: 'ronda_malam', pesan: 'Sheet LaporanMingguan baris 2, kolom ronda_malam: nilai 9 melebihi batas 7.' })
    expect(p.sheet.map((h) => [h.sheet, h.ditolak])).toEqual([
      ['Desa', 3],
      ['Personel', 3],
      ['LaporanMingguan', 9],
      ['Kejadian', 8],
    ])
    const g = await C.hasil('pertukaran:terapkan', { token: p.token })
    expect(g.ok).toBe(false)
    expect(potretTabel(C.app.bd.sqlite)).toEqual(sebelum)
  })

  it('[F2] desa binaan berpindah personel lewat berkas; "Batalkan impor" memulihkan penugasan semula', async () => {
    await C.panggil('personel:simpan', { baru: true, nrp: '33334444', nama: 'MARKUS BANI', pangkat: 'AIPDA', jabatan: 'Bhabinkamtibmas', polsekId: null, kontak: null, aktif: true })
    await C.panggil('binaan:tetapkan', { nrp: '33334444', desaKode: D3, mulai: '2024-01-08' })
    const sebelum = q('SELECT * FROM desa_binaan ORDER BY id')
    // Officer 33334444 hands D3 over to 01234567, who keeps D1 and gives up D2.
    const p = await pratinjau(
      bukuTangan({
        manifest: manifestTangan({ bulan_awal: '2024-03', bulan_akhir: '2024-03' }),
        Personel: [
          ['01234567', 'YOSEF TAEK', 'BRIPKA', 'Bhabinkamtibmas', polsek, `${D1};${D3}`],
          ['33334444', 'MARKUS BANI', 'AIPDA', 'Bhabinkamtibmas', null, null],
        ],
      }),
    )
    expect(p.kesalahan).toEqual([])
    expect(p.sheet[1]).toEqual({ sheet: 'Personel', baru: 0, berubah: 2, sama: 0, dihapus: 0, ditolak: 0 })
    expect(p.perubahan.filter((x) => x.sheet === 'Personel')).toEqual([
      { sheet: 'Personel', baris: 2, kunci: '01234567', jenis: 'berubah', kolom: ['desa_binaan'] },
      { sheet: 'Personel', baris: 3, kunci: '33334444', jenis: 'berubah', kolom: ['desa_binaan'] },
    ])
    await C.panggil('pertukaran:terapkan', { token: p.token })
    const kini = `SELECT nrp, desa_kode FROM desa_binaan WHERE mulai <= '${HARI}' AND (selesai IS NULL OR selesai >= '${HARI}') ORDER BY desa_kode`
    expect(q(kini)).toEqual([
      { nrp: '01234567', desa_kode: D1 },
      { nrp: '01234567', desa_kode: D3 },
    ])
    // D3's previous officer ends the day before; D2's assignment, which began today, is gone.
    expect(q('SELECT nrp, desa_kode, mulai, selesai FROM desa_binaan WHERE nrp = ?', '33334444')).toEqual([{ nrp: '33334444', desa_kode: D3, mulai: '2024-01-08', selesai: '2024-10-15' }])
    expect(q('SELECT count(*) n FROM desa_binaan WHERE desa_kode = ?', D2)).toEqual([{ n: 0 }])
    await C.panggil('pertukaran:batal', {})
    expect(q('SELECT * FROM desa_binaan ORDER BY id')).toEqual(sebelum)
  })

  it('[F2] kode desa lama (pemekaran/penggantian kode) dibaca sebagai kode barunya', async () => {
    await C.panggil('desa:tambah', { kode: '53.03.01.2999', nama: 'Bokon Baru', kecamatanKode: '53.03.01' })
    await C.panggil('desa:ganti-kode', { kodeLama: D3, kodeBaru: '53.03.01.2999', berlakuMulai: '2024-07-01', catatan: 'Penggantian kode Kemendagri' })
    const p = await pratinjau(
      bukuTangan({
        manifest: manifestTangan({ bulan_awal: '2024-08', bulan_akhir: '2024-08' }),
        LaporanMingguan: [[D3, 2024, 33, 10, ...Array(10).fill(null), null, null]],
      }),
    )
    expect(p.kesalahan).toEqual([])
    expect(p.peringatan.map((x) => x.pesan)).toContain(`kode desa lama ${D3} dibaca sebagai 53.03.01.2999 (kode desa sudah diganti).`)
    await C.panggil('pertukaran:terapkan', { token: p.token })
    expect(q('SELECT desa_kode, kk_dikunjungi FROM laporan_mingguan WHERE tahun = 2024 AND minggu = 33')).toEqual([{ desa_kode: '53.03.01.2999', kk_dikunjungi: 10 }])
  })

  it('[F2] buku kerja bersistem tanggal 1904 dibaca tanpa pergeseran hari', async () => {
    const p = await pratinjau(
      bukuTangan(
        {
          manifest: manifestTangan({ bulan_awal: '2024-05', bulan_akhir: '2024-05' }),
          Kejadian: [['5d9f4c8e-1c1b-4c35-9a51-7a4d0c9b6e01', { d: '2024-05-31' }, D1, 'bencana', 'nyata', 'selesai', { d: '2024-05-31' }, 'Banjir']],
        },
        { date1904: true },
      ),
    )
    expect(p.kesalahan).toEqual([])
    await C.panggil('pertukaran:terapkan', { token: p.token })
    expect(q('SELECT tanggal, tanggal_selesai FROM kejadian WHERE id = ?', '5d9f4c8e-1c1b-4c35-9a51-7a4d0c9b6e01')).toEqual([{ tanggal: '2024-05-31', tanggal_selesai: '2024-05-31' }])
  })

  it('[F2] berkas satker lain ditolak; aplikasi yang belum disiapkan menolak impor', async () => {
    expect(await galat(bukuTangan({ manifest: manifestTangan({ satker_kode: '53.04', satker_nama: 'POLRES TTS' }) }))).toEqual({
      kode: 'KONFLIK',
      pesan: 'Berkas ini milik satker 53.04 (POLRES TTS), bukan POLRES TIMOR TENGAH UTARA (53.03); berkas ditolak.',
    })
    const kosong = aplikasiUji({ hariIni: HARI })
    const h = await kosong.hasil('pertukaran:pratinjau', { namaBerkas: 'x.xlsx', berkasBase64: b64(bukuTangan()) })
    expect(h).toEqual({ ok: false, galat: { kode: 'BELUM_DISIAPKAN', pesan: 'Lakukan Pengaturan Awal dulu sebelum mengimpor data.' } })
    await kosong.tutup()
  })
})
