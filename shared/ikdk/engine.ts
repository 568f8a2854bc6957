import { hitungNilaiMentah, penjelasanNilaiMentah, type NilaiMentah } from './aggregations'
import { kategoriDari, keyakinanDari } from './category'
import { siapkanDataBulan, type DataBulan } from './month-data'
import { rataTertimbang, skorNormal } from './normalise'
import type { Dimensi, Skema } from './scheme'
import type { HasilDesaBulan, HasilDimensi, HasilIndikator, HasilRingkasDesaBulan, MasukanIkdk, MasukanIkdkRingkas } from './types'

/**
 * The IKDK engine: one value per desa per month, 0–100, higher = safer.
 * Pure: the caller loads the scheme and the month's rows and stores the
 * result (full precision, with the scheme id and version).
 *
 * Indicator score = fixed-bound min–max normalisation of its raw value;
 * dimension score = weighted mean of its available indicators; IKDK = weighted
 * mean of the available dimensions. N/A items drop out and their weight moves
 * to their siblings (renormalisation) — nothing is imputed.
 *
 * The input carries the month's weekly rows, or (bulk recompute) their
 * summary as summed by SQLite: both give exactly the same result.
 */
export function hitungIkdk(skema: Skema, masukan: MasukanIkdk | MasukanIkdkRingkas): HasilDesaBulan {
  const data = siapkanDataBulan(skema, masukan)
  const dimensi = skema.dimensi.map((d) => hitungDimensi(d, data, nilaiDimensi(d, data)))
  const gabungan = gabungDimensi(dimensi)
  dimensi.forEach((d, i) => terapkanBobotEfektif(d, gabungan.bobotEfektif[i] ?? 0))
  const hasil: HasilDesaBulan = hasilDari(skema, data, gabungan.nilai, dimensi)
  if (gabungan.alasanNA) hasil.alasanNA = gabungan.alasanNA
  return hasil
}

/**
 * The same numbers as `hitungIkdk` without the explanation (indicator details,
 * sentences, weights): what a bulk recompute stores, with few allocations.
 */
export function hitungIkdkRingkas(skema: Skema, masukan: MasukanIkdk | MasukanIkdkRingkas): HasilRingkasDesaBulan {
  const data = siapkanDataBulan(skema, masukan)
  const skor = skema.dimensi.map((d) => nilaiDimensi(d, data).skor)
  const nilai = rataTertimbang(bobotDari(skema.dimensi), skor)
  return hasilDari(skema, data, nilai, skema.dimensi.map((d, i) => ({ id: d.id, skor: skor[i] ?? null })))
}

function hasilDari<D>(skema: Skema, data: DataBulan, nilai: number | null, dimensi: D) {
  return {
    kodeDesa: data.desa.kode,
    bulan: data.bulan,
    skema: { id: skema.id, versi: skema.versi },
    nilai,
    kategori: kategoriDari(skema, nilai),
    keyakinan: keyakinanDari(data.mingguDilaporkan, data.mingguDihitung.length),
    sementara: data.sementara,
    mingguBulan: data.mingguBulan,
    mingguDihitung: data.mingguDihitung.length,
    mingguDilaporkan: data.mingguDilaporkan,
    dimensi,
  }
}

/** The weights of a scheme's list (dimensions or indicators). */
function bobotDari(daftar: readonly { bobot: number }[]): number[] {
  return daftar.map((x) => x.bobot)
}

/** A dimension's raw indicator values, their scores and its own score (weighted mean of the available ones). */
function nilaiDimensi(dimensi: Dimensi, data: DataBulan): { mentah: NilaiMentah[]; skorIndikator: (number | null)[]; skor: number | null } {
  const mentah = dimensi.indikator.map((ind) => hitungNilaiMentah(data, ind))
  selesaikanNolBersyarat(mentah)
  const skorIndikator = dimensi.indikator.map((ind, i) => {
    const nilai = (mentah[i] as NilaiMentah).nilai
    return nilai === null ? null : skorNormal(nilai, ind.batasBawah, ind.batasAtas, ind.arah)
  })
  return { mentah, skorIndikator, skor: rataTertimbang(bobotDari(dimensi.indikator), skorIndikator) }
}

/**
 * Weighted mean of the available dimension scores with the given weights
 * (the scheme's, or a sensitivity variant's). bobotEfektif[i] is dimension
 * i's share of the result, 0 when it is N/A.
 */
