import { formatTanggal } from '../../shared/format'
import { LABEL_KATEGORI_KEJADIAN, LABEL_STATUS, LABEL_TINGKAT } from '../../shared/kejadian'
import { JUDUL_KOLOM_MINGGUAN } from '../../shared/mingguan'
import type { AuditBaris } from '../../shared/skema-data'
import { angkaAtauKosong, desimalAtauKosong, KOSONG } from '../lib/tampil'

/** Audit columns (database names) as the user reads them, for every table with a trail. */
const LABEL: Record<string, string> = {
  penduduk: 'penduduk',
  jumlah_kk: 'jumlah KK',
  pos_kamling_total: 'pos kamling',
  fkpm_aktif: 'FKPM aktif',
  lintang: 'lintang',
  bujur: 'bujur',
  nama: 'nama',
  kode: 'kode',
  kecamatan_kode: 'kecamatan',
  asal: 'asal',
  aktif: 'aktif',
  diganti_oleh: 'diganti oleh kode',
  dipindahkan: 'data dipindahkan',
  kode_lama: 'kode lama',
  berlaku_mulai: 'berlaku mulai',
  catatan: 'catatan',
  tanggal: 'tanggal',
  desa_kode: 'desa',
  kategori: 'kategori',
  tingkat: 'tingkat',
  status: 'status',
  tanggal_selesai: 'tanggal selesai',
  uraian: 'uraian',
  nrp: 'NRP',
  pangkat: 'pangkat',
  jabatan: 'jabatan',
  polsek_id: 'Polsek',
  kontak: 'kontak',
  mulai: 'mulai',
  selesai: 'selesai',
}

/** Tables whose fields read differently: a weekly report's fields are named as the grid's column titles. */
const LABEL_TABEL: Record<string, Record<string, string>> = {
  laporan_mingguan: JUDUL_KOLOM_MINGGUAN,
}

/** What a blank reads as where the default dash would say too little: a blank weekly cell is "kosong" (not reported), as in the grid. */
const KOSONG_TABEL: Record<string, string> = {
  laporan_mingguan: 'kosong',
}

const AKSI: Record<string, string> = {
  ubah: 'Diubah',
  tambah: 'Ditambah',
  hapus: 'Dihapus',
  impor: 'Diimpor',
  setup: 'Pengaturan awal',
  kunci: 'Dikunci',
  'buka-kunci': 'Kunci dibuka',
}

const TANGGAL = new Set(['tanggal', 'tanggal_selesai', 'mulai', 'selesai', 'berlaku_mulai'])
const YA_TIDAK = new Set(['fkpm_aktif', 'aktif'])
const DESIMAL = new Set(['lintang', 'bujur'])

/** A screen may name values it knows better (a desa code as its name, a Polsek id as its name). */
export type FormatNilai = (kunci: string, v: unknown) => string | undefined

export function nilaiAudit(kunci: string, v: unknown, khusus?: FormatNilai, kosong = KOSONG): string {
  if (v === null || v === undefined || v === '') return kosong
  const lain = khusus?.(kunci, v)
  if (lain !== undefined) return lain
  if (YA_TIDAK.has(kunci)) return v === 1 || v === true ? 'Ya' : v === 0 || v === false ? 'Tidak' : String(v)
  if (typeof v === 'number') return DESIMAL.has(kunci) ? desimalAtauKosong(v) : angkaAtauKosong(v)
  if (typeof v === 'string' && TANGGAL.has(kunci) && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatTanggal(v)
  if (kunci === 'kategori') return LABEL_KATEGORI_KEJADIAN[v as keyof typeof LABEL_KATEGORI_KEJADIAN] ?? String(v)
  if (kunci === 'tingkat') return LABEL_TINGKAT[v as keyof typeof LABEL_TINGKAT] ?? String(v)
  if (kunci === 'status') return LABEL_STATUS[v as keyof typeof LABEL_STATUS] ?? String(v)
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k} ${typeof x === 'number' ? angkaAtauKosong(x) : String(x)}`)
      .join(', ')
  }
  return String(v)
}

/**
 * One line per field: "penduduk: — → 2.000" for a change, "uraian: …" for what
 * was added or deleted. A period lock reads as what happened and why.
 */
export function barisPerubahan(a: AuditBaris, khusus?: FormatNilai): string[] {
  if (a.tabel === 'kunci_periode') {
    if (a.aksi === 'kunci') return ['Periode dikunci: laporan mingguan dan kejadian bulan ini tidak dapat diubah']
    if (a.aksi === 'buka-kunci') return [`Kunci dibuka. Alasan: ${String(a.sesudah?.alasan ?? KOSONG)}`]
  }
  const kunci = [...new Set([...Object.keys(a.sebelum ?? {}), ...Object.keys(a.sesudah ?? {})])]
  const labelTabel = LABEL_TABEL[a.tabel]
  const label = (k: string) => labelTabel?.[k] ?? LABEL[k] ?? k.replace(/_/g, ' ')
  const nilai = (k: string, v: unknown) => nilaiAudit(k, v, khusus, KOSONG_TABEL[a.tabel])
  const { sebelum, sesudah } = a
  if (sebelum === null) return kunci.map((k) => `${label(k)}: ${nilai(k, sesudah?.[k])}`)
  if (sesudah === null) return kunci.map((k) => `${label(k)}: ${nilai(k, sebelum[k])}`)
  return kunci.map((k) => `${label(k)}: ${nilai(k, sebelum[k])} → ${nilai(k, sesudah[k])}`)
}

export function namaAksi(aksi: string): string {
  return AKSI[aksi] ?? aksi
}
