import { useState } from 'react'
import { panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { useKirimIsian } from '../../components/kerja'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import type { GalatBidang } from '../../lib/galat'
import { periksaSandiBaru } from './akun'
import { KodePemulihan } from './KodePemulihan'

/** "Lupa kata sandi Admin?": the printed recovery code sets a new password, offline. */
export function LupaSandi({ satkerNama, onKembali }: { satkerNama: string | null; onKembali: () => void }) {
  const [isi, setIsi] = useState({ namaPengguna: '', kodePemulihan: '', sandiBaru: '', ulangiSandi: '' })
  const { galat, pesan, sibuk, kirim: kirimIsian } = useKirimIsian()
  const [kodeBaru, setKodeBaru] = useState<string | null>(null)

  if (kodeBaru) return <KodePemulihan kode={kodeBaru} namaPengguna={isi.namaPengguna.trim().toLowerCase()} satkerNama={satkerNama} onSelesai={onKembali} />

  const set = (n: keyof typeof isi) => (e: React.ChangeEvent<HTMLInputElement>) => setIsi({ ...isi, [n]: e.target.value })

  function kirim() {
    const g: GalatBidang = {}
    if (!isi.namaPengguna.trim()) g.namaPengguna = 'Isi nama pengguna Admin'
    if (!isi.kodePemulihan.trim()) g.kodePemulihan = 'Isi kode pemulihan'
    Object.assign(g, periksaSandiBaru(isi.sandiBaru, isi.ulangiSandi, isi.namaPengguna, { sandi: 'sandiBaru', ulangi: 'ulangiSandi' }))
    return kirimIsian(g, async () => {
      const h = await panggil('sesi:pulihkan', { namaPengguna: isi.namaPengguna, kodePemulihan: isi.kodePemulihan, sandiBaru: isi.sandiBaru })
      setKodeBaru(h.kodePemulihan)
    })
  }

  return (
    <main className="layar-masuk" id="konten">
      <form
        className="kartu kartu-masuk kartu-masuk-lebar"
        noValidate
        aria-labelledby="judul-lupa"
        onSubmit={(e) => {
          e.preventDefault()
          void kirim()
        }}
      >
        <p className="merek-masuk">Binmas Desk{satkerNama ? ` — ${satkerNama}` : ''}</p>
        <h1 id="judul-lupa">Lupa Kata Sandi Admin</h1>
        <p>Masukkan kode pemulihan yang dicetak saat akun Admin dibuat. Kode itu hanya berlaku sekali: setelah ini Anda mendapat kode pemulihan baru.</p>
        <p className="redup">Operator atau Pimpinan yang lupa kata sandi: minta Admin mengatur ulang kata sandi di menu Pengguna.</p>
        {pesan && <Pemberitahuan jenis="galat">{pesan}</Pemberitahuan>}
        <Bidang kunci="namaPengguna" label="Nama pengguna Admin" galat={galat.namaPengguna} lebar="sedang">
          <input {...ariaBidang('namaPengguna', galat.namaPengguna)} type="text" autoComplete="username" autoCapitalize="none" spellCheck={false} value={isi.namaPengguna} onChange={set('namaPengguna')} />
        </Bidang>
        <Bidang kunci="kodePemulihan" label="Kode pemulihan" galat={galat.kodePemulihan} petunjuk="20 huruf/angka, mis. 7K2QF-M9XTA-…; tanda hubung boleh diketik atau tidak" lebar="sedang">
          <input {...ariaBidang('kodePemulihan', galat.kodePemulihan, true)} type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} value={isi.kodePemulihan} onChange={set('kodePemulihan')} />
        </Bidang>
        <div className="baris-bidang">
          <Bidang kunci="sandiBaru" label="Kata sandi baru" galat={galat.sandiBaru} lebar="sedang">
            <input {...ariaBidang('sandiBaru', galat.sandiBaru)} type="password" autoComplete="new-password" value={isi.sandiBaru} onChange={set('sandiBaru')} />
          </Bidang>
          <Bidang kunci="ulangiSandi" label="Ulangi kata sandi baru" galat={galat.ulangiSandi} lebar="sedang">
            <input {...ariaBidang('ulangiSandi', galat.ulangiSandi)} type="password" autoComplete="new-password" value={isi.ulangiSandi} onChange={set('ulangiSandi')} />
          </Bidang>
        </div>
        <div className="tombol-masuk">
          <button type="submit" className="tombol tombol-utama" disabled={sibuk} aria-busy={sibuk}>
            {sibuk ? 'Memeriksa…' : 'Atur Kata Sandi Baru'}
          </button>
          <button type="button" className="tombol" onClick={onKembali}>
            Kembali ke Masuk
          </button>
        </div>
      </form>
    </main>
  )
}
