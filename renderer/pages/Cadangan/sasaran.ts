import type { Keluaran, Masukan } from '../../../shared/api'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { formatWaktu } from '../../lib/waktu'
import type { InfoCadangan } from './TabelCadangan'
import { labelAlasan } from './tampil'

export type IsiCadangan = Keluaran<'cadangan:periksa'>

/** What a restore takes its data from: a listed backup, or an uploaded file already checked. */
export type SasaranPulih =
  | { jenis: 'daftar'; info: InfoCadangan }
  | { jenis: 'berkas'; namaBerkas: string; isiBase64: string; sandi?: string | undefined; isi: IsiCadangan }

export function masukanPulih(s: SasaranPulih): Masukan<'cadangan:pulihkan'> {
  if (s.jenis === 'daftar') return { nama: s.info.nama }
  return s.sandi ? { isiBase64: s.isiBase64, sandi: s.sandi } : { isiBase64: s.isiBase64 }
}

/** "cadangan 20 Oktober 2024 10.05 WITA (Manual)" or "berkas Cadangan_….bdcadangan". */
export function namaSasaran(s: SasaranPulih, zona: ZonaWaktu): string {
  return s.jenis === 'daftar' ? `cadangan ${formatWaktu(s.info.waktu, zona)} (${labelAlasan(s.info.alasan)})` : `berkas ${s.namaBerkas}`
}
