import { useMemo, useState } from 'react'
import { formatTanggal, namaBulan } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { useBulanHalaman, useDaftarBulan } from '../../components/bulan-ikdk'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { PilihBulan } from '../../components/PilihBulan'
import { useMuat } from '../../lib/muat'
import { alamatHash } from '../../lib/parameter-hash'
import { KOSONG } from '../../lib/tampil'
import { hitungPerJenis, JENIS_PERINGATAN, labelJenis } from './jenis'
import '../Indeks/indeks.css'
import './peringatan.css'
import { WadahGulir } from '../../components/WadahGulir'

/** "Peringatan Dini": the month's alerts per desa with their reason; each opens the desa in the Indeks screen. */
export function PeringatanDini({ hariIni }: { hariIni: string }) {
  const { bulan, bulanBerjalan, pindahBulan } = useBulanHalaman('peringatan-dini', hariIni)
  const daftarBulan = useDaftarBulan(hariIni)
  const muat = useMuat(() => panggil('ikdk:peringatan', { bulan }), [bulan])
  const [jenis, setJenis] = useState('')
  const data = muat.data?.bulan === bulan ? muat.data : undefined
  const semua = data?.peringatan ?? []
  const tampil = useMemo(() => (jenis ? semua.filter((p) => p.jenis === jenis) : semua), [semua, jenis])
  const perJenis = hitungPerJenis(semua)

  return (
    <section aria-labelledby="judul-peringatan" className="halaman-ikdk">
      <h1 id="judul-peringatan">Peringatan Dini</h1>
      <p className="redup">Desa yang perlu perhatian segera menurut aturan peringatan dini IKDK. Pilih nama desa untuk membuka rinciannya di Indeks (IKDK).</p>
      <div className="baris-saringan" role="search" aria-label="Bulan dan jenis peringatan">
        <PilihBulan id="pilih-bulan-peringatan" bulan={bulan} daftar={daftarBulan} bulanBerjalan={bulanBerjalan} onUbah={pindahBulan} />
        <div className="bidang">
          <label htmlFor="saring-jenis-peringatan">Jenis peringatan</label>
          <select id="saring-jenis-peringatan" value={jenis} onChange={(e) => setJenis(e.target.value)}>
            <option value="">Semua jenis</option>
            {JENIS_PERINGATAN.map((j) => (
              <option key={j.jenis} value={j.jenis}>
                {j.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <details className="kartu aturan-peringatan">
        <summary>Aturan peringatan dini</summary>
        <ul>
          {JENIS_PERINGATAN.map((j) => (
            <li key={j.jenis}>
              <strong>{j.label}:</strong> {j.aturan}
            </li>
          ))}
        </ul>
        <p className="petunjuk">Bulan yang masih berjalan (sementara) belum menimbulkan peringatan penurunan atau perubahan kategori sampai bulan ditutup.</p>
      </details>
      {muat.galat && <Pemberitahuan jenis="galat">{muat.galat}</Pemberitahuan>}
      {!data && !muat.galat && <Memuat teks="Memeriksa peringatan…" />}
      {data && (
        <>
          <p className="ringkasan-jumlah" role="status">
            <strong>
              {semua.length} peringatan {namaBulan(bulan)}
            </strong>
            {bulan === bulanBerjalan && <span className="tanda-sementara"> (sementara)</span>}
            <span className="pemisah" aria-hidden="true">
              ·
            </span>
            {perJenis.map((j, i) => (
              <span key={j.jenis}>
                {i > 0 && ', '}
                {j.label}: <span className="angka">{j.jumlah}</span>
              </span>
            ))}
          </p>
          <WadahGulir label="Tabel peringatan dini">
            <table className="tabel tabel-peringatan">
              <caption className="sr-only">Peringatan dini {namaBulan(bulan)}</caption>
              <thead>
                <tr>
                  <th scope="col">Tanggal</th>
                  <th scope="col">Desa/kelurahan</th>
                  <th scope="col">Kecamatan</th>
                  <th scope="col">Polsek</th>
                  <th scope="col">Jenis</th>
                  <th scope="col">Alasan</th>
                </tr>
              </thead>
              <tbody>
                {tampil.length === 0 && (
                  <tr>
                    <td colSpan={6} className="sel-kosong">
                      {semua.length === 0 ? `Tidak ada peringatan pada ${namaBulan(bulan)}.` : 'Tidak ada peringatan jenis ini.'}
                    </td>
                  </tr>
                )}
                {tampil.map((p, i) => (
                  <tr key={`${p.kodeDesa}-${p.jenis}-${p.tanggal}-${i}`} data-kode={p.kodeDesa} data-jenis={p.jenis}>
                    <td className="nowrap">{formatTanggal(p.tanggal)}</td>
                    <td>
                      <a href={alamatHash('indeks', { bulan, desa: p.kodeDesa })}>{p.desaNama}</a>
                      <span className="kode-kecil">{p.kodeDesa}</span>
                    </td>
                    <td>{p.kecamatanNama}</td>
                    <td>{p.polsekNama ?? KOSONG}</td>
                    <td className="nowrap">
                      <span className={`jenis-peringatan jenis-${p.jenis}`}>{labelJenis(p.jenis)}</span>
                    </td>
                    <td className="alasan-peringatan">{p.alasan}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </WadahGulir>
        </>
      )}
    </section>
  )
}
