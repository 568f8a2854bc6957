import { GalatAplikasi } from '../../../shared/galat'
import type { SesiInfo } from '../../../shared/pengguna'
import { catatAudit } from '../audit'
import type { Konteks, Sesi } from '../konteks'
import { barisPengguna, kendali, periksaSandiBaru, siapkanKodePemulihan, simpanKodePemulihan } from './akun'
import { normalkanKode } from './kode-pemulihan'
import { jedaSetelahGagal, pesanTunggu } from './percobaan'
import { cocokSandi, hashPalsu, hashSandi, perluHashUlang } from './sandi'

/** One message for a wrong name, a wrong password and an inactive account: no hint which it was. */
const SALAH_MASUK = 'Nama pengguna atau kata sandi salah.'
const SALAH_PULIH = 'Nama pengguna Admin atau kode pemulihan salah.'
const KUNCI_PULIH = '(pemulihan)'

function ditolak(pesan: string, tunggu = 0): GalatAplikasi {
  return new GalatAplikasi('MASUK_DITOLAK', tunggu > 0 ? `${pesan} ${pesanTunggu(tunggu)}` : pesan)
}

/**
 * "Masuk". A wrong password counts against the account (stored, so a restart does
 * not reset it); after five in a row the account waits 30 s, then twice as long
 * after each further failure, up to 15 minutes — during a wait even the right
 * password is refused. Unknown and inactive names wait the same way (in memory)
 * and cost the same scrypt time, so the answers never reveal whether a name exists.
 */
export async function masuk(k: Konteks, m: { namaPengguna: string; kataSandi: string }): Promise<SesiInfo> {
  const ks = kendali(k)
  const nama = m.namaPengguna.trim().toLowerCase()
  const kini = ks.jam()
  const b = await barisPengguna(k, nama)
  if (!b || b.aktif !== 1) {
    const tunggu = ks.pencatat.tunggu(nama)
    if (tunggu > 0) throw ditolak(pesanTunggu(tunggu))
    await cocokSandi(m.kataSandi, await hashPalsu())
    ks.pencatat.gagal(nama)
    throw ditolak(SALAH_MASUK, ks.pencatat.tunggu(nama))
  }
  const sampai = b.terkunci_sampai ? Date.parse(b.terkunci_sampai) : 0
  if (sampai > kini) throw ditolak(pesanTunggu(sampai - kini))
  if (!(await cocokSandi(m.kataSandi, b.hash_sandi))) {
    const gagal = b.gagal_berturut + 1
    const jeda = jedaSetelahGagal(gagal)
    await k.bd.db
      .updateTable('pengguna')
      .set({ gagal_berturut: gagal, terkunci_sampai: jeda > 0 ? new Date(kini + jeda).toISOString() : null })
      .where('id', '=', b.id)
      .execute()
    throw ditolak(SALAH_MASUK, jeda)
  }
  const sesi: Sesi = { pengguna: b.nama_pengguna, peran: b.peran }
  const hashBaru = perluHashUlang(b.hash_sandi) ? await hashSandi(m.kataSandi) : null
  const waktu = new Date(kini).toISOString()
  await k.bd.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('pengguna')
      .set({ gagal_berturut: 0, terkunci_sampai: null, terakhir_masuk: waktu, ...(hashBaru ? { hash_sandi: hashBaru } : {}) })
      .where('id', '=', b.id)
      .execute()
    await catatAudit(trx, sesi, { aksi: 'masuk', tabel: 'pengguna', kunci: b.nama_pengguna, sebelum: null, sesudah: b.gagal_berturut > 0 ? { gagal_sebelumnya: b.gagal_berturut } : null })
  })
  ks.pencatat.berhasil(nama)
  ks.mulai(sesi)
  return { namaPengguna: b.nama_pengguna, namaLengkap: b.nama_lengkap, peran: b.peran, harusGantiSandi: b.harus_ganti_sandi === 1 }
}

