import { sql } from 'kysely'
import { GalatAplikasi } from '../../../shared/galat'
import { namaBulan } from '../../../shared/format'
import { bulanMinggu } from '../../../shared/iso-week'
import { catatAudit } from '../audit'
import type { Konteks } from '../konteks'
import { bulanTerkunci } from './kunci'

export interface InfoPeriode {
  bulan: string
  terkunci: boolean
  dikunciPada: string | null
  dikunciOleh: string | null
}

/** Months that hold data or a lock, newest first. */
export async function daftarPeriode(k: Konteks): Promise<InfoPeriode[]> {
  const db = k.bd.db
  const bulan = new Set<string>()
  for (const r of await db.selectFrom('kejadian').select(sql<string>`substr(tanggal, 1, 7)`.as('bulan')).distinct().execute()) bulan.add(r.bulan)
  for (const r of await db.selectFrom('laporan_mingguan').select(['tahun', 'minggu']).distinct().execute()) bulan.add(bulanMinggu(r.tahun, r.minggu))
  const kunci = new Map((await db.selectFrom('kunci_periode').selectAll().execute()).map((r) => [r.bulan, r]))
  for (const b of kunci.keys()) bulan.add(b)
  return [...bulan]
    .sort()
    .reverse()
    .map((bulan) => {
      const r = kunci.get(bulan)
      return { bulan, terkunci: !!r, dikunciPada: r?.dikunci_pada ?? null, dikunciOleh: r?.dikunci_oleh ?? null }
    })
}

export async function kunciPeriode(k: Konteks, bulan: string): Promise<InfoPeriode[]> {
  await k.bd.db.transaction().execute(async (trx) => {
    if (await bulanTerkunci(trx, bulan)) throw new GalatAplikasi('KONFLIK', `Periode ${namaBulan(bulan)} sudah terkunci.`)
    const baris = { bulan, dikunci_pada: new Date().toISOString(), dikunci_oleh: k.sesi.pengguna }
    await trx.insertInto('kunci_periode').values(baris).execute()
    await catatAudit(trx, k.sesi, { aksi: 'kunci', tabel: 'kunci_periode', kunci: bulan, sebelum: null, sesudah: baris })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'kunci_periode' })
  return daftarPeriode(k)
}

/** Unlocking needs a reason, kept in the audit trail. */
export async function bukaKunciPeriode(k: Konteks, bulan: string, alasan: string): Promise<InfoPeriode[]> {
  await k.bd.db.transaction().execute(async (trx) => {
    const lama = await trx.selectFrom('kunci_periode').selectAll().where('bulan', '=', bulan).executeTakeFirst()
    if (!lama) throw new GalatAplikasi('KONFLIK', `Periode ${namaBulan(bulan)} tidak sedang terkunci.`)
    await trx.deleteFrom('kunci_periode').where('bulan', '=', bulan).execute()
    await catatAudit(trx, k.sesi, { aksi: 'buka-kunci', tabel: 'kunci_periode', kunci: bulan, sebelum: { ...lama }, sesudah: { alasan } })
  })
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'kunci_periode' })
  return daftarPeriode(k)
}
