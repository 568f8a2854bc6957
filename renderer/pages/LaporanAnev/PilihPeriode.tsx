import type { JenisPeriode } from '../../../shared/anev/periode'
import { gantiJenis, JENIS_PERIODE, kodeDari, LABEL_JENIS, pilihanKe, uraiPilihan } from './periode'

interface Props {
  kode: string
  hariIni: string
  onUbah: (kode: string) => void
}

/** Period chooser: kind (bulan/triwulan/semester/tahun), year, and which one; only periods that have begun. */
export function PilihPeriode({ kode, hariIni, onUbah }: Props) {
  const { jenis, tahun, ke } = uraiPilihan(kode)
  const tahunIni = Number(hariIni.slice(0, 4))
  const daftarTahun = Array.from({ length: 6 }, (_, i) => tahunIni - i)
  const bulanIni = hariIni.slice(0, 7)
  const ubah = (k: string) => onUbah(k)
  return (
    <fieldset className="grup-pilihan pilih-periode-anev">
      <legend>Periode laporan</legend>
      <div className="baris-bidang">
        <div className="bidang">
          <label htmlFor="anev-jenis">Jenis</label>
          <select id="anev-jenis" value={jenis} onChange={(e) => ubah(gantiJenis(kode, e.target.value as JenisPeriode))}>
            {JENIS_PERIODE.map((j) => (
              <option key={j} value={j}>
                {LABEL_JENIS[j]}
              </option>
            ))}
          </select>
        </div>
        {jenis !== 'tahun' && (
          <div className="bidang">
            <label htmlFor="anev-ke">{jenis === 'bulan' ? 'Bulan' : LABEL_JENIS[jenis]}</label>
            <select id="anev-ke" value={ke} onChange={(e) => ubah(kodeDari(jenis, tahun, Number(e.target.value)))}>
              {pilihanKe(jenis).map((p) => {
                const k = kodeDari(jenis, tahun, p.nilai)
                const belum = kodeDari('bulan', tahun, 1) > bulanIni || (k.length === 7 ? k > bulanIni : false)
                return (
                  <option key={p.nilai} value={p.nilai} disabled={belum}>
                    {p.label}
                  </option>
                )
              })}
            </select>
          </div>
        )}
        <div className="bidang">
          <label htmlFor="anev-tahun">Tahun</label>
          <select id="anev-tahun" value={tahun} onChange={(e) => ubah(kodeDari(jenis, Number(e.target.value), ke))}>
            {daftarTahun.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
      </div>
    </fieldset>
  )
}
