import { describe, expect, it } from 'vitest'
import { barisPerubahan, namaAksi } from '../../renderer/components/riwayat'
import { KOLOM_SEL_MINGGUAN } from '../../shared/mingguan'
import type { AuditBaris } from '../../shared/skema-data'

const baris = (o: Partial<AuditBaris>): AuditBaris => ({
  id: 1,
  waktu: '2024-10-14T01:05:00.000Z',
  pengguna: 'BRIPKA MARIA SERAN (maria.seran)',
  aksi: 'ubah',
  tabel: 'laporan_mingguan',
  kunci: '53.03.03.2001|2024|42',
  sebelum: null,
  sesudah: null,
  ...o,
})

describe('Riwayat Perubahan of a weekly report: lines as the Input Mingguan grid names them', () => {
  it('[B5] names the weekly fields with the grid column titles, numbers Indonesian, blank as "kosong"', () => {
    expect(barisPerubahan(baris({ sebelum: { kk_dikunjungi: 1234, ronda_malam: null }, sesudah: { kk_dikunjungi: 12500, ronda_malam: 5 } }))).toEqual([
      'Sambang/DDS (KK): 1.234 → 12.500',
      'Ronda malam (malam): kosong → 5',
    ])
    expect(barisPerubahan(baris({ sebelum: { nrp_pelapor: '87010123', catatan: 'Laporan disusulkan' }, sesudah: { nrp_pelapor: null, catatan: '' } }))).toEqual([
      'NRP pelapor: 87010123 → kosong',
      'Catatan: Laporan disusulkan → kosong',
    ])
    // Added or removed: the values alone; the action word is in the user column.
    expect(barisPerubahan(baris({ aksi: 'tambah', sesudah: { pertemuan_3pilar: 2, kegiatan_pangan: 0 } }))).toEqual(['Pertemuan 3 Pilar: 2', 'Ketahanan pangan: 0'])
    expect(barisPerubahan(baris({ aksi: 'hapus', sebelum: { info_deteksi_dini: 1 } }))).toEqual(['Info deteksi dini: 1'])
    expect(['tambah', 'ubah', 'hapus', 'impor'].map(namaAksi)).toEqual(['Ditambah', 'Diubah', 'Dihapus', 'Diimpor'])
  })

  it('[B5] every weekly field has a title (no raw column name), and other tables keep their own words', () => {
    const semua = barisPerubahan(baris({ aksi: 'tambah', sesudah: Object.fromEntries(KOLOM_SEL_MINGGUAN.map((k) => [k, 1])) }))
    expect(semua).toHaveLength(13)
    for (const b of semua) expect(b).not.toMatch(/_/)
    // The same database name elsewhere is untouched: a desa's note still reads "catatan", blank still "—".
    expect(barisPerubahan(baris({ tabel: 'desa', kunci: '53.03.03.2001', sebelum: { catatan: null }, sesudah: { catatan: 'Pemekaran' } }))).toEqual(['catatan: — → Pemekaran'])
  })
})
