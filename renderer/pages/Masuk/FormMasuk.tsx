import { type ReactNode, useEffect, useRef, useState } from 'react'
import type { SesiInfo } from '../../../shared/pengguna'
import { panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'

interface Props {
  judul: string
  keterangan?: ReactNode
  /** The lock screen: the name is fixed, only the password is asked. */
  namaTetap?: string
  onMasuk: (info: SesiInfo) => void
  children?: ReactNode
}

/** "Masuk": user name and password. Every refusal reads the same whether the name exists or not. */
export function FormMasuk({ judul, keterangan, namaTetap, onMasuk, children }: Props) {
  const [nama, setNama] = useState(namaTetap ?? '')
  const [sandi, setSandi] = useState('')
  const [galat, setGalat] = useState<string | null>(null)
  const [kosong, setKosong] = useState<Record<string, string>>({})
  const [sibuk, setSibuk] = useState(false)
  const sandiRef = useRef<HTMLInputElement>(null)
  const namaRef = useRef<HTMLInputElement>(null)

  useEffect(() => {
    ;(namaTetap ? sandiRef : namaRef).current?.focus()
  }, [namaTetap])

  async function kirim() {
    const g: Record<string, string> = {}
    if (!nama.trim()) g.namaPengguna = 'Isi nama pengguna'
    if (!sandi) g.kataSandi = 'Isi kata sandi'
    setKosong(g)
    if (Object.keys(g).length) return
    setSibuk(true)
    setGalat(null)
    try {
      const info = await panggil('sesi:masuk', { namaPengguna: nama, kataSandi: sandi })
      setSandi('')
      onMasuk(info)
    } catch (e) {
      setGalat(pesanGalat(e))
      setSandi('')
      sandiRef.current?.focus()
    } finally {
      setSibuk(false)
    }
  }

  return (
    <form
      className="kartu kartu-masuk"
      noValidate
      aria-labelledby="judul-masuk"
      onSubmit={(e) => {
        e.preventDefault()
        void kirim()
      }}
    >
      <p className="merek-masuk">Binmas Desk</p>
      <h1 id="judul-masuk">{judul}</h1>
      {keterangan}
      {galat && (
        <Pemberitahuan jenis="galat">
          {galat}
        </Pemberitahuan>
      )}
      {namaTetap ? (
        <p>
          Pengguna: <strong>{namaTetap}</strong>
        </p>
      ) : (
        <Bidang kunci="namaPengguna" label="Nama pengguna" galat={kosong.namaPengguna}>
          <input ref={namaRef} {...ariaBidang('namaPengguna', kosong.namaPengguna)} type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} value={nama} onChange={(e) => setNama(e.target.value)} />
        </Bidang>
      )}
      <Bidang kunci="kataSandi" label="Kata sandi" galat={kosong.kataSandi}>
        <input ref={sandiRef} {...ariaBidang('kataSandi', kosong.kataSandi)} type="password" autoComplete="current-password" value={sandi} onChange={(e) => setSandi(e.target.value)} />
      </Bidang>
      <div className="tombol-masuk">
        <button type="submit" className="tombol tombol-utama" disabled={sibuk} aria-busy={sibuk}>
          {sibuk ? 'Memeriksa…' : namaTetap ? 'Buka Kunci' : 'Masuk'}
        </button>
        {children}
      </div>
    </form>
  )
}
