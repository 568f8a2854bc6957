import fs from 'node:fs'
import path from 'node:path'
import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aplikasiUji } from '../helpers/aplikasi'
import { folderSementara } from '../helpers/folder'
import { adaSoffice, b64, bacaXlsx, KONTRAK, manifestTangan, setupSeperti, sisipkanSheet, sofficeKeXlsx, tulisFods, tulisXlsx } from './pertukaran-alat'

/**
 * [F5] Files made the way users make them: typed in LibreOffice Calc (flat
 * ODS → xlsx), a CSV opened with the Indonesian locale, the app's own file
 * opened and saved again by LibreOffice, and a SheetJS ODS re-saved by it.
 * Every conversion runs LibreOffice itself (soffice --headless --convert-to).
 */

const HARI = '2024-10-16'
const [D1, D2] = ['53.03.01.2005', '53.03.01.2006']
const SEP = { bulan_awal: '2024-09', bulan_akhir: '2024-09' }

/** What a Polsek operator typed, as Calc keeps it: dates as date cells and as text, numbers as text, extra and reordered columns. */
function isianCalc(): Record<string, unknown[][]> {
  return {
    Manifest: manifestTangan(SEP),
    Desa: [[...KONTRAK.Desa, 'Keterangan'], [D1, 'Bokon', '53.03.01', 'Miomaffo Timur', null, '2.000', '500', 4, 'Ya', 1234567, 'dicek Kanit']],
    Personel: [[...KONTRAK.Personel], [1234567, 'YOSEF TAEK', 'BRIPKA', 'Bhabinkamtibmas', null, D1]],
    LaporanMingguan: [
      ['Minggu', 'TAHUN', 'Kode_Desa', ' catatan ', ...KONTRAK.LaporanMingguan.slice(3, 15), 'Paraf'],
      [37, 2024, D1, '-5 orang hadir', '12', '1', 2, 1, '0', '3', 7, null, '1', '2', null, 1234567, 'ok'],
      [38, '2024', D2, null, '1.234', null, null, null, null, null, '0', null, null, null, '3', '01234567', null],
    ],
    Kejadian: [
      [...KONTRAK.Kejadian],
      ['c3a5d1a2-7f1e-4e3b-9b8a-2f6d5e4c3b21', { d: '2024-09-10' }, D1, 'tindak_pidana', 'nyata', 'selesai', { d: '2024-09-15' }, 'Pencurian ternak'],
      ['9b1f0e2d-4c3b-4a59-8e7d-6c5b4a392817', '12/09/2024', D2, 'hoaks', 'ambang', 'terbuka', null, '=HYPERLINK("x")'],
      ['5e6d7c8b-9a0b-4c1d-8e2f-3a4b5c6d7e8f', '2024-09-20', D2, 'bencana', 'potensi', 'selesai', '21/09/2024', 'Longsor kecil'],
    ],
  }
}

/** The rows the typed file must give, by hand. */
const HARAPAN = {
  desa: [{ kode: D1, penduduk: 2000, jumlah_kk: 500, pos_kamling_total: 4, fkpm_aktif: 1 }],
  personel: [{ nrp: '01234567', nama: 'YOSEF TAEK', pangkat: 'BRIPKA' }],
  laporan: [
    { desa_kode: D1, minggu: 37, kk_dikunjungi: 12, penyuluhan: 1, masalah_ditangani: 2, masalah_selesai: 1, info_deteksi_dini: 0, pos_kamling_aktif: 3, ronda_malam: 7, pertemuan_fkpm: null, pertemuan_3pilar: 1, kegiatan_pangan: 2, sosialisasi_pilkada: null, nrp_pelapor: '01234567', catatan: '-5 orang hadir' },
    { desa_kode: D2, minggu: 38, kk_dikunjungi: 1234, penyuluhan: null, masalah_ditangani: null, masalah_selesai: null, info_deteksi_dini: null, pos_kamling_aktif: null, ronda_malam: 0, pertemuan_fkpm: null, pertemuan_3pilar: null, kegiatan_pangan: null, sosialisasi_pilkada: 3, nrp_pelapor: '01234567', catatan: null },
  ],
  kejadian: [
    { id: 'c3a5d1a2-7f1e-4e3b-9b8a-2f6d5e4c3b21', tanggal: '2024-09-10', tanggal_selesai: '2024-09-15', uraian: 'Pencurian ternak' },
    { id: '9b1f0e2d-4c3b-4a59-8e7d-6c5b4a392817', tanggal: '2024-09-12', tanggal_selesai: null, uraian: '=HYPERLINK("x")' },
    { id: '5e6d7c8b-9a0b-4c1d-8e2f-3a4b5c6d7e8f', tanggal: '2024-09-20', tanggal_selesai: '2024-09-21', uraian: 'Longsor kecil' },
  ],
}

