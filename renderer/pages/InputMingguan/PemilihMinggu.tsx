import { formatRentangMinggu } from '../../../shared/format'
import { bandingMinggu, type Minggu, mingguBerikutnya, mingguSebelumnya } from '../../../shared/iso-week'
import { daftarMingguTahun, daftarTahun, jepitMinggu, mingguTerbaru } from './minggu'

interface Props {
  nilai: Minggu
  hariIni: string
  onUbah: (m: Minggu) => void
}

/** Previous/next buttons and two selects (year, week); every week shown as "Minggu ke-37 · 9–15 September 2024". */
export function PemilihMinggu({ nilai, hariIni, onUbah }: Props) {
  const terbaru = mingguTerbaru(hariIni)
  const bisaMaju = bandingMinggu(nilai, terbaru) < 0
  const tahun = daftarTahun(hariIni)
  const bisaMundur = nilai.tahun > tahun[0]! || nilai.minggu > 1
  return (
    <fieldset className="pemilih-minggu">
      <legend className="sr-only">Periode laporan</legend>
      <button type="button" className="tombol tombol-panah" disabled={!bisaMundur} onClick={() => onUbah(mingguSebelumnya(nilai))} aria-label="Minggu sebelumnya">
        ‹
      </button>
      <div className="bidang">
        <label htmlFor="pilih-tahun">Tahun</label>
        <select id="pilih-tahun" value={nilai.tahun} onChange={(e) => onUbah(jepitMinggu({ tahun: Number(e.target.value), minggu: nilai.minggu }, hariIni))}>
          {tahun.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      <div className="bidang">
        <label htmlFor="pilih-minggu">Minggu</label>
        <select id="pilih-minggu" value={nilai.minggu} onChange={(e) => onUbah({ tahun: nilai.tahun, minggu: Number(e.target.value) })}>
          {daftarMingguTahun(nilai.tahun, hariIni).map((m) => (
            <option key={m} value={m}>
              {formatRentangMinggu(nilai.tahun, m)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="tombol tombol-panah" disabled={!bisaMaju} onClick={() => onUbah(mingguBerikutnya(nilai))} aria-label="Minggu berikutnya">
        ›
      </button>
    </fieldset>
  )
}
