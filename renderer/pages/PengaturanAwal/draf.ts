import type { KecamatanWilayah, Wilayah } from '../../../shared/skema-data'
import { type ZonaWaktu, zonaDariProvinsi } from '../../../shared/zona-waktu'
import { namaPolresBawaan } from '../../../shared/polda/polres'

/**
 * Everything typed in the wizard, in one place: moving between steps never
 * loses anything, and the draft survives a reload through localStorage.
 */
export interface PolsekDraf {
  /** Local key; the server only sees the order. */
  kunci: string
  nama: string
}

export interface Draf {
  versi: 1
  langkah: number
  langkahTerjauh: number
  provinsiKode: string
  kabupatenKode: string[]
  satkerNama: string
  satkerKode: string
  zonaWaktu: ZonaWaktu | ''
  /** Fields the user typed in keep their text; the others follow the chosen wilayah. */
  diubahManual: { satkerNama: boolean; satkerKode: boolean; zonaWaktu: boolean }
  kasat: { nama: string; pangkat: string; nrp: string }
  polsek: PolsekDraf[]
  /** Mode Polda: the app serves a Polda (Ditbinmas) instead of a Polres; its Polres are the kabupaten/kota. */
  jenis: 'polres' | 'polda'
  /** Mode Polda: kabupaten code → name of its Polres (default POLRES/POLRESTA <NAMA>, editable). */
  namaPolres: Record<string, string>
  /** kecamatan code → PolsekDraf.kunci */
  milik: Record<string, string>
  nomorBerikut: number
}

export const DRAF_KOSONG: Draf = {
  versi: 1,
  langkah: 0,
  langkahTerjauh: 0,
  provinsiKode: '',
  kabupatenKode: [],
  satkerNama: '',
  satkerKode: '',
  zonaWaktu: '',
  diubahManual: { satkerNama: false, satkerKode: false, zonaWaktu: false },
  kasat: { nama: '', pangkat: '', nrp: '' },
  polsek: [],
  jenis: 'polres',
  namaPolres: {},
  milik: {},
  nomorBerikut: 1,
}

/** "Kabupaten Timor Tengah Utara" → "POLRES TIMOR TENGAH UTARA"; "Kota Kupang" → "POLRES KOTA KUPANG". */
export function namaSatkerBawaan(namaKabupaten: string | undefined): string {
  if (!namaKabupaten) return ''
  const nama = namaKabupaten.trim().toLocaleUpperCase('id')
  return `POLRES ${nama.replace(/^KABUPATEN\s+/, '').replace(/^KAB\.\s*/, '')}`
}

export function namaPolsekBawaan(namaKecamatan: string): string {
  return `POLSEK ${namaKecamatan.trim().toLocaleUpperCase('id')}`
}

export type Aksi =
  | { jenis: 'keLangkah'; langkah: number }
  | { jenis: 'pilihProvinsi'; kode: string }
  | { jenis: 'aturKabupaten'; kode: string; terpilih: boolean; semua: readonly Wilayah[] }
  | { jenis: 'ubahSatker'; bidang: 'satkerNama' | 'satkerKode' | 'zonaWaktu'; nilai: string }
  | { jenis: 'ubahKasat'; bidang: 'nama' | 'pangkat' | 'nrp'; nilai: string }
  | { jenis: 'tambahPolsek' }
  | { jenis: 'ubahNamaPolsek'; kunci: string; nama: string }
  | { jenis: 'hapusPolsek'; kunci: string }
  | { jenis: 'aturMilik'; kecamatanKode: string; kunci: string }
  | { jenis: 'satuPolsekPerKecamatan'; kecamatan: readonly KecamatanWilayah[] }
  | { jenis: 'ganti'; draf: Draf }
  | { jenis: 'aturJenisSatker'; nilai: 'polres' | 'polda' }
  | { jenis: 'siapkanPolda'; provinsiNama: string; kabupaten: readonly Wilayah[] }
  | { jenis: 'ubahNamaPolres'; kode: string; nama: string }

/** Re-derives the defaults the user has not overridden. */
function isiBawaan(d: Draf, semuaKabupaten: readonly Wilayah[]): Draf {
  const pertama = semuaKabupaten.find((k) => d.kabupatenKode.includes(k.kode))
  return {
    ...d,
    satkerNama: d.diubahManual.satkerNama ? d.satkerNama : namaSatkerBawaan(pertama?.nama),
    satkerKode: d.diubahManual.satkerKode ? d.satkerKode : (pertama?.kode ?? ''),
    zonaWaktu: d.diubahManual.zonaWaktu || !d.provinsiKode ? d.zonaWaktu : zonaDariProvinsi(d.provinsiKode),
  }
}

