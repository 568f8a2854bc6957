import { useState } from 'react'
import { useBolehKanal } from '../../components/HanyaBaca'
import '../Cadangan/cadangan.css'
import { ImporExcelLama } from './ImporExcelLama'
import './ImporExcelLama/impor-excel-lama.css'
import { ImporTemplat, UnduhTemplat } from './TemplatPolsek'

type Dialog = 'unduh' | 'templat' | 'excel-lama' | null

/**
 * The Input Mingguan actions that bring a week's data from outside: the
 * Polsek template (download, import) and a unit's old workbook. Operator and
 * Admin only (PENGUBAH), like the exchange import.
 */
export function AksiImpor({ tahun, minggu, polsekId, polsek, hariIni, onDiterapkan }: { tahun: number; minggu: number; polsekId: number | null; polsek: { id: number; nama: string }[]; hariIni: string; onDiterapkan: () => void }) {
  const [dialog, setDialog] = useState<Dialog>(null)
  // Pimpinan reads only: the contract refuses these channels to it, so they are not offered.
  if (!useBolehKanal('templat:pratinjau')) return null
  return (
    <div className="aksi-impor-mingguan" role="group" aria-label="Templat dan impor">
      <button type="button" className="tombol" onClick={() => setDialog('unduh')} disabled={polsek.length === 0}>
        Unduh templat Polsek
      </button>
      <button type="button" className="tombol" onClick={() => setDialog('templat')}>
        Impor templat Polsek
      </button>
      <button type="button" className="tombol" onClick={() => setDialog('excel-lama')}>
        Impor dari Excel lama
      </button>
      {dialog === 'unduh' && <UnduhTemplat polsek={polsek} awal={{ tahun, minggu, polsekId }} hariIni={hariIni} onTutup={() => setDialog(null)} />}
      {dialog === 'templat' && <ImporTemplat tahun={tahun} minggu={minggu} onTutup={() => setDialog(null)} onDiterapkan={onDiterapkan} />}
      {dialog === 'excel-lama' && <ImporExcelLama layar={{ tahun, minggu }} hariIni={hariIni} onTutup={() => setDialog(null)} onDiterapkan={onDiterapkan} />}
    </div>
  )
}
