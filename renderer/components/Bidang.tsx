import type { ReactNode } from 'react'

/** A DOM id for a field key: "kasat.nrp" → "f-kasat-nrp" (dots would need escaping in selectors). */
export function idBidang(kunci: string): string {
  return `f-${kunci.replace(/[^A-Za-z0-9_-]/g, '-')}`
}

/** The aria attributes tying an input to its hint and its error message. */
export function ariaBidang(kunci: string, galat?: string, adaPetunjuk = false) {
  const id = idBidang(kunci)
  const terkait = [adaPetunjuk ? `${id}-petunjuk` : '', galat ? `${id}-galat` : ''].filter(Boolean).join(' ')
  return { id, 'aria-invalid': galat ? true : undefined, 'aria-describedby': terkait || undefined } as const
}

interface Props {
  kunci: string
  label: string
  galat?: string | undefined
  petunjuk?: string | undefined
  children: ReactNode
  lebar?: 'penuh' | 'sedang' | 'sempit'
}

/** A form field: label above, the control, an optional hint, then the error directly under it. */
export function Bidang({ kunci, label, galat, petunjuk, children, lebar = 'penuh' }: Props) {
  const id = idBidang(kunci)
  return (
    <div className={`bidang bidang-${lebar}${galat ? ' bidang-salah' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {petunjuk && (
        <p className="petunjuk" id={`${id}-petunjuk`}>
          {petunjuk}
        </p>
      )}
      <PesanGalatBidang kunci={kunci} galat={galat} />
    </div>
  )
}

export function PesanGalatBidang({ kunci, galat }: { kunci: string; galat?: string | undefined }) {
  if (!galat) return null
  return (
    <p className="galat-bidang" id={`${idBidang(kunci)}-galat`}>
      {galat}
    </p>
  )
}