describe.skipIf(!adaSoffice())('Pertukaran Data: berkas buatan LibreOffice', () => {
  const tmp = folderSementara('binmas-lo-uji-')
  const sumber = aplikasiUji({ hariIni: HARI })
  const hasilLo: Record<string, Buffer> = {}
  let ekspor: { nama: string; isi: Buffer }

  /** A fresh copy of the demo Polres's setup with no data; the file is previewed and applied there. */
  async function imporBaru(isi: Buffer) {
    const u = aplikasiUji({ hariIni: HARI })
    await u.panggil('setup:simpan', setupSeperti(sumber.app.bd.sqlite))
    const p = await u.panggil('pertukaran:pratinjau', { namaBerkas: 'berkas.xlsx', berkasBase64: b64(isi) })
    const r = p.bisaDiterapkan ? await u.panggil('pertukaran:terapkan', { token: p.token }) : null
    const q = (sql: string) => u.app.bd.sqlite.prepare(sql).all()
    const isiDb = {
      desa: q('SELECT kode, penduduk, jumlah_kk, pos_kamling_total, fkpm_aktif FROM desa WHERE penduduk IS NOT NULL ORDER BY kode'),
      personel: q('SELECT nrp, nama, pangkat FROM personel ORDER BY nrp'),
      laporan: q(`SELECT desa_kode, minggu, ${KONTRAK.LaporanMingguan.slice(3).join(', ')} FROM laporan_mingguan ORDER BY tahun, minggu, desa_kode`),
      kejadian: q('SELECT id, tanggal, tanggal_selesai, uraian FROM kejadian ORDER BY tanggal'),
    }
    await u.tutup()
    return { p, r, isiDb }
  }

  beforeAll(async () => {
    // The app's own September file, from the demo Polres.
    await sumber.panggil('contoh:muat', {})
    const e = await sumber.panggil('pertukaran:ekspor', { bulanAwal: '2024-09', bulanAkhir: '2024-09' })
    ekspor = { nama: e.namaBerkas, isi: Buffer.from(e.berkasBase64, 'base64') }
    const masuk = path.join(tmp.folder, 'masuk')
    fs.mkdirSync(masuk)
    fs.writeFileSync(path.join(masuk, 'calc.fods'), tulisFods(isianCalc()))
    fs.writeFileSync(path.join(masuk, 'calc1904.fods'), tulisFods(isianCalc(), { date1904: true }))
    fs.writeFileSync(path.join(masuk, 'dibuka-ulang.xlsx'), ekspor.isi)
    const wb = XLSX.read(ekspor.isi, { type: 'buffer', cellNF: true })
    fs.writeFileSync(path.join(masuk, 'dari-ods.ods'), XLSX.write(wb, { type: 'buffer', bookType: 'ods' }) as Buffer)
    // A CSV of the weekly sheet as a Polsek sends it, opened with Indonesian number formats.
    fs.writeFileSync(
      path.join(masuk, 'LaporanMingguan.csv'),
      [KONTRAK.LaporanMingguan.join(','), `${D1},2024,37,12,1,2,1,0,3,7,,1,2,,01234567,"-5 orang hadir"`, `${D2},2024,38,"1.234",,,,,,0,,,,3,01234567,`].join('\n'),
    )
    const keluar = path.join(tmp.folder, 'keluar')
    for (const f of sofficeKeXlsx(['calc.fods', 'calc1904.fods', 'dibuka-ulang.xlsx', 'dari-ods.ods'].map((n) => path.join(masuk, n)), keluar)) hasilLo[path.basename(f)] = fs.readFileSync(f)
    const [csv] = sofficeKeXlsx([path.join(masuk, 'LaporanMingguan.csv')], keluar, { csv: { bahasa: 1057 } })
    const lain = isianCalc()
    hasilLo['csv.xlsx'] = sisipkanSheet(fs.readFileSync(csv!), {
      Manifest: lain['Manifest']!.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : v))),
      Desa: [[...KONTRAK.Desa], [D1, 'Bokon', '53.03.01', 'Miomaffo Timur', null, 2000, 500, 4, 'Ya', '01234567']],
      Personel: [[...KONTRAK.Personel], ['01234567', 'YOSEF TAEK', 'BRIPKA', 'Bhabinkamtibmas', null, D1]],
      Kejadian: [[...KONTRAK.Kejadian], ...HARAPAN.kejadian.map((k, i) => [k.id, k.tanggal, i === 0 ? D1 : D2, ['tindak_pidana', 'hoaks', 'bencana'][i], ['nyata', 'ambang', 'potensi'][i], k.tanggal_selesai ? 'selesai' : 'terbuka', k.tanggal_selesai, k.uraian])],
    })
  }, 240_000)
  afterAll(async () => {
    await sumber.tutup()
    tmp.hapus()
  })

  it('[F5] LibreOffice menyimpan tanggal sebagai sel tanggal dan angka-sebagai-teks sebagai teks (pemeriksaan berkas hasil konversi)', () => {
    const { wb, sel } = bacaXlsx(hasilLo['calc.xlsx']!)
    expect(wb.SheetNames).toEqual(['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian'])
    const kej = sel['Kejadian']!
    expect(kej[1]![1]).toMatchObject({ t: 'n', v: 45545 })
    expect(XLSX.SSF.is_date(String(kej[1]![1]!.z))).toBe(true)
    expect(kej[2]![1]).toMatchObject({ t: 's', v: '12/09/2024' })
    expect(sel['LaporanMingguan']![2]![4]).toMatchObject({ t: 's', v: '1.234' })
    expect(bacaXlsx(hasilLo['calc1904.xlsx']!).wb.Workbook?.WBProps?.date1904).toBe(true)
    expect(bacaXlsx(hasilLo['calc1904.xlsx']!).sel['Kejadian']![1]![1]).toMatchObject({ t: 'n', v: 45545 - 1462 })
    // Calc read the CSV with Indonesian numbers: "1.234" became 1234 and the NRP lost its leading zero.
    const csv = bacaXlsx(hasilLo['csv.xlsx']!).sel['LaporanMingguan']!
    expect(csv[2]![3]).toMatchObject({ t: 'n', v: 1234 })
    expect(csv[1]![14]).toMatchObject({ t: 'n', v: 1234567 })
  })

  it('[F5] isian Calc (tanggal sel dan teks, angka sebagai teks, kolom tambahan dan berpindah) diimpor sesuai hitungan tangan', async () => {
    const { p, isiDb } = await imporBaru(hasilLo['calc.xlsx']!)
    expect(p.kesalahan).toEqual([])
    expect(p.peringatan.map((x) => x.pesan)).toEqual(
      expect.arrayContaining([
        'Sheet Desa: kolom tambahan diabaikan: Keterangan.',
        'Sheet LaporanMingguan: kolom tambahan diabaikan: Paraf.',
        'Berkas tanpa checksum: keutuhan isi tidak dapat diperiksa.',
        'Sheet LaporanMingguan, kolom nrp_pelapor: 1 NRP tertulis sebagai angka kurang dari 8 digit; nol di depan ditambahkan (mis. baris 2: 1234567 → 01234567).',
      ]),
    )
    expect(isiDb).toEqual(HARAPAN)
  })

  it('[F5] buku kerja LibreOffice bersistem tanggal 1904 memberi data yang sama', async () => {
    expect((await imporBaru(hasilLo['calc1904.xlsx']!)).isiDb).toEqual(HARAPAN)
  })

  it('[F5] CSV yang dibuka LibreOffice dengan format angka Indonesia memberi data yang sama', async () => {
    const { p, isiDb } = await imporBaru(hasilLo['csv.xlsx']!)
    expect(p.kesalahan).toEqual([])
    expect(isiDb).toEqual(HARAPAN)
  })

  it('[F5] berkas aplikasi yang dibuka lalu disimpan ulang LibreOffice tetap lolos checksum dan memberi data yang sama', async () => {
    const asli = await imporBaru(ekspor.isi)
    const ulang = await imporBaru(hasilLo['dibuka-ulang.xlsx']!)
    expect(ulang.p.integritas.checksum).toBe('cocok')
    expect(ulang.p.kesalahan).toEqual([])
    expect(ulang.p.sheet).toEqual(asli.p.sheet)
    expect(ulang.isiDb).toEqual(asli.isiDb)
    expect(asli.isiDb.laporan.length).toBeGreaterThan(100)
  })

  it('[F5] ODS (ditulis SheetJS) yang disimpan LibreOffice sebagai .xlsx memberi data yang sama dengan berkas asli; isian yang sama ditulis SheetJS juga sama', async () => {
    const asli = await imporBaru(ekspor.isi)
    const ods = await imporBaru(hasilLo['dari-ods.xlsx']!)
    expect(ods.p.kesalahan).toEqual([])
    expect(ods.isiDb).toEqual(asli.isiDb)
    // The typed content written by SheetJS instead of Calc gives the same rows.
    const sheetjs = await imporBaru(tulisXlsx(isianCalc()))
    expect(sheetjs.p.kesalahan).toEqual([])
    expect(sheetjs.isiDb).toEqual(HARAPAN)
  })
})
