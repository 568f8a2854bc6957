import { formatAngka, formatAngkaRingkas, formatTanggal } from '../format'
import {
  LABEL_KATEGORI_KEJADIAN,
  LABEL_KOLOM_MASTER,
  LABEL_KOLOM_MINGGUAN,
  type KategoriKejadian,
  type KolomMaster,
  type KolomMingguan,
  type TingkatKejadian,
} from './fields'
import { terisi, type DataBulan } from './month-data'
import type { Indikator, IndikatorDari } from './scheme'
import type { Kejadian, RincianIndikator } from './types'
import { bacaUkuranIndikator } from './weekly-summary'

/**
 * The closed set of aggregations: how an indicator's raw monthly value is
 * computed from the month's data. Each returns the value, or null with the
 * reason in Indonesian. "Missing is not zero" throughout: a blank field never
 * enters a sum, a mean or a ratio.
 */
export interface NilaiMentah {
  nilai: number | null
  rincian: RincianIndikator | null
  /**
   * A fixed sentence (N/A reasons, the master-is-zero case); otherwise absent
   * and built from `rincian` by `penjelasanNilaiMentah` only when someone reads
   * it — storing results never needs the sentence.
   */
  penjelasan?: string
  alasanNA?: string
  /**
   * The master value is 0 and the scheme says the indicator then scores raw
   * value 0 — but only if another indicator of its dimension is available
   * (the engine settles this once the siblings are known).
   */
  nolJikaDimensiTersedia?: boolean
  /** The N/A reason to use when that zero does not stand. */
  alasanJikaSendiri?: string
}

const angka = (n: number) => formatAngkaRingkas(n, 3)

function na(alasan: string, rincian: RincianIndikator | null = null): NilaiMentah {
  return { nilai: null, rincian, penjelasan: alasan, alasanNA: alasan }
}

function besarAwal(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}

// ---------------------------------------------------------------- incidents

interface Saring {
  tingkat?: TingkatKejadian[] | undefined
  kategori?: KategoriKejadian[] | undefined
}

function cocok(k: Kejadian, s: Saring): boolean {
  return (!s.tingkat || s.tingkat.includes(k.tingkat)) && (!s.kategori || s.kategori.includes(k.kategori))
}

function uraianSaring(s: Saring): string {
  const bagian: string[] = []
  if (s.tingkat) bagian.push(`tingkat ${s.tingkat.join('/')}`)
  if (s.kategori) bagian.push(`kategori ${s.kategori.map((k) => LABEL_KATEGORI_KEJADIAN[k]).join('/')}`)
  return bagian.length ? `(${bagian.join('; ')})` : '(semua kejadian)'
}

/** Settled by month end: selesai with a settlement date on or before its last day. */
function selesaiSebelum(k: Kejadian, akhirBulan: string): boolean {
  return k.status === 'selesai' && k.tanggal_selesai !== null && k.tanggal_selesai <= akhirBulan
}

function jumlahKejadian(data: DataBulan, ind: IndikatorDari<'jumlah_kejadian'>): NilaiMentah {
  const cocokan = data.kejadian.filter((k) => cocok(k, ind.parameter))
  return {
    nilai: cocokan.length,
    rincian: { jenis: 'kejadian', jumlah: cocokan.length, idKejadian: cocokan.map((k) => k.id) },
  }
}

function kejadianPerPenduduk(data: DataBulan, ind: IndikatorDari<'jumlah_kejadian_per_penduduk'>): NilaiMentah {
  const { per } = ind.parameter
  const cocokan = data.kejadian.filter((k) => cocok(k, ind.parameter))
  const idKejadian = cocokan.map((k) => k.id)
  const penduduk = data.desa.penduduk
  if (!terisi(penduduk)) return na('Data jumlah penduduk desa belum diisi', { jenis: 'kejadian', jumlah: cocokan.length, idKejadian, per })
  if (penduduk <= 0) return na('Jumlah penduduk desa bernilai 0, tidak dapat menjadi pembagi', { jenis: 'kejadian', jumlah: cocokan.length, idKejadian, per })
  return { nilai: (cocokan.length / penduduk) * per, rincian: { jenis: 'kejadian', jumlah: cocokan.length, idKejadian, per, penduduk } }
}

