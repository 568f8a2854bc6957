import { hitungNilaiMentah, type NilaiMentah } from './aggregations'
import { kategoriDari, keyakinanDari } from './category'
import { siapkanDataBulan, type DataBulan } from './month-data'
import { rataTertimbang, skorNormal } from './normalise'
import type { Dimensi, Skema } from './scheme'
import type { HasilDesaBulan, HasilDimensi, HasilIndikator, MasukanIkdk } from './types'

/**
 * The IKDK engine: one value per desa per month, 0–100, higher = safer.
 * Pure: the caller loads the scheme and the month's rows and stores the
 * result (full precision, with the scheme id and version).
 *
 * Indicator score = fixed-bound min–max normalisation of its raw value;
 * dimension score = weighted mean of its available indicators; IKDK = weighted
 * mean of the available dimensions. N/A items drop out and their weight moves
 * to their siblings (renormalisation) — nothing is imputed.
 */
export function hitungIkdk(skema: Skema, masukan: MasukanIkdk): HasilDesaBulan {
  const data = siapkanDataBulan(masukan)
  const dimensi = skema.dimensi.map((d) => hitungDimensi(d, data))
  const gabungan = gabungDimensi(dimensi)
  dimensi.forEach((d, i) => terapkanBobotEfektif(d, gabungan.bobotEfektif[i] ?? 0))

  const hasil: HasilDesaBulan = {
    kodeDesa: masukan.desa.kode,
    bulan: data.bulan,
    skema: { id: skema.id, versi: skema.versi },
    nilai: gabungan.nilai,
    kategori: kategoriDari(skema, gabungan.nilai),
    keyakinan: keyakinanDari(data.laporan.length, data.mingguDihitung.length),
    sementara: data.sementara,
    mingguBulan: data.mingguBulan,
    mingguDihitung: data.mingguDihitung.length,
    mingguDilaporkan: data.laporan.length,
    dimensi,
  }
  if (gabungan.alasanNA) hasil.alasanNA = gabungan.alasanNA
  return hasil
}

/**
 * Weighted mean of the available dimension scores with the given weights
 * (the scheme's, or a sensitivity variant's). bobotEfektif[i] is dimension
 * i's share of the result, 0 when it is N/A.
 */
export function gabungDimensi(
  dimensi: readonly { skor: number | null; bobot: number }[],
): { nilai: number | null; bobotEfektif: number[]; alasanNA?: string } {
  const nilai = rataTertimbang(dimensi.map((d) => ({ bobot: d.bobot, nilai: d.skor })))
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

function hitungDimensi(dimensi: Dimensi, data: DataBulan): HasilDimensi {
  const mentah = dimensi.indikator.map((ind) => hitungNilaiMentah(data, ind))
  selesaikanNolBersyarat(mentah)

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
      skor: m.nilai === null ? null : skorNormal(m.nilai, ind.batasBawah, ind.batasAtas, ind.arah),
      bobot: ind.bobot,
      bobotDalamDimensi: 0,
      bobotEfektif: 0,
      kontribusi: 0,
      rincian: m.rincian,
      // Lazy like the aggregation's own sentence (read by explanations, not by storage).
      get penjelasan() {
        return m.penjelasan
      },
    }
    if (m.alasanNA) h.alasanNA = m.alasanNA
    return h
  })

  const skor = rataTertimbang(indikator.map((x) => ({ bobot: x.bobot, nilai: x.skor })))
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
