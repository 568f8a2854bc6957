import { z } from 'zod'
import {
  KATEGORI_KEJADIAN,
  KOLOM_MASTER,
  KOLOM_MINGGUAN,
  TINGKAT_KEJADIAN,
} from './fields'
import { formatJalur, petaGalatSkema, teksNilai } from './scheme-messages'

/**
 * The IKDK scheme as data: the format of resources/ikdk/bawaan-v1.json and of
 * every replacement scheme a Polda sends. A Polda may re-weight, re-bound and
 * re-combine indicators, but only from the closed set of aggregations below —
 * each one is implemented and tested in the engine, so a scheme file can never
 * ask for arithmetic nobody has checked.
 */

type Isu = { input?: unknown }
/** 'wajib diisi' when the key is missing, otherwise the field's own rule. */
const wajibAtau = (pesan: string) => (iss: Isu) => (iss.input === undefined ? 'wajib diisi' : pesan)

const teksWajib = z.string({ error: wajibAtau('harus teks') }).trim().min(1, { error: 'tidak boleh kosong' })
const teksBebas = z.string({ error: 'harus teks' })

const bobot = z.number({ error: wajibAtau('harus angka ≥ 0') }).min(0, { error: 'harus angka ≥ 0' })
const batas = z.number({ error: wajibAtau('harus angka') })

function pilihan<const T extends readonly [string, ...string[]]>(nilai: T, apa: string) {
  return z.enum(nilai, {
    error: (iss) =>
      iss.input === undefined
        ? 'wajib diisi'
        : `${apa} tidak dikenal: ${teksNilai(iss.input)}; pilihan: ${nilai.join(', ')}`,
  })
}

const kolomMingguan = pilihan(KOLOM_MINGGUAN, 'kolom laporan mingguan')
const kolomMaster = pilihan(KOLOM_MASTER, 'kolom data desa')
const kategoriKejadian = pilihan(KATEGORI_KEJADIAN, 'kategori kejadian')
const tingkatKejadian = pilihan(TINGKAT_KEJADIAN, 'tingkat kejadian')

/** Which incidents an incident indicator counts; a missing list means "all". */
const saringKejadian = {
  tingkat: z.array(tingkatKejadian).min(1, { error: 'minimal satu tingkat (hapus kuncinya untuk semua tingkat)' }).optional(),
  kategori: z.array(kategoriKejadian).min(1, { error: 'minimal satu kategori (hapus kuncinya untuk semua kategori)' }).optional(),
}
const daftarKolom = z.array(kolomMingguan).min(1, { error: 'minimal satu kolom' })

export const AGREGASI = [
  'jumlah_kejadian_per_penduduk',
  'jumlah_kejadian',
  'kejadian_belum_selesai_akhir_bulan',
  'jumlah_mingguan_diskalakan',
  'jumlah_mingguan_diskalakan_per_master',
  'rasio_jumlah_mingguan',
  'rata_rasio_mingguan_master',
  'rata_mingguan',
] as const
export type Agregasi = (typeof AGREGASI)[number]

/** Parameters of each aggregation (the engine documents the arithmetic). */
const parameterAgregasi = {
  // count of matching incidents / penduduk × per
  jumlah_kejadian_per_penduduk: z.strictObject({
    ...saringKejadian,
    per: z.number({ error: wajibAtau('harus angka > 0') }).positive({ error: 'harus angka > 0' }),
  }),
  // count of matching incidents dated in the calendar month
  jumlah_kejadian: z.strictObject(saringKejadian),
  // matching incidents of the month not settled (tanggal_selesai) by its last day
  kejadian_belum_selesai_akhir_bulan: z.strictObject(saringKejadian),
  // Σ of the fields × weeks in month / weeks in which any of them is filled
  jumlah_mingguan_diskalakan: z.strictObject({ kolom: daftarKolom }),
  // the same, divided by a master-data field
  jumlah_mingguan_diskalakan_per_master: z.strictObject({ kolom: daftarKolom, master: kolomMaster }),
  // Σ pembilang / Σ penyebut over the weeks where both are filled
  rasio_jumlah_mingguan: z.strictObject({ pembilang: kolomMingguan, penyebut: kolomMingguan }),
  // mean over weeks with the field filled of field / master
  rata_rasio_mingguan_master: z.strictObject({
    kolom: kolomMingguan,
    master: kolomMaster,
    /**
     * What a master value of 0 means: 'na' = the indicator is not available;
     * 'nol_jika_dimensi_tersedia' = it scores raw value 0 whenever another
     * indicator of its dimension is available (pos_kamling_total = 0).
     */
    jikaMasterNol: z
      .enum(['na', 'nol_jika_dimensi_tersedia'], { error: "harus 'na' atau 'nol_jika_dimensi_tersedia'" })
      .default('na'),
  }),
  // mean over weeks with the field filled
  rata_mingguan: z.strictObject({ kolom: kolomMingguan }),
} as const satisfies Record<Agregasi, z.ZodType>

