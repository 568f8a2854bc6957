import { useEffect, useId, useState } from 'react'
import { ariaBidang } from './Bidang'
import { type DesaPilihan, desaDariTeks, labelDesa } from './pilih-desa'

interface Props {
  /** Field key: the input's id comes from it, so <Bidang kunci> labels it. */
  kunci: string
  desa: readonly DesaPilihan[]
  /** The chosen code, '' for none. */
  kode: string
  onPilih: (kode: string) => void
  galat?: string | undefined
  adaPetunjuk?: boolean
  disabled?: boolean
  placeholder?: string
}

/**
 * A searchable desa field: type part of a name, kecamatan or code and pick
 * from the browser's list (a <datalist>, so it works with the keyboard and
 * screen readers without custom widgets). The parent only ever sees a code.
 */
export function PilihDesa({ kunci, desa, kode, onPilih, galat, adaPetunjuk = false, disabled, placeholder = 'Ketik nama desa, kecamatan, atau kode' }: Props) {
  const idDaftar = useId()
  const dipilih = desa.find((d) => d.kode === kode)
  const [teks, setTeks] = useState(() => (dipilih ? labelDesa(dipilih) : ''))

  // A code set from outside (a reset, an opened record) replaces the text.
  useEffect(() => {
    if ((desaDariTeks(teks, desa)?.kode ?? '') === kode) return
    setTeks(dipilih ? labelDesa(dipilih) : '')
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [kode, desa])

  return (
    <>
      <input
        {...ariaBidang(kunci, galat, adaPetunjuk)}
        type="text"
        className="pilih-desa"
        list={idDaftar}
        autoComplete="off"
        placeholder={placeholder}
        value={teks}
        disabled={disabled}
        onChange={(e) => {
          setTeks(e.target.value)
          onPilih(desaDariTeks(e.target.value, desa)?.kode ?? '')
        }}
        onBlur={() => {
          // Tidy a recognised name or code into the full label.
          const d = desaDariTeks(teks, desa)
          if (d) setTeks(labelDesa(d))
        }}
      />
      <datalist id={idDaftar}>
        {desa.map((d) => (
          <option key={d.kode} value={labelDesa(d)} />
        ))}
      </datalist>
    </>
  )
}
