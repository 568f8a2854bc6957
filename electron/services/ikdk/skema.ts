import bawaanJson from '../../../resources/ikdk/bawaan-v1.json'
import { GalatAplikasi } from '../../../shared/galat'
import { type Skema, validasiSkema } from '../../../shared/ikdk'
import type { Basisdata } from '../db/koneksi'

let bawaan: Skema | undefined

/** The shipped default scheme, validated like any imported file. */
export function skemaBawaan(): Skema {
  if (!bawaan) {
    const h = validasiSkema(bawaanJson)
    if (!h.ok) throw new Error(`Skema bawaan tidak valid: ${h.galat.join('; ')}`)
    bawaan = h.skema
  }
  return bawaan
}

/**
 * The scheme in force for a month: the latest period choice starting at or
 * before it, else the default.
 */
export function skemaUntukBulan(bd: Basisdata, bulan: string): Skema {
  const pilihan = bd.sqlite
    .prepare('SELECT p.skema_id id, p.skema_versi versi, s.isi FROM skema_periode p JOIN skema_ikdk s ON s.id = p.skema_id AND s.versi = p.skema_versi WHERE p.bulan_mulai <= ? ORDER BY p.bulan_mulai DESC LIMIT 1')
    .get(bulan) as { id: string; versi: number; isi: string } | undefined
  if (!pilihan) return skemaBawaan()
  const h = validasiSkema(JSON.parse(pilihan.isi))
  if (!h.ok) throw new GalatAplikasi('DB_RUSAK', `Skema ${pilihan.id}@${pilihan.versi} yang tersimpan tidak valid lagi.`)
  return h.skema
}

/** Caches schemes per month for one recompute pass. */
export function penyimpanSkema(bd: Basisdata) {
  const cache = new Map<string, Skema>()
  return (bulan: string) => {
    let s = cache.get(bulan)
    if (!s) {
      s = skemaUntukBulan(bd, bulan)
      cache.set(bulan, s)
    }
    return s
  }
}
