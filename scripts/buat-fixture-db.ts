// Writes tests/fixtures/db/skema-v<N>.sqlite: a database at an old schema version with
// realistic rows, kept in the repo so every later version must keep migrating it.
//
//   npx tsx scripts/buat-fixture-db.ts 3 4        # these versions
//   npx tsx scripts/buat-fixture-db.ts --semua    # every version 1..latest not yet in the folder
//   npx tsx scripts/buat-fixture-db.ts 5 --timpa  # rewrite one (only before that version is released)
//
// A fixture that exists is never overwritten without --timpa: a released version's file is
// what users' databases of that version look like, and must stay byte-identical.
// Each version holds the rows of the tables that exist at that version, written the way the
// app of that version wrote them (blank ≠ 0: value columns left NULL on purpose).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import bawaan from '../resources/ikdk/bawaan-v1.json'
import type { Basisdata } from '../electron/services/db/koneksi'
import { jalankanMigrasi } from '../electron/services/db/migrasi'
import { MIGRASI, VERSI_SKEMA_TERBARU } from '../electron/services/db/migrations'
import type { SkemaDb } from '../electron/services/db/tabel'
import { perbaruiIkdk } from '../electron/services/ikdk/hitung'

export const FOLDER_FIXTURE = path.resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'db')
/** The fixtures' "today": their data runs up to mid-September 2024. */
export const HARI_INI_FIXTURE = '2024-09-18'

export const berkasFixture = (versi: number) => path.join(FOLDER_FIXTURE, `skema-v${versi}.sqlite`)

type Isi = (db: Database.Database) => void

/** Version 1: satker, wilayah, Polsek, desa and audit — exactly the rows of the committed skema-v1.sqlite. */
const isiV1: Isi = (db) => {
  db.exec(`
    INSERT INTO satker VALUES (1, '53.03', 'POLRES CONTOH', 'polres', '53', 'Nusa Tenggara Timur', 'WITA', 'I KETUT SUTA, S.H.', 'AKP', '12345678', '2024-09-01T00:00:00.000Z');
    INSERT INTO kabupaten VALUES ('53.03', 'Kabupaten Timor Tengah Utara');
    INSERT INTO polsek (id, nama) VALUES (1, 'POLSEK MIOMAFFO BARAT');
    INSERT INTO kecamatan VALUES ('53.03.01', 'Miomaffo Barat', '53.03', 1);
    INSERT INTO desa VALUES ('53.03.01.2001', 'Oelami', '53.03.01', 2000, 500, 4, 1, -9.45, 124.48, 'kemendagri');
    INSERT INTO desa VALUES ('53.03.01.2002', 'Fatuneno', '53.03.01', NULL, NULL, NULL, NULL, NULL, NULL, 'kemendagri');
    INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES ('2024-09-02T01:00:00.000Z', 'admin', 'ubah', 'desa', '53.03.01.2001', '{"penduduk":null}', '{"penduduk":2000}');
  `)
}

/** From version 2 on: a second Polsek and kecamatan, more desa (one added by hand), more audit. */
const isiWilayahTambahan: Isi = (db) => {
  db.exec(`
    INSERT INTO polsek (id, nama) VALUES (2, 'POLSEK INSANA');
    INSERT INTO kecamatan VALUES ('53.03.02', 'Insana', '53.03', 2);
    INSERT INTO kecamatan VALUES ('53.03.03', 'Biboki Selatan', '53.03', NULL);
    INSERT INTO desa VALUES ('53.03.01.2003', 'Noepesu', '53.03.01', 1432, 361, 2, 0, NULL, NULL, 'kemendagri');
    INSERT INTO desa VALUES ('53.03.02.2001', 'Fatuana', '53.03.02', 3120, 744, 6, 1, -9.4, 124.62, 'kemendagri');
    INSERT INTO desa VALUES ('53.03.02.2002', 'Oenino', '53.03.02', 980, 0, 0, NULL, NULL, NULL, 'kemendagri');
    INSERT INTO desa VALUES ('53.03.02.2099', 'Fatuana Baru', '53.03.02', NULL, NULL, NULL, NULL, NULL, NULL, 'manual');
    INSERT INTO desa VALUES ('53.03.03.2001', 'Tautpah', '53.03.03', 1750, 402, 3, 1, -9.32, 124.71, 'kemendagri');
    INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES
      ('2024-09-02T02:00:00.000Z', 'admin', 'tambah', 'desa', '53.03.02.2099', NULL, '{"nama":"Fatuana Baru","kecamatanKode":"53.03.02"}'),
      ('2024-09-02T02:05:00.000Z', 'admin', 'ubah', 'polsek', '2', '{"kecamatan":[]}', '{"kecamatan":["53.03.02"]}');
  `)
}