export function ubahDraf(d: Draf, a: Aksi): Draf {
  switch (a.jenis) {
    case 'ganti':
      return a.draf
    case 'keLangkah':
      return { ...d, langkah: a.langkah, langkahTerjauh: Math.max(d.langkahTerjauh, a.langkah) }
    case 'pilihProvinsi':
      if (a.kode === d.provinsiKode) return d
      return isiBawaan({ ...d, provinsiKode: a.kode, kabupatenKode: [], milik: {}, langkahTerjauh: 0 }, [])
    case 'aturKabupaten': {
      const set = new Set(d.kabupatenKode)
      if (a.terpilih) set.add(a.kode)
      else set.delete(a.kode)
      const kabupatenKode = a.semua.map((k) => k.kode).filter((k) => set.has(k))
      return isiBawaan({ ...d, kabupatenKode }, a.semua)
    }
    case 'ubahSatker':
      return { ...d, [a.bidang]: a.nilai, diubahManual: { ...d.diubahManual, [a.bidang]: true } }
    case 'ubahKasat':
      return { ...d, kasat: { ...d.kasat, [a.bidang]: a.nilai } }
    case 'tambahPolsek':
      return { ...d, polsek: [...d.polsek, { kunci: `p${d.nomorBerikut}`, nama: '' }], nomorBerikut: d.nomorBerikut + 1 }
    case 'ubahNamaPolsek':
      return { ...d, polsek: d.polsek.map((p) => (p.kunci === a.kunci ? { ...p, nama: a.nama } : p)) }
    case 'hapusPolsek': {
      const milik = Object.fromEntries(Object.entries(d.milik).filter(([, k]) => k !== a.kunci))
      return { ...d, polsek: d.polsek.filter((p) => p.kunci !== a.kunci), milik }
    }
    case 'aturMilik': {
      const milik = { ...d.milik }
      if (a.kunci) milik[a.kecamatanKode] = a.kunci
      else delete milik[a.kecamatanKode]
      return { ...d, milik }
    }
    case 'aturJenisSatker':
      if (a.nilai === d.jenis) return d
      return isiBawaan({ ...d, jenis: a.nilai, kabupatenKode: [], milik: {}, polsek: [], diubahManual: { ...d.diubahManual, satkerNama: false, satkerKode: false }, langkahTerjauh: 0 }, [])
    case 'siapkanPolda': {
      // A Polda covers every kabupaten/kota of its province; each becomes a Polres.
      const namaPolres = { ...d.namaPolres }
      for (const k of a.kabupaten) namaPolres[k.kode] ??= namaPolresBawaan(k.nama)
      return {
        ...d,
        kabupatenKode: a.kabupaten.map((k) => k.kode),
        namaPolres,
        satkerNama: d.diubahManual.satkerNama ? d.satkerNama : `POLDA ${a.provinsiNama.trim().toLocaleUpperCase('id')}`,
        satkerKode: d.diubahManual.satkerKode ? d.satkerKode : d.provinsiKode,
      }
    }
    case 'ubahNamaPolres':
      return { ...d, namaPolres: { ...d.namaPolres, [a.kode]: a.nama } }
    case 'satuPolsekPerKecamatan': {
      // Only fills kecamatan still without a Polsek, so nothing the user set is overwritten.
      const polsek = [...d.polsek]
      const milik = { ...d.milik }
      let nomor = d.nomorBerikut
      const adaKunci = new Set(polsek.map((p) => p.kunci))
      for (const k of a.kecamatan) {
        if (milik[k.kode] && adaKunci.has(milik[k.kode]!)) continue
        const nama = namaPolsekBawaan(k.nama)
        let p = polsek.find((x) => x.nama.trim().toLocaleUpperCase('id') === nama)
        if (!p) {
          p = { kunci: `p${nomor++}`, nama }
          polsek.push(p)
        }
        milik[k.kode] = p.kunci
      }
      return { ...d, polsek, milik, nomorBerikut: nomor }
    }
  }
}

const KUNCI_SIMPAN = 'binmas:draf-pengaturan-awal'

export function bacaDraf(): Draf {
  try {
    const teks = localStorage.getItem(KUNCI_SIMPAN)
    if (!teks) return DRAF_KOSONG
    const d = JSON.parse(teks) as Partial<Draf>
    if (d.versi !== 1) return DRAF_KOSONG
    return { ...DRAF_KOSONG, ...d, kasat: { ...DRAF_KOSONG.kasat, ...d.kasat }, diubahManual: { ...DRAF_KOSONG.diubahManual, ...d.diubahManual } }
  } catch {
    return DRAF_KOSONG
  }
}

export function simpanDraf(d: Draf): void {
  try {
    localStorage.setItem(KUNCI_SIMPAN, JSON.stringify(d))
  } catch {
    // Storage full or disabled: the wizard still works, only a reload would lose the draft.
  }
}

export function hapusDraf(): void {
  try {
    localStorage.removeItem(KUNCI_SIMPAN)
  } catch {
    // Nothing to clean up.
  }
}
