import { useEffect, useState } from 'react'

/** The screens that exist; hash routes so the app works from app:// and the web host alike. */
export const RUTE = ['beranda', 'mingguan', 'kejadian', 'indeks', 'peringatan-dini', 'uji-sensitivitas', 'metodologi', 'peta-rawan', 'anev', 'pertukaran', 'polda-kiriman', 'polda-rekap', 'desa', 'personel', 'cadangan', 'pengguna', 'pengaturan', 'tentang'] as const
export type Rute = (typeof RUTE)[number]

export function ruteDariHash(hash: string): Rute | null {
  const nama = hash.replace(/^#\/?/, '').split(/[/?]/)[0] || 'beranda'
  return (RUTE as readonly string[]).includes(nama) ? (nama as Rute) : null
}

export function useRute(): Rute | null {
  const [rute, setRute] = useState(() => ruteDariHash(window.location.hash))
  useEffect(() => {
    const ubah = () => setRute(ruteDariHash(window.location.hash))
    window.addEventListener('hashchange', ubah)
    return () => window.removeEventListener('hashchange', ubah)
  }, [])
  return rute
}

export function pindahKe(rute: Rute): void {
  window.location.hash = `#/${rute}`
}
