import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { jalankanMigrasi } from '../../electron/services/db/migrasi'
import { MIGRASI } from '../../electron/services/db/migrations'
import { bulanMinggu, jumlahMingguTahun } from '../../shared/iso-week'

/**
 * Migration 011 ([B8]): the weekly triggers look the month of an ISO week up in
 * `minggu_bulan` instead of computing it, and `ikdk_kotor` is keyed by month
 * first. Expected months come from shared/iso-week.ts (JavaScript Date
 * arithmetic, an implementation independent of the SQL that filled the table)
 * and from calendar facts written out below.
 */
const dibuka: Database.Database[] = []
afterEach(() => {
  for (const db of dibuka.splice(0)) db.close()
})

function bukaDb(sampai = 11): Database.Database {
  const db = new Database(':memory:')
  dibuka.push(db)
  db.pragma('foreign_keys = ON')
  jalankanMigrasi(
    db,
    MIGRASI.filter((m) => m.versi <= sampai),
  )
  db.exec(`
    INSERT INTO kabupaten VALUES ('53.03', 'TIMOR TENGAH UTARA');
    INSERT INTO kecamatan (kode, nama, kabupaten_kode) VALUES ('53.03.01', 'MIOMAFFO BARAT', '53.03');
    INSERT INTO desa (kode, nama, kecamatan_kode) VALUES ('53.03.01.2001', 'Oelami', '53.03.01'), ('53.03.01.2002', 'Fatuneno', '53.03.01'), ('53.03.01.2003', 'Saenam', '53.03.01');
  `)
  return db
}

const kotor = (db: Database.Database) => db.prepare('SELECT desa_kode, bulan FROM ikdk_kotor ORDER BY bulan, desa_kode').all() as { desa_kode: string; bulan: string }[]
const lapor = (db: Database.Database, desa: string, tahun: number, minggu: number, penyuluhan: number | null = 1) =>
  db
    .prepare(
      `INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, penyuluhan, diubah_pada) VALUES (?, ?, ?, ?, '2024-10-07T02:00:00.000Z')
       ON CONFLICT (desa_kode, tahun, minggu) DO UPDATE SET penyuluhan = excluded.penyuluhan`,
    )
    .run(desa, tahun, minggu, penyuluhan)