const dasarIndikator = {
  id: teksWajib,
  nama: teksWajib,
  keterangan: teksBebas.optional(),
  bobot: bobot.default(1),
  arah: z.enum(['naik', 'turun'], { error: wajibAtau("harus 'naik' (makin tinggi makin aman) atau 'turun' (makin rendah makin aman)") }),
  batasBawah: batas,
  batasAtas: batas,
  satuan: teksBebas.default(''),
}

function varianIndikator<A extends Agregasi>(agregasi: A) {
  return z.strictObject({
    ...dasarIndikator,
    agregasi: z.literal(agregasi),
    parameter: parameterAgregasi[agregasi],
  })
}

export const indikatorSchema = z.discriminatedUnion('agregasi', [
  varianIndikator('jumlah_kejadian_per_penduduk'),
  varianIndikator('jumlah_kejadian'),
  varianIndikator('kejadian_belum_selesai_akhir_bulan'),
  varianIndikator('jumlah_mingguan_diskalakan'),
  varianIndikator('jumlah_mingguan_diskalakan_per_master'),
  varianIndikator('rasio_jumlah_mingguan'),
  varianIndikator('rata_rasio_mingguan_master'),
  varianIndikator('rata_mingguan'),
], {
  error: (iss) => {
    const masukan = iss.input as Record<string, unknown> | undefined
    const nilai = masukan && typeof masukan === 'object' && 'agregasi' in masukan ? masukan.agregasi : undefined
    // zod types this map for invalid_union only, but also calls it when the
    // indicator is not an object at all.
    const kode: string = iss.code
    if (nilai === undefined) return kode === 'invalid_type' ? 'harus objek { … }' : 'wajib diisi'
    return `tidak dikenal: ${teksNilai(nilai)}; pilihan: ${AGREGASI.join(', ')}`
  },
})

export const dimensiSchema = z.strictObject({
  id: teksWajib,
  nama: teksWajib,
  keterangan: teksBebas.optional(),
  bobot,
  indikator: z.array(indikatorSchema, { error: wajibAtau('harus daftar [ … ]') }).min(1, { error: 'minimal satu indikator' }),
})

export const kategoriSchema = z.strictObject({
  nama: teksWajib,
  /** Lowest IKDK (rounded to 3 decimals) of this category, inclusive. */
  min: z
    .number({ error: wajibAtau('harus angka 0–100') })
    .min(0, { error: 'harus angka 0–100' })
    .max(100, { error: 'harus angka 0–100' }),
})

export const skemaSchema = z.strictObject({
  id: z
    .string({ error: wajibAtau('harus teks') })
    .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: 'hanya huruf kecil, angka, - dan _ (mis. polda-ntt)' }),
  versi: z
    .number({ error: wajibAtau('harus bilangan bulat ≥ 1') })
    .int({ error: 'harus bilangan bulat ≥ 1' })
    .min(1, { error: 'harus bilangan bulat ≥ 1' }),
  nama: teksWajib,
  catatan: teksBebas.default(''),
  dimensi: z.array(dimensiSchema, { error: wajibAtau('harus daftar [ … ]') }).min(1, { error: 'minimal satu dimensi' }),
  /** Ordered from safest to least safe; thresholds strictly descending, the last one 0. */
  kategori: z.array(kategoriSchema, { error: wajibAtau('harus daftar [ … ]') }).min(1, { error: 'minimal satu kategori' }),
})

export type Skema = z.output<typeof skemaSchema>
/** A scheme as written in a file (optional keys may be missing). */
export type SkemaBerkas = z.input<typeof skemaSchema>
export type Dimensi = Skema['dimensi'][number]
export type Indikator = Dimensi['indikator'][number]
export type IndikatorDari<A extends Agregasi> = Extract<Indikator, { agregasi: A }>
export type KategoriSkema = Skema['kategori'][number]
export type Arah = Indikator['arah']

export type HasilValidasiSkema = { ok: true; skema: Skema } | { ok: false; galat: string[] }