function kejadianBelumSelesai(data: DataBulan, ind: IndikatorDari<'kejadian_belum_selesai_akhir_bulan'>): NilaiMentah {
  const cocokan = data.kejadian.filter((k) => cocok(k, ind.parameter) && !selesaiSebelum(k, data.akhirBulan))
  return {
    nilai: cocokan.length,
    rincian: { jenis: 'kejadian', jumlah: cocokan.length, idKejadian: cocokan.map((k) => k.id) },
  }
}

// ------------------------------------------------------------ weekly reports

/** Why weekly indicators are N/A when no counted week was reported, else null. */
function tanpaLaporan(data: DataBulan): string | null {
  if (data.mingguDihitung.length === 0) return 'Belum ada minggu yang selesai pada bulan berjalan'
  if (data.mingguDilaporkan === 0) return 'Tidak ada laporan mingguan pada bulan ini'
  return null
}

function masterBermasalah(data: DataBulan, kolom: KolomMaster): string | null {
  const v = data.desa[kolom]
  if (!terisi(v)) return `Data ${LABEL_KOLOM_MASTER[kolom]} desa belum diisi`
  if (v <= 0) return `${besarAwal(LABEL_KOLOM_MASTER[kolom])} desa bernilai 0, tidak dapat menjadi pembagi`
  return null
}

function kolomKosong(kolom: readonly KolomMingguan[]): string {
  return `Kolom ${kolom.map((k) => LABEL_KOLOM_MINGGUAN[k]).join(' dan ')} kosong di semua minggu yang dilaporkan`
}

/**
 * Σ of the fields over the reported weeks, scaled to the whole month:
 * sum × weeks in month / weeks in which any of the fields is filled.
 */
function jumlahDiskalakan(data: DataBulan, ind: IndikatorDari<'jumlah_mingguan_diskalakan' | 'jumlah_mingguan_diskalakan_per_master'>) {
  // Measures: Σ of each field, then the weeks with any of them filled.
  const u = bacaUkuranIndikator(data.ringkasan, ind)
  const mingguTerisi = u[u.length - 1] as number
  let jumlah = 0
  for (let i = 0; i < u.length - 1; i++) jumlah += u[i] as number
  // Multiply before dividing: 90 × 4 / 3 is exactly 120.
  const jumlahDiskalakan = mingguTerisi > 0 ? (jumlah * data.mingguBulan) / mingguTerisi : null
  return { jumlah, mingguTerisi, jumlahDiskalakan }
}

function uraianSkala(kolom: readonly KolomMingguan[], r: { jumlah: number; mingguTerisi: number }, mingguBulan: number, hasil: number): string {
  const label = kolom.map((k) => LABEL_KOLOM_MINGGUAN[k]).join(' + ')
  return `Σ ${label} = ${angka(r.jumlah)} dari ${r.mingguTerisi} minggu terisi, diskalakan × ${mingguBulan}/${r.mingguTerisi} = ${angka(hasil)}`
}

function mingguanDiskalakan(data: DataBulan, ind: IndikatorDari<'jumlah_mingguan_diskalakan'>): NilaiMentah {
  const alasan = tanpaLaporan(data)
  if (alasan) return na(alasan)
  const { kolom } = ind.parameter
  const r = jumlahDiskalakan(data, ind)
  const diskalakan = r.jumlahDiskalakan
  if (diskalakan === null) return na(kolomKosong(kolom))
  return {
    nilai: diskalakan,
    rincian: { jenis: 'jumlah_mingguan', kolom: [...kolom], jumlah: r.jumlah, mingguTerisi: r.mingguTerisi, mingguBulan: data.mingguBulan, jumlahDiskalakan: diskalakan },
  }
}

function mingguanDiskalakanPerMaster(data: DataBulan, ind: IndikatorDari<'jumlah_mingguan_diskalakan_per_master'>): NilaiMentah {
  const alasan = tanpaLaporan(data)
  if (alasan) return na(alasan)
  const { kolom, master } = ind.parameter
  const masalah = masterBermasalah(data, master)
  if (masalah) return na(masalah)
  const pembagi = data.desa[master] as number
  const r = jumlahDiskalakan(data, ind)
  const diskalakan = r.jumlahDiskalakan
  if (diskalakan === null) return na(kolomKosong(kolom))
  const nilai = diskalakan / pembagi
  return {
    nilai,
    rincian: {
      jenis: 'jumlah_mingguan',
      kolom: [...kolom],
      jumlah: r.jumlah,
      mingguTerisi: r.mingguTerisi,
      mingguBulan: data.mingguBulan,
      jumlahDiskalakan: diskalakan,
      master: { kolom: master, nilai: pembagi },
    },
  }
}

