import { KOLOM_MINGGUAN } from '../../../shared/mingguan'

/**
 * The exchange workbook's sheets and columns, in the contract's order
 * (exchange-format.md, format version 1). The order matters: checksums are
 * computed over these columns in exactly this order.
 */
export const FORMAT = 'binmas-desk-pertukaran'
export const VERSI_FORMAT = 1

export const KOLOM_DESA = ['kode_desa', 'nama_desa', 'kode_kecamatan', 'nama_kecamatan', 'polsek', 'penduduk', 'jumlah_kk', 'pos_kamling_total', 'fkpm_aktif', 'nrp_bhabinkamtibmas'] as const
export const KOLOM_PERSONEL = ['nrp', 'nama', 'pangkat', 'jabatan', 'polsek', 'desa_binaan'] as const
export const KOLOM_LAPORAN = ['kode_desa', 'tahun', 'minggu', ...KOLOM_MINGGUAN, 'nrp_pelapor', 'catatan'] as const
export const KOLOM_KEJADIAN = ['id', 'tanggal', 'kode_desa', 'kategori', 'tingkat', 'status', 'tanggal_selesai', 'uraian'] as const
export const KOLOM_MANIFEST = ['kunci', 'nilai'] as const
/** IKDK also has one column per dimension id of the scheme, between keyakinan and skema. */
export const KOLOM_IKDK_AWAL = ['kode_desa', 'bulan', 'nilai', 'kategori', 'keyakinan'] as const

/** The data sheets: hashed, counted, imported. IKDK is a summary for readers only. */
export const SHEET_DATA = ['Desa', 'Personel', 'LaporanMingguan', 'Kejadian'] as const
export type SheetData = (typeof SHEET_DATA)[number]
export const SHEET_WAJIB = ['Manifest', ...SHEET_DATA] as const
export const SHEET_SEMUA = [...SHEET_WAJIB, 'IKDK'] as const
export type NamaSheet = (typeof SHEET_SEMUA)[number]

export const KOLOM_SHEET: Record<SheetData | 'Manifest', readonly string[]> = {
  Manifest: KOLOM_MANIFEST,
  Desa: KOLOM_DESA,
  Personel: KOLOM_PERSONEL,
  LaporanMingguan: KOLOM_LAPORAN,
  Kejadian: KOLOM_KEJADIAN,
}

/** Manifest keys every file must carry; baris_*, sha256_* and tanda_tangan are optional. */
export const KUNCI_MANIFEST_WAJIB = ['format', 'versi_format', 'satker_kode', 'satker_nama', 'polda', 'bulan_awal', 'bulan_akhir', 'revisi', 'dibuat_pada', 'dibuat_oleh', 'skema_ikdk'] as const

export const namaBerkasEkspor = (satkerKode: string, bulanAwal: string, bulanAkhir: string, revisi: number) => `BINMAS_${satkerKode}_${bulanAwal}_${bulanAkhir}_r${revisi}.xlsx`
