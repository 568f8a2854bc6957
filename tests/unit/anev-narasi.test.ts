import { describe, expect, it } from 'vitest'
import type { SnapshotAnev } from '../../shared/anev/jenis'
import { daftarKata, frasaPerubahan, susunNarasi } from '../../shared/anev/narasi'
import { periode } from '../../shared/anev/periode'

const NOL = { potensi: 0, ambang: 0, nyata: 0 }

/** A hand-made month: one Polsek, two desa, one officer. */
function snap(ubah: (s: SnapshotAnev) => void = () => {}): SnapshotAnev {
  const s: SnapshotAnev = {
    versi: 1,
    periode: periode('bulan', 2024, 9),
    pembanding: { ...periode('bulan', 2024, 8), adaData: true },
    satker: { nama: 'POLRES TIMOR TENGAH UTARA', kode: '53.03', provinsi: 'NUSA TENGGARA TIMUR', tempat: 'Timor Tengah Utara' },
    dataContoh: false,
    diambilPada: '2024-10-07',
    jumlahDesa: 2,
    jumlahPolsek: 1,
    mingguSelesai: 4,
    mingguPembanding: 5,
    targetDdsPerHari: 5,
    kelengkapan: [{ polsek: 'POLSEK INSANA', desa: 2, wajib: 8, masuk: 6 }],
    kelengkapanLalu: { wajib: 10, masuk: 10 },
    kegiatan: [
      { kolom: 'kk_dikunjungi', label: 'Sambang/DDS', ini: 120, lalu: 100 },
      { kolom: 'penyuluhan', label: 'Penyuluhan', ini: 4, lalu: 4 },
      { kolom: 'masalah_ditangani', label: 'PS', ini: 3, lalu: 0 },
      { kolom: 'info_deteksi_dini', label: 'DD', ini: null, lalu: 2 },
    ],
    personel: [
      { nrp: '85010001', nama: 'YOSEF TAEK', pangkat: 'BRIPKA', polsek: 'POLSEK INSANA', desa: ['Ainiut', 'Bannae'], wajib: 8, masuk: 6, kk: 120, targetKk: 140, penyuluhan: 4, psDitangani: 3, psSelesai: 2, deteksiDini: null, ronda: 5, fkpm3Pilar: 1, pangan: 2, pilkada: 1, kejadianNyata: 1 },
    ],
    desaTanpaBhabin: 0,
    kejadian: {
      perKategori: [
        { kategori: 'tindak_pidana', label: 'tindak pidana', potensi: 2, ambang: 1, nyata: 8 },
        { kategori: 'laka_lantas', label: 'laka lantas', potensi: 0, ambang: 0, nyata: 4 },
        { kategori: 'hoaks', label: 'hoaks', potensi: 1, ambang: 0, nyata: 0 },
      ],
      lalu: { potensi: 1, ambang: 1, nyata: 9 },
      selesai: 10,
    },
    ikdk: {
      bulan: '2024-09',
      bulanPembanding: '2024-08',
      distribusi: [
        { kategori: 'Aman', jumlah: 1, jumlahLalu: 2 },
        { kategori: 'Waspada', jumlah: 0, jumlahLalu: 0 },
        { kategori: 'Rawan', jumlah: 1, jumlahLalu: 0 },
        { kategori: 'Sangat Rawan', jumlah: 0, jumlahLalu: 0 },
      ],
      tanpaNilai: 0,
      rataRata: 70.2,
      rataRataLalu: 80.1,
      berubah: [{ desa: 'Bannae', kecamatan: 'Insana', polsek: 'POLSEK INSANA', dari: 'Aman', ke: 'Rawan', nilaiLalu: 78.4, nilai: 45.2 }],
      peringatan: [],
    },
    petaSvg: null,
  }
  ubah(s)
  return s
}

