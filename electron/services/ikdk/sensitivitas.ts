import { type HasilDesaBulan, ujiSensitivitasHasil } from '../../../shared/ikdk'
import type { Konteks } from '../konteks'
import { segarkan } from './baca'
import { skemaUntukBulan } from './skema'

/** Uji Sensitivitas of a month from the stored dimension scores. */
export async function sensitivitasBulan(k: Konteks, bulan: string) {
  await segarkan(k)
  const skema = skemaUntukBulan(k.bd, bulan)
  const baris = k.bd.sqlite
    .prepare('SELECT h.desa_kode, d.nama, kc.nama kecamatan, h.nilai, h.kategori, h.dimensi FROM hasil_ikdk h JOIN desa d ON d.kode = h.desa_kode JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE h.bulan = ? ORDER BY h.desa_kode')
    .all(bulan) as { desa_kode: string; nama: string; kecamatan: string; nilai: number | null; kategori: string | null; dimensi: string }[]
  const hasil = baris.map((b) => {
    const skor = JSON.parse(b.dimensi) as Record<string, number | null>
    return { kodeDesa: b.desa_kode, nilai: b.nilai, kategori: b.kategori, dimensi: skema.dimensi.map((d) => ({ id: d.id, skor: skor[d.id] ?? null })) } as unknown as HasilDesaBulan
  })
  const uji = ujiSensitivitasHasil(skema, hasil)
  const nama = new Map(baris.map((b) => [b.desa_kode, { nama: b.nama, kecamatan: b.kecamatan }]))
  return {
    bulan,
    varian: uji.varian.map((v) => ({ id: v.id, nama: v.nama, persenDimensi: v.persenDimensi })),
    jumlahDesa: baris.length,
    tidakStabil: uji.desa
      .filter((d) => d.tidakStabil)
      .map((d) => ({ ...d, desaNama: nama.get(d.kodeDesa)!.nama, kecamatanNama: nama.get(d.kodeDesa)!.kecamatan })),
  }
}
