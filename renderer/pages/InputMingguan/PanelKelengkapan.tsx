import { useEffect, useState } from 'react'
import type { Keluaran } from '../../../shared/api'
import { formatRentangMinggu } from '../../../shared/format'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { persen } from '../../lib/tampil'
import { salinTeks } from './salin'

type Kelengkapan = Keluaran<'mingguan:kelengkapan'>

interface Props {
  data: Kelengkapan
  polsekId: number | null
  onCetak: () => void
}

/** "x dari y desa melapor" overall and per Polsek, the desa still missing, and the WhatsApp summary. */
export function PanelKelengkapan({ data, polsekId, onCetak }: Props) {
  const [salin, setSalin] = useState<'disalin' | 'gagal' | null>(null)
  useEffect(() => {
    if (!salin) return
    const t = setTimeout(() => setSalin(null), 6000)
    return () => clearTimeout(t)
  }, [salin])

  const tampilBelum = data.polsek.filter((p) => p.belum.length > 0 && (polsekId === null || p.polsekId === polsekId))
  return (
    <section className="panel-kelengkapan" aria-labelledby="judul-kelengkapan">
      <div className="kepala-kelengkapan">
        <div>
          <h2 id="judul-kelengkapan">Kelengkapan laporan · {formatRentangMinggu(data.tahun, data.minggu)}</h2>
          <p className="angka-kelengkapan">
            <strong>
              {data.melapor} dari {data.total} desa melapor
            </strong>{' '}
            <span className="redup">({persen(data.melapor, data.total)})</span>
          </p>
        </div>
        <div className="tombol-kelengkapan">
          <button
            type="button"
            className="tombol tombol-utama"
            onClick={async () => setSalin((await salinTeks(data.ringkasanTeks)) ? 'disalin' : 'gagal')}
          >
            Salin ringkasan
          </button>
          <button type="button" className="tombol" onClick={onCetak}>
            Cetak rekap
          </button>
          <span role="status" className="status-salin">
            {salin === 'disalin' && <span className="teks-berhasil">✓ Ringkasan disalin — tempel di WhatsApp</span>}
            {salin === 'gagal' && <span className="teks-peringatan">Ringkasan tidak dapat disalin; pilih teks di bawah lalu salin manual.</span>}
          </span>
        </div>
      </div>

      <div className="dua-kolom">
        <div>
          <h3>Per Polsek</h3>
          <table className="tabel tabel-rapat tabel-kelengkapan">
            <thead>
              <tr>
                <th scope="col">Polsek</th>
                <th scope="col" className="kanan">
                  Melapor
                </th>
                <th scope="col" className="kanan">
                  Desa
                </th>
                <th scope="col">Kelengkapan</th>
              </tr>
            </thead>
            <tbody>
              {data.polsek.map((p) => (
                <tr key={p.polsekNama} className={polsekId !== null && p.polsekId === polsekId ? 'baris-terpilih' : undefined}>
                  <th scope="row">{p.polsekNama}</th>
                  <td className="angka">{p.melapor}</td>
                  <td className="angka">{p.total}</td>
                  <td>
                    <span className="batang-kelengkapan" aria-hidden="true">
                      <span className={p.melapor === p.total ? 'batang-penuh' : undefined} style={{ width: `${p.total ? (p.melapor / p.total) * 100 : 0}%` }} />
                    </span>
                    <span className="angka">{persen(p.melapor, p.total)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <h3>Desa yang belum melapor</h3>
          {tampilBelum.length === 0 ? (
            <Pemberitahuan jenis="berhasil">Semua desa sudah melapor minggu ini.</Pemberitahuan>
          ) : (
            <dl className="daftar-belum">
              {tampilBelum.map((p) => (
                <div key={p.polsekNama}>
                  <dt>
                    {p.polsekNama} <span className="redup">({p.belum.length})</span>
                  </dt>
                  <dd>
                    <ul className="daftar-sebaris">
                      {p.belum.map((d) => (
                        <li key={d.kode}>{d.nama}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <details className="pratinjau-ringkasan">
            <summary>Lihat teks ringkasan</summary>
            <pre>{data.ringkasanTeks}</pre>
          </details>
        </div>
      </div>
    </section>
  )
}
