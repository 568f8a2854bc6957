import type { ArahUrut } from './navigasi-baris'

interface Props<K extends string> {
  kunci: K
  label: string
  urut: { kolom: K; arah: ArahUrut }
  onUrut: (kolom: K) => void
  kanan?: boolean
  /** Centred column (e.g. yes/no). */
  tengah?: boolean
}

/** A sortable column header: a button, with aria-sort on the active column. */
export function KepalaUrut<K extends string>({ kunci, label, urut, onUrut, kanan, tengah }: Props<K>) {
  const aktif = urut.kolom === kunci
  return (
    <th scope="col" className={kanan ? 'kanan' : tengah ? 'tengah' : undefined} aria-sort={aktif ? (urut.arah === 'naik' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="tombol-urut" onClick={() => onUrut(kunci)}>
        {label}
        {aktif && (
          <span className="tanda-urut" aria-hidden="true">
            {urut.arah === 'naik' ? '▲' : '▼'}
          </span>
        )}
      </button>
    </th>
  )
}

/** Clicking the active column flips its direction; another column starts ascending. */
export function urutBerikut<K extends string>(u: { kolom: K; arah: ArahUrut }, kolom: K): { kolom: K; arah: ArahUrut } {
  return u.kolom === kolom ? { kolom, arah: u.arah === 'naik' ? 'turun' : 'naik' } : { kolom, arah: 'naik' }
}
