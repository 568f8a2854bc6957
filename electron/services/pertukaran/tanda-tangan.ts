import crypto from 'node:crypto'
import { GalatAplikasi } from '../../../shared/galat'
import type { Basisdata } from '../db/koneksi'
import type { Manifest } from './jenis'
import { masalah, type Masalah } from './pesan'

/**
 * The satker's Ed25519 key: created in the app, the private half kept in the
 * database, the public half exported as SPKI PEM for the Polda to register.
 * A file's signature is checked only against keys registered here, never
 * against anything the file carries.
 */

export interface InfoKunci {
  kunciPublikPem: string
  sidik: string
  dibuatPada: string
}

/** SHA-256 of the SPKI DER, hex: the key's fingerprint to read out over the phone. */
export function sidikKunci(kunci: crypto.KeyObject): string {
  return crypto.createHash('sha256').update(kunci.export({ type: 'spki', format: 'der' })).digest('hex')
}

export function kunciMilik(bd: Basisdata): InfoKunci | null {
  const r = bd.sqlite.prepare('SELECT kunci_publik, sidik, dibuat_pada FROM kunci_tanda_tangan WHERE id = 1').get() as { kunci_publik: string; sidik: string; dibuat_pada: string } | undefined
  return r ? { kunciPublikPem: r.kunci_publik, sidik: r.sidik, dibuatPada: r.dibuat_pada } : null
}

export function buatKunci(bd: Basisdata, ganti: boolean): InfoKunci {
  if (kunciMilik(bd) && !ganti) {
    throw new GalatAplikasi('KONFLIK', 'Kunci tanda tangan sudah ada. Membuat kunci baru membuat Polda tidak mengenali berkas Anda sampai kunci publik baru didaftarkan; pilih "ganti" bila memang perlu.')
  }
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519')
  const info: InfoKunci = {
    kunciPublikPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sidik: sidikKunci(publicKey),
    dibuatPada: new Date().toISOString(),
  }
  bd.sqlite
    .prepare(
      `INSERT INTO kunci_tanda_tangan (id, kunci_privat, kunci_publik, sidik, dibuat_pada) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET kunci_privat = excluded.kunci_privat, kunci_publik = excluded.kunci_publik, sidik = excluded.sidik, dibuat_pada = excluded.dibuat_pada`,
    )
    .run(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), info.kunciPublikPem, info.sidik, info.dibuatPada)
  return info
}

export function tandatangani(bd: Basisdata, teks: string): string {
  const r = bd.sqlite.prepare('SELECT kunci_privat FROM kunci_tanda_tangan WHERE id = 1').get() as { kunci_privat: string } | undefined
  if (!r) throw new GalatAplikasi('KONFLIK', 'Belum ada kunci tanda tangan. Buat kunci dulu di Kirim/Terima Data, lalu kirim kunci publiknya ke Polda.')
  return crypto.sign(null, Buffer.from(teks, 'utf8'), crypto.createPrivateKey(r.kunci_privat)).toString('base64')
}

/** Reads a PEM public key; only Ed25519 is accepted. */
export function bacaKunciPublik(pem: string): crypto.KeyObject {
  let k: crypto.KeyObject
  try {
    k = crypto.createPublicKey({ key: pem, format: 'pem' })
  } catch {
    throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Kunci publik tidak terbaca: harus format PEM (SPKI), diawali "-----BEGIN PUBLIC KEY-----".')
  }
  if (k.asymmetricKeyType !== 'ed25519') throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Kunci publik bukan kunci Ed25519.')
  return k
}

export function percayaiKunci(bd: Basisdata, satkerKode: string, pem: string): { satkerKode: string; sidik: string } {
  const k = bacaKunciPublik(pem)
  const sidik = sidikKunci(k)
  bd.sqlite
    .prepare('INSERT INTO kunci_tepercaya (satker_kode, sidik, kunci_publik, ditambahkan_pada) VALUES (?, ?, ?, ?) ON CONFLICT (satker_kode, sidik) DO NOTHING')
    .run(satkerKode, sidik, k.export({ type: 'spki', format: 'pem' }).toString(), new Date().toISOString())
  return { satkerKode, sidik }
}

export function daftarKunciTepercaya(bd: Basisdata): { satkerKode: string; sidik: string; ditambahkanPada: string }[] {
  return (bd.sqlite.prepare('SELECT satker_kode, sidik, ditambahkan_pada FROM kunci_tepercaya ORDER BY satker_kode, ditambahkan_pada').all() as { satker_kode: string; sidik: string; ditambahkan_pada: string }[]).map((r) => ({
    satkerKode: r.satker_kode,
    sidik: r.sidik,
    ditambahkanPada: r.ditambahkan_pada,
  }))
}

/** Keys registered for a satker: those the Polda registered, and our own when it is our satker. */
function kunciSatker(bd: Basisdata, satkerKode: string, satkerSendiri: string | null): crypto.KeyObject[] {
  const pem = (bd.sqlite.prepare('SELECT kunci_publik FROM kunci_tepercaya WHERE satker_kode = ?').all(satkerKode) as { kunci_publik: string }[]).map((r) => r.kunci_publik)
  const milik = kunciMilik(bd)
  if (milik && satkerKode === satkerSendiri) pem.push(milik.kunciPublikPem)
  return pem.map((p) => crypto.createPublicKey(p))
}

export type StatusTandaTangan = 'sah' | 'tidak-ada' | 'tidak-dapat-diperiksa'

const tidakSah = (alasan: string) => new GalatAplikasi('FILE_TIDAK_VALID', `Pemeriksaan tanda tangan gagal: ${alasan}`)

export function periksaTandaTangan(bd: Basisdata, m: Manifest, satkerSendiri: string | null, peringatan: Masalah[]): StatusTandaTangan {
  const kunci = kunciSatker(bd, m.satkerKode, satkerSendiri)
  if (m.tandaTangan === null) {
    if (kunci.length) peringatan.push(masalah(null, null, null, `Berkas tidak ditandatangani, padahal satker ${m.satkerKode} memiliki kunci tanda tangan terdaftar`))
    return 'tidak-ada'
  }
  const ttd = Buffer.from(m.tandaTangan, 'base64')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(m.tandaTangan) || ttd.length !== 64) throw tidakSah('nilai tanda_tangan bukan tanda tangan Ed25519 (base64, 64 bita).')
  const tanpaChecksum = (['Desa', 'Personel', 'LaporanMingguan', 'Kejadian'] as const).filter((s) => m.sha256[s] === undefined)
  if (tanpaChecksum.length) throw tidakSah(`manifest yang ditandatangani tidak memuat sha256_${tanpaChecksum[0]}, jadi isi sheet tidak ikut terlindungi.`)
  if (!kunci.length) {
    peringatan.push(masalah(null, null, null, `Tanda tangan tidak dapat diperiksa: belum ada kunci publik terdaftar untuk satker ${m.satkerKode}`))
    return 'tidak-dapat-diperiksa'
  }
  const data = Buffer.from(m.teksDitandatangani, 'utf8')
  if (kunci.some((k) => crypto.verify(null, data, k, ttd))) return 'sah'
  throw tidakSah(`tanda tangan tidak cocok dengan kunci terdaftar satker ${m.satkerKode}; berkas diubah sesudah ditandatangani atau bukan dari satker itu.`)
}
