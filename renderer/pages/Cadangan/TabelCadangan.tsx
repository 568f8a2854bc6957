import type { Keluaran } from '../../../shared/api'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { formatWaktu } from '../../lib/waktu'
import { formatUkuran, labelAlasan } from './tampil'

export type InfoCadangan = Keluaran<'cadangan:daftar'>['cadangan'][number]

interface Props {
  cadangan: InfoCadangan[]
  zona: ZonaWaktu
  /** Absent when the user may not restore (only Admin may): the list is read-only. */
  onPulihkan?: (c: InfoCadangan) => void
  /** Disabled while another restore runs. */
  sibuk?: boolean
}

/** The backups in the data folder, newest first, each restorable. */
export function TabelCadangan({ cadangan, zona, onPulihkan, sibuk = false }: Props) {
  return (
    <div className="wadah-tabel wadah-cadangan">
      <table className="tabel tabel-daftar tabel-cadangan">
        <caption className="sr-only">Cadangan di folder data, terbaru di atas</caption>
        <thead>
          <tr>
            <th scope="col">Waktu</th>
            <th scope="col">Alasan</th>
            <th scope="col" className="kanan">
              Ukuran
            </th>
            {onPulihkan && (
              <th scope="col">
                <span className="sr-only">Tindakan</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {cadangan.map((c, i) => (
            <tr key={c.nama} data-nama={c.nama}>
              <th scope="row" className="nowrap">
                {formatWaktu(c.waktu, zona)}
                {i === 0 && <span className="lencana-terbaru">terbaru</span>}
              </th>
              <td>{labelAlasan(c.alasan)}</td>
              <td className="angka">{formatUkuran(c.ukuran)}</td>
              {onPulihkan && (
                <td className="sel-tindakan">
                  <button type="button" className="tombol tombol-kecil" disabled={sibuk} onClick={() => onPulihkan(c)} aria-label={`Pulihkan cadangan ${formatWaktu(c.waktu, zona)}`}>
                    Pulihkan
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
