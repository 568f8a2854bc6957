import { formatAngkaRingkas } from '../../../shared/format'
import { LABEL_KATEGORI_KEJADIAN, LABEL_KOLOM_MASTER, LABEL_KOLOM_MINGGUAN, type KategoriKejadian, type KolomMaster, type KolomMingguan } from '../../../shared/ikdk/fields'
import type { Arah, Indikator, Skema } from '../../../shared/ikdk/scheme'

/**
 * The scheme file in words, for the Metodologi document: every sentence is
 * generated from the scheme's data, so a Polda's scheme explains itself too.
 */

const daftarAtau = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} atau ${xs[xs.length - 1]}`)
const kolom = (k: KolomMingguan) => LABEL_KOLOM_MINGGUAN[k]
const master = (k: KolomMaster) => LABEL_KOLOM_MASTER[k]

/** "kejadian tingkat nyata berkategori konflik sosial atau konflik agraria". */
export function uraianSaringKejadian(p: { tingkat?: readonly string[] | undefined; kategori?: readonly KategoriKejadian[] | undefined }): string {
  const bagian = ['kejadian']
  if (p.tingkat?.length) bagian.push(`tingkat ${daftarAtau(p.tingkat)}`)
  if (p.kategori?.length) bagian.push(`berkategori ${daftarAtau(p.kategori.map((k) => LABEL_KATEGORI_KEJADIAN[k]))}`)
  if (bagian.length === 1) bagian.push('(semua tingkat dan kategori)')
  return bagian.join(' ')
}

/** How the indicator's raw value for a month is computed, in one or two Indonesian sentences. */
export function rumusIndikator(ind: Indikator): string {
  const skala = 'diskalakan ke satu bulan penuh (jumlah × minggu dalam bulan ÷ minggu yang terisi)'
  switch (ind.agregasi) {
    case 'jumlah_kejadian_per_penduduk':
      return `Jumlah ${uraianSaringKejadian(ind.parameter)} yang terjadi dalam bulan kalender ÷ jumlah penduduk × ${formatAngkaRingkas(ind.parameter.per)}. N/A bila jumlah penduduk kosong atau 0.`
    case 'jumlah_kejadian':
      return `Jumlah ${uraianSaringKejadian(ind.parameter)} yang terjadi dalam bulan kalender, dari register kejadian (tidak diskalakan).`
    case 'kejadian_belum_selesai_akhir_bulan':
      return `Jumlah ${uraianSaringKejadian(ind.parameter)} yang terjadi dalam bulan itu dan belum selesai pada hari terakhir bulan.`
    case 'jumlah_mingguan_diskalakan':
      return `Jumlah ${ind.parameter.kolom.map(kolom).join(' + ')} dari laporan mingguan, ${skala}.`
    case 'jumlah_mingguan_diskalakan_per_master':
      return `Jumlah ${ind.parameter.kolom.map(kolom).join(' + ')} dari laporan mingguan, ${skala}, lalu dibagi ${master(ind.parameter.master)}. N/A bila ${master(ind.parameter.master)} kosong atau 0.`
    case 'rasio_jumlah_mingguan':
      return `Jumlah ${kolom(ind.parameter.pembilang)} ÷ jumlah ${kolom(ind.parameter.penyebut)}, hanya dari minggu yang kedua isiannya terisi (tidak diskalakan). N/A bila penyebutnya 0.`
    case 'rata_rasio_mingguan_master':
      return `Rata-rata per minggu terlapor dari ${kolom(ind.parameter.kolom)} ÷ ${master(ind.parameter.master)}. ${
        ind.parameter.jikaMasterNol === 'nol_jika_dimensi_tersedia'
          ? `Bila ${master(ind.parameter.master)} = 0, nilai indikator 0 selama dimensinya tersedia.`
          : `Bila ${master(ind.parameter.master)} = 0, indikator N/A.`
      }`
    case 'rata_mingguan':
      return `Rata-rata ${kolom(ind.parameter.kolom)} per minggu, dari minggu yang isiannya terisi (tidak diskalakan).`
  }
}

export const TEKS_ARAH: Record<Arah, string> = { naik: 'makin tinggi makin aman', turun: 'makin rendah makin aman' }

/** The normalisation of one indicator in words, with its own bounds. */
export function rumusSkor(ind: Pick<Indikator, 'arah' | 'batasBawah' | 'batasAtas'>): string {
  const lo = formatAngkaRingkas(ind.batasBawah)
  const hi = formatAngkaRingkas(ind.batasAtas)
  return ind.arah === 'naik' ? `skor = (nilai − ${lo}) ÷ (${hi} − ${lo}) × 100, dibatasi 0–100` : `skor = (${hi} − nilai) ÷ (${hi} − ${lo}) × 100, dibatasi 0–100`
}

/** Each category's IKDK range: "≥ 80", "60 s.d. < 80", …, "< 40". */
export function rentangKategori(kategori: Skema['kategori']): { nama: string; rentang: string }[] {
  return kategori.map((k, i) => {
    const atas = kategori[i - 1]?.min
    const min = formatAngkaRingkas(k.min)
    if (atas === undefined) return { nama: k.nama, rentang: `≥ ${min}` }
    if (k.min === 0) return { nama: k.nama, rentang: `< ${formatAngkaRingkas(atas)}` }
    return { nama: k.nama, rentang: `${min} s.d. < ${formatAngkaRingkas(atas)}` }
  })
}

/** Weight shares: each dimension of the IKDK, each indicator of its dimension and of the IKDK (fractions). */
export function bagianBobot(skema: Skema): { id: string; bagian: number; indikator: { id: string; dalamDimensi: number; efektif: number }[] }[] {
  const totalD = skema.dimensi.reduce((s, d) => s + d.bobot, 0)
  return skema.dimensi.map((d) => {
    const bagian = totalD > 0 ? d.bobot / totalD : 0
    const totalI = d.indikator.reduce((s, i) => s + i.bobot, 0)
    return { id: d.id, bagian, indikator: d.indikator.map((i) => ({ id: i.id, dalamDimensi: totalI > 0 ? i.bobot / totalI : 0, efektif: totalI > 0 ? (bagian * i.bobot) / totalI : 0 })) }
  })
}