/** Version 2: settings — the DDS target changed by the admin. */
const isiV2: Isi = (db) => {
  db.exec(`
    UPDATE pengaturan SET nilai = '4' WHERE kunci = 'target_dds_kk_per_hari';
    INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES ('2024-09-03T00:30:00.000Z', 'admin', 'ubah', 'pengaturan', 'target_dds_kk_per_hari', '{"nilai":"5"}', '{"nilai":"4"}');
  `)
}

/** ISO weeks 27–37 of 2024: July to mid-September. */
const MINGGU = [27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37]

/** Version 3: personnel, desa binaan, weekly reports (with blanks), incidents, a locked month, a renumbered desa. */
const isiV3: Isi = (db) => {
  db.exec(`
    INSERT INTO desa (kode, nama, kecamatan_kode, asal) VALUES ('53.03.02.2003', 'Fatuana Baru', '53.03.02', 'manual');
    UPDATE desa SET aktif = 0 WHERE kode = '53.03.02.2099';
    INSERT INTO desa_kode_lama VALUES ('53.03.02.2099', '53.03.02.2003', '2024-08-01', 'Kode sementara diganti kode Kemendagri (Permendagri 2024)');
    INSERT INTO personel VALUES ('85071234', 'YOSEF TAEK', 'BRIPKA', 'Bhabinkamtibmas', 1, '0812-3456-7890', 1);
    INSERT INTO personel VALUES ('90031122', 'MARIA GORETI ABI', 'BRIGPOL', 'Bhabinkamtibmas', 2, NULL, 1);
    INSERT INTO personel VALUES ('78120987', 'ANDREAS NOBE', 'AIPDA', 'Kanit Binmas', 2, NULL, 0);
    INSERT INTO desa_binaan (id, nrp, desa_kode, mulai, selesai) VALUES
      (1, '85071234', '53.03.01.2001', '2024-01-02', NULL),
      (2, '85071234', '53.03.01.2002', '2024-01-02', NULL),
      (3, '90031122', '53.03.02.2001', '2024-03-01', NULL),
      (4, '78120987', '53.03.02.2002', '2023-06-01', '2024-06-30');
  `)
  const lapor = db.prepare(`INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, kk_dikunjungi, penyuluhan, masalah_ditangani, masalah_selesai, info_deteksi_dini,
    pos_kamling_aktif, ronda_malam, pertemuan_fkpm, pertemuan_3pilar, kegiatan_pangan, sosialisasi_pilkada, nrp_pelapor, catatan, diubah_pada)
    VALUES (?, 2024, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const desa = ['53.03.01.2001', '53.03.01.2002', '53.03.01.2003', '53.03.02.2001', '53.03.02.2002', '53.03.03.2001']
  const posKamling: Record<string, number | null> = { '53.03.01.2001': 4, '53.03.01.2002': null, '53.03.01.2003': 2, '53.03.02.2001': 6, '53.03.02.2002': 0, '53.03.03.2001': 3 }
  const pelapor: Record<string, string | null> = { '53.03.01.2001': '85071234', '53.03.01.2002': '85071234', '53.03.02.2001': '90031122' }
  for (const [i, kode] of desa.entries()) {
    for (const m of MINGGU) {
      // Oenino reports only now and then; Tautpah stopped in August.
      if (kode === '53.03.02.2002' && m % 3 !== 0) continue
      if (kode === '53.03.03.2001' && m > 33) continue
      const n = (i * 7 + m * 3) % 11
      const kosong = (x: number) => ((i + m) % 5 === 0 ? null : x)
      const diubah = `2024-${m < 31 ? '07' : m < 36 ? '08' : '09'}-${String(((m * 7) % 27) + 1).padStart(2, '0')}T03:${String(m).padStart(2, '0')}:00.000Z`
      lapor.run(kode, m, 5 + n, kosong(n % 3), 1 + (n % 2), n % 2, kosong(n % 4), Math.min(posKamling[kode] ?? 2, n % 3), (m + i) % 8, kosong(n % 2), null, kosong(1), null, pelapor[kode] ?? null, null, diubah)
    }
  }
  // A row saved with only a note: not "reported" (blank ≠ 0), but it exists.
  lapor.run('53.03.01.2003', 26, null, null, null, null, null, null, null, null, null, null, null, null, 'Sinyal putus, laporan menyusul', '2024-07-01T09:00:00.000Z')
  db.exec(`
    INSERT INTO kejadian VALUES ('3f0c2a1e-6b7d-4c21-9a55-0c4a2b6e9d11', '2024-07-14', '53.03.01.2001', 'konflik_agraria', 'ambang', 'selesai', '2024-07-20', 'Sengketa batas kebun antar suku, dimediasi Bhabinkamtibmas', '2024-07-20T08:00:00.000Z');
    INSERT INTO kejadian VALUES ('8a1d4c77-2f3e-4b8a-8c10-5d6e7f809a12', '2024-08-22', '53.03.02.2001', 'tindak_pidana', 'nyata', 'terbuka', NULL, 'Pencurian ternak sapi (2 ekor)', '2024-08-22T10:15:00.000Z');
    INSERT INTO kejadian VALUES ('c5e6f7a8-9b0c-4d1e-8f23-4a5b6c7d8e13', '2024-09-05', '53.03.01.2002', 'hoaks', 'potensi', 'terbuka', NULL, '', '2024-09-05T01:00:00.000Z');
    INSERT INTO kunci_periode VALUES ('2024-07', '2024-08-05T02:00:00.000Z', 'admin');
    INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES
      ('2024-08-05T02:00:00.000Z', 'admin', 'kunci', 'kunci_periode', '2024-07', NULL, '{"bulan":"2024-07"}'),
      ('2024-08-22T10:15:00.000Z', 'admin', 'tambah', 'kejadian', '8a1d4c77-2f3e-4b8a-8c10-5d6e7f809a12', NULL, '{"kategori":"tindak_pidana","tingkat":"nyata"}'),
      ('2024-08-01T00:00:00.000Z', 'admin', 'ubah', 'desa', '53.03.02.2099', '{"aktif":1}', '{"aktif":0,"diganti_oleh":"53.03.02.2003"}');
  `)
}

/** Version 4: an imported scheme chosen from September, results computed by the engine, one desa-month dirty since. */
const isiV4: Isi = (db) => {
  const skema = { ...bawaan, id: 'polda-ntt', versi: 2, nama: 'IKDK Polda NTT 2024', catatan: 'Salinan skema bawaan untuk uji coba Polda NTT' }
  db.prepare('INSERT INTO skema_ikdk VALUES (?, ?, ?, ?, ?)').run(skema.id, skema.versi, skema.nama, JSON.stringify(skema), '2024-08-30T04:00:00.000Z')
  db.prepare('INSERT INTO skema_periode VALUES (?, ?, ?)').run('2024-09', skema.id, skema.versi)
  const bd: Basisdata = { berkas: db.name, sqlite: db, db: new Kysely<SkemaDb>({ dialect: new SqliteDialect({ database: db }) }), tutup: async () => undefined }
  perbaruiIkdk(bd, HARI_INI_FIXTURE)
  // Edited after the last recompute: the trigger marks the desa-month dirty.
  db.prepare("UPDATE laporan_mingguan SET penyuluhan = 3, diubah_pada = '2024-09-18T01:00:00.000Z' WHERE desa_kode = '53.03.01.2001' AND tahun = 2024 AND minggu = 37").run()
}

/** Version 5: exports with revisions, the satker's signing key, a trusted key, two imports (one undone). */
const isiV5: Isi = (db) => {
  const kunci = crypto.generateKeyPairSync('ed25519')
  const lain = crypto.generateKeyPairSync('ed25519')
  const sidik = (k: crypto.KeyObject) => crypto.createHash('sha256').update(k.export({ type: 'spki', format: 'der' })).digest('hex')
  db.prepare('INSERT INTO kunci_tanda_tangan VALUES (1, ?, ?, ?, ?)').run(
    kunci.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    kunci.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sidik(kunci.publicKey),
    '2024-09-10T01:00:00.000Z',
  )
  db.prepare('INSERT INTO kunci_tepercaya VALUES (?, ?, ?, ?)').run('53.04', sidik(lain.publicKey), lain.publicKey.export({ type: 'spki', format: 'pem' }).toString(), '2024-09-11T02:00:00.000Z')
  const ekspor = db.prepare('INSERT INTO ekspor_revisi VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
  ekspor.run('53.03', '2024-07', '2024-08', 1, 'BINMAS_53.03_2024-07_2024-08_r1.xlsx', 0, 0, '2024-09-02T03:00:00.000Z', 'admin')
  ekspor.run('53.03', '2024-07', '2024-08', 2, 'BINMAS_53.03_2024-07_2024-08_r2.xlsx', 1, 1, '2024-09-12T03:00:00.000Z', 'admin')

  const hitungan = (baru: number, berubah: number) => [
    { sheet: 'Desa', baru: 0, berubah: 0, sama: 7, dihapus: 0, ditolak: 0 },
    { sheet: 'Personel', baru: 0, berubah: 0, sama: 3, dihapus: 0, ditolak: 0 },
    { sheet: 'LaporanMingguan', baru, berubah, sama: 40, dihapus: 0, ditolak: 0 },
    { sheet: 'Kejadian', baru: 0, berubah: 0, sama: 2, dihapus: 0, ditolak: 0 },
  ]
  const impor = db.prepare('INSERT INTO impor VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
  const ringkasan = (baru: number, berubah: number, revisi: string, cadangan: string) => JSON.stringify({ sheet: hitungan(baru, berubah), revisi, konfirmasiGanti: false, cadangan })
  impor.run(1, '53.03', '2024-07', '2024-08', 1, sidik(kunci.publicKey), 'BINMAS_53.03_2024-07_2024-08_r1.xlsx', '2024-09-03T05:00:00.000Z', 'admin', ringkasan(0, 1, 'baru', 'binmas-20240903-050000-impor.sqlite'), null, '2024-09-03T05:10:00.000Z', 'admin')
  const periodeSebelum = { satker_kode: '53.03', bulan_awal: '2024-07', bulan_akhir: '2024-08', revisi: 1, sidik: sidik(kunci.publicKey), impor_id: 1, diimpor_pada: '2024-09-03T05:00:00.000Z' }
  impor.run(2, '53.03', '2024-07', '2024-08', 2, sidik(kunci.publicKey), 'BINMAS_53.03_2024-07_2024-08_r2.xlsx', '2024-09-12T06:00:00.000Z', 'admin', ringkasan(0, 1, 'lebih-tinggi', 'binmas-20240912-060000-impor.sqlite'), JSON.stringify(periodeSebelum), null, null)

  const baris = db.prepare('SELECT * FROM laporan_mingguan WHERE desa_kode = ? AND tahun = 2024 AND minggu = ?').get('53.03.02.2001', 32) as Record<string, unknown>
  const sebelum = { ...baris, kk_dikunjungi: (baris.kk_dikunjungi as number) - 2 }
  const log = db.prepare('INSERT INTO impor_baris VALUES (?, ?, ?, ?, ?, ?)')
  log.run(1, 0, 'laporan_mingguan', JSON.stringify(['53.03.02.2001', 2024, 32]), JSON.stringify(sebelum), JSON.stringify(sebelum))
  log.run(2, 0, 'laporan_mingguan', JSON.stringify(['53.03.02.2001', 2024, 32]), JSON.stringify(sebelum), JSON.stringify(baris))
  db.prepare('INSERT INTO periode_impor VALUES (?, ?, ?, ?, ?, ?, ?)').run('53.03', '2024-07', '2024-08', 2, sidik(kunci.publicKey), 2, '2024-09-12T06:00:00.000Z')
  db.exec(`
    INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES
      ('2024-09-10T01:00:00.000Z', 'admin', 'tambah', 'kunci_tanda_tangan', '${sidik(kunci.publicKey)}', NULL, '{"sidik":"${sidik(kunci.publicKey)}"}'),
      ('2024-09-12T06:00:00.000Z', 'admin', 'impor', 'laporan_mingguan', '53.03.02.2001|2024|32', '{"kk_dikunjungi":${sebelum.kk_dikunjungi as number}}', '{"kk_dikunjungi":${baris.kk_dikunjungi as number}}');
  `)
}

/**
 * Accounts as version 6 stores them: an Admin, an Operator (deactivated after five
 * failures, waiting), a Pimpinan; one used and one active recovery code. Salts are
 * fixed so the file is reproducible; the passwords are "Sandi fixture admin 6",
 * "Sandi fixture operator 6", "Sandi fixture pimpinan 6", the active code
 * 7K2QF-M9XTA-B4RVD-H8NWC.
 */
function isiV6(db: Database.Database): void {
  const hash = (teks: string, garam: string) => {
    const g = crypto.createHash('sha256').update(garam).digest().subarray(0, 16)
    const k = crypto.scryptSync(teks, g, 32, { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 })
    return ['scrypt', 32768, 8, 1, g.toString('base64'), k.toString('base64')].join('$')
  }
  const akun = db.prepare(
    'INSERT INTO pengguna (nama_pengguna, nama_lengkap, peran, hash_sandi, aktif, dibuat_pada, diubah_pada, sandi_diubah_pada, terakhir_masuk, gagal_berturut, terkunci_sampai) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  akun.run('admin', 'AKP I KETUT SUTA, S.H.', 'admin', hash('Sandi fixture admin 6', 'admin'), 1, '2024-09-01T01:00:00.000Z', '2024-09-01T01:00:00.000Z', '2024-09-01T01:00:00.000Z', '2024-09-18T00:30:00.000Z', 0, null)
  akun.run('yosef.taek', 'BRIPKA YOSEF TAEK', 'operator', hash('Sandi fixture operator 6', 'yosef.taek'), 0, '2024-09-02T02:00:00.000Z', '2024-09-20T03:00:00.000Z', '2024-09-02T02:00:00.000Z', '2024-09-15T06:00:00.000Z', 5, '2024-09-20T03:00:30.000Z')
  akun.run('kapolres', 'AKBP ARIFIN NOTO', 'pimpinan', hash('Sandi fixture pimpinan 6', 'kapolres'), 1, '2024-09-02T02:05:00.000Z', '2024-09-02T02:05:00.000Z', '2024-09-02T02:05:00.000Z', null, 0, null)
  const kode = db.prepare('INSERT INTO kode_pemulihan (hash_kode, dibuat_pada, dibuat_oleh, status, dipakai_pada, dipakai_oleh) VALUES (?, ?, ?, ?, ?, ?)')
  kode.run(hash('0000011111222223333344444', 'kode-1'), '2024-09-01T01:00:00.000Z', 'admin', 'dipakai', '2024-09-10T01:00:00.000Z', 'admin')
  kode.run(hash('7K2QFM9XTAB4RVDH8NWC', 'kode-2'), '2024-09-10T01:00:00.000Z', 'admin', 'aktif', null, null)
  db.exec(`
    UPDATE pengaturan SET nilai = '10' WHERE kunci = 'menit_kunci_layar';
    INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES
      ('2024-09-02T02:00:00.000Z', 'admin', 'tambah', 'pengguna', 'yosef.taek', NULL, '{"nama_lengkap":"BRIPKA YOSEF TAEK","peran":"operator","aktif":true}'),
      ('2024-09-20T03:00:00.000Z', 'admin', 'ubah', 'pengguna', 'yosef.taek', '{"nama_lengkap":"BRIPKA YOSEF TAEK","peran":"operator","aktif":true}', '{"nama_lengkap":"BRIPKA YOSEF TAEK","peran":"operator","aktif":false}');
  `)
}

/** Peta Rawan boundaries as version 7 stores them: a Polygon and a MultiPolygon (5 decimals), imported and audited. */
function isiV7(db: Database.Database): void {
  const persegi = (x: number, y: number, s: number) => [[[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]]]
  const batas = db.prepare('INSERT INTO batas_desa (desa_kode, geojson, sumber, diimpor_pada, diimpor_oleh) VALUES (?, ?, ?, ?, ?)')
  batas.run('53.03.01.2001', JSON.stringify({ type: 'Polygon', coordinates: persegi(124.47, -9.46, 0.02) }), 'batas_desa_ttu.zip', '2024-09-12T03:00:00.000Z', 'admin')
  batas.run('53.03.02.2001', JSON.stringify({ type: 'MultiPolygon', coordinates: [persegi(124.61, -9.41, 0.02), persegi(124.635, -9.405, 0.005)] }), 'batas_desa_ttu.zip', '2024-09-12T03:00:00.000Z', 'admin')
  db.exec(`
    INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES
      ('2024-09-12T03:00:00.000Z', 'admin', 'impor', 'batas_desa', '53.03.01.2001', NULL, '{"sumber":"batas_desa_ttu.zip","jenis":"Polygon","ukuran_geojson":120}'),
      ('2024-09-12T03:00:00.000Z', 'admin', 'impor', 'batas_desa', '53.03.02.2001', NULL, '{"sumber":"batas_desa_ttu.zip","jenis":"MultiPolygon","ukuran_geojson":230}');
  `)
}

/** One printed Laporan Anev (September 2024) with its frozen data, and the draft of October. */
function isiV8(db: Database.Database): void {
  const bulan = (kode: string, label: string, b: string) => ({ jenis: 'bulan', kode, label, judul: label.toUpperCase(), bulanAwal: b, bulanAkhir: b, bulan: [b] })
  const snapshot = {
    versi: 1,
    periode: bulan('2024-09', 'bulan September 2024', '2024-09'),
    pembanding: { ...bulan('2024-08', 'bulan Agustus 2024', '2024-08'), adaData: true },
    satker: { nama: 'POLRES TIMOR TENGAH UTARA', kode: '53.03', provinsi: 'NUSA TENGGARA TIMUR', tempat: 'Timor Tengah Utara' },
    dataContoh: false,
    diambilPada: '2024-10-07',
    jumlahDesa: 2,
    jumlahPolsek: 1,
    mingguSelesai: 4,
    mingguPembanding: 5,
    targetDdsPerHari: 5,
    kelengkapan: [{ polsek: 'POLSEK MIOMAFFO TIMUR', desa: 2, wajib: 8, masuk: 6 }],
    kelengkapanLalu: { wajib: 10, masuk: 9 },
    kegiatan: [
      { kolom: 'kk_dikunjungi', label: 'Sambang/DDS (KK dikunjungi)', ini: 96, lalu: 88 },
      { kolom: 'penyuluhan', label: 'Penyuluhan (kali)', ini: 4, lalu: 3 },
    ],
    personel: [{ nrp: '85071234', nama: 'YOSEF TAEK', pangkat: 'BRIPKA', polsek: 'POLSEK MIOMAFFO TIMUR', desa: ['Bokon'], wajib: 4, masuk: 4, kk: 96, targetKk: 140, penyuluhan: 4, psDitangani: 1, psSelesai: 1, deteksiDini: 2, ronda: 6, fkpm3Pilar: 1, pangan: 2, pilkada: 1, kejadianNyata: 0 }],
    desaTanpaBhabin: 1,
    kejadian: { perKategori: [{ kategori: 'konflik_sosial', label: 'konflik sosial', potensi: 0, ambang: 1, nyata: 0 }], lalu: { potensi: 0, ambang: 0, nyata: 1 }, selesai: 0 },
    ikdk: { bulan: '2024-09', bulanPembanding: '2024-08', distribusi: [{ kategori: 'Aman', jumlah: 1, jumlahLalu: 1 }, { kategori: 'Waspada', jumlah: 1, jumlahLalu: 1 }, { kategori: 'Rawan', jumlah: 0, jumlahLalu: 0 }, { kategori: 'Sangat Rawan', jumlah: 0, jumlahLalu: 0 }], tanpaNilai: 0, rataRata: 71.4, rataRataLalu: 72.9, berubah: [], peringatan: [] },
    petaSvg: null,
  }
  const narasi = { analisa: 'Pada bulan September 2024 tercatat 0 gangguan nyata, turun 1 (100,0%) dibanding Agustus 2024.', evaluasi: 'Kelengkapan laporan 75,0%.', kendala: '1 desa belum memiliki Bhabinkamtibmas.', rekomendasi: '1. Mengusulkan penambahan Bhabinkamtibmas.', penutup: 'Demikian.' }
  const pengesahan = { nomor: 'B/123/X/BIN.1.2./2024', atasNamaKapolres: true, nama: 'I KETUT SUTA, S.H.', pangkat: 'AKP', nrp: '78090123', tempat: 'Kefamenanu', tanggal: '2024-10-07', ukuran: 'A4' }
  db.prepare('INSERT INTO laporan_anev (jenis_periode, periode, nomor, snapshot, narasi, pengesahan, grafik, dibuat_pada, dibuat_oleh, dicetak_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    'bulan', '2024-09', pengesahan.nomor, JSON.stringify(snapshot), JSON.stringify(narasi), JSON.stringify(pengesahan), '{}', '2024-10-07T02:00:00.000Z', 'admin', '2024-10-07T02:00:00.000Z',
  )
  db.prepare('INSERT INTO draf_anev (periode, narasi, pengesahan, diubah_pada, diubah_oleh) VALUES (?, ?, ?, ?, ?)').run(
    '2024-10', JSON.stringify({ ...narasi, analisa: 'Draf Oktober yang belum selesai diketik' }), JSON.stringify({ ...pengesahan, nrp: '7809', tanggal: '2024-11-04' }), '2024-11-04T03:00:00.000Z', 'admin',
  )
}

/**
 * Mode Polda tables as version 9 stores them: a Polres with its kabupaten, a Polsek of that Polres
 * (next to the app's own, same name) holding an officer brought by its file, and the deadline day.
 */
function isiV9(db: Database.Database): void {
  db.exec(`
    INSERT INTO polres (kode, nama) VALUES ('53.03', 'POLRES TIMOR TENGAH UTARA');
    INSERT INTO polres_kabupaten (kabupaten_kode, polres_kode) VALUES ('53.03', '53.03');
    UPDATE pengaturan SET nilai = '7' WHERE kunci = 'polda_batas_kirim_hari';
  `)
  const nama = (db.prepare('SELECT nama FROM polsek WHERE satker_kode IS NULL ORDER BY id LIMIT 1').get() as { nama: string }).nama
  const id = Number(db.prepare("INSERT INTO polsek (nama, satker_kode) VALUES (?, '53.03')").run(nama).lastInsertRowid)
  db.prepare("INSERT INTO personel (nrp, nama, pangkat, jabatan, polsek_id, kontak, aktif, satker_kode) VALUES ('86020417', 'MARKUS NAHAK', 'BRIGPOL', 'Bhabinkamtibmas', ?, NULL, 1, '53.03')").run(id)
}

/** A saved "Impor dari Excel lama" mapping, as the dialog stores it. */
function isiV10(db: Database.Database): void {
  const isi = {
    sheet: 'Rekap Mingguan',
    barisJudul: 3,
    kolom: { tanggal: 'Tanggal', desa_nama: 'Desa/Kel', kecamatan: 'Kecamatan', kk_dikunjungi: 'Sambang (KK)', penyuluhan: 'Binluh', ronda_malam: 'Ronda', catatan: 'Ket' },
    minggu: { jenis: 'kolom-tanggal' },
    petaDesa: { 'bokon|miomaffo timur': '53.03.01.2005' },
  }
  db.prepare('INSERT INTO pemetaan_impor (nama, isi, dibuat_pada, diubah_pada, diubah_oleh) VALUES (?, ?, ?, ?, ?)').run('Rekap Polsek Miomaffo Timur', JSON.stringify(isi), '2024-09-20T02:00:00.000Z', '2024-09-20T02:00:00.000Z', 'admin')
}

/**
 * Version 11: a late report saved after the dirty marks moved to the week → month lookup. Week 31
 * of 2024 runs Monday 29 July – Sunday 4 August; its Thursday (1 August) puts it in August, so the
 * trigger marks Oenino's August dirty (July is locked, and must stay untouched).
 */
function isiV11(db: Database.Database): void {
  db.prepare(
    `INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, kk_dikunjungi, penyuluhan, masalah_ditangani, masalah_selesai, ronda_malam, nrp_pelapor, catatan, diubah_pada)
     VALUES ('53.03.02.2002', 2024, 31, 7, 1, 1, 1, 4, NULL, 'Laporan susulan', '2024-09-17T03:00:00.000Z')`,
  ).run()
  db.prepare('INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    '2024-09-17T03:00:00.000Z',
    'admin',
    'tambah',
    'laporan_mingguan',
    '53.03.02.2002|2024|31',
    null,
    JSON.stringify({ kk_dikunjungi: 7, penyuluhan: 1, masalah_ditangani: 1, masalah_selesai: 1, ronda_malam: 4, catatan: 'Laporan susulan' }),
  )
}

/**
 * What the app wrote at each version, in order. A fixture of version N is built the way a
 * user's database of version N came to be: the rows of version 1 written at schema 1, then
 * migrated to 2 and the rows of version 2 written, and so on up to N.
 */
const LANGKAH: readonly { versi: number; isi: Isi[] }[] = [
  { versi: 1, isi: [isiV1] },
  { versi: 2, isi: [isiWilayahTambahan, isiV2] },
  { versi: 3, isi: [isiV3] },
  { versi: 4, isi: [isiV4] },
  { versi: 5, isi: [isiV5] },
  { versi: 6, isi: [isiV6] },
  { versi: 7, isi: [isiV7] },
  { versi: 8, isi: [isiV8] },
  { versi: 9, isi: [isiV9] },
  { versi: 10, isi: [isiV10] },
  { versi: 11, isi: [isiV11] },
]

export function tulisFixture(versi: number, berkas = berkasFixture(versi)): string {
  if (!LANGKAH.some((l) => l.versi === versi)) throw new Error(`Belum ada isi fixture untuk skema versi ${versi}: tambahkan ke LANGKAH di scripts/buat-fixture-db.ts.`)
  fs.rmSync(berkas, { force: true })
  const db = new Database(berkas)
  try {
    db.pragma('foreign_keys = ON')
    for (const l of LANGKAH.filter((x) => x.versi <= versi)) {
      jalankanMigrasi(db, MIGRASI.filter((m) => m.versi <= l.versi))
      db.transaction(() => {
        for (const f of l.isi) f(db)
      })()
    }
    const langgar = db.pragma('foreign_key_check') as unknown[]
    if (langgar.length) throw new Error(`Fixture v${versi} melanggar foreign key: ${JSON.stringify(langgar)}`)
    // One self-contained file: no -wal or -shm beside it.
    db.pragma('journal_mode = DELETE')
    // Small pages keep a file of ~25 tables and their indexes under 100 KB in the repo;
    // the page size changes nothing the migrations or the app depend on.
    db.pragma('page_size = 1024')
    db.exec('VACUUM')
    db.close()
  } catch (e) {
    if (db.open) db.close()
    fs.rmSync(berkas, { force: true })
    throw e
  }
  return berkas
}

function utama(argumen: string[]): void {
  const timpa = argumen.includes('--timpa')
  const semua = argumen.includes('--semua')
  const versi = semua ? Array.from({ length: VERSI_SKEMA_TERBARU }, (_, i) => i + 1) : argumen.filter((a) => !a.startsWith('--')).map(Number)
  if (!versi.length || versi.some((v) => !Number.isInteger(v) || v < 1 || v > VERSI_SKEMA_TERBARU)) {
    console.error(`Pakai: npx tsx scripts/buat-fixture-db.ts <versi 1..${VERSI_SKEMA_TERBARU}>... | --semua  [--timpa]`)
    process.exit(2)
  }
  fs.mkdirSync(FOLDER_FIXTURE, { recursive: true })
  for (const v of versi) {
    const berkas = berkasFixture(v)
    if (fs.existsSync(berkas) && !timpa) {
      console.log(`dilewati (sudah ada, tidak ditimpa): ${berkas}`)
      continue
    }
    tulisFixture(v, berkas)
    console.log(`ditulis: ${berkas} (${fs.statSync(berkas).size} bita)`)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) utama(process.argv.slice(2))
