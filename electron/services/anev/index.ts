export { kumpulkanAnev, mingguPeriode, LABEL_KEGIATAN } from './kumpul'
export { bukaArsipAnev, cetakAnev, cetakArsipAnev, cetakDokumen, daftarArsipAnev, hitungHalamanPdf, lampiranAnev, siapkanAnev, simpanDrafAnev } from './layanan'
export { bukuLampiran } from './lampiran'
export { penanganAnev } from './penangan'
