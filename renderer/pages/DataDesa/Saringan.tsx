import type { Polsek } from '../../../shared/skema-data'
import type { Saringan } from './saring'

interface Props {
  saringan: Saringan
  onUbah: (s: Saringan) => void
  kecamatan: { kode: string; nama: string }[]
  polsek: Polsek[]
}

/** Search box and the kecamatan/Polsek filters above the table. */
export function BarisSaringan({ saringan, onUbah, kecamatan, polsek }: Props) {
  return (
    <div className="baris-saringan" role="search">
      <div className="bidang bidang-cari">
        <label htmlFor="cari-desa">Cari desa, kecamatan, atau kode</label>
        <input id="cari-desa" type="search" value={saringan.cari} autoComplete="off" onChange={(e) => onUbah({ ...saringan, cari: e.target.value })} />
      </div>
      <div className="bidang">
        <label htmlFor="saring-polsek">Polsek</label>
        <select id="saring-polsek" value={saringan.polsekId} onChange={(e) => onUbah({ ...saringan, polsekId: e.target.value, kecamatanKode: '' })}>
          <option value="">Semua Polsek</option>
          {polsek.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.nama}
            </option>
          ))}
        </select>
      </div>
      <div className="bidang">
        <label htmlFor="saring-kecamatan">Kecamatan</label>
        <select id="saring-kecamatan" value={saringan.kecamatanKode} onChange={(e) => onUbah({ ...saringan, kecamatanKode: e.target.value })}>
          <option value="">Semua kecamatan</option>
          {kecamatan.map((k) => (
            <option key={k.kode} value={k.kode}>
              {k.nama}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
