import type { Selectable, Transaction } from 'kysely'
import { GalatAplikasi } from '../../../shared/galat'
import { alasanSandiLemah, type AkunBaru, MENIT_KUNCI_BAWAAN, type Pengguna } from '../../../shared/pengguna'
import type { Peran } from '../../../shared/skema-data'
import { catatAudit } from '../audit'
import type { Basisdata } from '../db/koneksi'
import type { SkemaDb } from '../db/tabel'
import type { Konteks, Sesi } from '../konteks'
import { buatKodePemulihan, normalkanKode } from './kode-pemulihan'
import { hashSandi } from './sandi'
import { kendaliTetap, type KendaliSesi } from './sesi'

export const KUNCI_MENIT_KUNCI = 'menit_kunci_layar'

type BarisPengguna = Selectable<SkemaDb['pengguna']>

/** The caller's session control; a Konteks built by hand (tests) gets a fixed one. */
export function kendali(k: Konteks): KendaliSesi {
  return k.sesiMasuk ?? kendaliTetap(k.sesi)
}

/** True once any account exists. Synchronous: dispatch asks before every call made without a session. */
export function adaPengguna(bd: Basisdata): boolean {
  return bd.sqlite.prepare('SELECT 1 FROM pengguna LIMIT 1').get() !== undefined
}

export function bacaMenitKunci(bd: Basisdata): number {
  const r = bd.sqlite.prepare('SELECT nilai FROM pengaturan WHERE kunci = ?').get(KUNCI_MENIT_KUNCI) as { nilai: string } | undefined
  const n = Number(r?.nilai)
  return Number.isInteger(n) && n >= 1 && n <= 120 ? n : MENIT_KUNCI_BAWAAN
}

export async function barisPengguna(k: Konteks, namaPengguna: string): Promise<BarisPengguna | undefined> {
  return k.bd.db.selectFrom('pengguna').selectAll().where('nama_pengguna', '=', namaPengguna.trim().toLowerCase()).executeTakeFirst()
}

export function keInfo(b: BarisPengguna, kini: number): Pengguna {
  return {
    namaPengguna: b.nama_pengguna,
    namaLengkap: b.nama_lengkap,
    peran: b.peran,
    aktif: b.aktif === 1,
    dibuatPada: b.dibuat_pada,
    diubahPada: b.diubah_pada,
    terakhirMasuk: b.terakhir_masuk,
    terkunciSampai: b.terkunci_sampai && Date.parse(b.terkunci_sampai) > kini ? b.terkunci_sampai : null,
    harusGantiSandi: b.harus_ganti_sandi === 1,
  }
}

/** What the trail keeps of an account: never the hash. */
function jejak(b: Pick<BarisPengguna, 'nama_lengkap' | 'peran' | 'aktif'>): Record<string, unknown> {
  return { nama_lengkap: b.nama_lengkap, peran: b.peran, aktif: b.aktif === 1 }
}

/** A new password must pass the shared rule; the message sits under the field. */
export function periksaSandiBaru(sandi: string, namaPengguna: string, lokasi: string): void {
  const alasan = alasanSandiLemah(sandi, namaPengguna)
  if (alasan) throw new GalatAplikasi('INPUT_TIDAK_VALID', `Kata sandi belum memenuhi syarat: ${alasan.toLowerCase()}.`, [{ lokasi, pesan: alasan }])
}

export async function daftarPengguna(k: Konteks): Promise<{ pengguna: Pengguna[]; menitKunci: number }> {
  const baris = await k.bd.db.selectFrom('pengguna').selectAll().orderBy('aktif', 'desc').orderBy('nama_pengguna').execute()
  const kini = kendali(k).jam()
  return { pengguna: baris.map((b) => keInfo(b, kini)), menitKunci: bacaMenitKunci(k.bd) }
}

/** A recovery code and its hash, made outside the transaction (scrypt is slow on purpose). */
export async function siapkanKodePemulihan(): Promise<{ kode: string; hash: string }> {
  const kode = buatKodePemulihan()
  return { kode, hash: await hashSandi(normalkanKode(kode)!) }
}

