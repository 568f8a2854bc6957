import crypto from 'node:crypto'
import { GalatAplikasi } from '../../../shared/galat'
import { catatAudit } from '../audit'
import type { Basisdata } from '../db/koneksi'
import type { Konteks } from '../konteks'
import { bacaKunciPublik, kunciMilik, percayaiKunci, sidikKunci, tandatangani } from './tanda-tangan'

/**
 * The trusted-keys bundle a Polda sends its Polres (exchange-format.md,
 * "Polda package"): the Polda's public key and the Polres keys it trusts, as
 * JSON. Signed with the Polda's key when it has one; a Polres that already
 * trusts that key checks the signature, otherwise it compares the printed
 * fingerprint by phone before accepting. Nothing takes effect before the
 * preview.
 */

export const FORMAT_PAKET_KUNCI = 'binmas-desk-kunci-tepercaya'

interface KunciPaket {
  satker_kode: string
  satker_nama: string
  sidik: string
  kunci_publik: string
}

interface Paket {
  format: string
  versi_format: number
  polda_kode: string
  polda_nama: string
  dibuat_pada: string
  kunci: KunciPaket[]
}

/** The signed text: the bundle without its signature, keys in a fixed order. */
const teksPaket = (p: Paket) =>
  JSON.stringify({
    format: p.format,
    versi_format: p.versi_format,
    polda_kode: p.polda_kode,
    polda_nama: p.polda_nama,
    dibuat_pada: p.dibuat_pada,
    kunci: p.kunci.map((x) => ({ satker_kode: x.satker_kode, satker_nama: x.satker_nama, sidik: x.sidik, kunci_publik: x.kunci_publik })),
  })

export function buatPaketKunci(bd: Basisdata, m: { poldaKode: string; poldaNama: string; dibuatPada: string; kunci: { satkerKode: string; satkerNama: string; pem: string }[] }) {
  const paket: Paket = {
    format: FORMAT_PAKET_KUNCI,
    versi_format: 1,
    polda_kode: m.poldaKode,
    polda_nama: m.poldaNama,
    dibuat_pada: m.dibuatPada,
    kunci: m.kunci.map((x) => ({ satker_kode: x.satkerKode, satker_nama: x.satkerNama, sidik: sidikKunci(crypto.createPublicKey(x.pem)), kunci_publik: x.pem })),
  }
  const ttd = kunciMilik(bd) ? tandatangani(bd, teksPaket(paket)) : null
  return { isi: `${JSON.stringify({ ...paket, tanda_tangan: ttd }, null, 2)}\n`, ditandatangani: ttd !== null }
}

const tidakValid = (alasan: string) => new GalatAplikasi('FILE_TIDAK_VALID', `Berkas kunci tepercaya tidak valid: ${alasan}`)

