import { useState } from 'react'
import { LABEL_PERAN, type Pengguna as InfoPengguna } from '../../../shared/pengguna'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { Konfirmasi } from '../../components/Konfirmasi'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { formatWaktu } from '../../lib/waktu'
import { useSesi } from '../Masuk'
import { DialogTambah } from './DialogAkun'
import { DialogAturSandi, DialogUbah } from './DialogUbah'
import { PanelKodePemulihan, PanelKunciLayar } from './PanelKeamanan'
import '../Masuk/masuk.css'

type Aksi = { jenis: 'tambah' } | { jenis: 'ubah' | 'sandi' | 'aktif'; p: InfoPengguna } | null

/** "Pengguna" (Admin only): accounts, their roles, deactivation, password resets, lock timeout, recovery code. */
export function Pengguna({ zonaWaktu }: { zonaWaktu: string | null }) {
  const { info } = useSesi()
  const admin = info?.peran === 'admin'
  const data = useMuat(() => (admin ? panggil('pengguna:daftar', {}) : Promise.resolve(null)), [admin])
  const [aksi, setAksi] = useState<Aksi>(null)
  const [berhasil, setBerhasil] = useState<string | null>(null)

  const selesai = (pesan: string) => {
    setAksi(null)
    setBerhasil(pesan)
    data.muatUlang()
  }

  if (!admin) {
    return (
      <section aria-labelledby="judul-pengguna">
        <h1 id="judul-pengguna">Pengguna</h1>
        <Pemberitahuan jenis="galat">Halaman Pengguna hanya dapat dibuka oleh Admin.</Pemberitahuan>
      </section>
    )
  }

  const daftar = data.data?.pengguna ?? []
  return (
    <section aria-labelledby="judul-pengguna">
      <div className="kepala-halaman kepala-aksi">
        <div>
          <h1 id="judul-pengguna">Pengguna</h1>
          <p className="redup">Akun yang dapat masuk ke Binmas Desk di komputer ini. Admin mengelola semuanya; Operator mengisi data; Pimpinan hanya melihat dan mencetak.</p>
        </div>
        <div className="aksi-halaman">
          <button type="button" className="tombol tombol-utama" onClick={() => setAksi({ jenis: 'tambah' })}>
            Tambah Pengguna
          </button>
        </div>
      </div>
      {berhasil && <Pemberitahuan jenis="berhasil">{berhasil}</Pemberitahuan>}
      {data.galat && <Pemberitahuan jenis="galat">{data.galat}</Pemberitahuan>}
      {!data.data && !data.galat && <Memuat teks="Memuat pengguna…" />}
      {data.data && (
        <div className="kartu">
          <table className="tabel tabel-rapat">
            <caption className="sr-only">Daftar pengguna</caption>
            <thead>
              <tr>
                <th scope="col">Nama lengkap</th>
                <th scope="col">Nama pengguna</th>
                <th scope="col">Peran</th>
                <th scope="col">Status</th>
                <th scope="col">Terakhir masuk</th>
                <th scope="col">Tindakan</th>
              </tr>
            </thead>
            <tbody>
              {daftar.map((p) => (
                <tr key={p.namaPengguna} data-pengguna={p.namaPengguna}>
                  <td>
                    {p.namaLengkap}
                    {p.namaPengguna === info?.namaPengguna && <span className="redup"> (Anda)</span>}
                  </td>
                  <td>
                    <code>{p.namaPengguna}</code>
                  </td>
                  <td>{LABEL_PERAN[p.peran]}</td>
                  <td>
                    {p.aktif ? 'Aktif' : 'Nonaktif'}
                    {p.harusGantiSandi && <span className="redup"> · belum mengganti sandi dari Admin</span>}
                    {p.terkunciSampai && <span className="redup"> · menunggu setelah salah sandi sampai {formatWaktu(p.terkunciSampai, zonaWaktu as ZonaWaktu | null)}</span>}
                  </td>
                  <td className="nowrap">{p.terakhirMasuk ? formatWaktu(p.terakhirMasuk, zonaWaktu as ZonaWaktu | null) : 'Belum pernah'}</td>
                  <td className="nowrap">
                    <button type="button" className="tombol" onClick={() => setAksi({ jenis: 'ubah', p })} aria-label={`Ubah ${p.namaPengguna}`}>
                      Ubah
                    </button>{' '}
                    <button type="button" className="tombol" onClick={() => setAksi({ jenis: 'sandi', p })} aria-label={`Atur ulang sandi ${p.namaPengguna}`}>
                      Atur ulang sandi
                    </button>{' '}
                    <button type="button" className={p.aktif ? 'tombol tombol-bahaya' : 'tombol'} onClick={() => setAksi({ jenis: 'aktif', p })} aria-label={`${p.aktif ? 'Nonaktifkan' : 'Aktifkan'} ${p.namaPengguna}`}>
                      {p.aktif ? 'Nonaktifkan' : 'Aktifkan'}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data.data && <PanelKunciLayar menit={data.data.menitKunci} onTersimpan={selesai} />}
      <PanelKodePemulihan />
      {aksi?.jenis === 'tambah' && <DialogTambah onTutup={() => setAksi(null)} onTersimpan={selesai} />}
      {aksi?.jenis === 'ubah' && <DialogUbah p={aksi.p} onTutup={() => setAksi(null)} onTersimpan={selesai} />}
      {aksi?.jenis === 'sandi' && <DialogAturSandi p={aksi.p} onTutup={() => setAksi(null)} onTersimpan={selesai} />}
      {aksi?.jenis === 'aktif' && (
        <Konfirmasi
          judul={aksi.p.aktif ? `Nonaktifkan ${aksi.p.namaLengkap}?` : `Aktifkan ${aksi.p.namaLengkap}?`}
          labelYa={aksi.p.aktif ? 'Nonaktifkan' : 'Aktifkan'}
          bahaya={aksi.p.aktif}
          onBatal={() => setAksi(null)}
          onYa={async () => {
            const h = await panggil('pengguna:ubah', { namaPengguna: aksi.p.namaPengguna, aktif: !aksi.p.aktif })
            selesai(`${h.namaLengkap} (${h.namaPengguna}) ${h.aktif ? 'diaktifkan kembali' : 'dinonaktifkan; sesinya yang terbuka diakhiri'}.`)
          }}
        >
          {aksi.p.aktif
            ? `${aksi.p.namaPengguna} tidak dapat masuk lagi sampai diaktifkan kembali. Riwayat perubahan yang dibuatnya tetap tersimpan.`
            : `${aksi.p.namaPengguna} dapat masuk lagi dengan kata sandinya.`}
        </Konfirmasi>
      )}
    </section>
  )
}