/** Stores a new recovery code; the one still valid (if any) stops working. */
export async function simpanKodePemulihan(trx: Transaction<SkemaDb>, hash: string, oleh: Sesi, waktu: string): Promise<void> {
  const lama = await trx.updateTable('kode_pemulihan').set({ status: 'diganti', dipakai_pada: waktu }).where('status', '=', 'aktif').executeTakeFirst()
  await trx.insertInto('kode_pemulihan').values({ hash_kode: hash, dibuat_pada: waktu, dibuat_oleh: oleh.pengguna }).execute()
  await catatAudit(trx, oleh, {
    aksi: 'kode-pemulihan',
    tabel: 'kode_pemulihan',
    kunci: 'admin',
    sebelum: Number(lama.numUpdatedRows) > 0 ? { status: 'diganti' } : null,
    sesudah: { status: 'aktif', dibuat_oleh: oleh.pengguna },
  })
}

export interface AdminSiap {
  akun: AkunBaru
  hashSandi: string
  kode: { kode: string; hash: string }
}

/** Checks and hashes the first Admin's account before any transaction opens. */
export async function siapkanAdminPertama(akun: AkunBaru): Promise<AdminSiap> {
  periksaSandiBaru(akun.kataSandi, akun.namaPengguna, 'kataSandi')
  return { akun, hashSandi: await hashSandi(akun.kataSandi), kode: await siapkanKodePemulihan() }
}

/** Inside the caller's transaction: the first Admin and the recovery code, refused if any account exists. */
export async function sisipkanAdminPertama(trx: Transaction<SkemaDb>, a: AdminSiap, waktu: string): Promise<Sesi> {
  const ada = await trx.selectFrom('pengguna').select('id').limit(1).executeTakeFirst()
  if (ada) throw new GalatAplikasi('KONFLIK', 'Akun Admin sudah ada. Masuk dengan akun yang ada.')
  const sesi: Sesi = { pengguna: a.akun.namaPengguna, peran: 'admin' }
  const baris = { nama_pengguna: a.akun.namaPengguna, nama_lengkap: a.akun.namaLengkap, peran: 'admin' as const, hash_sandi: a.hashSandi, dibuat_pada: waktu, diubah_pada: waktu, sandi_diubah_pada: waktu }
  await trx.insertInto('pengguna').values(baris).execute()
  await catatAudit(trx, sesi, { aksi: 'tambah', tabel: 'pengguna', kunci: baris.nama_pengguna, sebelum: null, sesudah: jejak({ ...baris, aktif: 1 }) })
  await simpanKodePemulihan(trx, a.kode.hash, sesi, waktu)
  return sesi
}

/** "Buat Akun Admin" on a database set up before accounts existed: the account, its code, and a login. */
export async function buatAdminPertama(k: Konteks, akun: AkunBaru): Promise<{ sesi: Sesi; kodePemulihan: string }> {
  const a = await siapkanAdminPertama(akun)
  const waktu = new Date(kendali(k).jam()).toISOString()
  const sesi = await k.bd.db.transaction().execute((trx) => sisipkanAdminPertama(trx, a, waktu))
  kendali(k).mulai(sesi)
  return { sesi, kodePemulihan: a.kode.kode }
}

export async function tambahPengguna(k: Konteks, m: AkunBaru & { peran: Peran }): Promise<Pengguna> {
  if (await barisPengguna(k, m.namaPengguna)) {
    throw new GalatAplikasi('KONFLIK', `Nama pengguna "${m.namaPengguna}" sudah dipakai.`, [{ lokasi: 'namaPengguna', pesan: 'Nama pengguna sudah dipakai; pilih nama lain' }])
  }
  periksaSandiBaru(m.kataSandi, m.namaPengguna, 'kataSandi')
  const hash = await hashSandi(m.kataSandi)
  const waktu = new Date(kendali(k).jam()).toISOString()
  // The Admin knows this first password: the user replaces it at the first login.
  const baris = { nama_pengguna: m.namaPengguna, nama_lengkap: m.namaLengkap, peran: m.peran, hash_sandi: hash, dibuat_pada: waktu, diubah_pada: waktu, sandi_diubah_pada: waktu, harus_ganti_sandi: 1 }
  await k.bd.db.transaction().execute(async (trx) => {
    await trx.insertInto('pengguna').values(baris).execute()
    await catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'pengguna', kunci: m.namaPengguna, sebelum: null, sesudah: jejak({ ...baris, aktif: 1 }) })
  })
  return keInfo((await barisPengguna(k, m.namaPengguna))!, kendali(k).jam())
}

