import { useCallback, useEffect, useRef, useState } from 'react'
import { pesanGalat } from './galat'

export interface Muatan<T> {
  data: T | undefined
  galat: string | null
  memuat: boolean
  muatUlang: () => void
}

/**
 * Loads data once per `kunci` and on demand; the latest request wins, so a slow
 * answer never overwrites a newer one.
 */
export function useMuat<T>(ambil: () => Promise<T>, kunci: readonly unknown[] = []): Muatan<T> {
  const [data, setData] = useState<T>()
  const [galat, setGalat] = useState<string | null>(null)
  const [memuat, setMemuat] = useState(true)
  const nomor = useRef(0)
  const ambilRef = useRef(ambil)
  ambilRef.current = ambil

  const muat = useCallback(() => {
    const ini = ++nomor.current
    setMemuat(true)
    ambilRef.current().then(
      (d) => {
        if (ini !== nomor.current) return
        setData(d)
        setGalat(null)
        setMemuat(false)
      },
      (e: unknown) => {
        if (ini !== nomor.current) return
        setGalat(pesanGalat(e))
        setMemuat(false)
      },
    )
  }, [])

  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(muat, kunci)
  return { data, galat, memuat, muatUlang: muat }
}
