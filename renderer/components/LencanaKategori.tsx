import { LABEL_TANPA_NILAI, warnaKategori, warnaTeksKategori } from '../../shared/warna-kategori'
import './ikdk.css'

interface Props {
  kategori: string | null
  /** The scheme's category names from safest to least safe, for non-default names. */
  urutan?: readonly string[]
  /** Text when there is no category (no IKDK value). */
  teksKosong?: string
}

/** A category as a coloured badge that always carries its word; no value = grey hatch. */
export function LencanaKategori({ kategori, urutan, teksKosong = LABEL_TANPA_NILAI }: Props) {
  if (kategori === null) return <span className="lencana lencana-kosong">{teksKosong}</span>
  const latar = warnaKategori(kategori, urutan)
  return (
    <span className="lencana" style={{ background: latar, color: warnaTeksKategori(latar) }}>
      {kategori}
    </span>
  )
}
