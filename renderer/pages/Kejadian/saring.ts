import type { Masukan } from '../../../shared/api'
import type { Kejadian } from '../../../shared/kejadian'
import { type ArahUrut, urutkan } from '../../components/navigasi-baris'

/** Filter values as the selects hold them; '' = semua. */
export interface SaringanKejadian {
  bulan: string
  desaKode: string
  kategori: string
  tingkat: string
  status: string
}
export const SARINGAN_KOSONG: SaringanKejadian = { bulan: '', desaKode: '', kategori: '', tingkat: '', status: '' }

export function adaSaringan(s: SaringanKejadian): boolean {
  return Object.values(s).some((v) => v !== '')
}

/** Only the chosen filters go to the server. */
export function masukanSaring(s: SaringanKejadian): Masukan<'kejadian:daftar'> {
  return Object.fromEntries(Object.entries(s).filter(([, v]) => v !== '')) as Masukan<'kejadian:daftar'>
}

export type KolomKejadian = 'tanggal' | 'desaNama' | 'kategori' | 'tingkat' | 'status'

const URUTAN_TINGKAT = { potensi: 0, ambang: 1, nyata: 2 } as const

export function urutkanKejadian(data: readonly Kejadian[], kolom: KolomKejadian, arah: ArahUrut): Kejadian[] {
  return urutkan(data, (k) => (kolom === 'tingkat' ? URUTAN_TINGKAT[k.tingkat] : k[kolom]), arah)
}