/** "Ganti kata sandi" of the logged-in user: the old one first (it counts as a login attempt). */
export async function gantiSandi(k: Konteks, m: { sandiLama: string; sandiBaru: string }): Promise<void> {
  const ks = kendali(k)
  const b = await barisPengguna(k, k.sesi.pengguna)
  if (!b || b.aktif !== 1) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Akun Anda tidak ditemukan atau sudah dinonaktifkan. Masuk kembali.')
  const kini = ks.jam()
  const sampai = b.terkunci_sampai ? Date.parse(b.terkunci_sampai) : 0
  if (sampai > kini) throw ditolak(pesanTunggu(sampai - kini))
  if (!(await cocokSandi(m.sandiLama, b.hash_sandi))) {
    const gagal = b.gagal_berturut + 1
    const jeda = jedaSetelahGagal(gagal)
    await k.bd.db.updateTable('pengguna').set({ gagal_berturut: gagal, terkunci_sampai: jeda > 0 ? new Date(kini + jeda).toISOString() : null }).where('id', '=', b.id).execute()
    throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Kata sandi lama salah.', [{ lokasi: 'sandiLama', pesan: jeda > 0 ? `Kata sandi lama salah. ${pesanTunggu(jeda)}` : 'Kata sandi lama salah' }])
  }
  if (m.sandiBaru === m.sandiLama) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Kata sandi baru sama dengan yang lama.', [{ lokasi: 'sandiBaru', pesan: 'Pilih kata sandi yang berbeda dari yang lama' }])
  periksaSandiBaru(m.sandiBaru, b.nama_pengguna, 'sandiBaru')
  const hash = await hashSandi(m.sandiBaru)
  const waktu = new Date(kini).toISOString()
  await k.bd.db.transaction().execute(async (trx) => {
    await trx.updateTable('pengguna').set({ hash_sandi: hash, sandi_diubah_pada: waktu, diubah_pada: waktu, gagal_berturut: 0, terkunci_sampai: null, harus_ganti_sandi: 0 }).where('id', '=', b.id).execute()
    await catatAudit(trx, k.sesi, { aksi: 'ganti-sandi', tabel: 'pengguna', kunci: b.nama_pengguna, sebelum: null, sesudah: { sandi_diubah_pada: waktu } })
  })
  // Other windows or browsers of this user are logged out; this one stays in.
  ks.cabutPengguna(b.nama_pengguna)
  ks.mulai({ pengguna: b.nama_pengguna, peran: b.peran })
}

/**
 * "Lupa kata sandi Admin?": the recovery code printed at setup sets a new
 * password for an active Admin. The code works once; a new one is made in the
 * same transaction and shown once. Failed attempts wait like failed logins.
 */
export async function pulihkanSandi(k: Konteks, m: { namaPengguna: string; kodePemulihan: string; sandiBaru: string }): Promise<{ kodePemulihan: string }> {
  const ks = kendali(k)
  const nama = m.namaPengguna.trim().toLowerCase()
  const tunggu = ks.pencatat.tunggu(KUNCI_PULIH)
  if (tunggu > 0) throw ditolak(pesanTunggu(tunggu))
  // The new password's rule first: a refused password must not use up the code.
  periksaSandiBaru(m.sandiBaru, nama, 'sandiBaru')
  const b = await barisPengguna(k, nama)
  const kode = await k.bd.db.selectFrom('kode_pemulihan').select(['id', 'hash_kode']).where('status', '=', 'aktif').executeTakeFirst()
  const normal = normalkanKode(m.kodePemulihan) ?? ''
  const cocok = await cocokSandi(normal, kode?.hash_kode ?? (await hashPalsu()))
  if (!cocok || !kode || !b || b.aktif !== 1 || b.peran !== 'admin') {
    ks.pencatat.gagal(KUNCI_PULIH)
    throw ditolak(SALAH_PULIH, ks.pencatat.tunggu(KUNCI_PULIH))
  }
  const hash = await hashSandi(m.sandiBaru)
  const baru = await siapkanKodePemulihan()
  const waktu = new Date(ks.jam()).toISOString()
  const sesi: Sesi = { pengguna: b.nama_pengguna, peran: 'admin' }
  await k.bd.db.transaction().execute(async (trx) => {
    // Only if still unused: two recoveries racing with one code cannot both win.
    const dipakai = await trx
      .updateTable('kode_pemulihan')
      .set({ status: 'dipakai', dipakai_pada: waktu, dipakai_oleh: b.nama_pengguna })
      .where('id', '=', kode.id)
      .where('status', '=', 'aktif')
      .executeTakeFirst()
    if (Number(dipakai.numUpdatedRows) !== 1) throw ditolak(SALAH_PULIH)
    await trx.updateTable('pengguna').set({ hash_sandi: hash, sandi_diubah_pada: waktu, diubah_pada: waktu, gagal_berturut: 0, terkunci_sampai: null, harus_ganti_sandi: 0 }).where('id', '=', b.id).execute()
    await catatAudit(trx, sesi, { aksi: 'pulihkan-sandi', tabel: 'pengguna', kunci: b.nama_pengguna, sebelum: null, sesudah: { sandi_diubah_pada: waktu, dengan: 'kode pemulihan' } })
    await simpanKodePemulihan(trx, baru.hash, sesi, waktu)
  })
  ks.pencatat.berhasil(KUNCI_PULIH)
  ks.cabutPengguna(b.nama_pengguna)
  return { kodePemulihan: baru.kode }
}

/** An Admin replaces a lost recovery code; their password confirms it is really them. */
export async function kodePemulihanBaru(k: Konteks, m: { kataSandi: string }): Promise<{ kodePemulihan: string }> {
  const b = await barisPengguna(k, k.sesi.pengguna)
  if (!b || b.aktif !== 1 || !(await cocokSandi(m.kataSandi, b.hash_sandi))) {
    throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Kata sandi Anda salah; kode pemulihan tidak diganti.', [{ lokasi: 'kataSandi', pesan: 'Kata sandi salah' }])
  }
  const baru = await siapkanKodePemulihan()
  const waktu = new Date(kendali(k).jam()).toISOString()
  await k.bd.db.transaction().execute((trx) => simpanKodePemulihan(trx, baru.hash, k.sesi, waktu))
  return { kodePemulihan: baru.kode }
}
