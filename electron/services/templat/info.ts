import { formatRentangTanggal } from '../../../shared/format'
import { rentangMinggu } from '../../../shared/iso-week'
import { KOLOM_SEL_MINGGUAN } from '../../../shared/mingguan'

/** The Polsek template's fixed parts (exchange-format.md, "Polsek template"). */
export const FORMAT_TEMPLAT = 'binmas-desk-templat-mingguan'
export const VERSI_TEMPLAT = 1
export const SHEET_INPUT = 'InputMingguan'
export const SHEET_PETUNJUK = 'Petunjuk'
export const SHEET_INFO = 'Info'

/** The locked desa columns, then the weekly fields in the grid's order. */
export const KOLOM_DESA_TEMPLAT = ['kode_desa', 'nama_desa'] as const
export const KOLOM_TEMPLAT = [...KOLOM_DESA_TEMPLAT, ...KOLOM_SEL_MINGGUAN] as const

export const KUNCI_INFO = ['format', 'versi_templat', 'satker_kode', 'satker_nama', 'polsek', 'tahun', 'minggu', 'jumlah_desa', 'dibuat_pada', 'dibuat_oleh'] as const

/** 'POLSEK INSANA' → 'POLSEK_INSANA'; letters and digits only, so the name is safe on every system. */
export const bagianNamaBerkas = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase() || 'POLSEK'

/** `Templat_InputMingguan_POLSEK_INSANA_2024-W37.xlsx` */
export const namaBerkasTemplat = (polsek: string, tahun: number, minggu: number) => `Templat_InputMingguan_${bagianNamaBerkas(polsek)}_${tahun}-W${String(minggu).padStart(2, '0')}.xlsx`

/** 'Minggu ke-37 2024 (9–15 September 2024)' */
export function teksMingguTemplat(tahun: number, minggu: number): string {
  const r = rentangMinggu(tahun, minggu)
  return `Minggu ke-${minggu} ${tahun} (${formatRentangTanggal(r.senin, r.minggu)})`
}
