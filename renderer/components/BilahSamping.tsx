import type { Rute } from '../lib/rute'

/** Only the screens that exist today, in the order of the work (ui.md). */
const MENU_UTAMA: { rute: Rute; label: string }[] = [
  { rute: 'beranda', label: 'Beranda' },
  { rute: 'desa', label: 'Data Desa' },
]
const MENU_BAWAH: { rute: Rute; label: string }[] = [{ rute: 'tentang', label: 'Tentang' }]

function Tautan({ rute, label, aktif }: { rute: Rute; label: string; aktif: boolean }) {
  return (
    <li>
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
