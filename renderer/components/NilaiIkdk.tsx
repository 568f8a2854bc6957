import { formatAngka } from '../../shared/format'
import { NilaiNA } from './NilaiNA'

interface Props {
  nilai: number | null
  keyakinan?: string | null
  /** Why there is no value, shown on hover and to screen readers. */
  alasanNA?: string | undefined
}

/** An IKDK value with one decimal ("64,4"); low confidence is marked, never hidden. */
export function NilaiIkdk({ nilai, keyakinan, alasanNA }: Props) {
  if (nilai === null) {
    return <NilaiNA alasan={alasanNA} />
  }
  return (
    <span className="nilai-ikdk">
      {formatAngka(nilai, 1)}
      {keyakinan === 'Rendah' && (
        <span className="tanda-rendah" title="Keyakinan rendah: kurang dari separuh minggu bulan ini dilaporkan">
          {' '}
          (rendah)
        </span>
      )}
    </span>
  )
}
