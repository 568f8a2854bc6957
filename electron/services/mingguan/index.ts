export { ambilMingguan, type BarisGrid } from './ambil'
export { kelengkapanMingguan, type KelengkapanPolsek } from './kelengkapan'
export { simpanMingguan, type HasilSimpanMingguan } from './simpan'
