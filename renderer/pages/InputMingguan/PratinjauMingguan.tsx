import type { HasilPratinjauMingguan, HasilTerapkanMingguan } from '../../../shared/api-templat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { TabelHitungan } from '../PertukaranData/Impor'
import { angka, LABEL_JENIS_UBAH } from '../PertukaranData/tampil'
import '../PertukaranData/pertukaran.css'

/**
 * The dry run of a Polsek template or an old workbook, shown like the
 * exchange import's: the counts (the exchange's own table, one sheet), every
 * row error (which blocks applying), the warnings, and the changes.
 */
export function PratinjauMingguan({ p }: { p: HasilPratinjauMingguan }) {
  return (
    <div className="pratinjau pratinjau-mingguan">
      <h3>Isi berkas: {p.uraian}</h3>
      <TabelHitungan sheet={[{ sheet: 'LaporanMingguan', ...p.hitungan }]} judul="Jumlah baris laporan mingguan" id="tabel-pratinjau-mingguan" />
      {p.kesalahan.length > 0 && (
        <div className="blok-kesalahan">
          <Pemberitahuan jenis="galat" judul={`${angka(p.kesalahan.length)} kesalahan di berkas — impor tidak dapat diterapkan`}>
            Perbaiki semua baris di bawah ini di berkas Excel, lalu pilih berkas itu lagi. Tidak ada data yang diubah.
          </Pemberitahuan>
          <ol className="daftar-masalah daftar-kesalahan" aria-label="Daftar kesalahan" tabIndex={0}>
            {p.kesalahan.map((k, i) => (
              <li key={i}>{k.pesan}</li>
            ))}
          </ol>
        </div>
      )}
      {p.peringatan.length > 0 && (
        <div className="blok-peringatan">
          <h4>Peringatan ({angka(p.peringatan.length)}) — tidak menghalangi impor</h4>
          <ul className="daftar-masalah daftar-peringatan" aria-label="Daftar peringatan" tabIndex={0}>
            {p.peringatan.map((k, i) => (
              <li key={i}>{k.pesan}</li>
            ))}
          </ul>
        </div>
      )}
      {p.perubahan.length > 0 && (
        <details className="rincian-perubahan">
          <summary>
            Lihat perubahan ({angka(p.perubahan.length)}
            {p.perubahanTerpotong ? ' pertama' : ''})
          </summary>
          <div className="wadah-tabel wadah-perubahan" role="region" aria-label="Daftar perubahan" tabIndex={0}>
            <table className="tabel tabel-rapat">
              <thead>
                <tr>
                  <th scope="col" className="kanan">Baris</th>
                  <th scope="col">Desa dan minggu</th>
                  <th scope="col">Jenis</th>
                  <th scope="col">Kolom berubah</th>
                </tr>
              </thead>
              <tbody>
                {p.perubahan.map((u, i) => (
                  <tr key={i}>
                    <td className="angka">{u.baris === null ? '—' : angka(u.baris)}</td>
                    <td>
                      <code>{u.kunci}</code>
                    </td>
                    <td>{LABEL_JENIS_UBAH[u.jenis]}</td>
                    <td>{u.kolom.join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
      {p.bisaDiterapkan && !p.adaPerubahan && <p className="teks-berhasil">Isi berkas sama dengan data di komputer ini; menerapkannya tidak mengubah apa pun.</p>}
    </div>
  )
}

export const jumlahUbah = (h: { baru: number; berubah: number; dihapus: number }) => h.baru + h.berubah + h.dihapus

export function HasilTerapkan({ namaBerkas, r }: { namaBerkas: string; r: HasilTerapkanMingguan }) {
  const n = jumlahUbah(r)
  return (
    <Pemberitahuan jenis="berhasil" judul={n === 0 ? 'Tidak ada yang berubah' : 'Impor selesai'}>
      <p className="nama-berkas">{namaBerkas}</p>
      {n === 0 ? (
        <p>Isi berkas sudah sama dengan data di komputer ini.</p>
      ) : (
        <p>
          {angka(r.baru)} laporan baru, {angka(r.berubah)} berubah, {angka(r.dihapus)} dihapus.{r.cadangan ? ` Cadangan sebelum impor: ${r.cadangan}.` : ''}
        </p>
      )}
    </Pemberitahuan>
  )
}
