/** Public surface of the pure IKDK engine (no I/O: callers load schemes and rows). */

export {
  KATEGORI_KEJADIAN,
  KOLOM_MASTER,
  KOLOM_MINGGUAN,
  LABEL_KATEGORI_KEJADIAN,
  LABEL_KOLOM_MASTER,
  LABEL_KOLOM_MINGGUAN,
  STATUS_KEJADIAN,
  TINGKAT_KEJADIAN,
  type KategoriKejadian,
  type KolomMaster,
  type KolomMingguan,
  type StatusKejadian,
  type TingkatKejadian,
} from './fields'

export {
  AGREGASI,
  periksaMaknaSkema,
  skemaSchema,
  validasiSkema,
  type Agregasi,
  type Arah,
  type Dimensi,
  type HasilValidasiSkema,
  type Indikator,
  type IndikatorDari,
  type KategoriSkema,
  type Skema,
  type SkemaBerkas,
} from './scheme'

export type {
  HasilDesaBulan,
  HasilRingkasDesaBulan,
  HasilDimensi,
  HasilIndikator,
  Kejadian,
  Keyakinan,
  LaporanMingguan,
  MasterDesa,
  MasukanIkdk,
  MasukanIkdkRingkas,
  RincianIndikator,
} from './types'

export { hitungIkdk, hitungIkdkRingkas, gabungDimensi } from './engine'
export { kategoriDari, keyakinanDari, peringkatKategori } from './category'
export { bulatkan3, skorNormal } from './normalise'
export { mingguTerlapor } from './month-data'
export {
  KUNCI_DILAPORKAN,
  kunciUkuran,
  ringkasDariBaris,
  ukuranIndikator,
  ukuranSkema,
  type RingkasanMingguan,
  type UkuranMingguan,
} from './weekly-summary'

export {
  LANGKAH_SENSITIVITAS,
  ujiSensitivitas,
  ujiSensitivitasHasil,
  varianSensitivitas,
  type HasilUjiSensitivitas,
  type HasilVarianDesa,
  type SensitivitasDesa,
  type VarianSensitivitas,
} from './sensitivity'

export {
  BATAS_MINGGU_TANPA_LAPORAN,
  BATAS_PENURUNAN,
  peringatanDini,
  peringatanKonflik,
  peringatanPerubahanNilai,
  peringatanTanpaLaporan,
  type JenisPeringatan,
  type MasukanPeringatan,
  type Peringatan,
  type RingkasanBulan,
} from './early-warning'
