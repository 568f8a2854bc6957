import { GalatAplikasi } from '../../../shared/galat'
import type { AkunBaru } from '../../../shared/pengguna'
import type { Konteks } from '../konteks'
import { type AdminSiap, adaPengguna, kendali, siapkanAdminPertama } from '../pengguna/akun'

/**
 * The wizard's "Akun Admin" step: when given, the first Admin is checked and
 * hashed here and created in setup's transaction; refused once accounts exist.
 */
export async function siapkanAdminSetup(k: Konteks, admin: AkunBaru | undefined): Promise<AdminSiap | null> {
  if (!admin) return null
  if (adaPengguna(k.bd)) throw new GalatAplikasi('KONFLIK', 'Akun pengguna sudah ada; Admin tidak dibuat lagi di Pengaturan Awal.', [{ lokasi: 'admin.namaPengguna', pesan: 'Akun sudah ada' }])
  try {
    return await siapkanAdminPertama(admin)
  } catch (e) {
    // The step's fields sit under "admin." in the wizard.
    if (e instanceof GalatAplikasi && e.rincian) throw new GalatAplikasi(e.kode, e.pesan, e.rincian.map((r) => ({ ...r, lokasi: `admin.${r.lokasi}` })))
    throw e
  }
}

/**
 * `setup:simpan` without a login (a fresh database) must create the first Admin:
 * nobody could log in afterwards otherwise. A logged-in Admin (after removing
 * the demo data) or a session fixed by code (tests) need not.
 */
export function periksaAdminWajib(k: Konteks, admin: AkunBaru | undefined): void {
  if (!admin && !kendali(k).saatIni && !adaPengguna(k.bd)) {
    throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Buat akun Admin terlebih dahulu di langkah "Akun Admin".', [{ lokasi: 'admin', pesan: 'Akun Admin wajib dibuat' }])
  }
}
