import type { HasilPeringatan } from '../../../shared/hasil-ikdk'

export type BarisPeringatan = HasilPeringatan['peringatan'][number]

/** The alert rules in the words of the screen, in the order of ikdk-default-scheme.md. */
export const JENIS_PERINGATAN = [
  { jenis: 'kategori_memburuk', label: 'Kategori memburuk', aturan: 'Kategori desa memburuk dibanding bulan tertutup sebelumnya.' },
  { jenis: 'nilai_turun', label: 'IKDK turun ≥ 10 poin', aturan: 'IKDK turun 10 poin atau lebih dibanding bulan tertutup sebelumnya.' },
  { jenis: 'konflik_nyata', label: 'Konflik nyata', aturan: 'Tercatat konflik sosial atau konflik agraria tingkat nyata (tanggal peringatan = tanggal kejadian).' },
  { jenis: 'tanpa_laporan', label: 'Tanpa laporan 2 minggu', aturan: 'Tidak ada laporan mingguan 2 minggu selesai berturut-turut.' },
] as const

export function labelJenis(jenis: string): string {
  return JENIS_PERINGATAN.find((j) => j.jenis === jenis)?.label ?? jenis
}

/** Count per rule, in the rules' order. */
export function hitungPerJenis(daftar: readonly BarisPeringatan[]): { jenis: string; label: string; jumlah: number }[] {
  return JENIS_PERINGATAN.map((j) => ({ jenis: j.jenis, label: j.label, jumlah: daftar.filter((p) => p.jenis === j.jenis).length }))
}
