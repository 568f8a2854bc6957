import { describe, expect, it } from 'vitest'
import { kodeDariTeks, kunciDesa, normalDesa } from '../../electron/services/excel-lama/desa'
import { saranKolom, tebakBarisJudul } from '../../electron/services/excel-lama/saran'
import type { NilaiSel } from '../../electron/services/pertukaran/baca/sel'
import { keBidang, mingguAwal, periksaKolom, terapkanTersimpan } from '../../renderer/pages/InputMingguan/ImporExcelLama/pemetaan'

const t = (nilai: string): NilaiSel => ({ jenis: 'teks', nilai })
const n = (nilai: number): NilaiSel => ({ jenis: 'angka', nilai })
const K: NilaiSel = { jenis: 'kosong' }

describe('Impor dari Excel lama: tebakan dan pemetaan', () => {
  it('[F8] judul kolom buatan sendiri disarankan ke isian mingguan; satu isian per kolom, yang tak dikenal diabaikan', () => {
    expect(saranKolom(['No', 'Tgl.', 'DESA / KEL', 'Kec', 'Jml KK Dikunjungi', 'Penyuluhan', 'Masalah Ditangani', 'Masalah Selesai', 'Ronda Malam', 'Pos Kamling Aktif', 'FKPM', '3 Pilar', 'Pilkada', 'NRP', 'Keterangan', 'Paraf'])).toEqual([
      null,
      'tanggal',
      'desa_nama',
      'kecamatan',
      'kk_dikunjungi',
      'penyuluhan',
      'masalah_ditangani',
      'masalah_selesai',
      'ronda_malam',
      'pos_kamling_aktif',
      'pertemuan_fkpm',
      'pertemuan_3pilar',
      'sosialisasi_pilkada',
      'nrp_pelapor',
      'catatan',
      null,
    ])
    // Two columns that both read as "ronda": the better one gets it, the other nothing.
    expect(saranKolom(['Ronda', 'Ronda Malam'])).toEqual([null, 'ronda_malam'])
    // The contract's own field names are always recognised.
    expect(saranKolom(['kode_desa', 'kk_dikunjungi'])).toEqual(['desa_kode', 'kk_dikunjungi'])
  })

  it('[F8] baris judul ditebak di bawah judul laporan yang digabung dan baris kosong', () => {
    const baris: NilaiSel[][] = [[t('REKAPITULASI KEGIATAN BHABINKAMTIBMAS')], [t('POLSEK INSANA')], [], [t('No'), t('Desa'), t('Sambang'), t('Ronda')], [n(1), t('Bokon'), n(3), n(2)], [n(2), t('Oelami'), K, n(1)]]
    expect(tebakBarisJudul(baris)).toBe(3)
  })

  it('[F8] desa: kode dengan/tanpa titik, nama dinormalkan (Desa/Ds./Kel.), kunci memuat kecamatan', () => {
    expect(kodeDariTeks('5303012005')).toBe('53.03.01.2005')
    expect(kodeDariTeks(' 53.03.01.2005 ')).toBe('53.03.01.2005')
    expect(kodeDariTeks('53-03-01-2005')).toBeNull()
    expect(normalDesa('Ds. Bokon')).toBe('bokon')
    expect(normalDesa('KEL.  KEFAMENANU   TENGAH')).toBe('kefamenanu tengah')
    expect(normalDesa('Desa Oe-lami')).toBe('oe lami')
    expect(kunciDesa('Desa BOKON', 'Kec. Miomaffo Timur')).toBe('bokon|miomaffo timur')
    expect(kunciDesa('5303012005', 'apa saja')).toBe('53.03.01.2005')
  })

  it('[F8] langkah kolom: isian ganda, tanpa desa, tanpa isian mingguan ditolak dengan kalimat Indonesia', () => {
    expect(periksaKolom({ 0: 'desa_nama', 1: 'kk_dikunjungi', 2: 'kk_dikunjungi' })).toEqual(['"Sambang/DDS (KK)" dipilih untuk 2 kolom; pilih satu kolom saja.'])
    expect(periksaKolom({ 0: 'kecamatan', 1: 'ronda_malam' })).toEqual(['Pilih kolom yang berisi kode desa atau nama desa.'])
    expect(periksaKolom({ 0: 'desa_kode', 1: 'tanggal', 2: '' })).toEqual(['Pilih minimal satu kolom isian laporan mingguan.'])
    expect(keBidang({ 0: 'desa_kode', 1: '', 3: 'ronda_malam' })).toEqual({ desa_kode: 0, ronda_malam: 3 })
  })

  it('[F8] pemetaan tersimpan dipasang lagi lewat judul kolom (urutan kolom boleh berubah), minggu mengikuti yang tersimpan', () => {
    const tersimpan = { sheet: 'Rekap', barisJudul: 4, kolom: { desa_nama: 'Desa/Kel', kk_dikunjungi: 'Sambang (KK)', ronda_malam: 'Ronda', tanggal: 'Tanggal' }, minggu: { jenis: 'kolom-tanggal' as const }, petaDesa: {} }
    const kolom = [
      { indeks: 0, judul: 'ronda' },
      { indeks: 1, judul: 'Tanggal' },
      { indeks: 2, judul: ' Desa/Kel ' },
      { indeks: 3, judul: 'Paraf' },
      { indeks: 4, judul: 'Sambang  (KK)' },
    ]
    const per = terapkanTersimpan(tersimpan, kolom)
    expect(per).toEqual({ 0: 'ronda_malam', 1: 'tanggal', 2: 'desa_nama', 3: '', 4: 'kk_dikunjungi' })
    expect(mingguAwal(keBidang(per), { tahun: 2024, minggu: 38 }, tersimpan.minggu)).toEqual({ jenis: 'kolom-tanggal' })
    // Without a date or week column the week on screen is offered.
    expect(mingguAwal({ desa_nama: 0 }, { tahun: 2024, minggu: 38 })).toEqual({ jenis: 'tetap', tahun: 2024, minggu: 38 })
  })
})