describe('[B8] migrasi 011: bulan minggu dari tabel, tanda IKDK per bulan', () => {
  it('[B8] minggu_bulan memberi bulan yang sama dengan shared/iso-week.ts untuk setiap minggu ISO 2000–2100', () => {
    const db = bukaDb()
    const tabel = db.prepare('SELECT tahun, minggu, bulan FROM minggu_bulan ORDER BY tahun, minggu').all() as { tahun: number; minggu: number; bulan: string }[]
    const harapan: { tahun: number; minggu: number; bulan: string }[] = []
    for (let tahun = 2000; tahun <= 2100; tahun++) {
      for (let minggu = 1; minggu <= jumlahMingguTahun(tahun); minggu++) harapan.push({ tahun, minggu, bulan: bulanMinggu(tahun, minggu) })
    }
    expect(tabel).toEqual(harapan)
    // 101 years × 52 weeks, plus week 53 in the 18 years whose 28 December falls in week 53
    // (a Thursday-start year, or a Wednesday-start leap year).
    const tahun53 = [2004, 2009, 2015, 2020, 2026, 2032, 2037, 2043, 2048, 2054, 2060, 2065, 2071, 2076, 2082, 2088, 2093, 2099]
    expect(tabel).toHaveLength(101 * 52 + 18)
    expect(tabel.filter((r) => r.minggu === 53).map((r) => r.tahun)).toEqual(tahun53)
  })

  it('[B8] pemicu menandai bulan hari Kamis untuk minggu yang melintasi batas bulan atau tahun, juga di luar 2000–2100', () => {
    const db = bukaDb()
    lapor(db, '53.03.01.2001', 2024, 40) // Mon 30 Sep – Sun 6 Oct 2024, Thursday 3 October
    lapor(db, '53.03.01.2001', 2024, 31) // Mon 29 Jul – Sun 4 Aug 2024, Thursday 1 August
    lapor(db, '53.03.01.2002', 2020, 53) // Mon 28 Dec 2020 – Sun 3 Jan 2021, Thursday 31 December
    lapor(db, '53.03.01.2002', 2026, 1) // Mon 29 Dec 2025 – Sun 4 Jan 2026, Thursday 1 January
    lapor(db, '53.03.01.2003', 1998, 53) // not in the table: Mon 28 Dec 1998, Thursday 31 December
    expect(kotor(db)).toEqual([
      { desa_kode: '53.03.01.2003', bulan: '1998-12' },
      { desa_kode: '53.03.01.2002', bulan: '2020-12' },
      { desa_kode: '53.03.01.2001', bulan: '2024-08' },
      { desa_kode: '53.03.01.2001', bulan: '2024-10' },
      { desa_kode: '53.03.01.2002', bulan: '2026-01' },
    ])

    // An upsert of an existing row (the grid's save) marks its month once, without a conflict error.
    db.exec('DELETE FROM ikdk_kotor')
    lapor(db, '53.03.01.2001', 2024, 40, 5)
    lapor(db, '53.03.01.2001', 2024, 40, 6)
    expect(kotor(db)).toEqual([{ desa_kode: '53.03.01.2001', bulan: '2024-10' }])

    // Moving a row (a desa code change, a corrected week) marks the old and the new desa-month.
    db.exec('DELETE FROM ikdk_kotor')
    db.prepare("UPDATE laporan_mingguan SET desa_kode = '53.03.01.2003', minggu = 39 WHERE desa_kode = '53.03.01.2001' AND tahun = 2024 AND minggu = 40").run()
    expect(kotor(db)).toEqual([
      { desa_kode: '53.03.01.2003', bulan: '2024-09' }, // week 39: Thursday 26 September
      { desa_kode: '53.03.01.2001', bulan: '2024-10' },
    ])

    // Removing a row marks the month it counted in.
    db.exec('DELETE FROM ikdk_kotor')
    db.prepare("DELETE FROM laporan_mingguan WHERE desa_kode = '53.03.01.2002' AND tahun = 2026 AND minggu = 1").run()
    expect(kotor(db)).toEqual([{ desa_kode: '53.03.01.2002', bulan: '2026-01' }])
  })

  it('[B8] tanda lain tetap jalan (kejadian, data master desa, buka kunci) dan tanda lama terbawa migrasi', () => {
    const db = bukaDb(10)
    lapor(db, '53.03.01.2001', 2024, 40)
    lapor(db, '53.03.01.2002', 2024, 31)
    expect(kotor(db)).toHaveLength(2)
    jalankanMigrasi(db, MIGRASI)
    expect(kotor(db)).toEqual([
      { desa_kode: '53.03.01.2002', bulan: '2024-08' },
      { desa_kode: '53.03.01.2001', bulan: '2024-10' },
    ])
    // The key starts with the month: the recompute reads one month's marks by the key's prefix.
    expect(db.prepare("SELECT name FROM pragma_index_info((SELECT name FROM pragma_index_list('ikdk_kotor') WHERE origin = 'pk'))").all()).toEqual([
      { name: 'bulan' },
      { name: 'desa_kode' },
    ])

    db.exec('DELETE FROM ikdk_kotor')
    db.exec(`
      INSERT INTO kejadian (id, tanggal, desa_kode, kategori, tingkat, status, diubah_pada) VALUES ('k1', '2024-09-30', '53.03.01.2003', 'hoaks', 'potensi', 'terbuka', '2024-09-30T01:00:00.000Z');
      UPDATE kejadian SET tanggal = '2024-10-01' WHERE id = 'k1';
    `)
    expect(kotor(db)).toEqual([
      { desa_kode: '53.03.01.2003', bulan: '2024-09' },
      { desa_kode: '53.03.01.2003', bulan: '2024-10' },
    ])

    db.exec('DELETE FROM ikdk_kotor')
    const hasil = db.prepare(
      `INSERT INTO hasil_ikdk (desa_kode, bulan, nilai, kategori, keyakinan, sementara, minggu_bulan, minggu_dihitung, minggu_dilaporkan, dimensi, skema_id, skema_versi, dihitung_pada)
       VALUES (?, ?, 0.5, 'sedang', 'tinggi', 0, 4, 4, 4, '[]', 'bawaan', 1, '2024-10-07T00:00:00.000Z')`,
    )
    hasil.run('53.03.01.2001', '2024-08')
    hasil.run('53.03.01.2002', '2024-08')
    hasil.run('53.03.01.2002', '2024-09')
    db.exec("UPDATE desa SET penduduk = 1200 WHERE kode = '53.03.01.2002'")
    expect(kotor(db)).toEqual([
      { desa_kode: '53.03.01.2002', bulan: '2024-08' },
      { desa_kode: '53.03.01.2002', bulan: '2024-09' },
    ])
    db.exec("INSERT INTO kunci_periode VALUES ('2024-08', '2024-09-05T00:00:00.000Z', 'admin'); DELETE FROM kunci_periode WHERE bulan = '2024-08'")
    expect(kotor(db)).toEqual([
      { desa_kode: '53.03.01.2001', bulan: '2024-08' },
      { desa_kode: '53.03.01.2002', bulan: '2024-08' },
      { desa_kode: '53.03.01.2002', bulan: '2024-09' },
    ])
  })
})
