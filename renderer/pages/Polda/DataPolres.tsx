import { PESAN_DATA_POLRES } from '../../../shared/kanal-polda'
import { Pemberitahuan } from '../../components/Pemberitahuan'

/**
 * Shown on Kejadian, Data Desa and Personel in Mode Polda: these records
 * belong to the Polres and arrive in its files, so the Polda only reads them.
 */
export function PemberitahuanDataPolres() {
  return (
    <div className="pemberitahuan-data-polres" data-uji="hanya-baca-polda">
      <Pemberitahuan jenis="info" judul="Hanya baca (Mode Polda)">
        {PESAN_DATA_POLRES} Lihat berkas yang sudah diterima di <a href="#/polda-kiriman">Status Kiriman</a>.
      </Pemberitahuan>
    </div>
  )
}
