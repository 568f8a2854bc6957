import { formatAngka, namaBulan } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { useBulanHalaman } from '../../components/bulan-ikdk'
import { LencanaKategori } from '../../components/LencanaKategori'
import { Memuat } from '../../components/Memuat'
import { NilaiIkdk } from '../../components/NilaiIkdk'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { PilihBulan } from '../../components/PilihBulan'
import { useMuat } from '../../lib/muat'
import { alamatHash } from '../../lib/parameter-hash'
import { bobotDasarPersen, dimensiDigeser, jumlahBerubahPerVarian, labelVarian } from './varian'
import '../Indeks/indeks.css'
import './sensitivitas.css'
import { WadahGulir } from '../../components/WadahGulir'

const persen = (n: number) => `${formatAngka(n, 1)}%`

/**
 * "Uji Sensitivitas": does a desa's category hold when the dimension weights
 * move? The 11 variants with their weights, and the desa that are "tidak stabil".
 */
export function UjiSensitivitas({ hariIni }: { hariIni: string }) {
  const { bulan, bulanBerjalan, pindahBulan } = useBulanHalaman('uji-sensitivitas', hariIni)
  const muat = useMuat(() => panggil('ikdk:sensitivitas', { bulan }), [bulan])
  const tabel = useMuat(() => panggil('ikdk:bulan', { bulan }), [bulan])
  const data = muat.data?.bulan === bulan ? muat.data : undefined
  const dimensi = tabel.data?.bulan === bulan ? tabel.data.dimensi : []
  const urutanKategori = tabel.data?.kategori.map((k) => k.nama) ?? []
  const namaVarian = new Map(data?.varian.map((v) => [v.id, v.nama]) ?? [])
  const berubah = data ? jumlahBerubahPerVarian(data.tidakStabil) : new Map<string, number>()
  const dasar = bobotDasarPersen(dimensi)

  return (
    <section aria-labelledby="judul-sensitivitas" className="halaman-ikdk">
      <h1 id="judul-sensitivitas">Uji Sensitivitas</h1>
      <p className="redup">
        Apakah kategori desa tetap sama bila bobot dimensi sedikit digeser? Setiap varian menambah atau mengurangi 5 poin bobot satu dimensi (lalu semua bobot dibagi jumlah barunya), ditambah satu
        varian dengan bobot semua dimensi sama. Desa yang kategorinya berubah pada salah satu varian disebut <strong>tidak stabil</strong>.
      </p>
      <div className="baris-saringan">
        <PilihBulan id="pilih-bulan-sensitivitas" bulan={bulan} daftar={tabel.data?.bulanTersedia ?? []} bulanBerjalan={bulanBerjalan} onUbah={pindahBulan} />
      </div>
      {muat.galat && <Pemberitahuan jenis="galat">{muat.galat}</Pemberitahuan>}
      {!data && !muat.galat && <Memuat teks="Menguji varian bobot…" />}
      {data && (
        <>
          <h2 id="judul-varian">
            {data.varian.length} varian bobot dimensi — {namaBulan(bulan)}
            {bulan === bulanBerjalan && <span className="tanda-sementara"> (sementara)</span>}
          </h2>
          <WadahGulir label="Varian bobot dimensi">
            <table className="tabel tabel-rapat tabel-varian" aria-labelledby="judul-varian">
              <thead>
                <tr>
                  <th scope="col">Varian</th>
                  {dimensi.map((d) => (
                    <th key={d.id} scope="col" className="kanan judul-dimensi">
                      {d.id}
                      <span className="kode-kecil">{d.nama}</span>
                    </th>
                  ))}
                  <th scope="col" className="kanan">
                    Desa berubah kategori
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr className="baris-dasar">
                  <th scope="row">Bobot skema (dasar)</th>
                  {dasar.map((d) => (
                    <td key={d.id} className="angka">
                      {persen(d.persen)}
                    </td>
                  ))}
                  <td className="angka">—</td>
                </tr>
                {data.varian.map((v) => (
                  <tr key={v.id} className="baris-varian" data-varian={v.id}>
                    <th scope="row" title={v.nama}>
                      {labelVarian(v.id)}
                    </th>
                    {dimensi.map((d) => (
                      <td key={d.id} className={`angka${dimensiDigeser(v.id) === d.id ? ' berubah' : ''}`}>
                        {persen(v.persenDimensi[d.id] ?? 0)}
                      </td>
                    ))}
                    <td className="angka">{berubah.get(v.id) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </WadahGulir>

          <h2 id="judul-tidak-stabil">Desa tidak stabil</h2>
          <p className="ringkasan-jumlah" role="status">
            <strong>
              {data.tidakStabil.length} dari {data.jumlahDesa} desa tidak stabil
            </strong>
            {data.jumlahDesa > 0 && <span className="redup"> ({formatAngka((data.tidakStabil.length / data.jumlahDesa) * 100, 1)}%)</span>}. Kategori desa lain tetap sama di semua varian.
          </p>
          {data.tidakStabil.length > 0 && (
            <WadahGulir label="Desa tidak stabil">
              <table className="tabel tabel-tidak-stabil" aria-labelledby="judul-tidak-stabil">
                <thead>
                  <tr>
                    <th scope="col">Desa/kelurahan</th>
                    <th scope="col">Kecamatan</th>
                    <th scope="col" className="kanan">
                      IKDK
                    </th>
                    <th scope="col">Kategori</th>
                    <th scope="col">Status</th>
                    <th scope="col">Berubah pada varian</th>
                  </tr>
                </thead>
                <tbody>
                  {data.tidakStabil.map((d) => (
                    <tr key={d.kodeDesa} data-kode={d.kodeDesa}>
                      <td>
                        <a href={alamatHash('indeks', { bulan, desa: d.kodeDesa })}>{d.desaNama}</a>
                        <span className="kode-kecil">{d.kodeDesa}</span>
                      </td>
                      <td>{d.kecamatanNama}</td>
                      <td className="angka">
                        <NilaiIkdk nilai={d.nilai} />
                      </td>
                      <td>
                        <LencanaKategori kategori={d.kategori} urutan={urutanKategori} />
                      </td>
                      <td>
                        <span className="tidak-stabil">tidak stabil</span>
                      </td>
                      <td>
                        <ul className="daftar-varian-berubah">
                          {d.berubah.map((id) => {
                            const pv = d.perVarian.find((p) => p.varianId === id)
                            return (
                              <li key={id}>
                                {namaVarian.get(id) ?? id}: {pv?.nilai === null || pv === undefined ? 'N/A' : formatAngka(pv.nilai, 1)} →{' '}
                                <LencanaKategori kategori={pv?.kategori ?? null} urutan={urutanKategori} />
                              </li>
                            )
                          })}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </WadahGulir>
          )}
        </>
      )}
    </section>
  )
}
