import type { NAMA_KANAL_PENGGUNA } from '../../../shared/kanal-pengguna'
import type { PetaPenangan } from '../penangan'
import { adaPengguna, aturMenitKunci, aturSandiPengguna, barisPengguna, buatAdminPertama, daftarPengguna, kendali, tambahPengguna, ubahPengguna } from './akun'
import { gantiSandi, kodePemulihanBaru, masuk, pulihkanSandi } from './masuk'

export const penanganPengguna: PetaPenangan<(typeof NAMA_KANAL_PENGGUNA)[number]> = {
  'sesi:status': async (_m, k) => {
    const ks = kendali(k)
    const s = ks.saatIni
    // A session fixed by code may name someone without an account (tests): shown as is.
    const b = s ? await barisPengguna(k, s.pengguna) : undefined
    return {
      sesi: s ? { namaPengguna: s.pengguna, namaLengkap: b?.nama_lengkap ?? s.pengguna, peran: s.peran, harusGantiSandi: b?.harus_ganti_sandi === 1 } : null,
      adaPengguna: adaPengguna(k.bd),
      batasDiamMs: ks.batasDiamMs(),
    }
  },
  'sesi:masuk': (m, k) => masuk(k, m),
  'sesi:keluar': async (_m, k) => {
    kendali(k).akhiri()
    return {}
  },
  'sesi:ganti-sandi': async (m, k) => {
    await gantiSandi(k, m)
    return {}
  },
  'sesi:pulihkan': (m, k) => pulihkanSandi(k, m),
  'pengguna:admin-pertama': async (m, k) => {
    const h = await buatAdminPertama(k, m)
    return { sesi: { namaPengguna: h.sesi.pengguna, namaLengkap: m.namaLengkap, peran: h.sesi.peran, harusGantiSandi: false }, kodePemulihan: h.kodePemulihan }
  },
  'pengguna:daftar': (_m, k) => daftarPengguna(k),
  'pengguna:tambah': (m, k) => tambahPengguna(k, m),
  'pengguna:ubah': (m, k) => ubahPengguna(k, m),
  'pengguna:atur-sandi': async (m, k) => {
    await aturSandiPengguna(k, m)
    return {}
  },
  'pengguna:kode-pemulihan': (m, k) => kodePemulihanBaru(k, m),
  'pengguna:atur-kunci': (m, k) => aturMenitKunci(k, m.menit),
}