function rasioMingguan(data: DataBulan, ind: IndikatorDari<'rasio_jumlah_mingguan'>): NilaiMentah {
  const alasan = tanpaLaporan(data)
  if (alasan) return na(alasan)
  const { pembilang, penyebut } = ind.parameter
  // Σ pembilang and Σ penyebut over the weeks where both are filled, and those weeks.
  const [a, b, minggu] = bacaUkuranIndikator(data.ringkasan, ind) as [number, number, number]
  const la = LABEL_KOLOM_MINGGUAN[pembilang]
  const lb = LABEL_KOLOM_MINGGUAN[penyebut]
  const rincian: RincianIndikator = { jenis: 'rasio_mingguan', pembilang, penyebut, jumlahPembilang: a, jumlahPenyebut: b, mingguDipakai: minggu }
  if (minggu === 0) return na(`Tidak ada minggu dengan ${la} dan ${lb} sama-sama terisi`, rincian)
  if (b <= 0) return na(`Σ ${lb} = 0 pada minggu yang terisi, rasio tidak dapat dihitung`, rincian)
  return { nilai: a / b, rincian }
}

function rataRasioMaster(data: DataBulan, ind: IndikatorDari<'rata_rasio_mingguan_master'>): NilaiMentah {
  const alasan = tanpaLaporan(data)
  if (alasan) return na(alasan)
  const { kolom, master, jikaMasterNol } = ind.parameter
  const m = data.desa[master]
  if (!terisi(m)) return na(`Data ${LABEL_KOLOM_MASTER[master]} desa belum diisi`)
  if (m <= 0) {
    if (jikaMasterNol === 'na') return na(`${besarAwal(LABEL_KOLOM_MASTER[master])} desa bernilai 0, tidak dapat menjadi pembagi`)
    return {
      nilai: 0,
      rincian: null,
      // A plain property: the engine may overwrite it when the zero does not stand.
      penjelasan: `${besarAwal(LABEL_KOLOM_MASTER[master])} desa bernilai 0, maka nilai indikator 0`,
      nolJikaDimensiTersedia: true,
      alasanJikaSendiri: `${besarAwal(LABEL_KOLOM_MASTER[master])} desa bernilai 0 dan tidak ada indikator lain di dimensi ini yang tersedia`,
    }
  }
  const [jumlah, mingguTerisi] = bacaUkuranIndikator(data.ringkasan, ind) as [number, number]
  if (mingguTerisi === 0) return na(kolomKosong([kolom]))
  // The mean of field/master over the filled weeks, as Σ field / (master × weeks):
  // one rounding, and the same from rows or from a SQL summary.
  const nilai = jumlah / (m * mingguTerisi)
  return {
    nilai,
    rincian: { jenis: 'rata_mingguan', kolom, jumlah, mingguTerisi, ...perMinggu(data, kolom, m), master: { kolom: master, nilai: m } },
  }
}

function rataMingguan(data: DataBulan, ind: IndikatorDari<'rata_mingguan'>): NilaiMentah {
  const alasan = tanpaLaporan(data)
  if (alasan) return na(alasan)
  const { kolom } = ind.parameter
  const [jumlah, mingguTerisi] = bacaUkuranIndikator(data.ringkasan, ind) as [number, number]
  if (mingguTerisi === 0) return na(kolomKosong([kolom]))
  const nilai = jumlah / mingguTerisi
  return {
    nilai,
    rincian: { jenis: 'rata_mingguan', kolom, jumlah, mingguTerisi, ...perMinggu(data, kolom, 1) },
  }
}

/** The weekly values behind a mean, for the explanation; only when the rows are at hand. */
function perMinggu(data: DataBulan, kolom: KolomMingguan, pembagi: number): { nilaiPerMinggu?: { tahun: number; minggu: number; nilai: number }[] } {
  if (data.laporan.length === 0) return {}
  return { nilaiPerMinggu: data.laporan.filter((b) => terisi(b[kolom])).map((b) => ({ tahun: b.tahun, minggu: b.minggu, nilai: (b[kolom] as number) / pembagi })) }
}

