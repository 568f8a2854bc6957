import { KOLOM_MINGGUAN, type KolomMingguan } from './ikdk/fields'
import { jumlahMingguTahun } from './iso-week'
import { z } from './zod-id'
import { daftarRingan } from './zod-ringan'

export { KOLOM_MINGGUAN, type KolomMingguan }

/** The grid's columns: the 11 counted fields, then who reported and a note. */
export const KOLOM_TEKS_MINGGUAN = ['nrp_pelapor', 'catatan'] as const
export const KOLOM_SEL_MINGGUAN = [...KOLOM_MINGGUAN, ...KOLOM_TEKS_MINGGUAN] as const
export type KolomSelMingguan = (typeof KOLOM_SEL_MINGGUAN)[number]

/** Short headers for the grid (full labels live in shared/ikdk/fields.ts). */
export const JUDUL_KOLOM_MINGGUAN: Record<KolomSelMingguan, string> = {
  kk_dikunjungi: 'Sambang/DDS (KK)',
  penyuluhan: 'Penyuluhan',
  masalah_ditangani: 'Masalah ditangani',
  masalah_selesai: 'Masalah selesai',
  info_deteksi_dini: 'Info deteksi dini',
  pos_kamling_aktif: 'Pos kamling aktif',
  ronda_malam: 'Ronda malam (malam)',
  pertemuan_fkpm: 'Pertemuan FKPM',
  pertemuan_3pilar: 'Pertemuan 3 Pilar',
  kegiatan_pangan: 'Ketahanan pangan',
  sosialisasi_pilkada: 'Sosialisasi Pilkada',
  nrp_pelapor: 'NRP pelapor',
  catatan: 'Catatan',
}

/** Upper bounds that are rules, not guesses: a week has 7 nights. */
export const BATAS_ATAS: Partial<Record<KolomMingguan, number>> = { ronda_malam: 7 }
/** A sanity cap for counts, far above any real week, to catch typos like 40000. */
export const BATAS_WAJAR = 10_000

export type NilaiBaris = { [K in KolomMingguan]: number | null } & { nrp_pelapor: string | null; catatan: string | null }

export interface MasalahSel {
  kolom: KolomSelMingguan
  pesan: string
}

const fmt = (n: number) => n.toLocaleString('id-ID')

/** One cell on its own: blank is allowed (not reported), else a whole number within bounds. */
export function validasiSel(kolom: KolomSelMingguan, nilai: number | string | null): string | undefined {
  if (nilai === null) return undefined
  if (kolom === 'nrp_pelapor') return typeof nilai === 'string' && /^\d{8}$/.test(nilai) ? undefined : 'NRP pelapor harus 8 digit angka'
  if (kolom === 'catatan') return typeof nilai === 'string' && nilai.length <= 1000 ? undefined : 'Catatan paling panjang 1.000 huruf'
  if (typeof nilai !== 'number' || !Number.isFinite(nilai)) return 'Isi dengan angka, atau kosongkan bila tidak dilaporkan'
  if (nilai < 0) return 'Tidak boleh negatif'
  if (!Number.isInteger(nilai)) return 'Harus bilangan bulat'
  const atas = BATAS_ATAS[kolom]
  if (atas !== undefined && nilai > atas) return kolom === 'ronda_malam' ? `Ronda malam paling banyak ${atas} malam seminggu` : `Paling banyak ${fmt(atas)}`
  if (nilai > BATAS_WAJAR) return `Nilai ${fmt(nilai)} tidak wajar untuk satu minggu (paling banyak ${fmt(BATAS_WAJAR)})`
  return undefined
}

/**
 * A whole row, cell rules plus the rules between fields. Returns every problem,
 * each attached to the cell the user should fix.
 */
export function validasiBaris(b: NilaiBaris, posKamlingTotal: number | null): MasalahSel[] {
  const masalah: MasalahSel[] = []
  for (const kolom of KOLOM_SEL_MINGGUAN) {
    const pesan = validasiSel(kolom, b[kolom])
    if (pesan) masalah.push({ kolom, pesan })
  }
  return masalah.length ? masalah : masalahAntarKolom(b, posKamlingTotal)
}

/** The rules between fields alone, for a row whose every cell already passed `validasiSel`. */
export function masalahAntarKolom(b: Pick<NilaiBaris, 'masalah_ditangani' | 'masalah_selesai' | 'pos_kamling_aktif'>, posKamlingTotal: number | null): MasalahSel[] {
  const masalah: MasalahSel[] = []
  if (b.masalah_selesai !== null && b.masalah_ditangani !== null && b.masalah_selesai > b.masalah_ditangani) {
    masalah.push({ kolom: 'masalah_selesai', pesan: `Masalah selesai (${fmt(b.masalah_selesai)}) melebihi masalah ditangani (${fmt(b.masalah_ditangani)})` })
  }
  if (b.pos_kamling_aktif !== null && posKamlingTotal !== null && b.pos_kamling_aktif > posKamlingTotal) {
    masalah.push({ kolom: 'pos_kamling_aktif', pesan: `Pos kamling aktif (${fmt(b.pos_kamling_aktif)}) melebihi jumlah pos kamling desa (${fmt(posKamlingTotal)})` })
  }
  return masalah
}

export const barisKosong = (): NilaiBaris => ({
  ...(Object.fromEntries(KOLOM_MINGGUAN.map((k) => [k, null])) as { [K in KolomMingguan]: null }),
  nrp_pelapor: null,
  catatan: null,
})

/** A week counts as reported when one of the 11 counted fields is filled; NRP or note alone do not. */
export const barisDilaporkan = (b: NilaiBaris): boolean => KOLOM_MINGGUAN.some((k) => b[k] !== null)

export const mingguSchema = z
  .object({ tahun: z.number().int().min(2000, 'Tahun di luar jangkauan').max(2100, 'Tahun di luar jangkauan'), minggu: z.number().int().min(1, 'Minggu 1–53').max(53, 'Minggu 1–53') })
  .refine((m) => m.minggu <= jumlahMingguTahun(m.tahun), { message: 'Tahun ini tidak memiliki minggu ke-53', path: ['minggu'] })

export const selMingguanSchema = z.object({
  desaKode: z.string().max(20),
  kolom: z.enum(KOLOM_SEL_MINGGUAN),
  nilai: z.union([z.number(), z.string().max(2000), z.null()]),
})
export type SelMingguan = z.infer<typeof selMingguanSchema>

const KOLOM_SEL = new Set<string>(KOLOM_SEL_MINGGUAN)

/** What `selMingguanSchema` accepts unchanged: exactly its three keys, each of the right type. */
function selSah(s: unknown): boolean {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return false
  let kunci = 0
  for (const _ in s) kunci++
  if (kunci !== 3) return false
  const { desaKode, kolom, nilai } = s as Record<string, unknown>
  return (
    typeof desaKode === 'string' &&
    desaKode.length <= 20 &&
    typeof kolom === 'string' &&
    KOLOM_SEL.has(kolom) &&
    (nilai === null || (typeof nilai === 'number' && Number.isFinite(nilai)) || (typeof nilai === 'string' && nilai.length <= 2000))
  )
}

/** The cells of one save: a well-formed list is passed on as it is (see `daftarRingan`). */
export const daftarSelMingguanSchema = daftarRingan(z.array(selMingguanSchema).min(1).max(20_000), selSah, { min: 1, max: 20_000 })
