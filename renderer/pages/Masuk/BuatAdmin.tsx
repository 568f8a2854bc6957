import { useState } from 'react'
import { panggil } from '../../api/klien'
import { useKirimIsian } from '../../components/kerja'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { AKUN_KOSONG, periksaAkun } from './akun'
import { BidangAkun } from './BidangAkun'
import { KodePemulihan } from './KodePemulihan'

/**
 * A database set up before accounts existed (or the demo data) has no user:
 * before anything else the first Admin is created, with its recovery code.
 */
export function BuatAdmin({ satkerNama, onSelesai }: { satkerNama: string | null; onSelesai: () => void }) {
  const [akun, setAkun] = useState(AKUN_KOSONG)
  const { galat, pesan, sibuk, kirim } = useKirimIsian('Akun belum dibuat')
  const [kode, setKode] = useState<string | null>(null)

  if (kode) return <KodePemulihan kode={kode} namaPengguna={akun.namaPengguna.trim().toLowerCase()} satkerNama={satkerNama} onSelesai={onSelesai} />

  const simpan = () =>
    kirim(periksaAkun(akun), async () => {
      const h = await panggil('pengguna:admin-pertama', { namaPengguna: akun.namaPengguna, namaLengkap: akun.namaLengkap, kataSandi: akun.kataSandi })
      setKode(h.kodePemulihan)
    })

  return (
    <main className="layar-masuk" id="konten">
      <form
        className="kartu kartu-masuk kartu-masuk-lebar"
        noValidate
        aria-labelledby="judul-buat-admin"
        onSubmit={(e) => {
          e.preventDefault()
          void simpan()
        }}
      >
        <p className="merek-masuk">Binmas Desk{satkerNama ? ` — ${satkerNama}` : ''}</p>
        <h1 id="judul-buat-admin">Buat Akun Admin</h1>
        <p>
          Binmas Desk kini memakai akun pengguna. Buat dahulu akun <strong>Admin</strong> untuk komputer ini; Admin kemudian menambahkan akun Operator dan Pimpinan di menu Pengguna.
        </p>
        {pesan && <Pemberitahuan jenis="galat">{pesan}</Pemberitahuan>}
        <BidangAkun akun={akun} ubah={setAkun} galat={galat} />
        <div className="tombol-masuk">
          <button type="submit" className="tombol tombol-utama" disabled={sibuk} aria-busy={sibuk}>
            {sibuk ? 'Membuat akun…' : 'Buat Akun Admin'}
          </button>
        </div>
      </form>
    </main>
  )
}
