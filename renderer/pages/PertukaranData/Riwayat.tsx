import type { Keluaran } from '../../../shared/api'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { formatWaktu } from '../../lib/waktu'
import { angka, teksRentangBulan } from './tampil'

type DataRiwayat = Keluaran<'pertukaran:riwayat'>

/** "Riwayat": what this computer sent and received, newest first. */
export function Riwayat({ data, galat, zona }: { data: DataRiwayat | undefined; galat: string | null; zona: ZonaWaktu }) {
  return (
    <section className="kartu kartu-riwayat" aria-labelledby="judul-riwayat">
      <h2 id="judul-riwayat">Riwayat</h2>
      {galat && <Pemberitahuan jenis="galat">{galat}</Pemberitahuan>}
      {!data && !galat && <Memuat teks="Memuat riwayat…" />}
      {data && (
        <div className="kisi-riwayat">
          <div>
            <h3 id="judul-riwayat-ekspor">Berkas dikirim (ekspor)</h3>
            {data.ekspor.length === 0 ? (
              <p className="redup">Belum ada ekspor. Buat satu di &ldquo;Kirim ke Polda (Ekspor)&rdquo;.</p>
            ) : (
              <div className="wadah-tabel wadah-riwayat" role="region" aria-labelledby="judul-riwayat-ekspor" tabIndex={0}>
                <table className="tabel tabel-rapat tabel-riwayat-pertukaran" aria-labelledby="judul-riwayat-ekspor">
                  <thead>
                    <tr>
                      <th scope="col">Waktu</th>
                      <th scope="col">Periode</th>
                      <th scope="col" className="kanan">Revisi</th>
                      <th scope="col">Berkas</th>
                      <th scope="col">Keterangan</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.ekspor.map((e) => (
                      <tr key={`${e.namaBerkas}-${e.dibuatPada}`}>
                        <td className="nowrap">{formatWaktu(e.dibuatPada, zona)}</td>
                        <td>{teksRentangBulan(e.bulanAwal, e.bulanAkhir)}</td>
                        <td className="angka">{angka(e.revisi)}</td>
                        <td className="sel-berkas">{e.namaBerkas}</td>
                        <td>{[e.ditandatangani ? 'Ditandatangani' : 'Tanpa tanda tangan', e.tanpaDataPribadi ? 'tanpa data pribadi' : null, e.dibuatOleh].filter(Boolean).join(' · ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
          <div>
            <h3 id="judul-riwayat-impor">Berkas diterima (impor)</h3>
            {data.impor.length === 0 ? (
              <p className="redup">Belum ada impor. Pilih berkas di &ldquo;Terima Berkas (Impor)&rdquo;.</p>
            ) : (
              <div className="wadah-tabel wadah-riwayat" role="region" aria-labelledby="judul-riwayat-impor" tabIndex={0}>
                <table className="tabel tabel-rapat tabel-riwayat-pertukaran" aria-labelledby="judul-riwayat-impor">
                  <thead>
                    <tr>
                      <th scope="col">Waktu</th>
                      <th scope="col">Periode</th>
                      <th scope="col" className="kanan">Revisi</th>
                      <th scope="col">Berkas</th>
                      <th scope="col">Perubahan</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.impor.map((i) => {
                      const t = i.sheet.reduce((a, s) => ({ baru: a.baru + s.baru, berubah: a.berubah + s.berubah, dihapus: a.dihapus + s.dihapus }), { baru: 0, berubah: 0, dihapus: 0 })
                      return (
                        <tr key={i.id}>
                          <td className="nowrap">{formatWaktu(i.diimporPada, zona)}</td>
                          <td>{teksRentangBulan(i.bulanAwal, i.bulanAkhir)}</td>
                          <td className="angka">{angka(i.revisi)}</td>
                          <td className="sel-berkas">{i.namaBerkas}</td>
                          <td>
                            {angka(t.baru)} baru, {angka(t.berubah)} berubah, {angka(t.dihapus)} dihapus
                          </td>
                          <td>{i.dibatalkanPada ? `Dibatalkan ${formatWaktu(i.dibatalkanPada, zona)}` : `Diterapkan oleh ${i.diimporOleh}`}</td>
                        </tr>
                      )
                    })}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        </div>
      )}
    </section>
  )
}
