import type { z } from 'zod'
import { type Desa, type DesaUbah, desaUbahSchema } from '../../../shared/skema-data'
import { angkaKeIsian, uraiAngka } from '../../../shared/angka'
import { dariZod, type GalatBidang } from '../../lib/galat'

/** The edit form as typed: text for numbers (blank = not filled), a three-way FKPM choice. */
export interface IsianDesa {
  penduduk: string
  jumlahKk: string
  posKamlingTotal: string
  fkpmAktif: '' | 'ya' | 'tidak'
  lintang: string
  bujur: string
}

export function isianDari(d: Desa): IsianDesa {
  return {
    penduduk: angkaKeIsian(d.penduduk),
    jumlahKk: angkaKeIsian(d.jumlahKk),
    posKamlingTotal: angkaKeIsian(d.posKamlingTotal),
    fkpmAktif: d.fkpmAktif === null ? '' : d.fkpmAktif ? 'ya' : 'tidak',
    lintang: angkaKeIsian(d.lintang),
    bujur: angkaKeIsian(d.bujur),
  }
}

/**
 * Parses the form and checks it with the same schema the server uses. Text that
 * is not a number is handed to zod as text, so its "… harus berupa angka"
 * message is the one shown.
 */
export function periksaIsian(kode: string, f: IsianDesa): { ok: true; data: DesaUbah } | { ok: false; galat: GalatBidang } {
  const angka = (teks: string, ribuanTitik: boolean) => {
    const h = uraiAngka(teks, { ribuanTitik })
    return h.ok ? h.nilai : teks
  }
  const masukan = {
    kode,
    penduduk: angka(f.penduduk, true),
    jumlahKk: angka(f.jumlahKk, true),
    posKamlingTotal: angka(f.posKamlingTotal, true),
    fkpmAktif: f.fkpmAktif === '' ? null : f.fkpmAktif === 'ya',
    lintang: angka(f.lintang, false),
    bujur: angka(f.bujur, false),
  } as unknown as z.input<typeof desaUbahSchema>
  const hasil = desaUbahSchema.safeParse(masukan)
  if (hasil.success) return { ok: true, data: hasil.data }
  const galat = dariZod(hasil.error)
  // Zod skips the cross-field rules (KK ≤ penduduk, lintang with bujur) while any
  // field is invalid. Check them again with the invalid fields blanked, so every
  // problem shows at once, still in the shared schema's words.
  const kosongkan = Object.fromEntries(Object.keys(galat).map((k) => [k, null]))
  const ulang = desaUbahSchema.safeParse({ ...masukan, ...kosongkan })
  if (!ulang.success) for (const [k, v] of Object.entries(dariZod(ulang.error))) galat[k] ??= v
  return { ok: false, galat }
}
