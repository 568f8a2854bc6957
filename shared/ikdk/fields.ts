/**
 * The closed vocabularies the IKDK engine and scheme files refer to, with the
 * Indonesian labels used in explanations ("Mengapa nilai ini?").
 */

/** The 11 weekly fields: a week is "reported" when at least one is filled. */
export const KOLOM_MINGGUAN = [
  'kk_dikunjungi',
  'penyuluhan',
  'masalah_ditangani',
  'masalah_selesai',
  'info_deteksi_dini',
  'pos_kamling_aktif',
  'ronda_malam',
  'pertemuan_fkpm',
  'pertemuan_3pilar',
  'kegiatan_pangan',
  'sosialisasi_pilkada',
] as const
export type KolomMingguan = (typeof KOLOM_MINGGUAN)[number]

/** Master data of a desa that indicators may divide by. */
export const KOLOM_MASTER = ['penduduk', 'jumlah_kk', 'pos_kamling_total'] as const
export type KolomMaster = (typeof KOLOM_MASTER)[number]

export const KATEGORI_KEJADIAN = [
  'tindak_pidana',
  'konflik_sosial',
  'konflik_agraria',
  'penimbunan',
  'distribusi_pangan',
  'unjuk_rasa',
  'hoaks',
  'narkoba',
  'kenakalan_remaja',
  'bencana',
  'laka_lantas',
  'lainnya',
] as const
export type KategoriKejadian = (typeof KATEGORI_KEJADIAN)[number]

/** Polri's three levels: potential, threshold, actual disturbance. */
export const TINGKAT_KEJADIAN = ['potensi', 'ambang', 'nyata'] as const
export type TingkatKejadian = (typeof TINGKAT_KEJADIAN)[number]

export const STATUS_KEJADIAN = ['terbuka', 'selesai'] as const
export type StatusKejadian = (typeof STATUS_KEJADIAN)[number]

export const LABEL_KOLOM_MINGGUAN: Record<KolomMingguan, string> = {
  kk_dikunjungi: 'KK dikunjungi',
  penyuluhan: 'penyuluhan',
  masalah_ditangani: 'masalah ditangani',
  masalah_selesai: 'masalah selesai',
  info_deteksi_dini: 'info deteksi dini',
  pos_kamling_aktif: 'pos kamling aktif',
  ronda_malam: 'ronda malam',
  pertemuan_fkpm: 'pertemuan FKPM',
  pertemuan_3pilar: 'pertemuan 3 Pilar',
  kegiatan_pangan: 'kegiatan ketahanan pangan',
  sosialisasi_pilkada: 'sosialisasi Pilkada',
}

export const LABEL_KOLOM_MASTER: Record<KolomMaster, string> = {
  penduduk: 'jumlah penduduk',
  jumlah_kk: 'jumlah KK',
  pos_kamling_total: 'jumlah pos kamling',
}

export const LABEL_KATEGORI_KEJADIAN: Record<KategoriKejadian, string> = {
  tindak_pidana: 'tindak pidana',
  konflik_sosial: 'konflik sosial',
  konflik_agraria: 'konflik agraria',
  penimbunan: 'penimbunan',
  distribusi_pangan: 'gangguan distribusi pangan',
  unjuk_rasa: 'unjuk rasa',
  hoaks: 'hoaks',
  narkoba: 'narkoba',
  kenakalan_remaja: 'kenakalan remaja',
  bencana: 'bencana',
  laka_lantas: 'laka lantas',
  lainnya: 'lainnya',
}
