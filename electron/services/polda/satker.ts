import { GalatAplikasi } from '../../../shared/galat'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import type { Basisdata } from '../db/koneksi'

export interface SatkerPolda {
  kode: string
  nama: string
  zona_waktu: ZonaWaktu
}

/** The app's satker when it runs in Mode Polda; a Polres app gets a clear refusal. */
export function satkerPolda(bd: Basisdata): SatkerPolda {
  const s = bd.sqlite.prepare('SELECT kode, nama, jenis, zona_waktu FROM satker WHERE id = 1').get() as (SatkerPolda & { jenis: string }) | undefined
  if (!s) throw new GalatAplikasi('BELUM_DISIAPKAN', 'Pengaturan awal belum dilakukan. Lengkapi Pengaturan Awal terlebih dahulu.')
  if (s.jenis !== 'polda') throw new GalatAplikasi('KONFLIK', `Menu ini hanya untuk aplikasi Mode Polda; aplikasi ini disiapkan untuk ${s.nama}.`)
  return { kode: s.kode, nama: s.nama, zona_waktu: s.zona_waktu }
}

export function daftarPolres(bd: Basisdata): { kode: string; nama: string }[] {
  return bd.sqlite.prepare('SELECT kode, nama FROM polres ORDER BY kode').all() as { kode: string; nama: string }[]
}

/** Day of the following month by which a Polres file is due (setting, default the 5th). */
export function batasHari(bd: Basisdata): number {
  const r = bd.sqlite.prepare("SELECT nilai FROM pengaturan WHERE kunci = 'polda_batas_kirim_hari'").get() as { nilai: string } | undefined
  const n = Number(r?.nilai)
  return Number.isInteger(n) && n >= 1 && n <= 28 ? n : 5
}

/** SQL joining a desa alias to its Polres code, for the recap queries. */
export const JOIN_POLRES = (desa: string) =>
  `JOIN kecamatan kc ON kc.kode = ${desa}.kecamatan_kode JOIN polres_kabupaten pk ON pk.kabupaten_kode = kc.kabupaten_kode`
