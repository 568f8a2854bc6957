import { akunBaruSchema, alasanSandiLemah, kataSandiSchema } from '../../../shared/pengguna'
import { dariZod, type GalatBidang } from '../../lib/galat'

export interface AkunDraf {
  namaPengguna: string
  namaLengkap: string
  kataSandi: string
  ulangiSandi: string
}

export const AKUN_KOSONG: AkunDraf = { namaPengguna: '', namaLengkap: '', kataSandi: '', ulangiSandi: '' }

/**
 * A new password typed twice: the server's rules (length, not the user name, not a
 * common one) and "the same twice", the messages under the form's own field names.
 */
export function periksaSandiBaru(sandi: string, ulangi: string, namaPengguna: string, bidang: { sandi: string; ulangi: string }): GalatBidang {
  const g: GalatBidang = {}
  const s = kataSandiSchema.safeParse(sandi)
  const salah = s.success ? alasanSandiLemah(sandi, namaPengguna.trim().toLowerCase()) : s.error.issues[0]!.message
  if (salah) g[bidang.sandi] = salah
  if (ulangi !== sandi) g[bidang.ulangi] = 'Kata sandi yang diulang tidak sama'
  return g
}

/** The same rules the server applies, plus the repeated password; keys under `awalan`. */
export function periksaAkun(a: AkunDraf, awalan = ''): GalatBidang {
  const g: GalatBidang = {}
  const h = akunBaruSchema.omit({ kataSandi: true }).safeParse({ namaPengguna: a.namaPengguna, namaLengkap: a.namaLengkap })
  if (!h.success) Object.assign(g, dariZod(h.error))
  Object.assign(g, periksaSandiBaru(a.kataSandi, a.ulangiSandi, a.namaPengguna, { sandi: 'kataSandi', ulangi: 'ulangiSandi' }))
  return Object.fromEntries(Object.entries(g).map(([k, v]) => [`${awalan}${k}`, v]))
}
