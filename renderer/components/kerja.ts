import { useState } from 'react'
import { GalatApi } from '../api/klien'
import { dariRincian, type GalatBidang, pesanGalat } from '../lib/galat'

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

/**
 * Sending a form: the rules checked on this side first (their messages beside the
 * fields), then the call; a refusal marks the fields the server names and says
 * why above the form, with `awalan` ("Akun belum dibuat") in front when given.
 * `kirim` resolves true when the call (and what follows it inside) went through.
 */
export function useKirimIsian(awalan?: string) {
  const [galat, setGalat] = useState<GalatBidang>({})
  const [pesan, setPesan] = useState<string | null>(null)
  const [sibuk, setSibuk] = useState(false)
  const dengan = (teks: string) => (awalan ? `${awalan}: ${teks}` : teks)

  async function kirim(salah: GalatBidang, panggilan: () => Promise<unknown>): Promise<boolean> {
    setGalat(salah)
    if (Object.keys(salah).length) {
      setPesan(awalan ? dengan('periksa isian yang ditandai.') : null)
      return false
    }
    setSibuk(true)
    setPesan(null)
    try {
      await panggilan()
      return true
    } catch (e) {
      if (e instanceof GalatApi) setGalat(dariRincian(e.galat.rincian))
      setPesan(dengan(pesanGalat(e)))
      return false
    } finally {
      setSibuk(false)
    }
  }

  return { galat, pesan, sibuk, kirim }
}