/** Reads and checks a bundle against this app's satker: format, province, each key and its fingerprint, the signature. */
function bacaPaket(bd: Basisdata, isi: string) {
  const satker = bd.sqlite.prepare('SELECT kode, provinsi_kode, nama FROM satker WHERE id = 1').get() as { kode: string; provinsi_kode: string; nama: string } | undefined
  if (!satker) throw new GalatAplikasi('BELUM_DISIAPKAN', 'Lakukan Pengaturan Awal dulu sebelum menerima kunci dari Polda.')
  let j: Record<string, unknown>
  try {
    j = JSON.parse(isi) as Record<string, unknown>
  } catch {
    throw tidakValid('bukan berkas JSON.')
  }
  if (typeof j !== 'object' || j === null || j['format'] !== FORMAT_PAKET_KUNCI) throw tidakValid(`format bukan "${FORMAT_PAKET_KUNCI}".`)
  if (j['versi_format'] !== 1) throw tidakValid(`versi_format ${String(j['versi_format'])} tidak dikenal (aplikasi ini mengenal versi 1).`)
  const teks = (v: unknown, nama: string) => {
    if (typeof v !== 'string' || !v.trim()) throw tidakValid(`${nama} kosong atau bukan teks.`)
    return v
  }
  const poldaKode = teks(j['polda_kode'], 'polda_kode')
  if (!/^\d{2}$/.test(poldaKode)) throw tidakValid(`polda_kode "${poldaKode}" bukan kode provinsi 2 digit.`)
  if (poldaKode !== satker.provinsi_kode) throw new GalatAplikasi('KONFLIK', `Berkas kunci ini dari Polda provinsi ${poldaKode}, bukan Polda ${satker.nama} (provinsi ${satker.provinsi_kode}); berkas ditolak.`)
  if (!Array.isArray(j['kunci']) || j['kunci'].length === 0 || j['kunci'].length > 500) throw tidakValid('daftar kunci kosong atau terlalu panjang.')
  const paket: Paket = {
    format: FORMAT_PAKET_KUNCI,
    versi_format: 1,
    polda_kode: poldaKode,
    polda_nama: teks(j['polda_nama'], 'polda_nama'),
    dibuat_pada: teks(j['dibuat_pada'], 'dibuat_pada'),
    kunci: (j['kunci'] as Record<string, unknown>[]).map((x, i) => {
      const kode = teks(x?.['satker_kode'], `kunci ke-${i + 1} satker_kode`)
      if (kode !== poldaKode && !new RegExp(`^${poldaKode}\\.\\d{2}$`).test(kode)) throw tidakValid(`kunci ke-${i + 1}: satker ${kode} bukan Polda ${poldaKode} atau Polres di provinsinya.`)
      const pem = teks(x?.['kunci_publik'], `kunci ke-${i + 1} kunci_publik`)
      const sidik = sidikKunci(bacaKunciPublik(pem))
      if (sidik !== x?.['sidik']) throw tidakValid(`kunci ke-${i + 1} (${kode}): sidik tertulis tidak cocok dengan kuncinya.`)
      return { satker_kode: kode, satker_nama: teks(x?.['satker_nama'], `kunci ke-${i + 1} satker_nama`), sidik, kunci_publik: pem }
    }),
  }
  const ttd = j['tanda_tangan']
  let tandaTangan: 'sah' | 'tidak-ada' | 'tidak-dapat-diperiksa' = 'tidak-ada'
  if (ttd !== null && ttd !== undefined) {
    if (typeof ttd !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(ttd) || Buffer.from(ttd, 'base64').length !== 64) throw tidakValid('tanda_tangan bukan tanda tangan Ed25519 (base64, 64 bita).')
    const kunciPolda = (bd.sqlite.prepare('SELECT kunci_publik FROM kunci_tepercaya WHERE satker_kode = ?').all(poldaKode) as { kunci_publik: string }[]).map((r) => crypto.createPublicKey(r.kunci_publik))
    if (kunciPolda.length === 0) tandaTangan = 'tidak-dapat-diperiksa'
    else if (kunciPolda.some((k) => crypto.verify(null, Buffer.from(teksPaket(paket), 'utf8'), k, Buffer.from(ttd, 'base64')))) tandaTangan = 'sah'
    else throw new GalatAplikasi('FILE_TIDAK_VALID', `Pemeriksaan tanda tangan gagal: berkas kunci tidak ditandatangani dengan kunci Polda ${poldaKode} yang sudah terdaftar, atau diubah sesudah ditandatangani.`)
  }
  const ada = bd.sqlite.prepare('SELECT satker_kode, sidik FROM kunci_tepercaya').all() as { satker_kode: string; sidik: string }[]
  return { paket, tandaTangan, ada }
}

export async function pratinjauPaketKunci(k: Konteks, m: { isi: string }) {
  const { paket, tandaTangan, ada } = bacaPaket(k.bd, m.isi)
  return {
    poldaKode: paket.polda_kode,
    poldaNama: paket.polda_nama,
    dibuatPada: paket.dibuat_pada,
    tandaTangan,
    kunci: paket.kunci.map((x) => ({
      satkerKode: x.satker_kode,
      satkerNama: x.satker_nama,
      sidik: x.sidik,
      sudahAda: ada.some((a) => a.satker_kode === x.satker_kode && a.sidik === x.sidik),
      kunciLainAda: ada.some((a) => a.satker_kode === x.satker_kode && a.sidik !== x.sidik),
    })),
  }
}

/** Registers every key of the bundle not trusted yet, with an audit row each, in one transaction. */
export async function terapkanPaketKunci(k: Konteks, m: { isi: string }) {
  const { paket, ada } = bacaPaket(k.bd, m.isi)
  let ditambahkan = 0
  let sudahAda = 0
  await k.bd.db.transaction().execute(async (trx) => {
    for (const x of paket.kunci) {
      if (ada.some((a) => a.satker_kode === x.satker_kode && a.sidik === x.sidik)) {
        sudahAda++
        continue
      }
      const h = percayaiKunci(k.bd, x.satker_kode, x.kunci_publik)
      ditambahkan++
      await catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'kunci_tepercaya', kunci: `${h.satkerKode}|${h.sidik}`, sebelum: null, sesudah: { ...h, sumber: `paket kunci ${paket.polda_nama} ${paket.dibuat_pada}` } })
    }
  })
  return { ditambahkan, sudahAda }
}
