import { useId, useState } from 'react'
import { panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { useKirimIsian } from '../../components/kerja'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import type { GalatBidang } from '../../lib/galat'
import { periksaSandiBaru } from './akun'

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
  const { galat, pesan, sibuk, kirim } = useKirimIsian()
  const set = (n: keyof typeof isi) => (e: React.ChangeEvent<HTMLInputElement>) => setIsi({ ...isi, [n]: e.target.value })

  function simpan() {
    const g: GalatBidang = {}
    if (!isi.sandiLama) g.sandiLama = `Isi ${labelLama.toLowerCase()}`
    Object.assign(g, periksaSandiBaru(isi.sandiBaru, isi.ulangiSandi, namaPengguna, { sandi: 'sandiBaru', ulangi: 'ulangiSandi' }))
    return kirim(g, async () => {
      await panggil('sesi:ganti-sandi', { sandiLama: isi.sandiLama, sandiBaru: isi.sandiBaru })
      onBerhasil()
    })
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
