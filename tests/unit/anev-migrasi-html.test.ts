import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { jalankanMigrasi } from '../../electron/services/db/migrasi'
import { MIGRASI } from '../../electron/services/db/migrations'
import { htmlLaporanAnev, kakiHalamanAnev } from '../../shared/anev/html'
import type { DokumenAnev } from '../../shared/anev/jenis'
import { periode } from '../../shared/anev/periode'
import { barisKop, barisTtd } from '../../shared/naskah-dinas'

describe('migrasi 008 Laporan Anev', () => {
  it('[E5] tabel laporan_anev dan draf_anev STRICT; JSON rusak dan jenis periode asing ditolak', () => {
    const db = new Database(':memory:')
    jalankanMigrasi(db, MIGRASI.filter((m) => m.versi <= 8))
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name IN ('laporan_anev', 'draf_anev') ORDER BY name").all() as { sql: string }[]).map((r) => r.sql)
    expect(sql).toHaveLength(2)
    for (const s of sql) expect(s).toMatch(/\) STRICT$/)
    const isi = db.prepare('INSERT INTO laporan_anev (jenis_periode, periode, nomor, snapshot, narasi, pengesahan, grafik, dibuat_pada, dibuat_oleh, dicetak_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    expect(() => isi.run('bulan', '2024-09', '', '{bukan json', '{}', '{}', '{}', 'w', 'admin', 'w')).toThrow(/CHECK/)
    expect(() => isi.run('mingguan', '2024-09', '', '{}', '{}', '{}', '{}', 'w', 'admin', 'w')).toThrow(/CHECK/)
    expect(isi.run('triwulan', '2024-T3', 'B/1/X/BIN.1.2./2024', '{}', '{}', '{}', '{}', 'w', 'admin', 'w').changes).toBe(1)
    db.close()
  })
})

describe('naskah dinas dan HTML laporan', () => {
  it('[E1] kop tiga baris dan blok tanda tangan dengan a.n. KAPOLRES', () => {
    expect(barisKop({ provinsiNama: 'Nusa Tenggara Timur', nama: 'POLRES TIMOR TENGAH UTARA' })).toEqual(['KEPOLISIAN NEGARA REPUBLIK INDONESIA', 'DAERAH NUSA TENGGARA TIMUR', 'RESOR TIMOR TENGAH UTARA'])
    expect(barisKop({ provinsiNama: 'NTT', nama: 'POLRESTA KUPANG KOTA' })[2]).toBe('RESOR KUPANG KOTA')
    expect(barisTtd('Kefamenanu', '2024-10-07', { nama: 'I KETUT SUTA, S.H.', pangkat: 'AKP', nrp: '78090123', atasNamaKapolres: true, wilayah: 'Timor Tengah Utara' })).toEqual({
      atas: ['Kefamenanu, 7 Oktober 2024', 'a.n. KAPOLRES TIMOR TENGAH UTARA', 'KASAT BINMAS'],
      nama: 'AKP I KETUT SUTA, S.H.',
      nrp: 'NRP 78090123',
    })
    expect(barisTtd('Kefamenanu', '2024-10-07', { nama: 'I KETUT SUTA, S.H.', pangkat: 'AKP', nrp: '78090123' }).atas).toEqual(['Kefamenanu, 7 Oktober 2024', 'KASAT BINMAS'])
  })

  it('[E4] teks yang diketik tidak pernah menjadi HTML; margin naskah dinas dan ukuran kertas F4 di @page; nomor halaman di kaki', () => {
    const d: DokumenAnev = {
      snapshot: {
        versi: 1,
        periode: periode('bulan', 2024, 9),
        pembanding: { ...periode('bulan', 2024, 8), adaData: false },
        satker: { nama: 'POLRES <UJI>', kode: '53.03', provinsi: 'NTT', tempat: 'X' },
        dataContoh: false,
        diambilPada: '2024-10-07',
        jumlahDesa: 0,
        jumlahPolsek: 0,
        mingguSelesai: 4,
        mingguPembanding: 5,
        targetDdsPerHari: 5,
        kelengkapan: [],
        kelengkapanLalu: { wajib: 0, masuk: 0 },
        kegiatan: [],
        personel: [],
        desaTanpaBhabin: 0,
        kejadian: { perKategori: [], lalu: null, selesai: 0 },
        ikdk: { bulan: '2024-09', bulanPembanding: '2024-08', distribusi: [], tanpaNilai: 0, rataRata: null, rataRataLalu: null, berubah: [], peringatan: [] },
        petaSvg: null,
      },
      narasi: { analisa: '<script>alert(1)</script>', evaluasi: '<img src=x onerror=alert(1)>', kendala: 'a & b', rekomendasi: '1. "satu"\n2. dua', penutup: '' },
      pengesahan: { nomor: 'B/1"><b>', atasNamaKapolres: false, nama: 'NAMA', pangkat: 'AKP', nrp: '78090123', tempat: 'X', tanggal: '2024-10-07', ukuran: 'F4' },
      grafik: {},
    }
    const html = htmlLaporanAnev(d)
    expect(html).not.toContain('<script')
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('Nomor: B/1&quot;&gt;&lt;b&gt;')
    expect(html).toContain('<p>1. &quot;satu&quot;<br>2. dua</p>')
    expect(html).toContain('@page { size: 215mm 330mm; margin: 2cm 1.5cm 3cm 2.5cm; }')
    expect(html).toContain('thead { display: table-header-group; }')
    expect(html).toContain('Peta Rawan tidak tersedia untuk laporan ini.')
    expect(html).not.toContain('SEMENTARA')
    // A month not yet over when the data was read is marked provisional.
    const berjalan = htmlLaporanAnev({ ...d, snapshot: { ...d.snapshot, diambilPada: '2024-09-18' } })
    expect(berjalan).toContain('SEMENTARA — bulan September 2024 belum berakhir pada 18 September 2024; hanya minggu yang sudah selesai dihitung.')
    const kaki = kakiHalamanAnev(d)
    expect(kaki).toContain('Halaman <span class="pageNumber"></span> dari <span class="totalPages"></span>')
    expect(kaki).toContain('POLRES &lt;UJI&gt;')
  })
})
