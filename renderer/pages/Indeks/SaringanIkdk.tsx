import { type SaringanIkdk, TANPA_NILAI } from './saring'

interface Props {
  saringan: SaringanIkdk
  onUbah: (s: SaringanIkdk) => void
  polsek: { id: number; nama: string }[]
  kategori: readonly string[]
}

/** Polsek, kategori and search filters above the Indeks table. */
export function BarisSaringanIkdk({ saringan, onUbah, polsek, kategori }: Props) {
  return (
    <>
      <div className="bidang">
        <label htmlFor="saring-polsek-ikdk">Polsek</label>
        <select id="saring-polsek-ikdk" value={saringan.polsekId} onChange={(e) => onUbah({ ...saringan, polsekId: e.target.value })}>
          <option value="">Semua Polsek</option>
          {polsek.map((p) => (
            <option key={p.id} value={String(p.id)}>
              {p.nama}
            </option>
          ))}
        </select>
      </div>
      <div className="bidang">
        <label htmlFor="saring-kategori-ikdk">Kategori</label>
        <select id="saring-kategori-ikdk" value={saringan.kategori} onChange={(e) => onUbah({ ...saringan, kategori: e.target.value })}>
          <option value="">Semua kategori</option>
          {kategori.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
          <option value={TANPA_NILAI}>Tanpa nilai (N/A)</option>
        </select>
      </div>
      <div className="bidang">
        <label htmlFor="cari-desa-ikdk">Cari desa atau kecamatan</label>
        <input id="cari-desa-ikdk" type="search" value={saringan.cari} autoComplete="off" onChange={(e) => onUbah({ ...saringan, cari: e.target.value })} />
      </div>
    </>
  )
}
