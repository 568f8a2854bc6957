import { type ReactNode, useId, useState } from 'react'
import { pesanGalat } from '../lib/galat'
import { DialogModal } from './Dialog'
import { Pemberitahuan } from './Pemberitahuan'

interface Props {
  /** The question, naming what is lost: "Hapus 3 kejadian?". */
  judul: string
  children: ReactNode
  /** The button that does it: "Hapus", "Kunci Periode". */
  labelYa: string
  bahaya?: boolean
  onYa: () => Promise<void>
  onBatal: () => void
}

/**
 * Asks before a destructive or hard-to-undo action. "Batal" has the focus, so
 * an Enter pressed by habit does nothing harmful; a refusal from the server is
 * shown inside the dialog.
 */
export function Konfirmasi({ judul, children, labelYa, bahaya = false, onYa, onBatal }: Props) {
  const id = useId()
  const [sibuk, setSibuk] = useState(false)
  const [galat, setGalat] = useState<string | null>(null)

  async function ya() {
    setSibuk(true)
    setGalat(null)
    try {
      await onYa()
    } catch (e) {
      setGalat(pesanGalat(e))
      setSibuk(false)
    }
  }

  return (
    <DialogModal judulId={`${id}-judul`} onTutup={onBatal} lebar="sempit" peran="alertdialog" kelas="dialog-konfirmasi">
      <h2 id={`${id}-judul`}>{judul}</h2>
      <div className="isi-konfirmasi">{children}</div>
      {galat && <Pemberitahuan jenis="galat">{galat}</Pemberitahuan>}
      <div className="tombol-dialog">
        <button type="button" className={`tombol ${bahaya ? 'tombol-bahaya' : 'tombol-utama'}`} disabled={sibuk} aria-busy={sibuk} onClick={() => void ya()}>
          {sibuk ? 'Memproses…' : labelYa}
        </button>
        <button type="button" className="tombol" data-fokus-awal onClick={onBatal} disabled={sibuk}>
          Batal
        </button>
      </div>
    </DialogModal>
  )
}