function tidakDitemukan(nama: string): GalatAplikasi {
  return new GalatAplikasi('TIDAK_DITEMUKAN', `Pengguna "${nama}" tidak ditemukan.`)
}

/**
 * Name, role or active flag of an account. The last active Admin can neither
 * lose the role nor be deactivated: nobody could manage accounts any more.
 * A changed role or deactivation ends that user's open sessions at once.
 */
export async function ubahPengguna(k: Konteks, m: { namaPengguna: string; namaLengkap?: string; peran?: Peran; aktif?: boolean }): Promise<Pengguna> {
  const waktu = new Date(kendali(k).jam()).toISOString()
  await k.bd.db.transaction().execute(async (trx) => {
    const b = await trx.selectFrom('pengguna').selectAll().where('nama_pengguna', '=', m.namaPengguna).executeTakeFirst()
    if (!b) throw tidakDitemukan(m.namaPengguna)
    const baru = { nama_lengkap: m.namaLengkap ?? b.nama_lengkap, peran: m.peran ?? b.peran, aktif: m.aktif === undefined ? b.aktif : m.aktif ? 1 : 0 }
    const tetapAdmin = baru.peran === 'admin' && baru.aktif === 1
    if (b.peran === 'admin' && b.aktif === 1 && !tetapAdmin) {
      const lain = await trx.selectFrom('pengguna').select('id').where('peran', '=', 'admin').where('aktif', '=', 1).where('id', '!=', b.id).limit(1).executeTakeFirst()
      if (!lain) {
        throw new GalatAplikasi('KONFLIK', 'Ini Admin aktif terakhir: tambahkan atau aktifkan Admin lain dahulu, agar tetap ada yang dapat mengelola pengguna.')
      }
    }
    if (baru.nama_lengkap === b.nama_lengkap && baru.peran === b.peran && baru.aktif === b.aktif) return
    await trx.updateTable('pengguna').set({ ...baru, diubah_pada: waktu }).where('id', '=', b.id).execute()
    await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'pengguna', kunci: b.nama_pengguna, sebelum: jejak(b), sesudah: jejak(baru) })
    if (baru.peran !== b.peran || baru.aktif !== b.aktif) kendali(k).cabutPengguna(b.nama_pengguna)
  })
  return keInfo((await barisPengguna(k, m.namaPengguna))!, kendali(k).jam())
}

/** An Admin sets a new password for someone who forgot theirs; the wait after failures is lifted. */
export async function aturSandiPengguna(k: Konteks, m: { namaPengguna: string; kataSandi: string }): Promise<void> {
  const b = await barisPengguna(k, m.namaPengguna)
  if (!b) throw tidakDitemukan(m.namaPengguna)
  periksaSandiBaru(m.kataSandi, b.nama_pengguna, 'kataSandi')
  const hash = await hashSandi(m.kataSandi)
  const waktu = new Date(kendali(k).jam()).toISOString()
  await k.bd.db.transaction().execute(async (trx) => {
    // Someone else set it (unless an Admin resets their own): to be replaced at the next login.
    const harus = b.nama_pengguna === k.sesi.pengguna ? 0 : 1
    await trx.updateTable('pengguna').set({ hash_sandi: hash, sandi_diubah_pada: waktu, diubah_pada: waktu, gagal_berturut: 0, terkunci_sampai: null, harus_ganti_sandi: harus }).where('id', '=', b.id).execute()
    await catatAudit(trx, k.sesi, { aksi: 'atur-sandi', tabel: 'pengguna', kunci: b.nama_pengguna, sebelum: null, sesudah: { sandi_diubah_pada: waktu } })
  })
  if (b.nama_pengguna !== k.sesi.pengguna) kendali(k).cabutPengguna(b.nama_pengguna)
}

export async function aturMenitKunci(k: Konteks, menit: number): Promise<{ menitKunci: number }> {
  const lama = bacaMenitKunci(k.bd)
  if (lama !== menit) {
    await k.bd.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('pengaturan')
        .values({ kunci: KUNCI_MENIT_KUNCI, nilai: String(menit) })
        .onConflict((oc) => oc.column('kunci').doUpdateSet({ nilai: String(menit) }))
        .execute()
      await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'pengaturan', kunci: KUNCI_MENIT_KUNCI, sebelum: { nilai: lama }, sesudah: { nilai: menit } })
    })
  }
  return { menitKunci: menit }
}
