import { type ReactNode, useEffect, useRef } from 'react'
import type { Rute } from '../lib/rute'
import { BilahAtas } from './BilahAtas'
import { BilahSamping } from './BilahSamping'
import { TautanLewati } from './TautanLewati'

interface Props {
  rute: Rute | null
  satkerNama: string
  hariIni: string
  children: ReactNode
  /** A notice above the top bar on every screen (the demo-data banner). */
  spanduk?: ReactNode
  /** Mode Polda: the sidebar shows the Polda screens. */
  polda?: boolean
}

/** Sidebar, top bar and the page; focus moves to the page's heading when the route changes. */
export function TataLetak({ rute, satkerNama, hariIni, children, spanduk, polda = false }: Props) {
  const utama = useRef<HTMLElement>(null)
  const pertama = useRef(true)
  useEffect(() => {
    if (pertama.current) {
      pertama.current = false
      return
    }
    const judul = utama.current?.querySelector<HTMLElement>('h1')
    if (judul) {
      judul.tabIndex = -1
      judul.focus()
    }
  }, [rute])

  return (
    <div className="kerangka">
      <TautanLewati />
      <BilahSamping rute={rute} polda={polda} />
      <div className="kolom-utama">
        {spanduk}
        <BilahAtas satkerNama={satkerNama} hariIni={hariIni} />
        <main className="konten" id="konten" tabIndex={-1} ref={utama}>
          {children}
        </main>
      </div>
    </div>
  )
}
