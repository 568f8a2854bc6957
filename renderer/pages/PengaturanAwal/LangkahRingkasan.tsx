import type { KecamatanWilayah, Wilayah } from '../../../shared/skema-data'
import { ZONA_WAKTU, type ZonaWaktu } from '../../../shared/zona-waktu'
import { angkaAtauKosong } from '../../lib/tampil'
import type { Draf } from './draf'

interface Props {
  draf: Draf
  provinsi: Wilayah[] | undefined
  kabupaten: Wilayah[] | undefined
  kecamatan: KecamatanWilayah[] | undefined
}

/** Step 5: everything on one page before it is stored. */
export function LangkahRingkasan({ draf, provinsi, kabupaten, kecamatan }: Props) {
  const prov = provinsi?.find((p) => p.kode === draf.provinsiKode)
  const kab = (kabupaten ?? []).filter((k) => draf.kabupatenKode.includes(k.kode))
  const kec = kecamatan ?? []
  const totalDesa = kec.reduce((n, k) => n + k.jumlahDesa, 0)
  return (
    <>
      <dl className="daftar-ringkasan">
        <dt>Polda</dt>
        <dd>{prov ? `Polda ${prov.nama} (${prov.kode})` : '—'}</dd>
        <dt>Kabupaten/kota</dt>
        <dd>{kab.length ? kab.map((k) => `${k.nama} (${k.kode})`).join('; ') : '—'}</dd>
        <dt>Satker</dt>
        <dd>
          {draf.satkerNama || '—'} · kode {draf.satkerKode || '—'} · {draf.zonaWaktu ? ZONA_WAKTU[draf.zonaWaktu as ZonaWaktu].label : '—'}
        </dd>
        <dt>Kasat Binmas</dt>
        <dd>
          {[draf.kasat.pangkat, draf.kasat.nama].filter(Boolean).join(' ') || '—'} · NRP {draf.kasat.nrp || '—'}
        </dd>
        <dt>Wilayah</dt>
        <dd>
          {draf.jenis === 'polda' ? `${angkaAtauKosong(kab.length)} Polres` : `${angkaAtauKosong(draf.polsek.length)} Polsek`} · {angkaAtauKosong(kec.length)} kecamatan · {angkaAtauKosong(totalDesa)} desa/kelurahan
        </dd>
      </dl>
      {draf.jenis === 'polda' ? (
        <table className="tabel tabel-rapat tabel-ringkasan">
          <caption className="sr-only">Polres beserta kabupaten/kotanya</caption>
          <thead>
            <tr>
              <th scope="col">Polres</th>
              <th scope="col">Kabupaten/kota</th>
              <th scope="col" className="kanan">
                Desa
              </th>
            </tr>
          </thead>
          <tbody>
            {kab.map((k) => (
              <tr key={k.kode}>
                <td>
                  {draf.namaPolres[k.kode] || '—'} ({k.kode})
                </td>
                <td>{k.nama}</td>
                <td className="angka">{angkaAtauKosong(kec.filter((x) => x.kabupatenKode === k.kode).reduce((n, x) => n + x.jumlahDesa, 0))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
      <table className="tabel tabel-rapat tabel-ringkasan">
        <caption className="sr-only">Polsek beserta kecamatannya</caption>
        <thead>
          <tr>
            <th scope="col">Polsek</th>
            <th scope="col">Kecamatan</th>
            <th scope="col" className="kanan">
              Desa
            </th>
          </tr>
        </thead>
        <tbody>
          {draf.polsek.map((p, i) => {
            const milik = kec.filter((k) => draf.milik[k.kode] === p.kunci)
            return (
              <tr key={p.kunci}>
                <td>{p.nama.trim() || `(Polsek ${i + 1} tanpa nama)`}</td>
                <td>{milik.map((k) => k.nama).join(', ') || '—'}</td>
                <td className="angka">{angkaAtauKosong(milik.reduce((n, k) => n + k.jumlahDesa, 0))}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
      )}
      <p className="petunjuk">Desa/kelurahan diisi otomatis dari data wilayah Kemendagri. Jumlah penduduk, KK, dan pos kamling diisi kemudian di Data Desa.</p>
    </>
  )
}
