import { panggil } from '../../api/klien'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { formatWaktu } from '../../lib/waktu'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { barisPerubahan, namaAksi } from './riwayat'

/** The audit trail of one desa, newest first, times in the satker's zone. */
export function RiwayatPerubahan({ kode, versi, zonaWaktu }: { kode: string; versi: number; zonaWaktu: ZonaWaktu | null }) {
  const riwayat = useMuat(() => panggil('audit:riwayat', { tabel: 'desa', kunci: kode }), [kode, versi])
  return (
    <section className="riwayat" aria-labelledby="judul-riwayat">
      <h3 id="judul-riwayat">Riwayat Perubahan</h3>
      {riwayat.galat && <Pemberitahuan jenis="galat">{riwayat.galat}</Pemberitahuan>}
      {!riwayat.data && !riwayat.galat && <Memuat teks="Memuat riwayat…" />}
      {riwayat.data && riwayat.data.length === 0 && <p className="redup">Belum ada perubahan sejak desa ini diisi dari data Kemendagri.</p>}
      {riwayat.data && riwayat.data.length > 0 && (
        <table className="tabel tabel-rapat tabel-riwayat">
          <thead>
            <tr>
              <th scope="col" className="kolom-waktu">
                Waktu
              </th>
              <th scope="col" className="kolom-pengguna">
                Pengguna
              </th>
              <th scope="col">Perubahan</th>
            </tr>
          </thead>
          <tbody>
            {riwayat.data.map((a) => (
              <tr key={a.id}>
                <td className="nowrap">{formatWaktu(a.waktu, zonaWaktu)}</td>
                <td>
                  {a.pengguna}
                  {a.aksi !== 'ubah' && <span className="redup"> · {namaAksi(a.aksi)}</span>}
                </td>
                <td>
                  <ul className="daftar-perubahan">
                    {barisPerubahan(a).map((b) => (
                      <li key={b}>{b}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
