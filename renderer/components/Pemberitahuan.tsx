import type { ReactNode } from 'react'

/** A boxed message inside a page: galat (error), peringatan (warning), berhasil (success) or info. */
export function Pemberitahuan({ jenis, children, judul }: { jenis: 'galat' | 'peringatan' | 'berhasil' | 'info'; judul?: string; children: ReactNode }) {
  return (
    <div className={`pemberitahuan pemberitahuan-${jenis}`} role={jenis === 'galat' ? 'alert' : 'status'}>
      {judul && <strong className="pemberitahuan-judul">{judul}</strong>}
      <div>{children}</div>
    </div>
  )
}
