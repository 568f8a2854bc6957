import { useState } from 'react'
import { LABEL_PERAN } from '../../../shared/pengguna'
import { DialogGantiSandi } from './DialogGantiSandi'
import { useSesi } from './sesi'

/** The logged-in user in the top bar, with "Ganti kata sandi", "Kunci layar" and "Keluar". */
export function MenuAkun() {
  const { info, tetap, kunciLayar, keluar } = useSesi()
  const [ganti, setGanti] = useState(false)
  if (!info) return null
  return (
    <div className="menu-akun">
      <span>
        <strong>{info.namaLengkap}</strong> <span className="redup">· {LABEL_PERAN[info.peran]}</span>
      </span>
      {!tetap && (
        <>
          <button type="button" className="tombol" onClick={() => setGanti(true)}>
            Ganti kata sandi
          </button>
          <button type="button" className="tombol" onClick={kunciLayar}>
            Kunci layar
          </button>
          <button type="button" className="tombol" onClick={keluar}>
            Keluar
          </button>
        </>
      )}
      {ganti && <DialogGantiSandi namaPengguna={info.namaPengguna} onTutup={() => setGanti(false)} />}
    </div>
  )
}
