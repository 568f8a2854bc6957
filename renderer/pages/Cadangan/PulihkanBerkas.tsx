import { type ChangeEvent, type FormEvent, useState } from 'react'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'
import { bacaBase64 } from '../../lib/berkas'
import { RingkasanIsi } from './IsiCadangan'
import { Progres } from './Progres'
import type { IsiCadangan, SasaranPulih } from './sasaran'

type Berkas = { nama: string; isiBase64: string }

/** The password error the server puts on the 'sandi' field, if this failure is one. */
function galatSandi(e: unknown): string | null {
  if (!(e instanceof GalatApi)) return null
  const r = e.galat.rincian?.find((x) => x.lokasi === 'sandi')
  return r ? r.pesan : null
}

/**
 * Restore from a file (flash disk, e-mail): read it, ask for the password when
 * it is protected, and show what it holds (cadangan:periksa) before anything
 * may be replaced.
 */
export function PulihkanBerkas({ onPilih, idAwal = 'berkas-cadangan' }: { onPilih: (s: SasaranPulih) => void; idAwal?: string }) {
  const [berkas, setBerkas] = useState<Berkas | null>(null)
  const [perluSandi, setPerluSandi] = useState(false)
  const [sandi, setSandi] = useState('')
  const [salahSandi, setSalahSandi] = useState<string | null>(null)
  const [galat, setGalat] = useState<string | null>(null)
  const [isi, setIsi] = useState<{ isi: IsiCadangan; sandi?: string } | null>(null)
  const [sibuk, setSibuk] = useState<string | null>(null)
  const [dipilih, setDipilih] = useState<string | null>(null)

  async function periksa(b: Berkas, s: string | undefined) {
    setSibuk('Memeriksa isi berkas…')
    setGalat(null)
    setSalahSandi(null)
    try {
      setIsi({ isi: await panggil('cadangan:periksa', s ? { isiBase64: b.isiBase64, sandi: s } : { isiBase64: b.isiBase64 }), sandi: s })
    } catch (e) {
      const pesanSandi = galatSandi(e)
      if (pesanSandi && s === undefined) setPerluSandi(true)
      else if (pesanSandi) setSalahSandi(pesanSandi)
      else setGalat(pesanGalat(e))
    } finally {
      setSibuk(null)
    }
  }

  async function pilihBerkas(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0]
    setBerkas(null)
    setIsi(null)
    setPerluSandi(false)
    setSandi('')
    setGalat(null)
    setSalahSandi(null)
    setDipilih(f?.name ?? null)
    if (!f) return
    setSibuk('Membaca berkas…')
    let b: Berkas
    try {
      b = { nama: f.name, isiBase64: await bacaBase64(f) }
    } catch {
      setSibuk(null)
      setGalat('Berkas tidak dapat dibaca. Pilih berkasnya sekali lagi.')
      return
    }
    setBerkas(b)
    await periksa(b, undefined)
  }

  function kirimSandi(e: FormEvent) {
    e.preventDefault()
    if (!berkas) return
    if (sandi === '') return setSalahSandi('Isi kata sandi cadangan')
    void periksa(berkas, sandi)
  }

  return (
    <div className="pulihkan-berkas">
      {/* The browser's own file button speaks English ("Choose File"): it stays for keyboard and screen readers, hidden behind an Indonesian one. */}
      <div className="bidang">
        <span className="label-bidang" id={`${idAwal}-label`}>
          Berkas cadangan (.bdcadangan atau .sqlite)
        </span>
        <div className="pilih-berkas">
          <input id={idAwal} className="input-berkas" type="file" accept=".bdcadangan,.sqlite" onChange={(e) => void pilihBerkas(e)} disabled={sibuk !== null} aria-labelledby={`${idAwal}-label`} aria-describedby={`${idAwal}-nama`} />
          <label htmlFor={idAwal} className="tombol" aria-hidden="true">
            Pilih Berkas…
          </label>
          <span id={`${idAwal}-nama`} className={dipilih ? 'nama-berkas' : 'redup'}>
            {dipilih ?? 'Belum ada berkas dipilih'}
          </span>
        </div>
      </div>
      {perluSandi && berkas && !isi && (
        <form onSubmit={kirimSandi} noValidate className="form-sandi">
          <p className="petunjuk">Berkas ini dilindungi kata sandi. Isi kata sandi yang dipakai saat cadangan dibuat.</p>
          <Bidang kunci={`${idAwal}-sandi`} label="Kata sandi cadangan" galat={salahSandi ?? undefined}>
            <input type="password" autoComplete="off" value={sandi} onChange={(e) => setSandi(e.target.value)} disabled={sibuk !== null} {...ariaBidang(`${idAwal}-sandi`, salahSandi ?? undefined)} />
          </Bidang>
          <button type="submit" className="tombol" disabled={sibuk !== null}>
            Buka Berkas
          </button>
        </form>
      )}
      {sibuk && <Progres teks={sibuk} />}
      {galat && <Pemberitahuan jenis="galat">{galat}</Pemberitahuan>}
      {isi && berkas && (
        <div className="isi-berkas">
          <h3>Isi berkas {berkas.nama}</h3>
          <RingkasanIsi isi={isi.isi} />
          <button type="button" className="tombol tombol-utama" onClick={() => onPilih({ jenis: 'berkas', namaBerkas: berkas.nama, isiBase64: berkas.isiBase64, sandi: isi.sandi, isi: isi.isi })}>
            Pulihkan dari Berkas Ini
          </button>
        </div>
      )}
    </div>
  )
}
