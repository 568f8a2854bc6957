import { formatTanggal } from '../../../shared/format'
import { type Kejadian, LABEL_TINGKAT } from '../../../shared/kejadian'
import { panggil } from '../../api/klien'
import { Konfirmasi } from '../../components/Konfirmasi'
import { angkaAtauKosong } from '../../lib/tampil'
import { labelKategori } from './formulir'

const TAMPIL_MAKS = 5

/** "Hapus 3 kejadian?" naming what goes, so nothing is deleted by surprise. */
export function KonfirmasiHapus({ kejadian, onBatal, onTerhapus }: { kejadian: Kejadian[]; onBatal: () => void; onTerhapus: (n: number) => void }) {
  const n = kejadian.length
  return (
    <Konfirmasi
      judul={`Hapus ${angkaAtauKosong(n)} kejadian?`}
      labelYa={`Hapus ${angkaAtauKosong(n)} kejadian`}
      bahaya
      onBatal={onBatal}
      onYa={async () => {
        const h = await panggil('kejadian:hapus', { ids: kejadian.map((k) => k.id) })
        onTerhapus(h.jumlah)
      }}
    >
      <p>Kejadian berikut hilang dari register dan tidak lagi dihitung dalam IKDK dan Peta Rawan:</p>
      <ul>
        {kejadian.slice(0, TAMPIL_MAKS).map((k) => (
          <li key={k.id}>
            {formatTanggal(k.tanggal)} · Desa {k.desaNama} · {labelKategori(k.kategori)} ({LABEL_TINGKAT[k.tingkat].toLowerCase()})
          </li>
        ))}
        {n > TAMPIL_MAKS && <li>dan {angkaAtauKosong(n - TAMPIL_MAKS)} kejadian lainnya</li>}
      </ul>
      <p className="redup">Penghapusan tercatat di jejak audit beserta isi kejadiannya.</p>
    </Konfirmasi>
  )
}
