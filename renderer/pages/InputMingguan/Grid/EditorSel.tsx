import { type KeyboardEvent, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Arah } from './navigasi'

interface Props {
  awal: string
  /** 'ganti': started by typing, arrows commit and move (like Excel); 'ubah': F2/Enter, arrows move the caret. */
  mode: 'ganti' | 'ubah'
  label: string
  angka: boolean
  onSelesai: (teks: string, arah: Arah | null, bungkus: boolean) => void
  onBatal: () => void
  onTempelBlok: (teks: string) => void
}

/** The in-cell editor. Its text is local state, so typing re-renders this input only. */
export function EditorSel({ awal, mode, label, angka, onSelesai, onBatal, onTempelBlok }: Props) {
  const [teks, setTeks] = useState(awal)
  const ref = useRef<HTMLInputElement>(null)
  const selesai = useRef(false)
  const akhiriRef = useRef<(arah: Arah | null, bungkus?: boolean) => void>(() => {})

  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    el.focus({ preventScroll: true })
    el.setSelectionRange(el.value.length, el.value.length)
  }, [])

  akhiriRef.current = (arah, bungkus = false) => {
    if (selesai.current) return
    selesai.current = true
    onSelesai(ref.current?.value ?? teks, arah, bungkus)
  }

  // Scrolled out of the virtual window while editing: keep what was typed.
  useEffect(() => () => akhiriRef.current(null), [])

  function tekan(e: KeyboardEvent<HTMLInputElement>) {
    e.stopPropagation()
    const akhiri = (arah: Arah, bungkus = false) => {
      e.preventDefault()
      akhiriRef.current(arah, bungkus)
    }
    if (e.key === 'Enter') akhiri(e.shiftKey ? 'atas' : 'bawah')
    else if (e.key === 'Tab') akhiri(e.shiftKey ? 'kiri' : 'kanan', true)
    else if (e.key === 'ArrowUp') akhiri('atas')
    else if (e.key === 'ArrowDown') akhiri('bawah')
    else if (mode === 'ganti' && e.key === 'ArrowLeft') akhiri('kiri')
    else if (mode === 'ganti' && e.key === 'ArrowRight') akhiri('kanan')
    else if (e.key === 'Escape') {
      e.preventDefault()
      selesai.current = true
      onBatal()
    }
  }

  return (
    <input
      ref={ref}
      className={`editor-sel${angka ? ' editor-angka' : ''}`}
      aria-label={label}
      value={teks}
      inputMode={angka ? 'numeric' : undefined}
      maxLength={angka ? 30 : 1000}
      spellCheck={false}
      autoComplete="off"
      onChange={(e) => setTeks(e.target.value)}
      onKeyDown={tekan}
      onBlur={() => akhiriRef.current(null)}
      onPaste={(e) => {
        // A block from a spreadsheet goes to the grid; a single value is pasted as text.
        const isi = e.clipboardData.getData('text/plain').replace(/\r?\n$/, '')
        if (/[\t\n]/.test(isi)) {
          e.preventDefault()
          e.stopPropagation()
          selesai.current = true
          onTempelBlok(isi)
        }
      }}
    />
  )
}
