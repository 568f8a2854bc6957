import type { AuditBaris } from '../../../shared/skema-data'
import { angkaAtauKosong, desimalAtauKosong, KOSONG } from '../../lib/tampil'

/** Audit columns (database names) as the user reads them. */
const LABEL: Record<string, string> = {
  penduduk: 'penduduk',
  jumlah_kk: 'jumlah KK',
  pos_kamling_total: 'pos kamling',
  fkpm_aktif: 'FKPM aktif',
  lintang: 'lintang',
  bujur: 'bujur',
  nama: 'nama',
}

const AKSI: Record<string, string> = { ubah: 'Diubah', tambah: 'Ditambah', hapus: 'Dihapus', impor: 'Diimpor', setup: 'Pengaturan awal' }

function nilai(kunci: string, v: unknown): string {
  if (v === null || v === undefined || v === '') return KOSONG
  if (kunci === 'fkpm_aktif') return v === 1 || v === true ? 'Ya' : v === 0 || v === false ? 'Tidak' : String(v)
  if (typeof v === 'number') return kunci === 'lintang' || kunci === 'bujur' ? desimalAtauKosong(v) : angkaAtauKosong(v)
  return String(v)
}

/** "penduduk: — → 2.000", one line per changed field. */
export function barisPerubahan(a: AuditBaris): string[] {
  const kunci = [...new Set([...Object.keys(a.sebelum ?? {}), ...Object.keys(a.sesudah ?? {})])]
  return kunci.map((k) => `${LABEL[k] ?? k}: ${nilai(k, a.sebelum?.[k])} → ${nilai(k, a.sesudah?.[k])}`)
}

export function namaAksi(aksi: string): string {
  return AKSI[aksi] ?? aksi
}
