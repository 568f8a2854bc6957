import { type ReactNode, useEffect, useRef } from 'react'
import './bersama.css'

interface Props {
  /** id of the heading that names the dialog. */
  judulId: string
  onTutup: () => void
  children: ReactNode
  lebar?: 'sempit' | 'sedang' | 'lebar'
  peran?: 'dialog' | 'alertdialog'
  /** Extra DOM attributes for tests and styles. */
  kelas?: string
}

/**
 * A native modal <dialog>: focus is trapped by the browser, Esc closes it.
 * The element marked data-fokus-awal gets the focus when it opens (React's
 * autoFocus fires before showModal, when the dialog cannot take focus yet).
 */
export function DialogModal({ judulId, onTutup, children, lebar = 'sedang', peran = 'dialog', kelas }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (d && !d.open) d.showModal()
    d?.querySelector<HTMLElement>('[data-fokus-awal]')?.focus()
    return () => d?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${lebar}${kelas ? ` ${kelas}` : ''}`}
      role={peran === 'alertdialog' ? 'alertdialog' : undefined}
      aria-labelledby={judulId}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault()
        onTutup()
      }}
    >
      {children}
    </dialog>
  )
}
