import { namaBulan } from '../../shared/format'

interface Props {
  id: string
  bulan: string
  /** Months with IKDK results, any order. */
  daftar: readonly string[]
  /** The running month: its values are provisional. */
  bulanBerjalan: string
  onUbah: (bulan: string) => void
  label?: string
}

export function labelBulan(bulan: string, bulanBerjalan: string): string {
  return `${namaBulan(bulan)}${bulan === bulanBerjalan ? ' (sementara)' : ''}`
}

/** Month picker: a select of the months with results, with previous/next buttons. */
export function PilihBulan({ id, bulan, daftar, bulanBerjalan, onUbah, label = 'Bulan' }: Props) {
  const urut = [...new Set([...daftar, bulan])].sort()
  const i = urut.indexOf(bulan)
  const sebelum = i > 0 ? urut[i - 1] : undefined
  const sesudah = i >= 0 && i < urut.length - 1 ? urut[i + 1] : undefined
  return (
    <div className="bidang pilih-bulan">
      <label htmlFor={id}>{label}</label>
      <div className="pilih-bulan-isi">
        <button type="button" className="tombol tombol-kecil" disabled={!sebelum} onClick={() => sebelum && onUbah(sebelum)} aria-label="Bulan sebelumnya" title="Bulan sebelumnya">
          ‹
        </button>
        <select id={id} value={bulan} onChange={(e) => onUbah(e.target.value)}>
          {[...urut].reverse().map((b) => (
            <option key={b} value={b}>
              {labelBulan(b, bulanBerjalan)}
            </option>
          ))}
        </select>
        <button type="button" className="tombol tombol-kecil" disabled={!sesudah} onClick={() => sesudah && onUbah(sesudah)} aria-label="Bulan berikutnya" title="Bulan berikutnya">
          ›
        </button>
      </div>
    </div>
  )
}
