import { useEffect, useState } from 'react'

/**
 * Screen state that belongs in the address ("#/indeks?bulan=2024-09&desa=…"),
 * so a reload, a bookmark or a link from another screen opens the same view.
 */

export function parameterDariHash(hash: string): URLSearchParams {
  const i = hash.indexOf('?')
  return new URLSearchParams(i < 0 ? '' : hash.slice(i + 1))
}

/** '#/indeks?bulan=2024-09'; empty values are left out. */
export function alamatHash(rute: string, param: Record<string, string | number | null | undefined> = {}): string {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(param)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return `#/${rute}${s ? `?${s}` : ''}`
}

/** The current hash's parameters; re-renders when the hash changes. */
export function useParameterHash(): URLSearchParams {
  const [hash, setHash] = useState(() => window.location.hash)
  useEffect(() => {
    const ubah = () => setHash(window.location.hash)
    window.addEventListener('hashchange', ubah)
    return () => window.removeEventListener('hashchange', ubah)
  }, [])
  return parameterDariHash(hash)
}

/** Rewrites the address without a history entry or a hashchange (filters, sort order). */
export function gantiHashDiam(alamat: string): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${alamat}`)
}
