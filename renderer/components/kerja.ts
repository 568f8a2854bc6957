import { useState } from 'react'
import { pesanGalat } from '../lib/galat'

/**
 * One piece of long work at a time (read a file, preview, apply): what is
 * happening while it runs, and its failure as an Indonesian message after.
 * `kerja` resolves to undefined when the work failed; the message is then in `galat`.
 */
export function useKerja() {
  const [sibuk, setSibuk] = useState<string | null>(null)
  const [galat, setGalat] = useState<string | null>(null)

  async function kerja<T>(teks: string, f: () => Promise<T>): Promise<T | undefined> {
    setSibuk(teks)
    setGalat(null)
    try {
      return await f()
    } catch (x) {
      setGalat(pesanGalat(x))
      return undefined
    } finally {
      setSibuk(null)
    }
  }

  return { sibuk, galat, setGalat, kerja }
}
