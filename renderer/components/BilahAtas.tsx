import { formatRentangMinggu } from '../../shared/format'
import { isoMinggu } from '../../shared/iso-week'
import { MenuAkun } from '../pages/Masuk/MenuAkun'

/** The satker and the running ISO week, always visible (ui.md). */
export function BilahAtas({ satkerNama, hariIni }: { satkerNama: string; hariIni: string }) {
  const m = isoMinggu(hariIni)
  return (
    <header className="bilah-atas">
      <span className="bilah-atas-satker">{satkerNama}</span>
      <span className="bilah-atas-minggu">
        {formatRentangMinggu(m.tahun, m.minggu)}
      </span>
      <MenuAkun />
    </header>
  )
}
