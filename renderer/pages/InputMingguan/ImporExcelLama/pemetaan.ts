import { BIDANG_EXCEL_LAMA, type BidangExcelLama, type PemetaanExcelLama, type PemetaanTersimpan, type SumberMinggu } from '../../../../shared/api-templat'
import { JUDUL_KOLOM_MINGGUAN, type KolomSelMingguan, KOLOM_SEL_MINGGUAN } from '../../../../shared/mingguan'

/** What each choice of the column step is called on screen. */
export const LABEL_BIDANG: Record<BidangExcelLama, string> = {
  desa_kode: 'Kode desa',
  desa_nama: 'Nama desa/kelurahan',
  kecamatan: 'Kecamatan',
  tanggal: 'Tanggal laporan',
  minggu: 'Minggu ke-',
  ...(Object.fromEntries(KOLOM_SEL_MINGGUAN.map((k) => [k, JUDUL_KOLOM_MINGGUAN[k as KolomSelMingguan]])) as Record<KolomSelMingguan, string>),
}

export const PILIHAN_BIDANG = BIDANG_EXCEL_LAMA

/** Column index → field ('' = ignored), from the field → column form and back. */
export type PerKolom = Record<number, BidangExcelLama | ''>

export function keBidang(perKolom: PerKolom): PemetaanExcelLama['kolom'] {
  const hasil: PemetaanExcelLama['kolom'] = {}
  for (const [c, b] of Object.entries(perKolom)) if (b) hasil[b] = Number(c)
  return hasil
}

/** Problems of the column step, in words; empty when the user may go on. */
export function periksaKolom(perKolom: PerKolom): string[] {
  const masalah: string[] = []
  const hitung = new Map<BidangExcelLama, number>()
  for (const b of Object.values(perKolom)) if (b) hitung.set(b, (hitung.get(b) ?? 0) + 1)
  for (const [b, n] of hitung) if (n > 1) masalah.push(`"${LABEL_BIDANG[b]}" dipilih untuk ${n} kolom; pilih satu kolom saja.`)
  if (!hitung.has('desa_kode') && !hitung.has('desa_nama')) masalah.push('Pilih kolom yang berisi kode desa atau nama desa.')
  if (!KOLOM_SEL_MINGGUAN.some((k) => hitung.has(k))) masalah.push('Pilih minimal satu kolom isian laporan mingguan.')
  return masalah
}

const normal = (s: string) => s.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ')

/** A saved mapping put on the columns just read: headers matched by text, ignoring case and spaces. */
export function terapkanTersimpan(tersimpan: PemetaanTersimpan, kolom: { indeks: number; judul: string }[]): PerKolom {
  const hasil: PerKolom = Object.fromEntries(kolom.map((k) => [k.indeks, '']))
  for (const [b, judul] of Object.entries(tersimpan.kolom) as [BidangExcelLama, string][]) {
    const k = kolom.find((x) => normal(x.judul) === normal(judul))
    if (k) hasil[k.indeks] = b
  }
  return hasil
}

/** The week source the dialog starts with: from the columns when mapped, else the week on screen. */
export function mingguAwal(kolom: PemetaanExcelLama['kolom'], layar: { tahun: number; minggu: number }, tersimpan?: PemetaanTersimpan['minggu']): SumberMinggu {
  if (tersimpan?.jenis === 'kolom-tanggal' && kolom.tanggal !== undefined) return { jenis: 'kolom-tanggal' }
  if (tersimpan?.jenis === 'kolom-minggu' && kolom.minggu !== undefined) return { jenis: 'kolom-minggu', tahun: tersimpan.tahun ?? layar.tahun }
  if (tersimpan?.jenis === 'tetap') return { jenis: 'tetap', ...layar }
  if (kolom.tanggal !== undefined) return { jenis: 'kolom-tanggal' }
  if (kolom.minggu !== undefined) return { jenis: 'kolom-minggu', tahun: layar.tahun }
  return { jenis: 'tetap', ...layar }
}
