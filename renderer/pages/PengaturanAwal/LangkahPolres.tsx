import type { Wilayah } from '../../../shared/skema-data'
import { Memuat } from '../../components/Memuat'
import type { Muatan } from '../../lib/muat'
import type { PropsLangkah } from './jenis'

/**
 * Step 4 in Mode Polda: one Polres per kabupaten/kota, coded with the
 * kabupaten's Kemendagri code (the code a Polres app gives itself by
 * default, so its files match). Names are editable: a city's Polres is
 * often a Polresta, sometimes "Polres … Kota".
 */
export function LangkahPolres({ draf, kirim, galat, kabupaten }: PropsLangkah & { kabupaten: Muatan<Wilayah[]> }) {
  if (!kabupaten.data) return <Memuat teks="Memuat kabupaten/kota…" />
  const kab = kabupaten.data.filter((k) => draf.kabupatenKode.includes(k.kode))
  return (
    <>
      <p className="petunjuk">
        {kab.length} Polres. Kode Polres sama dengan kode kabupaten/kotanya; Polda hanya menerima berkas dengan kode satker itu.
      </p>
      <table className="tabel tabel-rapat tabel-ringkasan">
        <caption className="sr-only">Polres jajaran beserta kabupaten/kotanya</caption>
        <thead>
          <tr>
            <th scope="col">Kode</th>
            <th scope="col">Kabupaten/kota</th>
            <th scope="col">Nama Polres</th>
          </tr>
        </thead>
        <tbody>
          {kab.map((k, i) => {
            const kunci = `polres.${i}.nama`
            const id = `f-polres-${i}-nama`
            const salah = galat[kunci]
            return (
              <tr key={k.kode}>
                <td className="angka">{k.kode}</td>
                <td>{k.nama}</td>
                <td>
                  <input
                    id={id}
                    size={34}
                    aria-label={`Nama Polres ${k.nama}`}
                    value={draf.namaPolres[k.kode] ?? ''}
                    onChange={(e) => kirim({ jenis: 'ubahNamaPolres', kode: k.kode, nama: e.target.value })}
                    aria-invalid={salah ? true : undefined}
                    aria-describedby={salah ? `${id}-galat` : undefined}
                  />
                  {salah && (
                    <p className="galat-bidang" id={`${id}-galat`}>
                      {salah}
                    </p>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}
