import type { SelKiriman } from '../../../shared/api-polda'
import { bulanBerikutnya } from '../../../shared/iso-week'
import { ZONA_WAKTU } from '../../../shared/zona-waktu'
import type { Konteks } from '../konteks'
import { daftarBulan } from '../pertukaran/kalender'
import { batasHari, daftarPolres, satkerPolda } from './satker'

interface Periode {
  satker_kode: string
  bulan_awal: string
  bulan_akhir: string
  revisi: number
  diimpor_pada: string
  pertama: string
}

/** A UTC timestamp as the calendar date in the satker's zone. */
export function tanggalLokal(iso: string, offsetMenit: number): string {
  return new Date(Date.parse(iso) + offsetMenit * 60_000).toISOString().slice(0, 10)
}

/** Due date of a month's file: day `hari` of the following month. */
export const batasBulan = (bulan: string, hari: number) => `${bulanBerikutnya(bulan)}-${String(hari).padStart(2, '0')}`

/**
 * "Status Kiriman": per Polres and month, whether its file came in (the
 * period covering the month, by its first receipt), on time or late against
 * day N of the next month, or not yet — and whether that is already past due.
 * Receipts are dated in the Polda's zone; an undone import does not count.
 */
export async function statusKiriman(k: Konteks, m: { bulanAwal: string; bulanAkhir: string }) {
  const satker = satkerPolda(k.bd)
  const hari = batasHari(k.bd)
  const hariIni = k.hariIni()
  const offset = ZONA_WAKTU[satker.zona_waktu].offsetMenit
  const bulan = daftarBulan(m.bulanAwal, m.bulanAkhir).slice(0, 36)
  const periode = k.bd.sqlite
    .prepare(
      `SELECT p.satker_kode, p.bulan_awal, p.bulan_akhir, p.revisi, p.diimpor_pada,
        (SELECT min(i.diimpor_pada) FROM impor i WHERE i.satker_kode = p.satker_kode AND i.bulan_awal = p.bulan_awal AND i.bulan_akhir = p.bulan_akhir AND i.dibatalkan_pada IS NULL) AS pertama
       FROM periode_impor p WHERE p.bulan_awal <= ? AND p.bulan_akhir >= ?`,
    )
    .all(bulan[bulan.length - 1], bulan[0]) as Periode[]
  const polres = daftarPolres(k.bd).map((p) => ({
    ...p,
    sel: bulan.map((b): SelKiriman => {
      const batas = batasBulan(b, hari)
      const x = periode.find((r) => r.satker_kode === p.kode && r.bulan_awal <= b && r.bulan_akhir >= b)
      if (!x) return { bulan: b, status: 'belum', lewatBatas: hariIni > batas, batas, revisi: null, diterimaPertama: null, diterimaTerakhir: null, bulanAwal: null, bulanAkhir: null }
      const pertama = tanggalLokal(x.pertama ?? x.diimpor_pada, offset)
      return {
        bulan: b,
        status: pertama <= batas ? 'sudah' : 'terlambat',
        lewatBatas: false,
        batas,
        revisi: x.revisi,
        diterimaPertama: pertama,
        diterimaTerakhir: tanggalLokal(x.diimpor_pada, offset),
        bulanAwal: x.bulan_awal,
        bulanAkhir: x.bulan_akhir,
      }
    }),
  }))
  return { hariIni, batasHari: hari, bulan, polres }
}
