import { useMemo, useState } from 'react'
import { formatAngka, namaBulan } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { KepalaUrut, urutBerikut } from '../../components/KepalaUrut'
import { LencanaKategori } from '../../components/LencanaKategori'
import { Memuat } from '../../components/Memuat'
import type { ArahUrut } from '../../components/navigasi-baris'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { WadahGulir } from '../../components/WadahGulir'
import { useMuat } from '../../lib/muat'

type Kolom = 'kode' | 'nama' | 'kecamatan' | 'nilai' | 'laporan' | 'kk_dikunjungi' | 'kejadian'

/** The drill-down of Rekap Polda: one Polres' desa, sortable, with their IKDK and the month's activity. */
export function RincianPolres({ bulan, polres, kategori, onKembali }: { bulan: string; polres: { kode: string; nama: string }; kategori: readonly string[]; onKembali: () => void }) {
  const data = useMuat(() => panggil('polda:rekap-desa', { bulan, polresKode: polres.kode }), [bulan, polres.kode])
  const [urut, setUrut] = useState<{ kolom: Kolom; arah: ArahUrut }>({ kolom: 'kode', arah: 'naik' })
  const desa = useMemo(() => {
    const d = [...(data.data?.desa ?? [])]
    d.sort((a, b) => {
      const [x, y] = [a[urut.kolom] ?? -1, b[urut.kolom] ?? -1]
      const beda = typeof x === 'string' ? x.localeCompare(y as string, 'id') : x - (y as number)
      return urut.arah === 'naik' ? beda : -beda
    })
    return d
  }, [data.data, urut])
  const onUrut = (k: Kolom) => setUrut((u) => urutBerikut(u, k))

  return (
    <section aria-labelledby="judul-rincian-polres" className="halaman-polda">
      <div className="kepala-halaman">
        <button type="button" className="tombol tombol-kecil sembunyi-cetak" onClick={onKembali}>
          ‹ Kembali ke Rekap Polda
        </button>
        <h1 id="judul-rincian-polres">
          {polres.nama} — {namaBulan(bulan)}
        </h1>
        {data.data && <p className="redup">{formatAngka(data.data.desa.length, 0)} desa/kelurahan</p>}
      </div>
      {data.galat && <Pemberitahuan jenis="galat">{data.galat}</Pemberitahuan>}
      {!data.data && !data.galat && <Memuat teks="Memuat desa…" />}
      {data.data && (
        <WadahGulir label={`Desa ${polres.nama}`}>
          <table className="tabel tabel-rapat" id="tabel-rincian-polres">
            <thead>
              <tr>
                <KepalaUrut kunci="kode" label="Kode" urut={urut} onUrut={onUrut} />
                <KepalaUrut kunci="nama" label="Desa/Kelurahan" urut={urut} onUrut={onUrut} />
                <KepalaUrut kunci="kecamatan" label="Kecamatan" urut={urut} onUrut={onUrut} />
                <KepalaUrut kunci="nilai" label="IKDK" urut={urut} onUrut={onUrut} kanan />
                <th scope="col">Kategori</th>
                <KepalaUrut kunci="laporan" label="Minggu dilaporkan" urut={urut} onUrut={onUrut} kanan />
                <KepalaUrut kunci="kk_dikunjungi" label="DDS (KK)" urut={urut} onUrut={onUrut} kanan />
                <KepalaUrut kunci="kejadian" label="Kejadian" urut={urut} onUrut={onUrut} kanan />
              </tr>
            </thead>
            <tbody>
              {desa.map((d) => (
                <tr key={d.kode}>
                  <td>
                    <code>{d.kode}</code>
                  </td>
                  <td>{d.nama}</td>
                  <td>{d.kecamatan}</td>
                  <td className="angka">
                    {d.nilai === null ? '—' : formatAngka(d.nilai, 1)}
                    {d.keyakinan === 'Rendah' && d.nilai !== null ? ' (rendah)' : ''}
                  </td>
                  <td>
                    <LencanaKategori kategori={d.kategori} urutan={kategori} />
                  </td>
                  <td className="angka">{formatAngka(d.laporan, 0)}</td>
                  <td className="angka">{formatAngka(d.kk_dikunjungi, 0)}</td>
                  <td className="angka">{formatAngka(d.kejadian, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </WadahGulir>
      )}
    </section>
  )
}
