export const TEKS_BAWAAN = 'Skema bawaan Binmas Desk — bukan standar resmi Polri'

interface Props {
  skema: { id: string; versi: number; nama: string; catatan?: string }
}

/** Which scheme produced the values; the default is always labelled as not an official standard. */
export function LabelSkema({ skema }: Props) {
  const bawaan = skema.id === 'bawaan'
  return (
    <p className="label-skema">
      <span className="redup">Skema:</span> <strong>{skema.nama}</strong>{' '}
      <span className="redup">
        ({skema.id} versi {skema.versi})
      </span>
      {bawaan ? <span className="label-bawaan">{TEKS_BAWAAN}</span> : skema.catatan ? <span className="redup"> · {skema.catatan}</span> : null}{' '}
      <a href="#/metodologi">Metodologi</a>
    </p>
  )
}
