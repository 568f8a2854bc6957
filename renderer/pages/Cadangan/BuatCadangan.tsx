import { type FormEvent, useState } from 'react'
import { panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'
import { unduhBase64 } from '../../lib/berkas'
import { Progres } from './Progres'
import { formatUkuran } from './tampil'

/** Both fields blank = no password; otherwise at least 8 characters, typed twice the same. */
export function periksaSandi(sandi: string, ulang: string): { sandi?: string; ulang?: string } {
  if (sandi === '' && ulang === '') return {}
  if (sandi.length < 8) return { sandi: 'Kata sandi minimal 8 karakter' }
  if (sandi !== ulang) return { ulang: 'Kata sandi tidak sama dengan yang di atas' }
  return {}
}

/** "Buat & Unduh Cadangan": a copy to keep off this computer, optionally password-protected. */
export function BuatCadangan({ onDibuat }: { onDibuat: () => void }) {
  const [sandi, setSandi] = useState('')
  const [ulang, setUlang] = useState('')
  const [galat, setGalat] = useState<{ sandi?: string; ulang?: string }>({})
  const [sibuk, setSibuk] = useState(false)
  const [hasil, setHasil] = useState<{ jenis: 'berhasil'; nama: string; ukuran: number; bersandi: boolean } | { jenis: 'galat'; teks: string } | null>(null)

  async function kirim(e: FormEvent) {
    e.preventDefault()
    const g = periksaSandi(sandi, ulang)
    setGalat(g)
    setHasil(null)
    if (g.sandi || g.ulang) return
    setSibuk(true)
    try {
      const r = await panggil('cadangan:unduh', sandi ? { sandi } : {})
      unduhBase64(r.nama, r.isiBase64)
      setHasil({ jenis: 'berhasil', nama: r.nama, ukuran: r.info.ukuran, bersandi: sandi !== '' })
      setSandi('')
      setUlang('')
      onDibuat()
    } catch (x) {
      setHasil({ jenis: 'galat', teks: pesanGalat(x) })
    } finally {
      setSibuk(false)
    }
  }

  return (
    <section className="kartu" aria-labelledby="judul-buat-cadangan">
      <h2 id="judul-buat-cadangan">Buat &amp; Unduh Cadangan</h2>
      <p className="petunjuk">Seluruh data disalin ke satu berkas. Tanpa kata sandi, siapa pun yang memegang berkasnya dapat membuka isinya.</p>
      <form onSubmit={(e) => void kirim(e)} noValidate>
        <Bidang kunci="sandi-baru" label="Kata sandi (boleh kosong)" galat={galat.sandi} petunjuk="Minimal 8 karakter.">
          <input type="password" autoComplete="new-password" value={sandi} onChange={(e) => setSandi(e.target.value)} disabled={sibuk} {...ariaBidang('sandi-baru', galat.sandi, true)} />
        </Bidang>
        <Bidang kunci="sandi-ulang" label="Ulangi kata sandi" galat={galat.ulang}>
          <input type="password" autoComplete="new-password" value={ulang} onChange={(e) => setUlang(e.target.value)} disabled={sibuk} {...ariaBidang('sandi-ulang', galat.ulang)} />
        </Bidang>
        <Pemberitahuan jenis="peringatan">Kata sandi yang terlupa tidak dapat dipulihkan oleh siapa pun — tanpanya cadangan tidak dapat dibuka. Catat dan simpan di tempat aman.</Pemberitahuan>
        <button type="submit" className="tombol tombol-utama" disabled={sibuk} aria-busy={sibuk}>
          {sibuk ? 'Membuat cadangan…' : 'Buat & Unduh Cadangan'}
        </button>
      </form>
      {sibuk && <Progres teks="Menyalin basis data dan menyiapkan berkas…" />}
      {hasil && (
        <div className="hasil-cadangan">
          {hasil.jenis === 'galat' ? (
            <Pemberitahuan jenis="galat">{hasil.teks}</Pemberitahuan>
          ) : (
            <Pemberitahuan jenis="berhasil" judul={`Cadangan dibuat${hasil.bersandi ? ', dilindungi kata sandi' : ''}`}>
              <p className="nama-berkas">
                {hasil.nama} ({formatUkuran(hasil.ukuran)})
              </p>
              <p>Simpan berkas itu di flash disk atau tempat lain di luar komputer ini.</p>
            </Pemberitahuan>
          )}
        </div>
      )}
    </section>
  )
}
