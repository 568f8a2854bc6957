import type { z } from 'zod'
import { type KecamatanWilayah, setupSchema } from '../../../shared/skema-data'
import { dariZod, type GalatBidang } from '../../lib/galat'
import type { Draf } from './draf'

export const LANGKAH = ['Wilayah', 'Satker', 'Kasat Binmas', 'Polsek', 'Ringkasan'] as const
export const LANGKAH_RINGKASAN = LANGKAH.length - 1
/** On a database without accounts the first Admin is created before the summary. */
export const LANGKAH_ADMIN = 4
const LANGKAH_DENGAN_ADMIN = ['Wilayah', 'Satker', 'Kasat Binmas', 'Polsek', 'Akun Admin', 'Ringkasan'] as const

export function daftarLangkah(denganAdmin: boolean, polda = false): readonly string[] {
  const l = denganAdmin ? LANGKAH_DENGAN_ADMIN : LANGKAH
  // Mode Polda: step 4 sets the Polres (the kabupaten/kota) instead of Polsek.
  return polda ? l.map((x) => (x === 'Polsek' ? 'Polres' : x)) : l
}

/** The wizard's answers in the shape `setup:simpan` takes; polsek keep the draft's order. */
export function bangunMasukan(d: Draf, kecamatan: readonly KecamatanWilayah[]): z.input<typeof setupSchema> {
  return {
    provinsiKode: d.provinsiKode,
    kabupatenKode: d.kabupatenKode,
    satkerNama: d.satkerNama,
    satkerKode: d.satkerKode,
    zonaWaktu: d.zonaWaktu as z.input<typeof setupSchema>['zonaWaktu'],
    kasat: { nama: d.kasat.nama, pangkat: d.kasat.pangkat as z.input<typeof setupSchema>['kasat']['pangkat'], nrp: d.kasat.nrp.trim() },
    polsek: d.jenis === 'polda' ? [] : d.polsek.map((p) => ({ nama: p.nama, kecamatanKode: kecamatan.filter((k) => d.milik[k.kode] === p.kunci).map((k) => k.kode) })),
    ...(d.jenis === 'polda' && { polres: d.kabupatenKode.map((k) => ({ kode: k, nama: d.namaPolres[k] ?? '', kabupatenKode: [k] })) }),
  }
}

/**
 * Server paths ("kabupatenKode.0", "kasat.nrp", "polsek.2.nama", "kecamatan.53.03.01")
 * → the key a field shows its message under. Only list indexes of kabupaten collapse,
 * because the checkboxes share one message.
 */
export function kunciTampil(lokasi: string): string {
  return lokasi.startsWith('kabupatenKode') ? 'kabupatenKode' : lokasi
}

/** Which step holds the field a message belongs to. */
export function langkahDariLokasi(lokasi: string, denganAdmin = false): number {
  if (denganAdmin && lokasi.startsWith('admin')) return LANGKAH_ADMIN
  if (lokasi.startsWith('provinsiKode') || lokasi.startsWith('kabupatenKode')) return 0
  if (lokasi === 'satkerNama' || lokasi === 'satkerKode' || lokasi === 'zonaWaktu') return 1
  if (lokasi.startsWith('kasat')) return 2
  if (lokasi.startsWith('polsek') || lokasi.startsWith('kecamatan.') || lokasi.startsWith('polres')) return 3
  return denganAdmin ? LANGKAH_DENGAN_ADMIN.length - 1 : LANGKAH_RINGKASAN
}

export function rapikan(galat: GalatBidang): GalatBidang {
  const hasil: GalatBidang = {}
  for (const [lokasi, pesan] of Object.entries(galat)) hasil[kunciTampil(lokasi)] ??= pesan
  return hasil
}

/**
 * All client checks: the shared zod schema (same messages as the server) plus
 * the rule that every kecamatan sits in a Polsek and every Polsek has one,
 * worded as the server words them.
 */
export function periksaSemua(d: Draf, kecamatan: readonly KecamatanWilayah[] | undefined): GalatBidang {
  const galat: GalatBidang = {}
  if (!d.provinsiKode) galat.provinsiKode = 'Pilih Polda (provinsi) terlebih dahulu'
  if (!d.zonaWaktu) galat.zonaWaktu = 'Pilih zona waktu'
  const hasil = setupSchema.safeParse(bangunMasukan(d, kecamatan ?? []))
  if (!hasil.success) for (const [k, v] of Object.entries(dariZod(hasil.error))) galat[k] ??= v
  if (kecamatan && d.kabupatenKode.length > 0 && d.jenis !== 'polda') {
    const kunciAda = new Set(d.polsek.map((p) => p.kunci))
    for (const k of kecamatan) {
      const milik = d.milik[k.kode]
      if (!milik || !kunciAda.has(milik)) galat[`kecamatan.${k.kode}`] ??= `Kecamatan ${k.nama} belum dimasukkan ke Polsek mana pun`
    }
    d.polsek.forEach((p, i) => {
      if (!kecamatan.some((k) => d.milik[k.kode] === p.kunci)) {
        const nama = p.nama.trim()
        const sebutan = /^polsek\b/i.test(nama) ? nama : `Polsek ${nama || i + 1}`
        galat[`polsek.${i}.kecamatanKode`] ??= `${sebutan} belum memiliki kecamatan`
      }
    })
  }
  return rapikan(galat)
}

export function saringLangkah(galat: GalatBidang, langkah: number, denganAdmin = false): GalatBidang {
  return Object.fromEntries(Object.entries(galat).filter(([k]) => langkahDariLokasi(k, denganAdmin) === langkah))
}

export function langkahPertamaSalah(galat: GalatBidang, denganAdmin = false): number | null {
  const semua = Object.keys(galat).map((k) => langkahDariLokasi(k, denganAdmin))
  return semua.length ? Math.min(...semua) : null
}