describe('narasi Anev', () => {
  it('[E3] frasa perubahan: naik, turun, tetap, pembanding nihil, tanpa pembanding', () => {
    expect(frasaPerubahan(12, 9, 'Agustus 2024')).toBe('naik 3 (33,3%) dibanding Agustus 2024')
    expect(frasaPerubahan(7, 9, 'Agustus 2024')).toBe('turun 2 (22,2%) dibanding Agustus 2024')
    expect(frasaPerubahan(9, 9, 'Agustus 2024')).toBe('sama dengan Agustus 2024')
    expect(frasaPerubahan(4, 0, 'Agustus 2024')).toBe('naik 4 dibanding Agustus 2024 yang nihil')
    expect(frasaPerubahan(1500, 1000, 'Triwulan II 2024')).toBe('naik 500 (50,0%) dibanding Triwulan II 2024')
    expect(frasaPerubahan(4, null, 'Agustus 2024')).toBe('belum ada data pembanding dari Agustus 2024')
    expect(daftarKata(['A'])).toBe('A')
    expect(daftarKata(['A', 'B'])).toBe('A dan B')
    expect(daftarKata(['A', 'B', 'C'])).toBe('A, B dan C')
  })

  it('[E3] analisa: gangguan nyata dibanding bulan lalu, kategori terbanyak, kegiatan dan IKDK', () => {
    const n = susunNarasi(snap())
    const par = n.analisa.split('\n\n')
    expect(par[0]).toBe(
      'Pada bulan September 2024 tercatat 12 gangguan nyata, naik 3 (33,3%) dibanding Agustus 2024. Selain itu tercatat 1 ambang gangguan dan 3 potensi gangguan. Kategori terbanyak: tindak pidana (11), laka lantas (4) dan hoaks (1). Sebanyak 10 dari 16 kejadian telah selesai ditangani.',
    )
    expect(par[1]).toBe(
      'Kegiatan Bhabinkamtibmas bulan September 2024: sambang/DDS mengunjungi 120 KK, naik 20 (20,0%) dibanding Agustus 2024; penyuluhan dilaksanakan 4 kali, sama dengan Agustus 2024; problem solving menangani 3 masalah, naik 3 dibanding Agustus 2024 yang nihil.',
    )
    expect(par[2]).toBe(
      'Menurut IKDK September 2024, dari 2 desa/kelurahan terdapat 1 Aman, 0 Waspada, 1 Rawan dan 0 Sangat Rawan. Sebanyak 1 desa/kelurahan berubah kategori dibanding Agustus 2024: 0 membaik dan 1 memburuk. Desa yang memburuk: Bannae (Aman menjadi Rawan). Tidak ada peringatan dini pada periode ini.',
    )
  })

  it('[E3] tanpa kejadian dan tanpa data pembanding', () => {
    const n = susunNarasi(
      snap((s) => {
        s.kejadian = { perKategori: s.kejadian.perKategori.map((r) => ({ ...r, ...NOL })), lalu: null, selesai: 0 }
        s.pembanding.adaData = false
      }),
    )
    const par = n.analisa.split('\n\n')
    expect(par[0]).toBe('Pada bulan September 2024 tidak tercatat gangguan Kamtibmas (potensi gangguan, ambang gangguan maupun gangguan nyata) di wilayah hukum POLRES TIMOR TENGAH UTARA.')
    expect(par[1]).toBe(
      'Kegiatan Bhabinkamtibmas bulan September 2024: sambang/DDS mengunjungi 120 KK, belum ada data pembanding dari Agustus 2024; penyuluhan dilaksanakan 4 kali, belum ada data pembanding dari Agustus 2024; problem solving menangani 3 masalah, belum ada data pembanding dari Agustus 2024.',
    )
    expect(n.evaluasi.split('\n\n')[0]).toBe('Kelengkapan laporan mingguan Bhabinkamtibmas bulan September 2024 mencapai 75,0% (6 dari 8 laporan desa per minggu). Seluruh Polsek mencapai kelengkapan sekurang-kurangnya 75%.')
  })

  it('[E3] gangguan nyata tidak berubah; bulan lalu nihil', () => {
    const sama = susunNarasi(snap((s) => (s.kejadian.lalu = { potensi: 3, ambang: 1, nyata: 12 })))
    expect(sama.analisa.split('\n\n')[0]!.startsWith('Pada bulan September 2024 tercatat 12 gangguan nyata, sama dengan Agustus 2024.')).toBe(true)
    const nihil = susunNarasi(snap((s) => (s.kejadian.lalu = NOL)))
    expect(nihil.analisa.split('\n\n')[0]!.startsWith('Pada bulan September 2024 tercatat 12 gangguan nyata, naik 12 dibanding Agustus 2024 yang nihil.')).toBe(true)
  })

  it('[E3] satu desa, triwulan: evaluasi, kendala dan rekomendasi', () => {
    const n = susunNarasi(
      snap((s) => {
        s.periode = periode('triwulan', 2024, 3)
        s.pembanding = { ...periode('triwulan', 2024, 2), adaData: true }
        s.jumlahDesa = 1
        s.kelengkapan = [{ polsek: 'POLSEK INSANA', desa: 1, wajib: 13, masuk: 5 }]
        s.kelengkapanLalu = { wajib: 13, masuk: 13 }
        s.personel = [{ ...s.personel[0]!, desa: ['Bannae'], wajib: 13, masuk: 5, kk: 200, targetKk: 455 }]
        s.ikdk.distribusi = [
          { kategori: 'Aman', jumlah: 0, jumlahLalu: 1 },
          { kategori: 'Waspada', jumlah: 0, jumlahLalu: 0 },
          { kategori: 'Rawan', jumlah: 1, jumlahLalu: 0 },
          { kategori: 'Sangat Rawan', jumlah: 0, jumlahLalu: 0 },
        ]
        s.ikdk.bulanPembanding = '2024-06'
      }),
    )
    expect(n.evaluasi).toBe(
      'Kelengkapan laporan mingguan Bhabinkamtibmas Triwulan III 2024 mencapai 38,5% (5 dari 13 laporan desa per minggu), turun 61,5 poin dibanding Triwulan II 2024 (100,0%). Kelengkapan di bawah 75%: POLSEK INSANA (38,5%).\n\n' +
        'Dari 1 Bhabinkamtibmas, 0 mencapai target DDS 5 KK per hari. Capaian terendah: BRIPKA YOSEF TAEK (44,0% dari target). 1 Bhabinkamtibmas mengirim kurang dari 75% laporan mingguan yang seharusnya.',
    )
    expect(n.kendala).toBe('8 laporan mingguan desa belum masuk pada Triwulan III 2024, terbanyak dari POLSEK INSANA (8 laporan).')
    expect(n.rekomendasi).toBe(
      [
        '1. Meningkatkan sambang, deteksi dini dan patroli dialogis di desa yang menjadi Rawan dan Sangat Rawan: Bannae.',
        '2. Kanit Binmas POLSEK INSANA agar memastikan laporan mingguan Bhabinkamtibmas masuk tepat waktu.',
        '3. 1 Bhabinkamtibmas yang belum mencapai target DDS agar meningkatkan kunjungan door to door system (DDS).',
        '4. Mengintensifkan penyuluhan dan problem solving terkait tindak pidana, kategori gangguan nyata terbanyak (8 kejadian).',
      ].join('\n'),
    )
    expect(n.analisa).toContain('Menurut IKDK September 2024, dari 1 desa/kelurahan terdapat 0 Aman, 0 Waspada, 1 Rawan dan 0 Sangat Rawan.')
    expect(n.penutup).toBe(
      'Demikian laporan analisa dan evaluasi (Anev) pelaksanaan tugas Bhabinkamtibmas Sat Binmas POLRES TIMOR TENGAH UTARA Triwulan III 2024 ini dibuat sebagai bahan pertimbangan pimpinan dalam menentukan langkah pembinaan selanjutnya.',
    )
  })

  it('[E3] semua lengkap dan tanpa kendala', () => {
    const n = susunNarasi(
      snap((s) => {
        s.kelengkapan = [{ polsek: 'POLSEK INSANA', desa: 2, wajib: 8, masuk: 8 }]
        s.personel = [{ ...s.personel[0]!, masuk: 8, kk: 150 }]
      }),
    )
    expect(n.evaluasi).toBe(
      'Kelengkapan laporan mingguan Bhabinkamtibmas bulan September 2024 mencapai 100,0% (8 dari 8 laporan desa per minggu), sama dengan Agustus 2024. Seluruh Polsek melaporkan setiap minggu secara lengkap.\n\nDari 1 Bhabinkamtibmas, 1 mencapai target DDS 5 KK per hari.',
    )
    expect(n.kendala).toBe('Dari data yang tercatat tidak ditemukan kendala yang menonjol.')
  })
  it('[E3] lebih dari lima desa memburuk: lima disebut, sisanya dihitung', () => {
    const n = susunNarasi(
      snap((s) => {
        s.jumlahDesa = 7
        s.ikdk.berubah = ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((d) => ({ desa: `Desa ${d}`, kecamatan: 'Insana', polsek: 'POLSEK INSANA', dari: 'Aman', ke: 'Waspada', nilaiLalu: 80, nilai: 70 }))
      }),
    )
    expect(n.analisa).toContain(
      'Sebanyak 7 desa/kelurahan berubah kategori dibanding Agustus 2024: 0 membaik dan 7 memburuk. Desa yang memburuk: Desa A (Aman menjadi Waspada), Desa B (Aman menjadi Waspada), Desa C (Aman menjadi Waspada), Desa D (Aman menjadi Waspada), Desa E (Aman menjadi Waspada) dan 2 desa lainnya.',
    )
  })
})