/** Checks a parsed scheme beyond its shape; returns messages, empty when sound. */
export function periksaMaknaSkema(skema: Skema): string[] {
  const galat: string[] = []
  const idDimensi = new Map<string, number>()
  const idIndikator = new Map<string, string>()

  skema.dimensi.forEach((d, i) => {
    const jalurD = `dimensi[${i}]`
    const lain = idDimensi.get(d.id)
    if (lain !== undefined) galat.push(`${jalurD}.id: id '${d.id}' sudah dipakai oleh dimensi[${lain}]`)
    else idDimensi.set(d.id, i)

    d.indikator.forEach((ind, j) => {
      const jalur = `${jalurD}.indikator[${j}]`
      const lainI = idIndikator.get(ind.id)
      if (lainI !== undefined) galat.push(`${jalur}.id: id '${ind.id}' sudah dipakai oleh ${lainI}`)
      else idIndikator.set(ind.id, jalur)
      if (!(ind.batasAtas > ind.batasBawah)) {
        galat.push(`${jalur}.batasAtas: harus lebih besar dari batasBawah (${ind.batasBawah})`)
      }
      galat.push(...periksaParameter(ind, `${jalur}.parameter`))
    })

    if (d.indikator.reduce((s, ind) => s + ind.bobot, 0) <= 0) {
      galat.push(`${jalurD}.indikator: jumlah bobot indikator harus lebih dari 0`)
    }
  })
  if (skema.dimensi.reduce((s, d) => s + d.bobot, 0) <= 0) {
    galat.push('dimensi: jumlah bobot dimensi harus lebih dari 0')
  }

  const namaKategori = new Map<string, number>()
  skema.kategori.forEach((k, i) => {
    const lain = namaKategori.get(k.nama)
    if (lain !== undefined) galat.push(`kategori[${i}].nama: '${k.nama}' sudah dipakai oleh kategori[${lain}]`)
    else namaKategori.set(k.nama, i)
    const sebelum = skema.kategori[i - 1]
    if (sebelum && !(k.min < sebelum.min)) {
      galat.push(`kategori[${i}].min: harus lebih kecil dari min kategori sebelumnya (${sebelum.nama} ${sebelum.min}); urutkan dari yang paling aman`)
    }
  })
  const terakhir = skema.kategori[skema.kategori.length - 1]
  if (terakhir && terakhir.min !== 0) {
    galat.push(`kategori[${skema.kategori.length - 1}].min: kategori terakhir harus min 0 agar setiap nilai 0–100 mendapat kategori`)
  }
  return galat
}

function ganda(daftar: readonly string[]): string[] {
  return [...new Set(daftar.filter((x, i) => daftar.indexOf(x) !== i))]
}

function periksaParameter(ind: Indikator, jalur: string): string[] {
  const galat: string[] = []
  const p = ind.parameter
  if ('kolom' in p && Array.isArray(p.kolom)) {
    for (const k of ganda(p.kolom)) galat.push(`${jalur}.kolom: '${k}' disebut lebih dari sekali`)
  }
  if ('tingkat' in p && p.tingkat) {
    for (const k of ganda(p.tingkat)) galat.push(`${jalur}.tingkat: '${k}' disebut lebih dari sekali`)
  }
  if ('kategori' in p && p.kategori) {
    for (const k of ganda(p.kategori)) galat.push(`${jalur}.kategori: '${k}' disebut lebih dari sekali`)
  }
  if (ind.agregasi === 'rasio_jumlah_mingguan' && ind.parameter.pembilang === ind.parameter.penyebut) {
    galat.push(`${jalur}.penyebut: harus berbeda dari pembilang`)
  }
  return galat
}

function pesanJsonRusak(teks: string, e: unknown): string {
  const m = /position (\d+)/.exec(e instanceof Error ? e.message : '')
  if (!m) return 'skema: berkas bukan JSON yang sah'
  const posisi = Number(m[1])
  const sebelum = teks.slice(0, posisi)
  const baris = sebelum.split('\n').length
  const kolom = posisi - sebelum.lastIndexOf('\n')
  return `skema: berkas bukan JSON yang sah (baris ${baris}, kolom ${kolom})`
}

/**
 * Validates a scheme file's content (parsed JSON, or the raw text) and returns
 * the typed scheme, or every problem found as Indonesian messages of the form
 * "dimensi[0].bobot: harus angka ≥ 0".
 */
export function validasiSkema(json: unknown): HasilValidasiSkema {
  let data = json
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json)
    } catch (e) {
      return { ok: false, galat: [pesanJsonRusak(json, e)] }
    }
  }
  const hasil = skemaSchema.safeParse(data, { error: petaGalatSkema })
  if (!hasil.success) {
    return { ok: false, galat: hasil.error.issues.map((i) => `${formatJalur(i.path)}: ${i.message}`) }
  }
  const galat = periksaMaknaSkema(hasil.data)
  return galat.length > 0 ? { ok: false, galat } : { ok: true, skema: hasil.data }
}
