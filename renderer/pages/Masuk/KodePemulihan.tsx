import { useEffect, useRef, useState } from 'react'

interface Props {
  kode: string
  namaPengguna: string
  satkerNama?: string | null
  onSelesai: () => void
}

/**
 * The recovery code, shown once: printed or written down, then confirmed. It is
 * the only way back in when every Admin has forgotten the password, without
 * internet or a vendor.
 */
export function KodePemulihan({ kode, namaPengguna, satkerNama, onSelesai }: Props) {
  const [dicatat, setDicatat] = useState(false)
  const judul = useRef<HTMLHeadingElement>(null)
  useEffect(() => judul.current?.focus(), [])
  return (
    <main className="layar-masuk" id="konten">
      <section className="kartu kartu-masuk kartu-masuk-lebar lembar-cetak-kode" aria-labelledby="judul-kode">
        <p className="merek-masuk">Binmas Desk{satkerNama ? ` — ${satkerNama}` : ''}</p>
        <h1 id="judul-kode" ref={judul} tabIndex={-1}>
          Kode Pemulihan Admin
        </h1>
        <p>
          Bila kata sandi Admin <strong>{namaPengguna}</strong> terlupa, kode ini dipakai sekali untuk membuat kata sandi baru (di layar Masuk: "Lupa kata sandi Admin?"). Kode ini hanya ditampilkan
          <strong> sekali ini</strong>.
        </p>
        <p className="kode-pemulihan" aria-label={`Kode pemulihan: ${kode.split('').join(' ')}`}>
          {kode}
        </p>
        <p>Cetak atau tulis kode ini, lalu simpan di tempat terkunci (mis. lemari arsip Sat Binmas), terpisah dari komputer ini. Siapa pun yang memegang kode ini dapat mengambil alih akun Admin.</p>
        <p className="redup">Dibuat {new Date().toLocaleString('id-ID', { dateStyle: 'long', timeStyle: 'short' })}.</p>
        <div className="tanpa-cetak">
          <div className="tombol-masuk">
            <button type="button" className="tombol" onClick={() => window.print()}>
              Cetak kode pemulihan
            </button>
          </div>
          <label className="kotak-centang" style={{ display: 'flex', gap: '0.5rem', margin: '1rem 0 0.5rem' }}>
            <input type="checkbox" checked={dicatat} onChange={(e) => setDicatat(e.target.checked)} />
            Kode pemulihan sudah saya cetak atau catat dan simpan di tempat aman
          </label>
          <button type="button" className="tombol tombol-utama" disabled={!dicatat} onClick={onSelesai}>
            Lanjut
          </button>
        </div>
      </section>
    </main>
  )
}
