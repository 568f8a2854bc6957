import { formatTanggal, namaBulan } from '../../../shared/format'
import type { HasilBeranda } from '../../../shared/hasil-ikdk'
import { LencanaKategori } from '../../components/LencanaKategori'
import { NilaiIkdk } from '../../components/NilaiIkdk'
import { alamatHash } from '../../lib/parameter-hash'

/** The five lowest IKDK of the last closed month, each opening "Mengapa nilai ini?". */
export function TabelPalingRawan({ r, urutan }: { r: HasilBeranda; urutan: readonly string[] }) {
  return (
    <section className="kartu" aria-labelledby="judul-paling-rawan">
      <h2 id="judul-paling-rawan">Desa paling rawan — {namaBulan(r.bulanTutup)}</h2>
      {r.palingRawan.length === 0 ? (
        <p className="redup">Belum ada hasil IKDK untuk {namaBulan(r.bulanTutup)}.</p>
      ) : (
        <table className="tabel tabel-rapat tabel-paling-rawan">
          <thead>
            <tr>
              <th scope="col">Desa/kelurahan</th>
              <th scope="col">Kecamatan</th>
              <th scope="col" className="kanan">
                IKDK
              </th>
              <th scope="col">Kategori</th>
            </tr>
          </thead>
          <tbody>
            {r.palingRawan.map((d) => (
              <tr key={d.desaKode} data-kode={d.desaKode}>
                <td>
                  <a href={alamatHash('indeks', { bulan: r.bulanTutup, desa: d.desaKode })}>{d.desaNama}</a>
                </td>
                <td>{d.kecamatanNama}</td>
                <td className="angka">
                  <NilaiIkdk nilai={d.nilai} keyakinan={d.keyakinan} />
                </td>
                <td>
                  <LencanaKategori kategori={d.kategori} urutan={urutan} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href={alamatHash('indeks', { bulan: r.bulanTutup })}>Semua desa di Indeks (IKDK) ›</a>
      </p>
    </section>
  )
}

/** The newest alerts with their reason; the desa opens in the Indeks screen. */
export function DaftarPeringatanTerbaru({ r }: { r: HasilBeranda }) {
  return (
    <section className="kartu" aria-labelledby="judul-peringatan-terbaru">
      <h2 id="judul-peringatan-terbaru">Peringatan terbaru</h2>
      {r.peringatan.terbaru.length === 0 ? (
        <p className="redup">Tidak ada peringatan.</p>
      ) : (
        <ul className="daftar-peringatan-beranda">
          {r.peringatan.terbaru.map((p, i) => (
            <li key={`${p.kodeDesa}-${p.jenis}-${i}`}>
              <span className="redup kecil nowrap">{formatTanggal(p.tanggal)}</span>{' '}
              <a href={alamatHash('indeks', { bulan: p.bulan ?? p.tanggal.slice(0, 7), desa: p.kodeDesa })}>{p.desaNama}</a>
              <span className="redup"> ({p.kecamatanNama})</span>
              <br />
              {p.alasan}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={alamatHash('peringatan-dini', { bulan: r.hariIni.slice(0, 7) })}>Semua peringatan ›</a>
      </p>
    </section>
  )
}
