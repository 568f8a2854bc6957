import { ZONA_WAKTU, type ZonaWaktu } from '../../../shared/zona-waktu'
import { ariaBidang, Bidang } from '../../components/Bidang'
import type { PropsLangkah } from './jenis'

/** Step 2: the satker's name and code and its time zone (defaults follow the chosen wilayah). */
export function LangkahSatker({ draf, kirim, galat }: PropsLangkah) {
  const petunjukNama = 'Seperti pada kop surat. Untuk Polresta/Polrestabes, sesuaikan.'
  return (
    <>
      <Bidang kunci="satkerNama" label="Nama satker" galat={galat.satkerNama} petunjuk={petunjukNama} lebar="sedang">
        <input
          {...ariaBidang('satkerNama', galat.satkerNama, true)}
          type="text"
          value={draf.satkerNama}
          autoComplete="off"
          onChange={(e) => kirim({ jenis: 'ubahSatker', bidang: 'satkerNama', nilai: e.target.value })}
        />
      </Bidang>
      <div className="baris-bidang">
        <Bidang kunci="satkerKode" label="Kode satker" galat={galat.satkerKode} petunjuk="Kode Kemendagri, mis. 53.03" lebar="sempit">
          <input
            {...ariaBidang('satkerKode', galat.satkerKode, true)}
            type="text"
            inputMode="decimal"
            value={draf.satkerKode}
            autoComplete="off"
            onChange={(e) => kirim({ jenis: 'ubahSatker', bidang: 'satkerKode', nilai: e.target.value })}
          />
        </Bidang>
        <Bidang kunci="zonaWaktu" label="Zona waktu" galat={galat.zonaWaktu} lebar="sempit">
          <select
            {...ariaBidang('zonaWaktu', galat.zonaWaktu)}
            value={draf.zonaWaktu}
            onChange={(e) => kirim({ jenis: 'ubahSatker', bidang: 'zonaWaktu', nilai: e.target.value })}
          >
            <option value="">— Pilih —</option>
            {(Object.keys(ZONA_WAKTU) as ZonaWaktu[]).map((z) => (
              <option key={z} value={z}>
                {ZONA_WAKTU[z].label}
              </option>
            ))}
          </select>
        </Bidang>
      </div>
    </>
  )
}
