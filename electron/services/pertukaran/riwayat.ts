import type { Konteks } from '../konteks'
import type { HitunganSheet } from './jenis'

/** What was sent and received, newest first; only the newest import not yet undone can be undone. */
export async function riwayatPertukaran(k: Konteks) {
  const s = k.bd.sqlite
  const ekspor = s.prepare('SELECT * FROM ekspor_revisi ORDER BY dibuat_pada DESC, revisi DESC LIMIT 500').all() as {
    satker_kode: string
    bulan_awal: string
    bulan_akhir: string
    revisi: number
    nama_berkas: string
    ditandatangani: number
    tanpa_data_pribadi: number
    dibuat_pada: string
    dibuat_oleh: string
  }[]
  const impor = s.prepare('SELECT * FROM impor ORDER BY id DESC LIMIT 500').all() as {
    id: number
    satker_kode: string
    bulan_awal: string
    bulan_akhir: string
    revisi: number
    nama_berkas: string
    diimpor_pada: string
    diimpor_oleh: string
    ringkasan: string
    dibatalkan_pada: string | null
  }[]
  const terakhir = impor.find((i) => i.dibatalkan_pada === null)?.id
  return {
    ekspor: ekspor.map((e) => ({
      satkerKode: e.satker_kode,
      bulanAwal: e.bulan_awal,
      bulanAkhir: e.bulan_akhir,
      revisi: e.revisi,
      namaBerkas: e.nama_berkas,
      ditandatangani: e.ditandatangani === 1,
      tanpaDataPribadi: e.tanpa_data_pribadi === 1,
      dibuatPada: e.dibuat_pada,
      dibuatOleh: e.dibuat_oleh,
    })),
    impor: impor.map((i) => ({
      id: i.id,
      satkerKode: i.satker_kode,
      bulanAwal: i.bulan_awal,
      bulanAkhir: i.bulan_akhir,
      revisi: i.revisi,
      namaBerkas: i.nama_berkas,
      diimporPada: i.diimpor_pada,
      diimporOleh: i.diimpor_oleh,
      sheet: (JSON.parse(i.ringkasan) as { sheet: HitunganSheet[] }).sheet,
      dibatalkanPada: i.dibatalkan_pada,
      bisaDibatalkan: i.id === terakhir,
    })),
  }
}
