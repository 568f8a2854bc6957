import { formatTanggal } from '../../../shared/format'
import { type Kejadian, LABEL_STATUS, LABEL_TINGKAT } from '../../../shared/kejadian'
import { KOSONG } from '../../lib/tampil'
import { labelKategori } from './formulir'

/** An incident of a locked month, as text: nothing here can be typed into. */
export function RingkasanTerkunci({ kejadian: k }: { kejadian: Kejadian }) {
  return (
    <dl className="daftar-ringkasan ringkasan-kejadian">
      <dt>Tanggal</dt>
      <dd>{formatTanggal(k.tanggal)}</dd>
      <dt>Desa</dt>
      <dd>
        {k.desaNama} · Kec. {k.kecamatanNama} {k.polsekNama ? `· ${k.polsekNama}` : ''}
      </dd>
      <dt>Kategori</dt>
      <dd>{labelKategori(k.kategori)}</dd>
      <dt>Tingkat</dt>
      <dd>{LABEL_TINGKAT[k.tingkat]}</dd>
      <dt>Status</dt>
      <dd>
        {LABEL_STATUS[k.status]}
        {k.tanggalSelesai ? ` · selesai ${formatTanggal(k.tanggalSelesai)}` : ''}
      </dd>
      <dt>Uraian</dt>
      <dd>{k.uraian || KOSONG}</dd>
    </dl>
  )
}
