import fc from 'fast-check'
import * as XLSX from 'xlsx'
import { describe, expect, it } from 'vitest'
import { bukuLampiran } from '../../electron/services/anev/lampiran'
import type { DokumenAnev } from '../../shared/anev/jenis'
import { periode } from '../../shared/anev/periode'

/** A hand-made report whose names come from the property's strings. */
function dokumen(nama: string[]): DokumenAnev {
  return {
    snapshot: {
      versi: 1,
      periode: periode('bulan', 2024, 9),
      pembanding: { ...periode('bulan', 2024, 8), adaData: true },
      satker: { nama: 'POLRES TIMOR TENGAH UTARA', kode: '53.03', provinsi: 'NUSA TENGGARA TIMUR', tempat: 'Timor Tengah Utara' },
      dataContoh: false,
      diambilPada: '2024-10-07',
      jumlahDesa: nama.length,
      jumlahPolsek: 1,
      mingguSelesai: 4,
      mingguPembanding: 5,
      targetDdsPerHari: 5,
      kelengkapan: [{ polsek: nama[0]!, desa: nama.length, wajib: nama.length * 4, masuk: 3 }],
      kelengkapanLalu: { wajib: 8, masuk: 8 },
      kegiatan: [{ kolom: 'kk_dikunjungi', label: 'Sambang/DDS (KK dikunjungi)', ini: 12, lalu: null }],
      personel: nama.map((n, i) => ({ nrp: String(80000000 + i), nama: n, pangkat: 'BRIPKA', polsek: n, desa: [n], wajib: 4, masuk: 4, kk: 10, targetKk: 140, penyuluhan: null, psDitangani: 1, psSelesai: 0, deteksiDini: 2, ronda: 3, fkpm3Pilar: null, pangan: 1, pilkada: 0, kejadianNyata: 0 })),
      desaTanpaBhabin: 0,
      kejadian: { perKategori: [{ kategori: 'lainnya', label: nama[0]!, potensi: 1, ambang: 0, nyata: 0 }], lalu: null, selesai: 0 },
      ikdk: { bulan: '2024-09', bulanPembanding: '2024-08', distribusi: [{ kategori: 'Aman', jumlah: 1, jumlahLalu: null }], tanpaNilai: 0, rataRata: null, rataRataLalu: null, berubah: nama.map((n) => ({ desa: n, kecamatan: n, polsek: n, dari: 'Aman', ke: 'Waspada', nilaiLalu: 80, nilai: 70 })), peringatan: nama.map((n) => ({ tanggal: '2024-09-30', desa: n, polsek: n, pesan: n })) },
      petaSvg: null,
    },
    narasi: { analisa: '', evaluasi: '', kendala: '', rekomendasi: '', penutup: '' },
    pengesahan: { nomor: nama[0]!, atasNamaKapolres: false, nama: 'NAMA', pangkat: 'AKP', nrp: '78090123', tempat: 'X', tanggal: '2024-10-07', ukuran: 'A4' },
    grafik: {},
  }
}

describe('Lampiran xlsx', () => {
  it('[E6] teks berawalan = + - @ tidak pernah menjadi rumus dan terbaca kembali persis sama (properti)', async () => {
    const teks = fc
      .tuple(fc.constantFrom('=', '+', '-', '@', '=HYPERLINK("http://x","y")', '=1+1', '@SUM(A1:A2)', '-2+3', '+62 812'), fc.string({ maxLength: 30 }))
      .map(([a, b]) => (a + b).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\uD800-\uDFFF]/g, ''))
    await fc.assert(
      fc.asyncProperty(fc.array(teks, { minLength: 1, maxLength: 4 }), async (nama) => {
        const buku = XLSX.read(await bukuLampiran(dokumen(nama)), { cellFormula: true })
        for (const s of buku.SheetNames) for (const [k, c] of Object.entries(buku.Sheets[s]!)) if (!k.startsWith('!')) expect((c as XLSX.CellObject).f, `${s}!${k}`).toBeUndefined()
        const kinerja = XLSX.utils.sheet_to_json<Record<string, unknown>>(buku.Sheets['Kinerja']!)
        expect(kinerja.map((r) => r['Nama'])).toEqual(nama.map((n) => (n === '' ? undefined : n)))
        const berubah = XLSX.utils.sheet_to_json<Record<string, unknown>>(buku.Sheets['Berubah Kategori']!)
        expect(berubah.map((r) => r['Desa/Kelurahan'])).toEqual(nama.map((n) => (n === '' ? undefined : n)))
      }),
      { numRuns: 25 },
    )
  }, 60_000)
})
