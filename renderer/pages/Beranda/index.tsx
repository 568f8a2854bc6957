import { panggil } from '../../api/klien'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { angkaAtauKosong, persen } from '../../lib/tampil'
import { hitungKelengkapan } from './kelengkapan'

/** "Beranda": who this satker is, its Polsek, and how complete the desa data is. */
export function Beranda() {
  const satker = useMuat(() => panggil('satker:info', {}), [])
  const desa = useMuat(() => panggil('desa:daftar', {}), [])

  if (satker.galat) return <Pemberitahuan jenis="galat">{satker.galat}</Pemberitahuan>
  if (!satker.data) return <Memuat />
  const s = satker.data
  const jumlahKecamatan = s.polsek.reduce((n, p) => n + p.jumlahKecamatan, 0)
  const kelengkapan = desa.data ? hitungKelengkapan(desa.data) : []

  return (
    <section aria-labelledby="judul-beranda">
      <h1 id="judul-beranda">Beranda</h1>
      <div className="kartu kartu-identitas">
        <p className="satker-nama">{s.nama}</p>
        <p>
          Polda {s.provinsiNama} · {s.kabupaten.map((k) => k.nama).join(', ')} · kode satker {s.kode} · zona waktu {s.zonaWaktu}
        </p>
        <p>
          Kasat Binmas: <strong>{[s.kasat.pangkat, s.kasat.nama].join(' ')}</strong> · NRP {s.kasat.nrp}
        </p>
      </div>

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
          <h2 id="judul-polsek">Polsek</h2>
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
          <h2 id="judul-kelengkapan">Kelengkapan data desa</h2>
          {desa.galat && <Pemberitahuan jenis="galat">{desa.galat}</Pemberitahuan>}
          {!desa.data && !desa.galat && <Memuat />}
          {desa.data && (
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
                      <td className="angka">{persen(b.terisi, desa.data!.length)}</td>
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
