import type Database from 'better-sqlite3'
import { GalatAplikasi, type RincianGalat } from '../../../shared/galat'
import { polresBawaan, type PolresBawaan } from '../../../shared/polda/polres'
import type { SetupMasukan } from '../../../shared/skema-data'
import type { DataWilayah } from '../wilayah'

/**
 * Pengaturan Awal of a Polda: the satker code is the province code, the
 * wilayah is every kabupaten/kota of the province (all their desa), there
 * are no Polsek of its own, and every kabupaten/kota belongs to exactly one
 * Polres (by default one Polres per kabupaten/kota). Returns the kabupaten
 * codes and the Polres to store.
 */
export function validasiSetupPolda(m: SetupMasukan, w: DataWilayah): { kabupatenKode: string[]; polres: PolresBawaan[] } {
  const rincian: RincianGalat[] = []
  const provinsi = w.provinsi.find((p) => p.kode === m.provinsiKode)
  if (!provinsi) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Pengaturan awal tidak sesuai.', [{ lokasi: 'provinsiKode', pesan: `Provinsi ${m.provinsiKode} tidak dikenal` }])
  if (m.satkerKode !== m.provinsiKode) rincian.push({ lokasi: 'satkerKode', pesan: `Kode satker Polda harus kode provinsinya (${m.provinsiKode})` })
  if (m.polsek.length) rincian.push({ lokasi: 'polsek', pesan: 'Polda tidak memiliki Polsek sendiri; Polsek tiap Polres terbaca dari berkas kiriman Polres' })
  const kabupaten = w.kabupaten.filter((k) => k.provinsiKode === m.provinsiKode).sort((a, b) => a.kode.localeCompare(b.kode))
  const kabProv = new Map(kabupaten.map((k) => [k.kode, k.nama]))
  const polres = m.polres ?? polresBawaan(kabupaten)
  const milik = new Map<string, number>()
  const kode = new Set<string>()
  const nama = new Set<string>()
  for (const [i, p] of polres.entries()) {
    if (!p.kode.startsWith(`${m.provinsiKode}.`)) rincian.push({ lokasi: `polres.${i}.kode`, pesan: `Kode Polres ${p.kode} bukan kode di provinsi ${m.provinsiKode}` })
    if (kode.has(p.kode)) rincian.push({ lokasi: `polres.${i}.kode`, pesan: `Kode Polres ${p.kode} sudah dipakai` })
    kode.add(p.kode)
    const n = p.nama.trim().toLocaleUpperCase('id')
    if (nama.has(n)) rincian.push({ lokasi: `polres.${i}.nama`, pesan: `Nama Polres "${p.nama.trim()}" sudah dipakai` })
    nama.add(n)
    for (const k of p.kabupatenKode) {
      if (!kabProv.has(k)) rincian.push({ lokasi: `polres.${i}.kabupatenKode`, pesan: `Kabupaten/kota ${k} tidak berada di provinsi yang dipilih` })
      else if (milik.has(k)) rincian.push({ lokasi: `polres.${i}.kabupatenKode`, pesan: `${kabProv.get(k)} sudah masuk Polres lain` })
      else milik.set(k, i)
    }
  }
  for (const k of kabupaten) if (!milik.has(k.kode)) rincian.push({ lokasi: `kabupaten.${k.kode}`, pesan: `${k.nama} belum masuk Polres mana pun` })
  if (rincian.length) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Pengaturan awal Polda belum lengkap atau tidak sesuai; periksa isian yang ditandai.', rincian)
  return { kabupatenKode: kabupaten.map((k) => k.kode), polres: polres.map((p) => ({ kode: p.kode, nama: p.nama.trim(), kabupatenKode: p.kabupatenKode })) }
}

/** Stores the Polres and the kabupaten/kota each covers (inside the caller's transaction). */
export function simpanPolres(s: Database.Database, polres: readonly PolresBawaan[]): void {
  const p = s.prepare('INSERT INTO polres (kode, nama) VALUES (?, ?)')
  const pk = s.prepare('INSERT INTO polres_kabupaten (kabupaten_kode, polres_kode) VALUES (?, ?)')
  for (const x of polres) {
    p.run(x.kode, x.nama)
    for (const k of x.kabupatenKode) pk.run(k, x.kode)
  }
}
