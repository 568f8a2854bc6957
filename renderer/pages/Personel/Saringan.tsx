import type { Polsek } from '../../../shared/skema-data'
import { type SaringanPersonel, TANPA_POLSEK } from './saring'

interface Props {
  saringan: SaringanPersonel
  onUbah: (s: SaringanPersonel) => void
  polsek: Polsek[]
  jabatan: string[]
}

/** Search by name or NRP, filter by Polsek and jabatan. */
export function BarisSaringanPersonel({ saringan, onUbah, polsek, jabatan }: Props) {
  return (
    <div className="baris-saringan" role="search">
      <div className="bidang">
        <label htmlFor="cari-personel">Cari nama atau NRP</label>
        <input id="cari-personel" type="search" autoComplete="off" value={saringan.cari} onChange={(e) => onUbah({ ...saringan, cari: e.target.value })} />
      </div>
      <div className="bidang">
        <label htmlFor="saring-polsek-personel">Polsek</label>
        <select id="saring-polsek-personel" value={saringan.polsekId} onChange={(e) => onUbah({ ...saringan, polsekId: e.target.value })}>
          <option value="">Semua Polsek</option>
          <option value={TANPA_POLSEK}>Polres (tanpa Polsek)</option>
          {polsek.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.nama}
            </option>
          ))}
        </select>
      </div>
      <div className="bidang">
        <label htmlFor="saring-jabatan">Jabatan</label>
        <select id="saring-jabatan" value={saringan.jabatan} onChange={(e) => onUbah({ ...saringan, jabatan: e.target.value })}>
          <option value="">Semua jabatan</option>
          {jabatan.map((j) => (
            <option key={j} value={j}>
              {j}
            </option>
          ))}
        </select>
      </div>
    </div>
  )
}
