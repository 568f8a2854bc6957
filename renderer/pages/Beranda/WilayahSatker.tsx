import type { Desa, Satker } from '../../../shared/skema-data'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { angkaAtauKosong, persen } from '../../lib/tampil'
import { hitungKelengkapan } from './kelengkapan'

/** The satker's Polsek and how complete the desa master data is (the first Beranda, kept below the IKDK picture). */
export function WilayahSatker({ satker: s, desa, galatDesa }: { satker: Satker; desa: Desa[] | undefined; galatDesa: string | null }) {
  const jumlahKecamatan = s.polsek.reduce((n, p) => n + p.jumlahKecamatan, 0)
  const kelengkapan = desa ? hitungKelengkapan(desa) : []
  return (
    <section aria-labelledby="judul-wilayah">
      <h2 id="judul-wilayah">Wilayah dan data desa</h2>
      <ul className="angka-besar" aria-label="Jumlah wilayah">
        <li>
          <span className="angka-nilai">{angkaAtauKosong(s.polsek.length)}</span> Polsek
        </li>
        <li>
          <span className="angka-nilai">{angkaAtauKosong(jumlahKecamatan)}</span> kecamatan
        </li>
        <li>
          <span className="angka-nilai">{angkaAtauKosong(s.jumlahDesa)}</span> desa/kelurahan
        </li>
      </ul>
      <div className="dua-kolom">
        <section aria-labelledby="judul-polsek" className="kartu">
          <h3 id="judul-polsek">Polsek</h3>
          <table className="tabel tabel-rapat">
            <thead>
              <tr>
                <th scope="col">Polsek</th>
                <th scope="col" className="kanan">
                  Kecamatan
                </th>
                <th scope="col" className="kanan">
                  Desa
                </th>
              </tr>
            </thead>
            <tbody>
              {s.polsek.map((p) => (
                <tr key={p.id}>
                  <td>{p.nama}</td>
                  <td className="angka">{angkaAtauKosong(p.jumlahKecamatan)}</td>
                  <td className="angka">{angkaAtauKosong(p.jumlahDesa)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Jumlah</th>
                <td className="angka">{angkaAtauKosong(jumlahKecamatan)}</td>
                <td className="angka">{angkaAtauKosong(s.jumlahDesa)}</td>
              </tr>
            </tfoot>
          </table>
        </section>

        <section aria-labelledby="judul-kelengkapan" className="kartu">
          <h3 id="judul-kelengkapan">Kelengkapan data desa</h3>
          {galatDesa && <Pemberitahuan jenis="galat">{galatDesa}</Pemberitahuan>}
          {!desa && !galatDesa && <Memuat />}
          {desa && (
            <>
              <table className="tabel tabel-rapat">
                <thead>
                  <tr>
                    <th scope="col">Data</th>
                    <th scope="col" className="kanan">
                      Terisi
                    </th>
                    <th scope="col" className="kanan">
                      Belum diisi
                    </th>
                    <th scope="col" className="kanan">
                      Kelengkapan
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {kelengkapan.map((b) => (
                    <tr key={b.label}>
                      <th scope="row">{b.label}</th>
                      <td className="angka">{angkaAtauKosong(b.terisi)}</td>
                      <td className={`angka${b.belum ? ' teks-peringatan' : ''}`}>{angkaAtauKosong(b.belum)}</td>
                      <td className="angka">{persen(b.terisi, desa.length)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>
                <a href="#/desa">Lengkapi di Data Desa</a>
              </p>
            </>
          )}
        </section>
      </div>
    </section>
  )
}