/**
 * The sentence with the arithmetic behind a raw value ("Mengapa nilai ini?"),
 * from the numbers the aggregation kept in `rincian`.
 */
export function penjelasanNilaiMentah(data: DataBulan, ind: Indikator, m: NilaiMentah): string {
  if (m.penjelasan !== undefined) return m.penjelasan
  const r = m.rincian
  const nilai = m.nilai ?? 0
  switch (ind.agregasi) {
    case 'jumlah_kejadian':
      return `${r?.jenis === 'kejadian' ? r.jumlah : nilai} kejadian ${uraianSaring(ind.parameter)} pada bulan ini`
    case 'jumlah_kejadian_per_penduduk': {
      const jumlah = r?.jenis === 'kejadian' ? r.jumlah : 0
      const penduduk = r?.jenis === 'kejadian' ? (r.penduduk ?? 0) : 0
      return `${jumlah} kejadian ${uraianSaring(ind.parameter)} ÷ ${formatAngka(penduduk, 0)} penduduk × ${angka(ind.parameter.per)} = ${angka(nilai)}`
    }
    case 'kejadian_belum_selesai_akhir_bulan':
      return `${r?.jenis === 'kejadian' ? r.jumlah : nilai} kejadian ${uraianSaring(ind.parameter)} bulan ini belum selesai pada ${formatTanggal(data.akhirBulan)}`
    case 'jumlah_mingguan_diskalakan':
    case 'jumlah_mingguan_diskalakan_per_master': {
      if (r?.jenis !== 'jumlah_mingguan') break
      const skala = uraianSkala(ind.parameter.kolom, r, r.mingguBulan, r.jumlahDiskalakan)
      return r.master ? `${skala}; ÷ ${LABEL_KOLOM_MASTER[r.master.kolom]} ${formatAngka(r.master.nilai, 0)} = ${angka(nilai)}` : skala
    }
    case 'rasio_jumlah_mingguan': {
      if (r?.jenis !== 'rasio_mingguan') break
      return `Σ ${LABEL_KOLOM_MINGGUAN[r.pembilang]} ${angka(r.jumlahPembilang)} ÷ Σ ${LABEL_KOLOM_MINGGUAN[r.penyebut]} ${angka(r.jumlahPenyebut)} (${r.mingguDipakai} minggu keduanya terisi) = ${angka(nilai)}`
    }
    case 'rata_rasio_mingguan_master':
    case 'rata_mingguan': {
      if (r?.jenis !== 'rata_mingguan') break
      const label = LABEL_KOLOM_MINGGUAN[r.kolom]
      return r.master
        ? `Rata-rata ${label} ÷ ${LABEL_KOLOM_MASTER[r.master.kolom]} ${formatAngka(r.master.nilai, 0)} selama ${r.mingguTerisi} minggu terisi = ${angka(nilai)}`
        : `Rata-rata ${label} per minggu selama ${r.mingguTerisi} minggu terisi = ${angka(nilai)}`
    }
  }
  throw new Error(`Indikator ${ind.id} tanpa rincian untuk penjelasan`)
}

/** The raw monthly value of one indicator. */
export function hitungNilaiMentah(data: DataBulan, ind: Indikator): NilaiMentah {
  switch (ind.agregasi) {
    case 'jumlah_kejadian_per_penduduk':
      return kejadianPerPenduduk(data, ind)
    case 'jumlah_kejadian':
      return jumlahKejadian(data, ind)
    case 'kejadian_belum_selesai_akhir_bulan':
      return kejadianBelumSelesai(data, ind)
    case 'jumlah_mingguan_diskalakan':
      return mingguanDiskalakan(data, ind)
    case 'jumlah_mingguan_diskalakan_per_master':
      return mingguanDiskalakanPerMaster(data, ind)
    case 'rasio_jumlah_mingguan':
      return rasioMingguan(data, ind)
    case 'rata_rasio_mingguan_master':
      return rataRasioMaster(data, ind)
    case 'rata_mingguan':
      return rataMingguan(data, ind)
  }
}
