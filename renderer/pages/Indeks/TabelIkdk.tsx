import type { MouseEvent, ReactNode } from 'react'
import { formatAngka, namaBulan } from '../../../shared/format'
import { KepalaUrut } from '../../components/KepalaUrut'
import { LencanaKategori } from '../../components/LencanaKategori'
import { NilaiIkdk } from '../../components/NilaiIkdk'
import { Sparkline } from '../../components/Sparkline'
import { KOSONG } from '../../lib/tampil'
import { type BarisIkdk, type KolomUrutIkdk, teksPerubahan, type UrutIkdk } from './saring'

interface Props {
  baris: BarisIkdk[]
  urut: UrutIkdk
  onUrut: (k: KolomUrutIkdk) => void
  urutanKategori: readonly string[]
  bulanTren: readonly string[]
  bulanSebelumnya: string
  alamatDesa: (kode: string) => string
  kosong: ReactNode
}

const KOLOM: { kunci: KolomUrutIkdk | null; label: string; angka?: boolean }[] = [
  { kunci: 'kode', label: 'Kode' },
  { kunci: 'desa', label: 'Desa/kelurahan' },
  { kunci: 'kecamatan', label: 'Kecamatan' },
  { kunci: 'polsek', label: 'Polsek' },
  { kunci: 'nilai', label: 'IKDK', angka: true },
  { kunci: 'kategori', label: 'Kategori' },
  { kunci: 'keyakinan', label: 'Keyakinan' },
  { kunci: 'perubahan', label: 'Perubahan', angka: true },
  { kunci: null, label: 'Tren 6 bulan' },
]

/** All desa of the month; the desa name opens "Mengapa nilai ini?". */
export function TabelIkdk({ baris, urut, onUrut, urutanKategori, bulanTren, bulanSebelumnya, alamatDesa, kosong }: Props) {
  const buka = (e: MouseEvent<HTMLTableRowElement>, kode: string) => {
    // The link handles its own click; the rest of the row is a larger target for the mouse.
    if ((e.target as HTMLElement).closest('a, button')) return
    window.location.hash = alamatDesa(kode)
  }
  return (
    <div className="wadah-tabel">
      <table className="tabel tabel-ikdk">
        <caption className="sr-only">IKDK per desa. Klik judul kolom untuk mengurutkan; pilih nama desa untuk melihat mengapa nilainya demikian.</caption>
        <thead>
          <tr>
            {KOLOM.map((k) =>
              k.kunci === null ? (
                <th key={k.label} scope="col" className={k.angka ? 'kanan' : undefined}>
                  <span className="judul-polos">{k.label}</span>
                </th>
              ) : (
                <KepalaUrut key={k.label} kunci={k.kunci} label={k.label} urut={urut} onUrut={onUrut} kanan={k.angka} />
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {baris.length === 0 && (
            <tr>
              <td colSpan={KOLOM.length} className="sel-kosong">
                {kosong}
              </td>
            </tr>
          )}
          {baris.map((b) => (
            <tr key={b.desaKode} data-kode={b.desaKode} onClick={(e) => buka(e, b.desaKode)}>
              <td className="kode">{b.desaKode}</td>
              <td>
                <a href={alamatDesa(b.desaKode)} className="tautan-desa">
                  {b.desaNama}
                </a>
              </td>
              <td>{b.kecamatanNama}</td>
              <td className="sel-polsek">{b.polsekNama ?? KOSONG}</td>
              <td className="angka sel-nilai">
                <NilaiIkdk nilai={b.nilai} keyakinan={b.keyakinan} alasanNA={b.nilai === null ? 'Tidak ada dimensi yang tersedia' : undefined} />
              </td>
              <td className="sel-kategori">
                <LencanaKategori kategori={b.kategori} urutan={urutanKategori} />
              </td>
              <td className={b.keyakinan === 'Rendah' ? 'sel-keyakinan keyakinan-rendah' : 'sel-keyakinan'}>{b.keyakinan}</td>
              <td className="angka sel-perubahan" title={b.nilaiSebelumnya === null ? `Tidak ada nilai ${namaBulan(bulanSebelumnya)}` : `${namaBulan(bulanSebelumnya)}: ${formatAngka(b.nilaiSebelumnya, 1)}`}>
                {teksPerubahan(b.perubahan)}
              </td>
              <td className="sel-tren">
                <Sparkline nilai={b.tren} bulan={bulanTren} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
