import { useEffect, useState } from 'react'
import { panggil } from '../../../api/klien'
import { idBidang } from '../../../components/Bidang'
import { PilihDesa } from '../../../components/PilihDesa'
import type { DesaPilihan } from '../../../components/pilih-desa'
import { labelDesa } from '../../../components/pilih-desa'
import { angka } from '../../PertukaranData/tampil'
import type { HasilCocok } from './index'

const LEWATI = '-'

/**
 * Every desa text of the sheet and the app's desa it means. Certain matches
 * are listed ready; the others (unknown names, names several desa share)
 * first, each with a search field and the candidates; "Lewati" leaves a
 * desa that is not ours out of the import.
 */
export function LangkahDesa({ cocok, petaDesa, onUbah }: { cocok: HasilCocok; petaDesa: Record<string, string>; onUbah: (kunci: string, kode: string) => void }) {
  const [desa, setDesa] = useState<DesaPilihan[]>([])
  const [cari, setCari] = useState('')
  useEffect(() => {
    void panggil('desa:daftar', {}).then((d) => setDesa(d.map((x) => ({ kode: x.kode, nama: x.nama, kecamatanNama: x.kecamatanNama }))))
  }, [])
  const perKode = new Map(desa.map((d) => [d.kode, d]))
  const belum = cocok.filter((d) => !d.saran)
  const siap = cocok.filter((d) => d.saran)
  const kosong = cocok.filter((d) => !petaDesa[d.kunci]).length
  const cocokCari = (t: string) => !cari.trim() || t.toLocaleLowerCase('id').includes(cari.trim().toLocaleLowerCase('id'))
  const baris = (d: HasilCocok[number], i: number) => {
    const kini = petaDesa[d.kunci] ?? ''
    return (
      <tr key={d.kunci} className={kini ? '' : 'desa-belum'}>
        <th scope="row">
          {d.teks}
          {d.kecamatan && <span className="redup"> · Kec. {d.kecamatan}</span>}
        </th>
        <td className="angka">{angka(d.jumlahBaris)}</td>
        <td>
          {d.alasan && <p className="alasan-desa">{d.alasan}</p>}
          {d.kandidat.length > 1 && !kini && (
            <div className="kandidat-desa" role="group" aria-label={`Calon desa untuk ${d.teks}`}>
              {d.kandidat.map((k) => (
                <button key={k.kode} type="button" className="tombol tombol-kecil" onClick={() => onUbah(d.kunci, k.kode)}>
                  {k.nama} — Kec. {k.kecamatan}
                </button>
              ))}
            </div>
          )}
          <div className="baris-kendali">
            {kini === LEWATI ? (
              <span className="redup">Dilewati (bukan desa satuan ini)</span>
            ) : (
              <>
                <label className="sr-only" htmlFor={idBidang(`desa-lama-${i}`)}>
                  Desa di aplikasi untuk {d.teks}
                </label>
                <PilihDesa kunci={`desa-lama-${i}`} desa={desa} kode={kini} onPilih={(kode) => onUbah(d.kunci, kode)} placeholder="Cari nama desa, kecamatan, atau kode" />
              </>
            )}
            <label className="centang">
              <input type="checkbox" checked={kini === LEWATI} onChange={(e) => onUbah(d.kunci, e.target.checked ? LEWATI : (d.saran ?? ''))} />
              <span>Lewati</span>
            </label>
          </div>
          <span className="sr-only">{kini && kini !== LEWATI && perKode.get(kini) ? `Dipilih: ${labelDesa(perKode.get(kini)!)}` : ''}</span>
        </td>
      </tr>
    )
  }
  const kepala = (
    <thead>
      <tr>
        <th scope="col">Desa di berkas</th>
        <th scope="col" className="kanan">Baris</th>
        <th scope="col">Desa di aplikasi</th>
      </tr>
    </thead>
  )
  return (
    <div className="langkah-desa">
      <p className="petunjuk">
        {angka(cocok.length)} nama/kode desa di berkas: {angka(siap.length)} cocok otomatis, {angka(belum.length)} tanpa saran ({angka(kosong)} belum dipilih). Baris desa yang belum dipilih menjadi kesalahan di pratinjau.
      </p>
      <div className="bidang bidang-cari-desa">
        <label htmlFor="cari-desa-lama">Saring daftar</label>
        <input id="cari-desa-lama" type="search" value={cari} onChange={(e) => setCari(e.target.value)} placeholder="Ketik sebagian nama" />
      </div>
      {belum.length > 0 && (
        <section aria-labelledby="judul-desa-belum">
          <h4 id="judul-desa-belum">Tanpa saran otomatis ({angka(belum.length)})</h4>
          <div className="wadah-tabel wadah-desa">
            <table className="tabel tabel-rapat tabel-desa-lama">
              {kepala}
              <tbody>{belum.filter((d) => cocokCari(d.teks)).map(baris)}</tbody>
            </table>
          </div>
        </section>
      )}
      {siap.length > 0 && (
        <details className="desa-cocok" open={belum.length === 0}>
          <summary>Cocok otomatis ({angka(siap.length)}) — buka untuk memeriksa atau mengubah</summary>
          <div className="wadah-tabel wadah-desa">
            <table className="tabel tabel-rapat tabel-desa-lama">
              {kepala}
              <tbody>{siap.filter((d) => cocokCari(d.teks)).map((d, i) => baris(d, belum.length + i))}</tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  )
}
