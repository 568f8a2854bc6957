import { useEffect } from 'react'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { PemberitahuanHanyaBaca, useHanyaBaca } from '../../components/HanyaBaca'
import { useMuat } from '../../lib/muat'
import { DaftarPolres } from './DaftarPolres'
import { DataContoh } from './DataContoh'
import { KunciPeriode } from './KunciPeriode'
import './pengaturan.css'

interface Props {
  zonaWaktu: string | null
  dataContoh: boolean
  /** The demo is gone: the app reloads its status and shows Pengaturan Awal. */
  onDataContohDihapus: () => Promise<void>
}

/** "#/pengaturan/data-contoh" (the demo banner's link) lands on that section. */
function useLompatKeBagian() {
  useEffect(() => {
    const lompat = () => {
      const bagian = window.location.hash.split('/')[2]
      if (!bagian) return
      // After the shell has focused the page heading on a route change.
      requestAnimationFrame(() => document.getElementById(`judul-${bagian}`)?.focus())
    }
    lompat()
    window.addEventListener('hashchange', lompat)
    return () => window.removeEventListener('hashchange', lompat)
  }, [])
}

/** "Pengaturan": Kunci Periode and Data Contoh; in Mode Polda first the Daftar Polres. */
export function Pengaturan({ zonaWaktu, dataContoh, onDataContohDihapus }: Props) {
  useLompatKeBagian()
  const satker = useMuat(() => panggil('satker:info', {}), [])
  // Every setting here is Admin's; the others read the status.
  const hanyaBaca = useHanyaBaca('periode:kunci')
  return (
    <section aria-labelledby="judul-pengaturan">
      <h1 id="judul-pengaturan">Pengaturan</h1>
      <PemberitahuanHanyaBaca alasan={hanyaBaca} />
      {satker.data?.jenis === 'polda' && <DaftarPolres zonaWaktu={zonaWaktu as ZonaWaktu | null} />}
      <div className="tata-pengaturan">
        <KunciPeriode zonaWaktu={zonaWaktu as ZonaWaktu | null} />
        <DataContoh dataContoh={dataContoh} onDihapus={onDataContohDihapus} />
      </div>
    </section>
  )
}
