import { useEffect, useRef, useState } from 'react'

const JEDA_MS = 400
/** Width of the paper with its grey surround in CSS pixels (F4 is 21,5 cm). */
const LEBAR_KERTAS_PX = 860

/** Shrinks the paper to the frame's width so a whole line is always visible (never zoomed above 1). */
function sesuaikanSkala(f: HTMLIFrameElement | null): void {
  const doc = f?.contentDocument
  if (!f || !doc?.documentElement) return
  doc.documentElement.style.setProperty('zoom', String(Math.min(1, f.clientWidth / LEBAR_KERTAS_PX)))
}

/**
 * The report exactly as it prints: the same HTML document in a sandboxed
 * frame (no scripts), redrawn a moment after typing stops, keeping the
 * reader's scroll position, scaled down to the frame's width.
 */
export function Pratinjau({ html, judul }: { html: string; judul: string }) {
  const [tampil, setTampil] = useState(html)
  const bingkai = useRef<HTMLIFrameElement>(null)
  const gulir = useRef(0)
  useEffect(() => {
    const t = window.setTimeout(() => {
      gulir.current = bingkai.current?.contentWindow?.scrollY ?? 0
      setTampil(html)
    }, JEDA_MS)
    return () => window.clearTimeout(t)
  }, [html])
  useEffect(() => {
    const f = bingkai.current
    if (!f) return
    const amati = new ResizeObserver(() => sesuaikanSkala(f))
    amati.observe(f)
    return () => amati.disconnect()
  }, [])
  return (
    <iframe
      ref={bingkai}
      className="pratinjau-anev"
      title={judul}
      sandbox="allow-same-origin"
      srcDoc={tampil}
      onLoad={() => {
        sesuaikanSkala(bingkai.current)
        bingkai.current?.contentWindow?.scrollTo(0, gulir.current)
      }}
    />
  )
}
