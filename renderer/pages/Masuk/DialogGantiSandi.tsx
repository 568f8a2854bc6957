import { useId, useState } from 'react'
import { alasanSandiLemah, kataSandiSchema } from '../../../shared/pengguna'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'

/** The old password, then the new one twice; the shared rule is checked before sending. */
export function FormGantiSandi({
  namaPengguna,
  onBerhasil,
  onBatal,
  labelLama = 'Kata sandi lama',
  labelBatal = 'Batal',
  fokusAwal = false,
}: {
  namaPengguna: string
  onBerhasil: () => void
  onBatal?: () => void
  labelLama?: string
  labelBatal?: string
  /** Outside a dialog (which focuses data-fokus-awal itself): focus the first field on mount. */
  fokusAwal?: boolean
}) {
  const [isi, setIsi] = useState({ sandiLama: '', sandiBaru: '', ulangiSandi: '' })
  const [galat, setGalat] = useState<GalatBidang>({})
  const [pesan, setPesan] = useState<string | null>(null)
  const [sibuk, setSibuk] = useState(false)
  const set = (n: keyof typeof isi) => (e: React.ChangeEvent<HTMLInputElement>) => setIsi({ ...isi, [n]: e.target.value })

  async function simpan() {
    const g: GalatBidang = {}
    if (!isi.sandiLama) g.sandiLama = `Isi ${labelLama.toLowerCase()}`
    const s = kataSandiSchema.safeParse(isi.sandiBaru)
    if (!s.success) g.sandiBaru = s.error.issues[0]!.message
    else {
      const lemah = alasanSandiLemah(isi.sandiBaru, namaPengguna)
      if (lemah) g.sandiBaru = lemah
    }
    if (isi.ulangiSandi !== isi.sandiBaru) g.ulangiSandi = 'Kata sandi yang diulang tidak sama'
    setGalat(g)
    if (Object.keys(g).length) return
    setSibuk(true)
    setPesan(null)
    try {
      await panggil('sesi:ganti-sandi', { sandiLama: isi.sandiLama, sandiBaru: isi.sandiBaru })
      onBerhasil()
    } catch (e) {
      if (e instanceof GalatApi) setGalat(dariRincian(e.galat.rincian))
      setPesan(pesanGalat(e))
      setSibuk(false)
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void simpan()
      }}
    >
      {pesan && <Pemberitahuan jenis="galat">{pesan}</Pemberitahuan>}
      <Bidang kunci="sandiLama" label={labelLama} galat={galat.sandiLama}>
        <input {...ariaBidang('sandiLama', galat.sandiLama)} data-fokus-awal autoFocus={fokusAwal} type="password" autoComplete="current-password" value={isi.sandiLama} onChange={set('sandiLama')} />
      </Bidang>
      <Bidang kunci="sandiBaru" label="Kata sandi baru" galat={galat.sandiBaru}>
        <input {...ariaBidang('sandiBaru', galat.sandiBaru)} type="password" autoComplete="new-password" value={isi.sandiBaru} onChange={set('sandiBaru')} />
      </Bidang>
      <Bidang kunci="ulangiSandi" label="Ulangi kata sandi baru" galat={galat.ulangiSandi}>
        <input {...ariaBidang('ulangiSandi', galat.ulangiSandi)} type="password" autoComplete="new-password" value={isi.ulangiSandi} onChange={set('ulangiSandi')} />
      </Bidang>
      <div className="tombol-masuk">
        <button type="submit" className="tombol tombol-utama" disabled={sibuk} aria-busy={sibuk}>
          {sibuk ? 'Menyimpan…' : 'Simpan'}
        </button>
        {onBatal && (
          <button type="button" className="tombol" onClick={onBatal}>
            {labelBatal}
          </button>
        )}
      </div>
    </form>
  )
}

/** "Ganti kata sandi" of the logged-in user, from the top bar. */
export function DialogGantiSandi({ namaPengguna, onTutup }: { namaPengguna: string; onTutup: () => void }) {
  const id = useId()
  const [berhasil, setBerhasil] = useState(false)
  return (
    <DialogModal judulId={id} onTutup={onTutup} lebar="sempit">
      <h2 id={id}>Ganti Kata Sandi</h2>
      {berhasil ? (
        <>
          <Pemberitahuan jenis="berhasil">Kata sandi sudah diganti. Jendela lain yang masuk dengan akun ini telah dikeluarkan.</Pemberitahuan>
          <button type="button" className="tombol tombol-utama" data-fokus-awal onClick={onTutup}>
            Tutup
          </button>
        </>
      ) : (
        <FormGantiSandi namaPengguna={namaPengguna} onBerhasil={() => setBerhasil(true)} onBatal={onTutup} />
      )}
    </DialogModal>
  )
}
