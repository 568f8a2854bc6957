import { useId } from 'react'
import type { PemetaanExcelLama, SumberMinggu } from '../../../../shared/api-templat'
import { formatRentangMinggu } from '../../../../shared/format'
import { daftarMingguTahun, daftarTahun } from '../minggu'

/** Where each row's ISO week comes from: a date column, a week-number column, or one week for the whole sheet. */
export function LangkahMinggu({ nilai, kolom, hariIni, onUbah }: { nilai: SumberMinggu; kolom: PemetaanExcelLama['kolom']; hariIni: string; onUbah: (m: SumberMinggu) => void }) {
  const id = useId()
  const tahunDaftar = daftarTahun(hariIni)
  const tahunKini = nilai.jenis === 'kolom-tanggal' ? tahunDaftar[tahunDaftar.length - 1]! : nilai.tahun
  const mingguKini = nilai.jenis === 'tetap' ? nilai.minggu : 1
  return (
    <fieldset className="langkah-minggu">
      <legend>Minggu laporan (minggu ISO, Senin–Minggu)</legend>
      <label className="pilihan-radio">
        <input type="radio" name={`${id}-jenis`} checked={nilai.jenis === 'kolom-tanggal'} disabled={kolom.tanggal === undefined} onChange={() => onUbah({ jenis: 'kolom-tanggal' })} />
        <span>Dari kolom tanggal{kolom.tanggal === undefined ? ' (pilih kolom “Tanggal laporan” di langkah Kolom)' : ': setiap tanggal masuk ke minggunya'}</span>
      </label>
      <label className="pilihan-radio">
        <input type="radio" name={`${id}-jenis`} checked={nilai.jenis === 'kolom-minggu'} disabled={kolom.minggu === undefined} onChange={() => onUbah({ jenis: 'kolom-minggu', tahun: tahunKini })} />
        <span>Dari kolom minggu{kolom.minggu === undefined ? ' (pilih kolom “Minggu ke-” di langkah Kolom)' : ' (angka minggu, mis. 37, atau 2024-W37)'}</span>
      </label>
      <label className="pilihan-radio">
        <input type="radio" name={`${id}-jenis`} checked={nilai.jenis === 'tetap'} onChange={() => onUbah({ jenis: 'tetap', tahun: tahunKini, minggu: Math.min(mingguKini, daftarMingguTahun(tahunKini, hariIni).length) })} />
        <span>Satu minggu untuk seluruh sheet</span>
      </label>
      {nilai.jenis !== 'kolom-tanggal' && (
        <div className="kisi-dua">
          <div className="bidang">
            <label htmlFor={`${id}-tahun`}>Tahun</label>
            <select id={`${id}-tahun`} value={nilai.tahun} onChange={(e) => {
              const t = Number(e.target.value)
              if (nilai.jenis === 'kolom-minggu') onUbah({ jenis: 'kolom-minggu', tahun: t })
              else onUbah({ jenis: 'tetap', tahun: t, minggu: Math.min(nilai.minggu, Math.max(...daftarMingguTahun(t, hariIni))) })
            }}>
              {tahunDaftar.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          {nilai.jenis === 'tetap' && (
            <div className="bidang">
              <label htmlFor={`${id}-minggu`}>Minggu</label>
              <select id={`${id}-minggu`} value={nilai.minggu} onChange={(e) => onUbah({ ...nilai, minggu: Number(e.target.value) })}>
                {daftarMingguTahun(nilai.tahun, hariIni).map((m) => (
                  <option key={m} value={m}>
                    {formatRentangMinggu(nilai.tahun, m)}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
      )}
    </fieldset>
  )
}
