import { formatAngka, formatAngkaRingkas } from '../../../shared/format'
import type { HasilRincianIkdk } from '../../../shared/hasil-ikdk'
import { NilaiNA } from '../../components/NilaiNA'
import { WadahGulir } from '../../components/WadahGulir'

type Hasil = HasilRincianIkdk['hasil']

const persen = (bagian: number) => `${formatAngka(bagian * 100, 1)}%`
export const TEKS_ARAH = { naik: 'makin tinggi makin aman', turun: 'makin rendah makin aman' } as const

/**
 * "Mengapa nilai ini?": every indicator's raw value, bounds, direction, score,
 * weight and contribution, grouped by dimension; the contributions add up to the IKDK.
 */
export function TabelIndikator({ hasil }: { hasil: Hasil }) {
  const jumlahKontribusi = hasil.dimensi.reduce((s, d) => s + d.kontribusi, 0)
  return (
    <WadahGulir label="Rincian indikator">
      <table className="tabel tabel-indikator">
        <caption className="sr-only">Rincian indikator per dimensi</caption>
        <thead>
          <tr>
            <th scope="col">Indikator</th>
            <th scope="col" className="kanan">
              Nilai mentah
            </th>
            <th scope="col" className="kanan">
              Batas bawah–atas
            </th>
            <th scope="col">Arah</th>
            <th scope="col" className="kanan">
              Skor (0–100)
            </th>
            <th scope="col" className="kanan">
              Bobot
            </th>
            <th scope="col" className="kanan">
              Bobot efektif
            </th>
            <th scope="col" className="kanan">
              Kontribusi
            </th>
          </tr>
        </thead>
        {hasil.dimensi.map((d) => (
          <tbody key={d.id} className="kelompok-dimensi">
            <tr className="baris-dimensi">
              <th scope="rowgroup" colSpan={4}>
                {d.id} {d.nama}
                {d.alasanNA && <span className="alasan-na"> — N/A: {d.alasanNA}</span>}
              </th>
              <td className="angka">{d.skor === null ? <NilaiNA alasan={d.alasanNA} /> : formatAngka(d.skor, 1)}</td>
              <td className="angka">{formatAngkaRingkas(d.bobot)}</td>
              <td className="angka">{d.skor === null ? '—' : persen(d.bobotEfektif)}</td>
              <td className="angka">{d.skor === null ? '—' : formatAngka(d.kontribusi, 2)}</td>
            </tr>
            {d.indikator.map((i) => (
                <tr key={i.id} className="baris-indikator" data-indikator={i.id}>
                  <th scope="row">
                    <span className="id-indikator">{i.id}</span> {i.nama}
                    <span className={i.alasanNA ? 'penjelasan alasan-na' : 'penjelasan'}>{i.alasanNA ? `N/A: ${i.alasanNA}` : i.penjelasan}</span>
                  </th>
                  <td className="angka sel-mentah">
                    {i.nilaiMentah === null ? <NilaiNA alasan={i.alasanNA} /> : formatAngkaRingkas(i.nilaiMentah, 3)}
                    {i.satuan && <span className="satuan">{i.satuan}</span>}
                  </td>
                  <td className="angka">
                    {formatAngkaRingkas(i.batasBawah)}–{formatAngkaRingkas(i.batasAtas)}
                  </td>
                  <td className="sel-arah">{TEKS_ARAH[i.arah]}</td>
                  <td className="angka">{i.skor === null ? <NilaiNA alasan={i.alasanNA} /> : formatAngka(i.skor, 1)}</td>
                  <td className="angka">{formatAngkaRingkas(i.bobot)}</td>
                  <td className="angka">{i.skor === null ? '—' : persen(i.bobotEfektif)}</td>
                  <td className="angka">{i.skor === null ? '—' : formatAngka(i.kontribusi, 2)}</td>
                </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row" colSpan={7}>
              IKDK = jumlah kontribusi indikator yang tersedia
            </th>
            <td className="angka">{hasil.nilai === null ? <NilaiNA alasan={hasil.alasanNA} /> : formatAngka(jumlahKontribusi, 2)}</td>
          </tr>
        </tfoot>
      </table>
    </WadahGulir>
  )
}
