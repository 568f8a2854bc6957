import type { KeyboardEvent, ReactNode } from 'react'
import type { Desa } from '../../../shared/skema-data'
import { KepalaUrut } from '../../components/KepalaUrut'
import { KOLOM } from './kolom'
import type { ArahUrut, KolomUrut } from './saring'

interface Props {
  desa: Desa[]
  urut: { kolom: KolomUrut; arah: ArahUrut }
  onUrut: (kolom: KolomUrut) => void
  terpilih: string | null
  onPilih: (kode: string) => void
  /** Absent when the user may only read (Pimpinan, Mode Polda): rows open nothing. */
  onBuka?: (kode: string) => void
  kosong: ReactNode
}

const LOMPAT_HALAMAN = 10

/**
 * All desa in one table with a sticky header. One row at a time is in the Tab
 * order (roving tabindex); arrows move, Enter opens the edit dialog.
 */
export function TabelDesa({ desa, urut, onUrut, terpilih, onPilih, onBuka, kosong }: Props) {
  const indeksTerpilih = Math.max(0, desa.findIndex((d) => d.kode === terpilih))

  function pindah(e: KeyboardEvent<HTMLTableRowElement>, i: number) {
    let ke: number | null = null
    if (e.key === 'ArrowDown') ke = Math.min(desa.length - 1, i + 1)
    else if (e.key === 'ArrowUp') ke = Math.max(0, i - 1)
    else if (e.key === 'PageDown') ke = Math.min(desa.length - 1, i + LOMPAT_HALAMAN)
    else if (e.key === 'PageUp') ke = Math.max(0, i - LOMPAT_HALAMAN)
    else if (e.key === 'Home') ke = 0
    else if (e.key === 'End') ke = desa.length - 1
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault()
      onBuka?.(desa[i]!.kode)
      return
    }
    if (ke === null) return
    e.preventDefault()
    onPilih(desa[ke]!.kode)
    const baris = e.currentTarget.parentElement?.children[ke] as HTMLElement | undefined
    baris?.focus()
  }

  return (
    <div className="wadah-tabel">
      <table className="tabel tabel-desa">
        <caption className="sr-only">Daftar desa/kelurahan. Klik judul kolom untuk mengurutkan. Pilih baris dengan panah atas/bawah{onBuka ? ', tekan Enter untuk mengubah' : ''}.</caption>
        <thead>
          <tr>
            {KOLOM.map((k) => (
              <KepalaUrut key={k.kunci} kunci={k.kunci} label={k.label} urut={urut} onUrut={onUrut} kanan={k.angka} tengah={k.tengah} />
            ))}
          </tr>
        </thead>
        <tbody>
          {desa.length === 0 && (
            <tr>
              <td colSpan={KOLOM.length} className="sel-kosong">
                {kosong}
              </td>
            </tr>
          )}
          {desa.map((d, i) => (
            <tr
              key={d.kode}
              data-kode={d.kode}
              tabIndex={i === indeksTerpilih ? 0 : -1}
              className={d.kode === terpilih ? 'baris-terpilih' : undefined}
              onClick={() => {
                onPilih(d.kode)
                onBuka?.(d.kode)
              }}
              onFocus={() => onPilih(d.kode)}
              onKeyDown={(e) => pindah(e, i)}
            >
              {KOLOM.map((k) => (
                <td key={k.kunci} className={k.angka ? 'angka' : k.tengah ? 'tengah' : k.kunci === 'kode' ? 'kode' : undefined}>
                  {k.isi(d)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
