import type { Wilayah } from '../../../shared/skema-data'
import { ariaBidang, Bidang, PesanGalatBidang } from '../../components/Bidang'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import type { Muatan } from '../../lib/muat'
import type { PropsLangkah } from './jenis'

interface Props extends PropsLangkah {
  provinsi: Muatan<Wilayah[]>
  kabupaten: Muatan<Wilayah[]>
}

/** Step 1: the Polda (province) and the kabupaten/kota of the Polres' jurisdiction. */
export function LangkahWilayah({ draf, kirim, galat, provinsi, kabupaten }: Props) {
  return (
    <>
      <Bidang kunci="provinsiKode" label="Polda (provinsi)" galat={galat.provinsiKode} lebar="sedang">
        <select
          {...ariaBidang('provinsiKode', galat.provinsiKode)}
          value={draf.provinsiKode}
          onChange={(e) => kirim({ jenis: 'pilihProvinsi', kode: e.target.value })}
          disabled={!provinsi.data}
        >
          <option value="">{provinsi.data ? '— Pilih Polda —' : 'Memuat daftar provinsi…'}</option>
          {provinsi.data?.map((p) => (
            <option key={p.kode} value={p.kode}>
              Polda {p.nama} ({p.kode})
            </option>
          ))}
        </select>
      </Bidang>
      {provinsi.galat && <Pemberitahuan jenis="galat">{provinsi.galat}</Pemberitahuan>}

      <fieldset className="grup-pilihan" aria-describedby={galat.kabupatenKode ? "f-kabupatenKode-galat" : "f-kabupatenKode-petunjuk"}>
        <legend>Kabupaten/kota wilayah hukum Polres</legend>
        <p className="petunjuk" id="f-kabupatenKode-petunjuk">
          Centang satu atau lebih. Kecamatan dan desa diambil dari data wilayah Kemendagri.
        </p>
        {!draf.provinsiKode && <p className="redup">Pilih Polda terlebih dahulu.</p>}
        {draf.provinsiKode && kabupaten.memuat && <Memuat teks="Memuat kabupaten/kota…" />}
        {kabupaten.galat && <Pemberitahuan jenis="galat">{kabupaten.galat}</Pemberitahuan>}
        {draf.provinsiKode && kabupaten.data && !kabupaten.memuat && (
          <ul className="daftar-centang">
            {kabupaten.data.map((k) => (
              <li key={k.kode}>
                <label className="centang">
                  <input
                    type="checkbox"
                    checked={draf.kabupatenKode.includes(k.kode)}
                    onChange={(e) => kirim({ jenis: 'aturKabupaten', kode: k.kode, terpilih: e.target.checked, semua: kabupaten.data! })}
                  />
                  <span>
                    {k.nama} <span className="redup angka">({k.kode})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        <PesanGalatBidang kunci="kabupatenKode" galat={galat.kabupatenKode} />
      </fieldset>
    </>
  )
}
