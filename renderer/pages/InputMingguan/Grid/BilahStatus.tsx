import type { ReactNode } from 'react'
import type { BarisTampil } from './jenis'
import { KOLOM_GRID } from './kolom'
import type { Posisi } from './navigasi'
import { isiSel } from './sel'

export interface MasalahGrid extends Posisi {
  teks: string
}

const BATAS_DAFTAR = 5

/** "Baris Oelami, Masalah selesai: <pesan>" — the same words on screen, in the list and for screen readers. */
export const teksMasalah = (desaNama: string, judul: string, pesan: string) => `Baris ${desaNama}, ${judul}: ${pesan}`

/** Every cell with a message, in grid order. */
export function daftarMasalah(baris: readonly BarisTampil[]): MasalahGrid[] {
  const hasil: MasalahGrid[] = []
  baris.forEach((b, i) => {
    if (Object.keys(b.draf).length === 0) return
    KOLOM_GRID.forEach((kol, k) => {
      const s = isiSel(b, kol.kunci)
      if (s.status === 'salah' && s.pesan) hasil.push({ b: i, k, teks: teksMasalah(b.info.desaNama, kol.judul, s.pesan) })
    })
  })
  return hasil
}

const KETERANGAN = { asli: '', menunggu: 'Menyimpan…', menyimpan: 'Menyimpan…', tersimpan: 'Tersimpan', salah: 'Belum tersimpan', 'belum-tersimpan': 'Belum tersimpan' } as const

interface Props {
  id: string
  baris: BarisTampil | undefined
  kolom: number
  masalah: MasalahGrid[]
  kabar: string | null
  onLompat: (p: Posisi) => void
  /** Actions on the active row, at the right of its line (kept out of the grid's description). */
  aksiBaris?: ReactNode
}

/**
 * Under the grid: the active cell (where it is, its value, its state, its
 * message), then every cell that could not be saved, each a button to go there.
 */
export function BilahStatus({ id, baris, kolom, masalah, kabar, onLompat, aksiBaris }: Props) {
  const kol = KOLOM_GRID[kolom]
  const s = baris && kol ? isiSel(baris, kol.kunci) : null
  return (
    <div className="bilah-status-grid">
      <div className="baris-status-grid">
        <p className="status-sel" id={id}>
          {baris && kol && s && (
            <>
              {s.pesan ? (
                <strong className="teks-galat-sel">⚠ {teksMasalah(baris.info.desaNama, kol.judul, s.pesan)}</strong>
              ) : (
                <>
                  <span>
                    Baris {baris.info.desaNama}, {kol.judul}: <strong>{s.tampil === '' ? 'kosong (tidak dilaporkan)' : s.tampil}</strong>
                  </span>
                  {KETERANGAN[s.status] && <span className={`keterangan-status status-${s.status}`}> · {KETERANGAN[s.status]}</span>}
                </>
              )}
            </>
          )}
          {kabar && <span className="kabar-grid"> · {kabar}</span>}
        </p>
        {aksiBaris}
      </div>
      {masalah.length > 0 && (
        <div className="daftar-masalah" role="region" aria-label="Sel yang belum tersimpan">
          <strong>{masalah.length} sel belum tersimpan — perbaiki isiannya:</strong>
          <ul>
            {masalah.slice(0, BATAS_DAFTAR).map((m) => (
              <li key={`${m.b}-${m.k}`}>
                <button type="button" className="tombol-teks tombol-masalah" onClick={() => onLompat(m)}>
                  {m.teks}
                </button>
              </li>
            ))}
            {masalah.length > BATAS_DAFTAR && <li className="redup">dan {masalah.length - BATAS_DAFTAR} sel lainnya</li>}
          </ul>
        </div>
      )}
    </div>
  )
}
