import { PANGKAT } from '../../../shared/pangkat'
import { ariaBidang, Bidang } from '../../components/Bidang'
import type { PropsLangkah } from './jenis'

/** Step 3: the Kasat Binmas who signs the reports. */
export function LangkahKasat({ draf, kirim, galat }: PropsLangkah) {
  return (
    <>
      <Bidang kunci="kasat.nama" label="Nama Kasat Binmas (beserta gelar)" galat={galat['kasat.nama']} petunjuk="Mis. I KETUT SUTA, S.H." lebar="sedang">
        <input
          {...ariaBidang('kasat.nama', galat['kasat.nama'], true)}
          type="text"
          value={draf.kasat.nama}
          autoComplete="off"
          onChange={(e) => kirim({ jenis: 'ubahKasat', bidang: 'nama', nilai: e.target.value })}
        />
      </Bidang>
      <div className="baris-bidang">
        <Bidang kunci="kasat.pangkat" label="Pangkat" galat={galat['kasat.pangkat']} lebar="sempit">
          <select {...ariaBidang('kasat.pangkat', galat['kasat.pangkat'])} value={draf.kasat.pangkat} onChange={(e) => kirim({ jenis: 'ubahKasat', bidang: 'pangkat', nilai: e.target.value })}>
            <option value="">— Pilih pangkat —</option>
            {PANGKAT.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </Bidang>
        <Bidang kunci="kasat.nrp" label="NRP" galat={galat['kasat.nrp']} petunjuk="8 digit angka" lebar="sempit">
          <input
            {...ariaBidang('kasat.nrp', galat['kasat.nrp'], true)}
            type="text"
            inputMode="numeric"
            value={draf.kasat.nrp}
            autoComplete="off"
            onChange={(e) => kirim({ jenis: 'ubahKasat', bidang: 'nrp', nilai: e.target.value })}
          />
        </Bidang>
      </div>
    </>
  )
}
