import { useEffect, useRef } from 'react'

const KEJADIAN_AKTIF = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const

/**
 * Calls `onDiam` after `batasMs` without keyboard, mouse or touch input, and
 * `onAktif` (at most every `jedaDetak` ms) while there is input, so the server
 * knows the user is still at the PC even when nothing is saved.
 */
export function useDiam(batasMs: number | null, onDiam: () => void, onAktif: () => void): void {
  const fnDiam = useRef(onDiam)
  const fnAktif = useRef(onAktif)
  fnDiam.current = onDiam
  fnAktif.current = onAktif
  useEffect(() => {
    if (batasMs === null) return
    const jedaDetak = Math.max(1000, Math.min(60_000, Math.floor(batasMs / 3)))
    let terakhirDetak = Date.now()
    let timer = setTimeout(() => fnDiam.current(), batasMs)
    let terakhirAktif = 0
    const aktif = () => {
      const kini = Date.now()
      // Pointer moves come in floods: restarting the timer a few times a second is enough.
      if (kini - terakhirAktif < 250) return
      terakhirAktif = kini
      clearTimeout(timer)
      timer = setTimeout(() => fnDiam.current(), batasMs)
      if (kini - terakhirDetak >= jedaDetak) {
        terakhirDetak = kini
        fnAktif.current()
      }
    }
    for (const k of KEJADIAN_AKTIF) window.addEventListener(k, aktif, { capture: true, passive: true })
    return () => {
      clearTimeout(timer)
      for (const k of KEJADIAN_AKTIF) window.removeEventListener(k, aktif, { capture: true })
    }
  }, [batasMs])
}
