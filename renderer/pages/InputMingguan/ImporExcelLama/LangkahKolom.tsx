import { useId } from 'react'
import type { BidangExcelLama } from '../../../../shared/api-templat'
import type { HasilBaca } from './index'
import { LABEL_BIDANG, type PerKolom, PILIHAN_BIDANG } from './pemetaan'

/** One select per column of the sheet: which field it holds, suggested from its header. */
export function LangkahKolom({ baca, perKolom, onUbah, masalah }: { baca: HasilBaca; perKolom: PerKolom; onUbah: (p: PerKolom) => void; masalah: string[] }) {
  const id = useId()
  return (
    <div className="langkah-kolom">
      <p className="petunjuk">Pilih isian untuk setiap kolom. Saran diambil dari judul kolom; kolom yang tidak dipakai (No, Paraf, …) biarkan &ldquo;abaikan&rdquo;. Isian tanpa kolom dianggap tidak dilaporkan, bukan nol.</p>
      <div className="wadah-tabel wadah-kolom" role="region" aria-label="Pemetaan kolom" tabIndex={-1}>
        <table className="tabel tabel-rapat tabel-kolom">
          <thead>
            <tr>
              <th scope="col">Kolom</th>
              <th scope="col">Judul di berkas</th>
              <th scope="col">Contoh isi</th>
              <th scope="col">Isian di aplikasi</th>
            </tr>
          </thead>
          <tbody>
            {baca.kolom.map((k) => (
              <tr key={k.indeks}>
                <td>{k.huruf}</td>
                <th scope="row" id={`${id}-j${k.indeks}`}>
                  {k.judul}
                </th>
                <td className="contoh-kolom">{k.contoh.join(' · ') || '—'}</td>
                <td>
                  <select
                    aria-label={`Isian untuk kolom ${k.huruf} (${k.judul})`}
                    value={perKolom[k.indeks] ?? ''}
                    onChange={(e) => onUbah({ ...perKolom, [k.indeks]: e.target.value as BidangExcelLama | '' })}
                    className={perKolom[k.indeks] ? 'kolom-dipakai' : ''}
                  >
                    <option value="">— abaikan —</option>
                    {PILIHAN_BIDANG.map((b) => (
                      <option key={b} value={b}>
                        {LABEL_BIDANG[b]}
                        {k.saran === b ? ' (saran)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {masalah.length > 0 && (
        <ul className="daftar-masalah-kolom" role="status">
          {masalah.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
