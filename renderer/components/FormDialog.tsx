import type { ReactNode } from 'react'
import { Pemberitahuan } from './Pemberitahuan'

/**
 * A dialog's form: the browser's own validation stays off (our messages sit
 * under the fields, in Indonesian) and a submit never reloads the page.
 * `onKirim` gets the form, to move the focus to the first invalid field.
 */
export function FormDialog({ onKirim, children }: { onKirim: (form: HTMLFormElement) => void; children: ReactNode }) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        onKirim(e.currentTarget)
      }}
    >
      {children}
    </form>
  )
}

/**
 * The foot of a dialog's form: why saving failed (when it did), then the
 * submit button — showing `labelSibuk` while the work runs — and the cancel
 * button; `children` follow the buttons (e.g. a "✓ Tersimpan" status).
 */
export function KakiDialog({
  label,
  sibuk,
  onBatal,
  gagal,
  labelSibuk = 'Menyimpan…',
  labelBatal = 'Batal',
  children,
}: {
  label: string
  sibuk: boolean
  onBatal: () => void
  gagal?: string | null
  labelSibuk?: string
  labelBatal?: string
  children?: ReactNode
}) {
  return (
    <>
      {gagal && <Pemberitahuan jenis="galat">{gagal}</Pemberitahuan>}
      <div className="tombol-dialog">
        <button type="submit" className="tombol tombol-utama" disabled={sibuk} aria-busy={sibuk}>
          {sibuk ? labelSibuk : label}
        </button>
        <button type="button" className="tombol" onClick={onBatal}>
          {labelBatal}
        </button>
        {children}
      </div>
    </>
  )
}
