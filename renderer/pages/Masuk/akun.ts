import { akunBaruSchema, alasanSandiLemah } from '../../../shared/pengguna'
import { dariZod, type GalatBidang } from '../../lib/galat'

export interface AkunDraf {
  namaPengguna: string
  namaLengkap: string
  kataSandi: string
  ulangiSandi: string
}

export const AKUN_KOSONG: AkunDraf = { namaPengguna: '', namaLengkap: '', kataSandi: '', ulangiSandi: '' }

/** The same rules the server applies, plus the repeated password; keys under `awalan`. */
export function periksaAkun(a: AkunDraf, awalan = ''): GalatBidang {
  const g: GalatBidang = {}
  const h = akunBaruSchema.safeParse({ namaPengguna: a.namaPengguna, namaLengkap: a.namaLengkap, kataSandi: a.kataSandi })
  if (!h.success) Object.assign(g, dariZod(h.error))
  if (!g.kataSandi) {
    const lemah = alasanSandiLemah(a.kataSandi, a.namaPengguna.trim().toLowerCase())
    if (lemah) g.kataSandi = lemah
  }
  if (a.ulangiSandi !== a.kataSandi) g.ulangiSandi = 'Kata sandi yang diulang tidak sama'
  return Object.fromEntries(Object.entries(g).map(([k, v]) => [`${awalan}${k}`, v]))
}
