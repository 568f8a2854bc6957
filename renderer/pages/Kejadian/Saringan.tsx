import { namaBulan } from '../../../shared/format'
import { KATEGORI_KEJADIAN, LABEL_STATUS, LABEL_TINGKAT, STATUS_KEJADIAN, TINGKAT_KEJADIAN } from '../../../shared/kejadian'
import { idBidang } from '../../components/Bidang'
import { PilihDesa } from '../../components/PilihDesa'
import type { DesaPilihan } from '../../components/pilih-desa'
import { labelKategori } from './formulir'
import type { SaringanKejadian } from './saring'

interface Props {
  saringan: SaringanKejadian
  onUbah: (s: SaringanKejadian) => void
  bulan: { bulan: string; terkunci: boolean }[]
  desa: DesaPilihan[]
}

/** The filter row: month, desa (searchable), kategori, tingkat, status. */
export function BarisSaringanKejadian({ saringan, onUbah, bulan, desa }: Props) {
  const ubah = (k: keyof SaringanKejadian) => (v: string) => onUbah({ ...saringan, [k]: v })
  return (
    <div className="baris-saringan saringan-kejadian" role="search" aria-label="Saring kejadian">
      <div className="bidang">
        <label htmlFor="saring-bulan">Bulan</label>
        <select id="saring-bulan" value={saringan.bulan} onChange={(e) => ubah('bulan')(e.target.value)}>
          <option value="">Semua bulan</option>
          {bulan.map((b) => (
            <option key={b.bulan} value={b.bulan}>
              {namaBulan(b.bulan)}
              {b.terkunci ? ' (terkunci)' : ''}
            </option>
          ))}
        </select>
      </div>
      <div className="bidang bidang-desa-saring">
        <label htmlFor={idBidang('saring-desa')}>Desa</label>
        <PilihDesa kunci="saring-desa" desa={desa} kode={saringan.desaKode} onPilih={ubah('desaKode')} placeholder="Semua desa — ketik nama" />
      </div>
      <div className="bidang">
        <label htmlFor="saring-kategori">Kategori</label>
        <select id="saring-kategori" value={saringan.kategori} onChange={(e) => ubah('kategori')(e.target.value)}>
          <option value="">Semua kategori</option>
          {KATEGORI_KEJADIAN.map((k) => (
            <option key={k} value={k}>
              {labelKategori(k)}
            </option>
          ))}
        </select>
      </div>
      <div className="bidang">
        <label htmlFor="saring-tingkat">Tingkat</label>
        <select id="saring-tingkat" value={saringan.tingkat} onChange={(e) => ubah('tingkat')(e.target.value)}>
          <option value="">Semua tingkat</option>
          {TINGKAT_KEJADIAN.map((t) => (
            <option key={t} value={t}>
              {LABEL_TINGKAT[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="bidang">
        <label htmlFor="saring-status">Status</label>
        <select id="saring-status" value={saringan.status} onChange={(e) => ubah('status')(e.target.value)}>
          <option value="">Semua status</option>
          {STATUS_KEJADIAN.map((s) => (
            <option key={s} value={s}>
              {LABEL_STATUS[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
