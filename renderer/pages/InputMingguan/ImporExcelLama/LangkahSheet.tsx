import { useId } from 'react'
import { angka } from '../../PertukaranData/tampil'
import type { HasilBaca } from './index'

/** Which sheet, and which row holds the column headers (title rows above it are skipped). */
export function LangkahSheet({ baca, sibuk, onSheet, onBarisJudul }: { baca: HasilBaca; sibuk: boolean; onSheet: (s: string) => void; onBarisJudul: (n: number) => void }) {
  const id = useId()
  const jumlahBaris = Math.max(baca.awal.length, baca.barisJudul)
  const lebar = Math.max(0, ...baca.awal.map((r) => r.length))
  return (
    <div className="langkah-sheet">
      <div className="kisi-dua">
        <div className="bidang">
          <label htmlFor={`${id}-sheet`}>Sheet</label>
          <select id={`${id}-sheet`} value={baca.sheetDipilih} disabled={sibuk} onChange={(e) => onSheet(e.target.value)}>
            {baca.sheet.map((s) => (
              <option key={s.nama} value={s.nama}>
                {s.nama} ({angka(s.jumlahBaris)} baris berisi)
              </option>
            ))}
          </select>
        </div>
        <div className="bidang">
          <label htmlFor={`${id}-judul`}>Baris judul kolom</label>
          <select id={`${id}-judul`} value={baca.barisJudul} disabled={sibuk} onChange={(e) => onBarisJudul(Number(e.target.value))} aria-describedby={`${id}-petunjuk`}>
            {Array.from({ length: Math.min(Math.max(jumlahBaris, 12), 30) }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                Baris {n}
                {baca.awal[n - 1]?.some(Boolean) ? `: ${baca.awal[n - 1]!.filter(Boolean).slice(0, 3).join(' · ')}` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="petunjuk" id={`${id}-petunjuk`}>
        Ditebak otomatis: baris {baca.barisJudul}. Baris judul laporan di atasnya dilewati; {angka(baca.jumlahBarisData)} baris data di bawahnya.
      </p>
      <div className="wadah-tabel wadah-awal-sheet" role="region" aria-label={`Isi awal sheet ${baca.sheetDipilih}`} tabIndex={0}>
        <table className="tabel tabel-rapat tabel-awal-sheet">
          <thead>
            <tr>
              <th scope="col" className="kanan">Baris</th>
              {Array.from({ length: lebar }, (_, c) => (
                <th key={c} scope="col">
                  {String.fromCharCode(65 + (c % 26))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {baca.awal.map((r, i) => (
              <tr key={i} className={i + 1 === baca.barisJudul ? 'baris-judul-dipilih' : i + 1 < baca.barisJudul ? 'baris-dilewati' : ''}>
                <th scope="row" className="kanan">
                  {i + 1}
                  {i + 1 === baca.barisJudul && <span className="sr-only"> (baris judul)</span>}
                </th>
                {Array.from({ length: lebar }, (_, c) => (
                  <td key={c}>{r[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
