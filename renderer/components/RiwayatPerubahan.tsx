import { useId } from 'react'
import type { Masukan } from '../../shared/api'
import type { ZonaWaktu } from '../../shared/zona-waktu'
import { panggil } from '../api/klien'
import { useMuat } from '../lib/muat'
import { formatWaktu } from '../lib/waktu'
import { Memuat } from './Memuat'
import { Pemberitahuan } from './Pemberitahuan'
import { barisPerubahan, type FormatNilai, namaAksi } from './riwayat'

interface Props {
  /** What the trail is of: a desa, a week of a desa ("kode|2024|37"), an incident, a locked month. */
  tabel: Masukan<'audit:riwayat'>['tabel']
  kunci: string
  /** Bump to reload after a save. */
  versi: number
  zonaWaktu: ZonaWaktu | null
  /** What an empty trail means here. */
  kosong?: string
  formatNilai?: FormatNilai
  /** "Riwayat Perubahan — September 2024" where the record is not named nearby. */
  judul?: string
}

/** "Riwayat Perubahan": the audit trail of one record, newest first, times in the satker's zone. */
export function RiwayatPerubahan({ tabel, kunci, versi, zonaWaktu, kosong = 'Belum ada perubahan yang tercatat.', formatNilai, judul = 'Riwayat Perubahan' }: Props) {
  const id = useId()
  const riwayat = useMuat(() => panggil('audit:riwayat', { tabel, kunci }), [tabel, kunci, versi])
  return (
    <section className="riwayat" aria-labelledby={`${id}-judul`}>
      <h3 id={`${id}-judul`}>{judul}</h3>
      {riwayat.galat && <Pemberitahuan jenis="galat">{riwayat.galat}</Pemberitahuan>}
      {!riwayat.data && !riwayat.galat && <Memuat teks="Memuat riwayat…" />}
      {riwayat.data && riwayat.data.length === 0 && <p className="redup">{kosong}</p>}
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
                    {barisPerubahan(a, formatNilai).map((b) => (
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
