import type { Rute } from '../lib/rute'
import { useSesi } from '../pages/Masuk/sesi'

/** Only the screens that exist today, in the order of the work (ui.md). */
/** `mode`: shown only in a Polres app, or only in Mode Polda. */
const MENU_UTAMA: { rute: Rute; label: string; sub?: boolean; hanyaAdmin?: boolean; mode?: 'polres' | 'polda' }[] = [
  { rute: 'beranda', label: 'Beranda' },
  { rute: 'mingguan', label: 'Input Mingguan', mode: 'polres' },
  { rute: 'kejadian', label: 'Kejadian & Deteksi Dini' },
  { rute: 'indeks', label: 'Indeks (IKDK)' },
  { rute: 'peringatan-dini', label: 'Peringatan Dini', sub: true },
  { rute: 'uji-sensitivitas', label: 'Uji Sensitivitas', sub: true },
  { rute: 'metodologi', label: 'Metodologi', sub: true },
  { rute: 'peta-rawan', label: 'Peta Rawan' },
  { rute: 'anev', label: 'Laporan Anev', mode: 'polres' },
  { rute: 'pertukaran', label: 'Pertukaran Data' },
  { rute: 'polda-kiriman', label: 'Status Kiriman', sub: true, mode: 'polda' },
  { rute: 'polda-rekap', label: 'Rekap Polda', sub: true, mode: 'polda' },
  { rute: 'desa', label: 'Data Desa' },
  { rute: 'personel', label: 'Personel' },
  { rute: 'cadangan', label: 'Cadangan' },
  { rute: 'pengguna', label: 'Pengguna', hanyaAdmin: true },
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

export function BilahSamping({ rute, polda = false }: { rute: Rute | null; polda?: boolean }) {
  const peran = useSesi().info?.peran
  return (
    <nav className="bilah-samping" aria-label="Menu utama">
      <div className="merek">
        <span className="merek-nama">Binmas Desk</span>
        <span className="merek-sub">{polda ? 'Ditbinmas Polda' : 'Sat Binmas'}</span>
      </div>
      <ul className="menu">
        {MENU_UTAMA.filter((m) => (!m.hanyaAdmin || peran === 'admin') && (!m.mode || m.mode === (polda ? 'polda' : 'polres'))).map((m) => (
          <Tautan key={m.rute} rute={m.rute} label={m.label} sub={m.sub} aktif={rute === m.rute} />
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
