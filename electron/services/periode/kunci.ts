import type { Kysely, Transaction } from 'kysely'
import { GalatAplikasi } from '../../../shared/galat'
import { bulanMinggu } from '../../../shared/iso-week'
import { namaBulan } from '../../../shared/format'
import type { SkemaDb } from '../db/tabel'

type Db = Kysely<SkemaDb> | Transaction<SkemaDb>

export async function bulanTerkunci(db: Db, bulan: string): Promise<boolean> {
  return (await db.selectFrom('kunci_periode').select('bulan').where('bulan', '=', bulan).executeTakeFirst()) !== undefined
}

export function galatTerkunci(bulan: string, apa: string): GalatAplikasi {
  return new GalatAplikasi(
    'PERIODE_TERKUNCI',
    `Periode ${namaBulan(bulan)} sudah dikunci; ${apa} tidak dapat diubah. Buka kunci di Kunci Periode (dengan alasan) bila perlu koreksi.`,
  )
}

/** A weekly row belongs to the month of its week's Thursday. */
export async function pastikanMingguTerbuka(db: Db, tahun: number, minggu: number): Promise<void> {
  const bulan = bulanMinggu(tahun, minggu)
  if (await bulanTerkunci(db, bulan)) throw galatTerkunci(bulan, `laporan Minggu ke-${minggu} ${tahun}`)
}
