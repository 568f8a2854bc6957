import { type Kejadian, type KejadianMasukan, kejadianMasukanSchema, LABEL_KATEGORI_KEJADIAN } from '../../../shared/kejadian'
import { dariZod, type GalatBidang } from '../../lib/galat'

/** The incident form as typed: '' for "not chosen yet". */
export interface IsianKejadian {
  tanggal: string
  desaKode: string
  kategori: string
  tingkat: string
  status: string
  tanggalSelesai: string
  uraian: string
}

export function isianBaru(hariIni: string): IsianKejadian {
  return { tanggal: hariIni, desaKode: '', kategori: '', tingkat: '', status: 'terbuka', tanggalSelesai: '', uraian: '' }
}

export function isianDari(k: Kejadian): IsianKejadian {
  return { tanggal: k.tanggal, desaKode: k.desaKode, kategori: k.kategori, tingkat: k.tingkat, status: k.status, tanggalSelesai: k.tanggalSelesai ?? '', uraian: k.uraian }
}

/** "tindak pidana" → "Tindak pidana" for lists and cells. */
export function labelKategori(k: string): string {
  const l = LABEL_KATEGORI_KEJADIAN[k as keyof typeof LABEL_KATEGORI_KEJADIAN] ?? k
  return l.charAt(0).toUpperCase() + l.slice(1)
}

// Valid stand-ins for fields that failed, so the date rules are still checked and every message shows at once.
const PENGGANTI: Partial<Record<keyof IsianKejadian, unknown>> = { desaKode: 'x', kategori: 'lainnya', tingkat: 'potensi', uraian: '' }

/** Checks with the server's schema (same words), plus clearer messages for what is simply missing. */
export function periksaKejadian(f: IsianKejadian, id: string | undefined): { ok: true; data: KejadianMasukan } | { ok: false; galat: GalatBidang } {
  const masukan = { ...(id ? { id } : {}), ...f, tanggalSelesai: f.tanggalSelesai || null }
  const h = kejadianMasukanSchema.safeParse(masukan)
  const kosong: GalatBidang = {}
  if (!f.tanggal) kosong.tanggal = 'Isi tanggal kejadian'
  if (!f.desaKode) kosong.desaKode = 'Pilih desa dari daftar'
  if (h.success && !Object.keys(kosong).length) return { ok: true, data: h.data }
  const galat = { ...(h.success ? {} : dariZod(h.error)), ...kosong }
  const ganti = Object.fromEntries(Object.keys(galat).filter((k) => k in PENGGANTI).map((k) => [k, PENGGANTI[k as keyof IsianKejadian]]))
  const ulang = kejadianMasukanSchema.safeParse({ ...masukan, ...ganti })
  if (!ulang.success) for (const [k, v] of Object.entries(dariZod(ulang.error))) galat[k] ??= v
  return { ok: false, galat }
}
