import type { ReactNode } from 'react'
import type { Personel } from '../../../shared/personel'
import { KepalaUrut } from '../../components/KepalaUrut'
import { type ArahUrut, pindahBaris } from '../../components/navigasi-baris'
import { KOSONG } from '../../lib/tampil'
import { binaanKini, type KolomPersonel } from './saring'

interface Props {
  personel: Personel[]
  hariIni: string
  urut: { kolom: KolomPersonel; arah: ArahUrut }
  onUrut: (k: KolomPersonel) => void
  terpilih: string | null
  onPilih: (nrp: string) => void
  /** Absent when the user may only read (Pimpinan, Mode Polda): rows open nothing. */
  onBuka?: (nrp: string) => void
  kosong: ReactNode
}

const JUMLAH_KOLOM = 8

/** All personnel with the desa they hold today; arrows move between rows, Enter opens one. */
export function TabelPersonel({ personel, hariIni, urut, onUrut, terpilih, onPilih, onBuka, kosong }: Props) {
  const indeksTerpilih = Math.max(0, personel.findIndex((p) => p.nrp === terpilih))
  return (
    <div className="wadah-tabel">
      <table className="tabel tabel-daftar tabel-personel">
        <caption className="sr-only">Daftar personel Sat Binmas dan Polsek. Pilih baris dengan panah atas/bawah{onBuka ? ', tekan Enter untuk mengubah' : ''}.</caption>
        <thead>
          <tr>
            <KepalaUrut kunci="nrp" label="NRP" urut={urut} onUrut={onUrut} />
            <KepalaUrut kunci="nama" label="Nama" urut={urut} onUrut={onUrut} />
            <KepalaUrut kunci="pangkat" label="Pangkat" urut={urut} onUrut={onUrut} />
            <KepalaUrut kunci="jabatan" label="Jabatan" urut={urut} onUrut={onUrut} />
            <KepalaUrut kunci="polsek" label="Polsek" urut={urut} onUrut={onUrut} />
            <th scope="col">Kontak</th>
            <th scope="col">Aktif</th>
            <th scope="col">Desa binaan saat ini</th>
          </tr>
        </thead>
        <tbody>
          {personel.length === 0 && (
            <tr>
              <td colSpan={JUMLAH_KOLOM} className="sel-kosong">
                {kosong}
              </td>
            </tr>
          )}
          {personel.map((p, i) => {
            const kini = binaanKini(p, hariIni)
            return (
              <tr
                key={p.nrp}
                data-nrp={p.nrp}
                tabIndex={i === indeksTerpilih ? 0 : -1}
                className={p.nrp === terpilih ? 'baris-terpilih' : undefined}
                onClick={() => {
                  onPilih(p.nrp)
                  onBuka?.(p.nrp)
                }}
                onFocus={() => onPilih(p.nrp)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault()
                    onBuka?.(p.nrp)
                    return
                  }
                  const ke = pindahBaris(e, i, personel.length)
                  if (ke !== null) onPilih(personel[ke]!.nrp)
                }}
              >
                <td className="kode">{p.nrp}</td>
                <td>{p.nama}</td>
                <td className="nowrap">{p.pangkat}</td>
                <td>{p.jabatan}</td>
                <td>{p.polsekNama ?? <span className="redup">Polres</span>}</td>
                <td className="nowrap">{p.kontak ?? KOSONG}</td>
                <td>{p.aktif ? 'Ya' : <span className="lencana lencana-redup">Tidak aktif</span>}</td>
                <td className="sel-binaan">{kini.length ? kini.map((b) => b.desaNama).join(', ') : KOSONG}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
