import type { ReactNode } from 'react'
import { formatTanggal } from '../../../shared/format'
import { type Kejadian, LABEL_STATUS, LABEL_TINGKAT } from '../../../shared/kejadian'
import { IkonKunci } from '../../components/IkonKunci'
import { KepalaUrut } from '../../components/KepalaUrut'
import { type ArahUrut, pindahBaris } from '../../components/navigasi-baris'
import { labelKategori } from './formulir'
import type { KolomKejadian } from './saring'

interface Props {
  kejadian: Kejadian[]
  urut: { kolom: KolomKejadian; arah: ArahUrut }
  onUrut: (k: KolomKejadian) => void
  dipilih: ReadonlySet<string>
  /** Absent when the user may not delete (Pimpinan, Mode Polda): no tick column then. */
  onPilihan?: (ids: ReadonlySet<string>) => void
  fokus: string | null
  onFokus: (id: string) => void
  onBuka: (id: string) => void
  kosong: ReactNode
}

const JUMLAH_KOLOM = 7

/**
 * The register. One row is in the Tab order: arrows move, Enter opens the
 * form, Space ticks the row for deletion. Rows of a locked month cannot be
 * ticked and carry the word "Terkunci". Without `onPilihan` nothing is ticked.
 */
export function TabelKejadian({ kejadian, urut, onUrut, dipilih, onPilihan, fokus, onFokus, onBuka, kosong }: Props) {
  const indeksFokus = Math.max(0, kejadian.findIndex((k) => k.id === fokus))
  const bisaDipilih = kejadian.filter((k) => !k.terkunci)
  const semuaDipilih = bisaDipilih.length > 0 && bisaDipilih.every((k) => dipilih.has(k.id))

  const bisaTandai = onPilihan !== undefined

  function alih(id: string) {
    const baru = new Set(dipilih)
    if (baru.has(id)) baru.delete(id)
    else baru.add(id)
    onPilihan?.(baru)
  }

  return (
    <div className="wadah-tabel">
      <table className="tabel tabel-daftar tabel-kejadian">
        <caption className="sr-only">
          {bisaTandai ? 'Register kejadian dan deteksi dini. Panah atas/bawah memilih baris, Enter membuka, Spasi menandai untuk dihapus.' : 'Register kejadian dan deteksi dini. Panah atas/bawah memilih baris.'}
        </caption>
        <thead>
          <tr>
            {bisaTandai && (
              <th scope="col" className="sel-pilih">
                <input
                  type="checkbox"
                  aria-label="Tandai semua kejadian yang dapat dihapus"
                  checked={semuaDipilih}
                  disabled={bisaDipilih.length === 0}
                  onChange={(e) => onPilihan?.(e.target.checked ? new Set(bisaDipilih.map((k) => k.id)) : new Set())}
                />
              </th>
            )}
            <KepalaUrut kunci="tanggal" label="Tanggal" urut={urut} onUrut={onUrut} />
            <KepalaUrut kunci="desaNama" label="Desa" urut={urut} onUrut={onUrut} />
            <KepalaUrut kunci="kategori" label="Kategori" urut={urut} onUrut={onUrut} />
            <KepalaUrut kunci="tingkat" label="Tingkat" urut={urut} onUrut={onUrut} />
            <KepalaUrut kunci="status" label="Status" urut={urut} onUrut={onUrut} />
            <th scope="col">Uraian</th>
            <th scope="col">Periode</th>
          </tr>
        </thead>
        <tbody>
          {kejadian.length === 0 && (
            <tr>
              <td colSpan={JUMLAH_KOLOM + (bisaTandai ? 1 : 0)} className="sel-kosong">
                {kosong}
              </td>
            </tr>
          )}
          {kejadian.map((k, i) => (
            <tr
              key={k.id}
              data-id={k.id}
              tabIndex={i === indeksFokus ? 0 : -1}
              className={[k.id === fokus ? 'baris-terpilih' : '', k.terkunci ? 'baris-terkunci' : ''].filter(Boolean).join(' ') || undefined}
              onClick={(e) => {
                if ((e.target as HTMLElement).closest('input')) return
                onFokus(k.id)
                onBuka(k.id)
              }}
              onFocus={() => onFokus(k.id)}
              onKeyDown={(e) => {
                if (e.target !== e.currentTarget) return
                if (e.key === 'Enter') {
                  e.preventDefault()
                  onBuka(k.id)
                } else if (e.key === ' ') {
                  e.preventDefault()
                  if (bisaTandai && !k.terkunci) alih(k.id)
                } else {
                  const ke = pindahBaris(e, i, kejadian.length)
                  if (ke !== null) onFokus(kejadian[ke]!.id)
                }
              }}
            >
              {bisaTandai && (
                <td className="sel-pilih">
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    aria-label={`Tandai kejadian ${formatTanggal(k.tanggal)} di Desa ${k.desaNama}`}
                    checked={dipilih.has(k.id)}
                    disabled={k.terkunci}
                    onChange={() => alih(k.id)}
                  />
                </td>
              )}
              <td className="nowrap angka-kiri">{formatTanggal(k.tanggal)}</td>
              <td>
                {k.desaNama}
                <span className="sub-sel">Kec. {k.kecamatanNama}</span>
              </td>
              <td>{labelKategori(k.kategori)}</td>
              <td className={`tingkat tingkat-${k.tingkat}`}>{LABEL_TINGKAT[k.tingkat]}</td>
              <td>
                <span className={`lencana lencana-${k.status}`}>{LABEL_STATUS[k.status]}</span>
                {k.tanggalSelesai && <span className="sub-sel">{formatTanggal(k.tanggalSelesai)}</span>}
              </td>
              <td className="sel-uraian" title={k.uraian}>
                <div className="uraian-ringkas">{k.uraian}</div>
              </td>
              <td>
                {k.terkunci && (
                  <span className="lencana lencana-kunci">
                    <IkonKunci />
                    Terkunci
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
