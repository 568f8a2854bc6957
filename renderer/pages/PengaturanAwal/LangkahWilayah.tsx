import { useEffect } from 'react'
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

/** Step 1: Polres or Polda; the Polda (province) and, for a Polres, the kabupaten/kota of its jurisdiction. */
export function LangkahWilayah({ draf, kirim, galat, provinsi, kabupaten }: Props) {
  const polda = draf.jenis === 'polda'
  const namaProvinsi = provinsi.data?.find((p) => p.kode === draf.provinsiKode)?.nama
  const semuaKab = kabupaten.data && !kabupaten.memuat ? kabupaten.data : null
  // Mode Polda: the whole province; re-derived whenever the province's list arrives.
  useEffect(() => {
    if (!polda || !namaProvinsi || !semuaKab) return
    const kode = semuaKab.map((k) => k.kode)
    if (kode.join() !== draf.kabupatenKode.join() || kode.some((k) => draf.namaPolres[k] === undefined) || !draf.satkerKode) kirim({ jenis: 'siapkanPolda', provinsiNama: namaProvinsi, kabupaten: semuaKab })
  }, [polda, namaProvinsi, semuaKab, draf.kabupatenKode, draf.namaPolres, draf.satkerKode, kirim])
  return (
    <>
      <div className="grup-pilihan" role="radiogroup" aria-labelledby="f-jenis-satker-label">
        <span className="label-bidang" id="f-jenis-satker-label">
          Aplikasi ini untuk
        </span>
        <label className="centang">
          <input type="radio" name="jenis-satker" checked={!polda} onChange={() => kirim({ jenis: 'aturJenisSatker', nilai: 'polres' })} />
          <span>Sat Binmas Polres (mengisi laporan mingguan desa)</span>
        </label>
        <label className="centang">
          <input type="radio" name="jenis-satker" checked={polda} onChange={() => kirim({ jenis: 'aturJenisSatker', nilai: 'polda' })} />
          <span>Ditbinmas Polda (Mode Polda: menerima dan merekap berkas semua Polres)</span>
        </label>
      </div>
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

      {polda && (
        <div className="grup-pilihan" id="f-kabupatenKode-polda">
          <p className="petunjuk">
            {semuaKab && namaProvinsi
              ? `Wilayah Polda: seluruh ${semuaKab.length} kabupaten/kota Provinsi ${namaProvinsi}, dengan semua desa/kelurahannya. Setiap kabupaten/kota menjadi satu Polres (namanya diperiksa di langkah Polres).`
              : 'Pilih Polda terlebih dahulu; seluruh kabupaten/kota provinsinya menjadi wilayah Polda.'}
          </p>
          <PesanGalatBidang kunci="kabupatenKode" galat={galat.kabupatenKode} />
        </div>
      )}
      {!polda && (
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
      )}
    </>
  )
}
