import type { Rute } from '../lib/rute'

/** Only the screens that exist today, in the order of the work (ui.md). */
const MENU_UTAMA: { rute: Rute; label: string; sub?: boolean }[] = [
  { rute: 'beranda', label: 'Beranda' },
  { rute: 'mingguan', label: 'Input Mingguan' },
  { rute: 'kejadian', label: 'Kejadian & Deteksi Dini' },
  { rute: 'indeks', label: 'Indeks (IKDK)' },
  { rute: 'peringatan-dini', label: 'Peringatan Dini', sub: true },
  { rute: 'uji-sensitivitas', label: 'Uji Sensitivitas', sub: true },
  { rute: 'metodologi', label: 'Metodologi', sub: true },
  { rute: 'peta-rawan', label: 'Peta Rawan' },
  { rute: 'pertukaran', label: 'Pertukaran Data' },
  { rute: 'desa', label: 'Data Desa' },
  { rute: 'personel', label: 'Personel' },
  { rute: 'cadangan', label: 'Cadangan' },
]
const MENU_BAWAH: { rute: Rute; label: string }[] = [
  { rute: 'pengaturan', label: 'Pengaturan' },
  { rute: 'tentang', label: 'Tentang' },
]

function Tautan({ rute, label, aktif, sub }: { rute: Rute; label: string; aktif: boolean; sub?: boolean }) {
  return (
    <li className={sub ? 'menu-sub' : undefined}>
      <a href={`#/${rute}`} className={aktif ? 'menu-aktif' : undefined} aria-current={aktif ? 'page' : undefined}>
        {label}
      </a>
    </li>
  )
}

export function BilahSamping({ rute }: { rute: Rute | null }) {
  return (
    <nav className="bilah-samping" aria-label="Menu utama">
      <div className="merek">
        <span className="merek-nama">Binmas Desk</span>
        <span className="merek-sub">Sat Binmas</span>
      </div>
      <ul className="menu">
        {MENU_UTAMA.map((m) => (
          <Tautan key={m.rute} {...m} aktif={rute === m.rute} />
        ))}
      </ul>
      <ul className="menu menu-bawah">
        {MENU_BAWAH.map((m) => (
          <Tautan key={m.rute} {...m} aktif={rute === m.rute} />
        ))}
      </ul>
    </nav>
  )
}
