import type { Desa } from '../../../shared/skema-data'

export interface BarisKelengkapan {
  label: string
  terisi: number
  belum: number
}

/** How much of the master data is filled in; blank is "belum diisi", 0 counts as filled. */
export function hitungKelengkapan(desa: readonly Desa[]): BarisKelengkapan[] {
  const baris = (label: string, ada: (d: Desa) => boolean): BarisKelengkapan => {
    const terisi = desa.filter(ada).length
    return { label, terisi, belum: desa.length - terisi }
  }
  return [
    baris('Penduduk', (d) => d.penduduk !== null),
    baris('Jumlah KK', (d) => d.jumlahKk !== null),
    baris('Pos kamling', (d) => d.posKamlingTotal !== null),
    baris('FKPM aktif', (d) => d.fkpmAktif !== null),
    baris('Koordinat', (d) => d.lintang !== null && d.bujur !== null),
  ]
}
