import { useId, useState } from 'react'
import { LABEL_PERAN, type Pengguna } from '../../../shared/pengguna'
import type { Peran } from '../../../shared/skema-data'
import { panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { FormDialog, KakiDialog } from '../../components/FormDialog'
import { useKirimIsian } from '../../components/kerja'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { periksaSandiBaru } from '../Masuk'
import { PilihPeran } from './DialogAkun'

/** Full name and role of an account. A new role ends that user's open sessions. */
export function DialogUbah({ p, onTutup, onTersimpan }: { p: Pengguna; onTutup: () => void; onTersimpan: (pesan: string) => void }) {
  const id = useId()
  const [namaLengkap, setNamaLengkap] = useState(p.namaLengkap)
  const [peran, setPeran] = useState<Peran | ''>(p.peran)
  const { galat, pesan, sibuk, kirim } = useKirimIsian()

  const simpan = () =>
    peran &&
    kirim({}, async () => {
      const h = await panggil('pengguna:ubah', { namaPengguna: p.namaPengguna, namaLengkap, peran })
      onTersimpan(`Pengguna ${h.namaLengkap} (${h.namaPengguna}) kini ${LABEL_PERAN[h.peran]}.`)
    })

  return (
    <DialogModal judulId={id} onTutup={onTutup} lebar="sedang">
      <h2 id={id}>Ubah Pengguna {p.namaPengguna}</h2>
      <FormDialog onKirim={() => void simpan()}>
        {pesan && <Pemberitahuan jenis="galat">{pesan}</Pemberitahuan>}
        <Bidang kunci="namaLengkap" label="Nama lengkap (beserta pangkat)" galat={galat.namaLengkap} lebar="sedang">
          <input {...ariaBidang('namaLengkap', galat.namaLengkap)} data-fokus-awal type="text" value={namaLengkap} onChange={(e) => setNamaLengkap(e.target.value)} />
        </Bidang>
        <PilihPeran nilai={peran} ubah={setPeran} galat={galat.peran} />
        <KakiDialog label="Simpan" sibuk={sibuk} onBatal={onTutup} />
      </FormDialog>
    </DialogModal>
  )
}

/** An Admin sets a new password for someone who forgot theirs. */
export function DialogAturSandi({ p, onTutup, onTersimpan }: { p: Pengguna; onTutup: () => void; onTersimpan: (pesan: string) => void }) {
  const id = useId()
  const [sandi, setSandi] = useState('')
  const [ulangi, setUlangi] = useState('')
  const { galat, pesan, sibuk, kirim } = useKirimIsian()

  const simpan = () =>
    kirim(periksaSandiBaru(sandi, ulangi, p.namaPengguna, { sandi: 'kataSandi', ulangi: 'ulangiSandi' }), async () => {
      await panggil('pengguna:atur-sandi', { namaPengguna: p.namaPengguna, kataSandi: sandi })
      onTersimpan(`Kata sandi ${p.namaLengkap} (${p.namaPengguna}) sudah diatur ulang; sesi yang terbuka dengan akun itu diakhiri.`)
    })

  return (
    <DialogModal judulId={id} onTutup={onTutup} lebar="sempit">
      <h2 id={id}>Atur Ulang Kata Sandi {p.namaPengguna}</h2>
      <FormDialog onKirim={() => void simpan()}>
        {pesan && <Pemberitahuan jenis="galat">{pesan}</Pemberitahuan>}
        <Bidang kunci="kataSandi" label="Kata sandi baru" galat={galat.kataSandi}>
          <input {...ariaBidang('kataSandi', galat.kataSandi)} data-fokus-awal type="password" autoComplete="new-password" value={sandi} onChange={(e) => setSandi(e.target.value)} />
        </Bidang>
        <Bidang kunci="ulangiSandi" label="Ulangi kata sandi baru" galat={galat.ulangiSandi}>
          <input {...ariaBidang('ulangiSandi', galat.ulangiSandi)} type="password" autoComplete="new-password" value={ulangi} onChange={(e) => setUlangi(e.target.value)} />
        </Bidang>
        <KakiDialog label="Simpan" sibuk={sibuk} onBatal={onTutup} />
      </FormDialog>
    </DialogModal>
  )
}
