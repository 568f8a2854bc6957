import type { ReactNode } from 'react'
import type { Desa } from '../../../shared/skema-data'
import { angkaAtauKosong, KOSONG, yaTidak } from '../../lib/tampil'
import type { KolomUrut } from './saring'

export interface Kolom {
  kunci: KolomUrut
  label: string
  /** Numbers are right-aligned with tabular figures. */
  angka?: boolean
  tengah?: boolean
  isi: (d: Desa) => ReactNode
}

export const KOLOM: Kolom[] = [
  { kunci: 'kode', label: 'Kode', isi: (d) => d.kode },
  { kunci: 'nama', label: 'Nama desa', isi: (d) => d.nama },
  { kunci: 'kecamatanNama', label: 'Kecamatan', isi: (d) => d.kecamatanNama },
  { kunci: 'polsekNama', label: 'Polsek', isi: (d) => d.polsekNama ?? KOSONG },
  { kunci: 'penduduk', label: 'Penduduk', angka: true, isi: (d) => angkaAtauKosong(d.penduduk) },
  { kunci: 'jumlahKk', label: 'Jumlah KK', angka: true, isi: (d) => angkaAtauKosong(d.jumlahKk) },
  { kunci: 'posKamlingTotal', label: 'Pos kamling', angka: true, isi: (d) => angkaAtauKosong(d.posKamlingTotal) },
  { kunci: 'fkpmAktif', label: 'FKPM aktif', tengah: true, isi: (d) => yaTidak(d.fkpmAktif) },
  {
    kunci: 'koordinat',
    label: 'Koordinat',
    tengah: true,
    isi: (d) =>
      d.lintang !== null && d.bujur !== null ? (
        <>
          <span aria-hidden="true">✓</span>
          <span className="sr-only">ada</span>
        </>
      ) : (
        KOSONG
      ),
  },
]
