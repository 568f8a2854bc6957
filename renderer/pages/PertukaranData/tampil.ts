import type { HasilPratinjauPertukaran, HitunganSheetPertukaran } from '../../../shared/api-pertukaran'
import { formatAngka, namaBulan } from '../../../shared/format'

/** 1234 → "1.234". */
export const angka = (n: number) => formatAngka(n, 0)

/** The sheets by their names on screen. */
export const LABEL_SHEET: Record<HitunganSheetPertukaran['sheet'], string> = {
  Desa: 'Desa',
  Personel: 'Personel',
  LaporanMingguan: 'Laporan Mingguan',
  Kejadian: 'Kejadian',
}

/** '2024-09' → '2024-08' */
export function bulanSebelum(bulan: string): string {
  const [t, b] = bulan.split('-').map(Number) as [number, number]
  return b === 1 ? `${t - 1}-12` : `${t}-${String(b - 1).padStart(2, '0')}`
}

/** The last month that has ended on `hariIni` (2024-10-20 → 2024-09). */
export function bulanTutupTerakhir(hariIni: string): string {
  return bulanSebelum(hariIni.slice(0, 7))
}

/** Months to choose from, newest first: the running month and the 35 before it. */
export function daftarBulanPilihan(hariIni: string, jumlah = 36): string[] {
  const hasil = [hariIni.slice(0, 7)]
  while (hasil.length < jumlah) hasil.push(bulanSebelum(hasil[hasil.length - 1]!))
  return hasil
}

export function teksRentangBulan(awal: string, akhir: string): string {
  return awal === akhir ? namaBulan(awal) : `${namaBulan(awal)} – ${namaBulan(akhir)}`
}

/** The integrity checks as plain sentences, each with whether it is fine. */
export function barisIntegritas(p: HasilPratinjauPertukaran): { label: string; teks: string; baik: boolean }[] {
  const { checksum, tandaTangan } = p.integritas
  return [
    { label: 'Format berkas', teks: 'Sesuai: berkas Pertukaran Data Binmas Desk versi 1.', baik: true },
    {
      label: 'Checksum',
      teks:
        checksum === 'cocok'
          ? 'Cocok: isi setiap sheet sama dengan saat berkas dibuat.'
          : checksum === 'sebagian'
            ? 'Hanya sebagian sheet yang punya checksum; yang ada cocok. Sheet lain tidak dapat dipastikan utuh.'
            : 'Tidak ada checksum (berkas dibuat atau diubah di luar Binmas Desk); keutuhan isi tidak dapat dipastikan.',
      baik: checksum === 'cocok',
    },
    {
      label: 'Tanda tangan',
      teks:
        tandaTangan === 'sah'
          ? 'Sah: berkas ditandatangani dengan kunci satker pengirim yang dipercaya.'
          : tandaTangan === 'tidak-ada'
            ? 'Berkas tidak ditandatangani.'
            : 'Ada, tetapi tidak dapat diperiksa: kunci publik pengirim belum terdaftar di komputer ini.',
      baik: tandaTangan === 'sah',
    },
  ]
}

export function teksRevisi(p: HasilPratinjauPertukaran): string {
  const r = p.manifest.revisi
  const t = p.revisi.revisiTersimpan
  switch (p.revisi.status) {
    case 'baru':
      return `Revisi ${r}: periode ini belum pernah diimpor.`
    case 'lebih-tinggi':
      return `Revisi ${r} menggantikan revisi ${t ?? '—'} yang sudah diimpor. Laporan mingguan periode ini yang tidak ada di berkas akan dihapus.`
    case 'sama':
      return `Revisi ${r} sudah pernah diimpor dengan isi yang sama.`
    case 'sama-berbeda':
      return `Revisi ${r} sudah pernah diimpor, tetapi isinya berbeda dengan berkas ini.`
  }
}

export const LABEL_JENIS_UBAH = { baru: 'Baru', berubah: 'Berubah', dihapus: 'Dihapus' } as const
