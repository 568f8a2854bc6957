import { GalatAplikasi } from '../../../shared/galat'
import { skemaUntukBulan } from '../ikdk/skema'
import type { Konteks } from '../konteks'
import { kunciMilik } from '../pertukaran/tanda-tangan'
import { buatPaketKunci } from '../pertukaran/paket-kunci'
import { waktuDenganZona } from '../pertukaran/tulis'
import { satkerPolda } from './satker'

/**
 * The scheme file a Polda sends its Polres: the IKDK scheme in force for the
 * month (this month by default), in the scheme format the Polres imports in
 * Metodologi IKDK, named `<id>@<versi>.ikdk.json`.
 */
export async function eksporSkema(k: Konteks, m: { bulan?: string }) {
  satkerPolda(k.bd)
  const skema = skemaUntukBulan(k.bd, m.bulan ?? k.hariIni().slice(0, 7))
  return { namaBerkas: `${skema.id}@${skema.versi}.ikdk.json`, isi: `${JSON.stringify(skema, null, 2)}\n`, skema: `${skema.id}@${skema.versi}` }
}

/**
 * The trusted-keys bundle: the Polda's own public key and every Polres key it
 * trusts, signed with the Polda's key when it has one.
 */
export async function eksporKunci(k: Konteks) {
  const satker = satkerPolda(k.bd)
  const milik = kunciMilik(k.bd)
  const polres = new Map((k.bd.sqlite.prepare('SELECT kode, nama FROM polres').all() as { kode: string; nama: string }[]).map((p) => [p.kode, p.nama]))
  const tepercaya = k.bd.sqlite.prepare('SELECT satker_kode, kunci_publik FROM kunci_tepercaya ORDER BY satker_kode, ditambahkan_pada').all() as { satker_kode: string; kunci_publik: string }[]
  const kunci = [
    ...(milik ? [{ satkerKode: satker.kode, satkerNama: satker.nama, pem: milik.kunciPublikPem }] : []),
    ...tepercaya.map((t) => ({ satkerKode: t.satker_kode, satkerNama: polres.get(t.satker_kode) ?? (t.satker_kode === satker.kode ? satker.nama : t.satker_kode), pem: t.kunci_publik })),
  ]
  if (kunci.length === 0) throw new GalatAplikasi('KONFLIK', 'Belum ada kunci untuk dikirim: buat kunci tanda tangan Polda (kartu Ekspor Konsolidasi), atau daftarkan kunci publik Polres dulu.')
  const paket = buatPaketKunci(k.bd, { poldaKode: satker.kode, poldaNama: satker.nama, dibuatPada: waktuDenganZona(satker.zona_waktu), kunci })
  return { namaBerkas: `BINMAS_${satker.kode}_kunci-tepercaya.json`, isi: paket.isi, jumlahKunci: kunci.length, ditandatangani: paket.ditandatangani }
}
