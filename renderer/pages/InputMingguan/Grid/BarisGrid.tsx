import { memo } from 'react'
import { EditorSel } from './EditorSel'
import type { BarisTampil } from './jenis'
import { KOLOM_GRID } from './kolom'
import type { Arah } from './navigasi'
import { isiSel } from './sel'

export interface AksiBaris {
  pilih: (b: number, k: number, perluas: boolean) => void
  ubah: (b: number, k: number) => void
  selesai: (teks: string, arah: Arah | null, bungkus: boolean) => void
  batal: () => void
  tempelBlok: (teks: string) => void
}

interface Props {
  baris: BarisTampil
  indeks: number
  /** Active data column in this row, or -1. */
  aktif: number
  /** Selected column range in this row, or null. */
  pilih: readonly [number, number] | null
  edit: { awal: string; mode: 'ganti' | 'ubah' } | null
  bacaSaja: boolean
  aksi: AksiBaris
}

const LABEL_STATUS = { asli: '', menunggu: 'menyimpan', menyimpan: 'menyimpan', tersimpan: 'tersimpan', salah: 'belum tersimpan', 'belum-tersimpan': 'belum tersimpan' } as const

export const idSel = (b: number, k: number) => `sel-${b}-${k}`

/**
 * One desa row. Memoised: a keystroke re-renders only the rows whose props
 * changed (the edited row, the rows the cursor left and entered).
 */
export const BarisGrid = memo(function BarisGrid({ baris, indeks, aktif, pilih, edit, bacaSaja, aksi }: Props) {
  const { info } = baris
  return (
    <div role="row" aria-rowindex={indeks + 2} className="baris-grid" data-kode={info.desaKode}>
      <div role="rowheader" className="sel-desa" title={`${info.desaNama} — Kec. ${info.kecamatanNama}${info.bhabinkamtibmas ? ` — ${info.bhabinkamtibmas}` : ''}`}>
        <span className="desa-nama">{info.desaNama}</span>
        <span className="desa-sub">
          {info.kecamatanNama} · {info.bhabinkamtibmas ?? <em>belum ada Bhabinkamtibmas</em>}
        </span>
      </div>
      {KOLOM_GRID.map((kol, k) => {
        const s = isiSel(baris, kol.kunci)
        const diEdit = edit !== null && k === aktif
        const terpilih = pilih !== null && k >= pilih[0] && k <= pilih[1]
        const kelas = ['sel', kol.angka ? 'sel-angka' : 'sel-teks', `sel-${s.status}`, k === aktif ? 'sel-aktif' : '', terpilih ? 'sel-terpilih' : ''].filter(Boolean).join(' ')
        return (
          <div
            key={kol.kunci}
            role="gridcell"
            id={idSel(indeks, k)}
            aria-colindex={k + 2}
            aria-selected={terpilih}
            aria-invalid={s.status === 'salah' || undefined}
            aria-readonly={bacaSaja || undefined}
            className={kelas}
            data-kolom={kol.kunci}
            data-status={s.status}
            title={s.pesan ?? undefined}
            onMouseDown={(e) => {
              if (e.button !== 0 || diEdit) return
              aksi.pilih(indeks, k, e.shiftKey)
            }}
            onDoubleClick={() => aksi.ubah(indeks, k)}
          >
            {diEdit ? (
              <EditorSel
                awal={edit.awal}
                mode={edit.mode}
                label={`${info.desaNama}, ${kol.judul}`}
                angka={kol.angka}
                onSelesai={aksi.selesai}
                onBatal={aksi.batal}
                onTempelBlok={aksi.tempelBlok}
              />
            ) : (
              <>
                <span className="nilai-sel">{s.tampil}</span>
                {s.status !== 'asli' && <span className="sr-only"> ({LABEL_STATUS[s.status]})</span>}
              </>
            )}
          </div>
        )
      })}
    </div>
  )
})