export function gabungDimensi(
  dimensi: readonly { skor: number | null; bobot: number }[],
): { nilai: number | null; bobotEfektif: number[]; alasanNA?: string } {
  const nilai = rataTertimbang(dimensi.map((d) => d.bobot), dimensi.map((d) => d.skor))
  if (nilai === null) {
    const adaYangTersedia = dimensi.some((d) => d.skor !== null)
    return {
      nilai: null,
      bobotEfektif: dimensi.map(() => 0),
      alasanNA: adaYangTersedia ? 'Bobot dimensi yang tersedia berjumlah 0' : 'Tidak ada dimensi yang tersedia',
    }
  }
  const total = dimensi.reduce((s, d) => s + (d.skor === null ? 0 : d.bobot), 0)
  return { nilai, bobotEfektif: dimensi.map((d) => (d.skor === null ? 0 : d.bobot / total)) }
}

function hitungDimensi(dimensi: Dimensi, data: DataBulan, nilai: ReturnType<typeof nilaiDimensi>): HasilDimensi {
  const { mentah, skorIndikator, skor } = nilai
  const indikator: HasilIndikator[] = dimensi.indikator.map((ind, i) => {
    const m = mentah[i] as NilaiMentah
    const h: HasilIndikator = {
      id: ind.id,
      nama: ind.nama,
      agregasi: ind.agregasi,
      satuan: ind.satuan,
      arah: ind.arah,
      batasBawah: ind.batasBawah,
      batasAtas: ind.batasAtas,
      nilaiMentah: m.nilai,
      skor: skorIndikator[i] ?? null,
      bobot: ind.bobot,
      bobotDalamDimensi: 0,
      bobotEfektif: 0,
      kontribusi: 0,
      rincian: m.rincian,
      // Built when read (explanations), an own enumerable property so it crosses the API as JSON.
      get penjelasan() {
        return penjelasanNilaiMentah(data, ind, m)
      },
    }
    if (m.alasanNA) h.alasanNA = m.alasanNA
    return h
  })

  const totalBobot = indikator.reduce((s, x) => s + (x.skor === null ? 0 : x.bobot), 0)
  for (const x of indikator) x.bobotDalamDimensi = skor !== null && x.skor !== null ? x.bobot / totalBobot : 0

  const hasil: HasilDimensi = {
    id: dimensi.id,
    nama: dimensi.nama,
    bobot: dimensi.bobot,
    bobotEfektif: 0,
    skor,
    kontribusi: 0,
    indikator,
  }
  if (skor === null) hasil.alasanNA = alasanDimensiNA(indikator)
  return hasil
}

/**
 * `jikaMasterNol: 'nol_jika_dimensi_tersedia'` (pos_kamling_total = 0 → I4.1 = 0
 * "whenever D4 is available"): the zero stands only if another indicator of
 * the dimension is available on its own data; otherwise master data alone
 * would create a dimension score out of nothing, against "missing is not zero".
 */
function selesaikanNolBersyarat(mentah: NilaiMentah[]): void {
  const lainTersedia = mentah.some((m) => !m.nolJikaDimensiTersedia && m.nilai !== null)
  if (lainTersedia) return
  for (const m of mentah) {
    if (!m.nolJikaDimensiTersedia) continue
    const alasan = m.alasanJikaSendiri ?? 'Tidak ada indikator lain di dimensi ini yang tersedia'
    m.nilai = null
    m.alasanNA = alasan
    m.penjelasan = alasan
  }
}

function alasanDimensiNA(indikator: readonly HasilIndikator[]): string {
  if (indikator.some((x) => x.skor !== null)) return 'Bobot indikator yang tersedia berjumlah 0'
  const alasan = new Set(indikator.map((x) => x.alasanNA))
  const satu = alasan.size === 1 ? [...alasan][0] : undefined
  return satu ? `Tidak ada indikator yang tersedia: ${satu}` : 'Tidak ada indikator yang tersedia'
}

function terapkanBobotEfektif(d: HasilDimensi, bobotEfektif: number): void {
  d.bobotEfektif = bobotEfektif
  d.kontribusi = d.skor === null ? 0 : bobotEfektif * d.skor
  for (const x of d.indikator) {
    x.bobotEfektif = bobotEfektif * x.bobotDalamDimensi
    x.kontribusi = x.skor === null ? 0 : x.bobotEfektif * x.skor
  }
}
