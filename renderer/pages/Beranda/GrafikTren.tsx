import { useMemo } from 'react'
import { formatAngka } from '../../../shared/format'
import type { HasilBeranda } from '../../../shared/hasil-ikdk'
import { Grafik } from '../../components/Grafik'
import { alamatHash } from '../../lib/parameter-hash'
import { konfigurasiKategori, konfigurasiRata, seriKategori, seriRata } from './data-grafik'

/** IKDK over the last six months: the mean, and desa per category (chart.js, with the numbers as a table). */
export function GrafikTren({ r, urutan }: { r: HasilBeranda; urutan: readonly string[] }) {
  const rata = useMemo(() => konfigurasiRata(r.tren), [r.tren])
  const kategori = useMemo(() => konfigurasiKategori(r.tren, urutan), [r.tren, urutan])
  const sr = seriRata(r.tren)
  const sk = seriKategori(r.tren, urutan)
  if (r.tren.every((t) => t.jumlahDesa === 0)) {
    return (
      <section className="kartu" aria-labelledby="judul-tren">
        <h2 id="judul-tren">Tren IKDK 6 bulan</h2>
        <p className="redup">
          Belum ada hasil IKDK. Tren tampil setelah laporan mingguan atau kejadian dicatat — mulai di <a href="#/mingguan">Input Mingguan</a>.
        </p>
      </section>
    )
  }
  return (
    <section className="kartu" aria-labelledby="judul-tren">
      <div className="kepala-kartu">
        <h2 id="judul-tren">Tren IKDK 6 bulan</h2>
        <a href={alamatHash('indeks', { bulan: r.bulanTutup })}>Buka Indeks (IKDK) ›</a>
      </div>
      <div className="dua-kolom">
        <div>
          <h3>Rata-rata IKDK semua desa</h3>
          <Grafik
            konfigurasi={rata}
            label={`Rata-rata IKDK per bulan: ${sr.label.map((l, i) => `${l} ${sr.nilai[i] == null ? 'N/A' : formatAngka(sr.nilai[i], 1)}`).join('; ')}`}
            tabel={
              <table className="tabel tabel-rapat">
                <thead>
                  <tr>
                    <th scope="col">Bulan</th>
                    <th scope="col" className="kanan">
                      Rata-rata IKDK
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sr.label.map((l, i) => (
                    <tr key={l}>
                      <td>{l}</td>
                      <td className="angka">{formatAngka(sr.nilai[i], 1)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </div>
        <div>
          <h3>Jumlah desa per kategori</h3>
          <Grafik
            konfigurasi={kategori}
            label={`Jumlah desa per kategori per bulan: ${sk.label.map((l, i) => `${l}: ${sk.seri.map((s) => `${s.label} ${s.data[i]}`).join(', ')}`).join('; ')}`}
            tabel={
              <table className="tabel tabel-rapat">
                <thead>
                  <tr>
                    <th scope="col">Bulan</th>
                    {sk.seri.map((s) => (
                      <th key={s.label} scope="col" className="kanan">
                        {s.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {sk.label.map((l, i) => (
                    <tr key={l}>
                      <td>{l}</td>
                      {sk.seri.map((s) => (
                        <td key={s.label} className="angka">
                          {s.data[i]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            }
          />
        </div>
      </div>
    </section>
  )
}
