import { type ChangeEvent, useState } from 'react'
import { useKerja } from './kerja'

/**
 * The state of "choose a file → see the dry run → apply", shared by the
 * exchange import and the Polsek template. Choosing a file forgets the last
 * preview and result; applying keeps the result, drops the preview and
 * empties the picker (`putaran`), so the same file can be chosen again.
 */
export function useImporBerkas<P extends { namaBerkas: string }, H>() {
  const { sibuk, galat, setGalat, kerja } = useKerja()
  const [dipilih, setDipilih] = useState<string | null>(null)
  const [pratinjau, setPratinjau] = useState<P | null>(null)
  const [hasil, setHasil] = useState<{ namaBerkas: string; data: H } | null>(null)
  const [putaran, setPutaran] = useState(0)

  /** Checks the chosen file with `periksa`, which returns null after setting its own message. */
  async function pilih(e: ChangeEvent<HTMLInputElement>, teks: string, periksa: (f: File) => Promise<P | null>) {
    const f = e.target.files?.[0]
    setPratinjau(null)
    setGalat(null)
    setHasil(null)
    setDipilih(f?.name ?? null)
    if (!f) return
    const p = await kerja(teks, () => periksa(f))
    if (p) setPratinjau(p)
  }

  /** Applies the previewed file with `jalankan`; true when it was applied. */
  async function terapkan(teks: string, jalankan: (p: P) => Promise<H>): Promise<boolean> {
    const p = pratinjau
    if (!p) return false
    const r = await kerja(teks, () => jalankan(p))
    if (r === undefined) return false
    setHasil({ namaBerkas: p.namaBerkas, data: r })
    setPratinjau(null)
    setDipilih(null)
    setPutaran((x) => x + 1)
    return true
  }

  return { sibuk, galat, setGalat, dipilih, pratinjau, hasil, setHasil, putaran, pilih, terapkan }
}
