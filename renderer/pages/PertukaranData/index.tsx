import { useState } from 'react'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { PemberitahuanHanyaBaca, useBolehKanal, useHanyaBaca } from '../../components/HanyaBaca'
import { useMuat } from '../../lib/muat'
import { Ekspor } from './Ekspor'
import { Impor, type ImporTerakhir } from './Impor'
import { ImporBanyak } from './ImporBanyak'
import { PaketPolda } from './PaketPolda'
import { PaketPolres } from './PaketPolres'
import { Riwayat } from './Riwayat'
import { teksRentangBulan } from './tampil'
import '../Cadangan/cadangan.css'
import './pertukaran.css'

interface Props {
  hariIni: string
  zonaWaktu: string | null
  /** Mode Polda: many Polres files at once, the consolidated export, the package for the Polres. */
  polda?: boolean
}

/** "Pertukaran Data": Kirim ke Polda (ekspor), Terima Berkas (impor) and what was exchanged. */
export function PertukaranData({ hariIni, zonaWaktu, polda = false }: Props) {
  const zona = (zonaWaktu ?? 'WIB') as ZonaWaktu
  const [putaran, setPutaran] = useState(0)
  const riwayat = useMuat(() => panggil('pertukaran:riwayat', {}), [putaran])
  const muatUlang = () => setPutaran((p) => p + 1)
  // Only what the contract lets this role call is offered (a Pimpinan sees the history and the Polda's package).
  const bolehEkspor = useBolehKanal('pertukaran:ekspor')
  const bolehImpor = useBolehKanal('pertukaran:pratinjau')
  const bolehImporBanyak = useBolehKanal('polda:impor-banyak')
  const bolehTerimaKunci = useBolehKanal('pertukaran:paket-kunci-terapkan')
  const hanyaBaca = useHanyaBaca('pertukaran:pratinjau')
  const i = riwayat.data?.impor.find((x) => x.bisaDibatalkan)
  const terakhir: ImporTerakhir | null = i ? { id: i.id, namaBerkas: i.namaBerkas, periode: `${teksRentangBulan(i.bulanAwal, i.bulanAkhir)}, revisi ${i.revisi}` } : null

  return (
    <section aria-labelledby="judul-pertukaran">
      <div className="kepala-halaman">
        <h1 id="judul-pertukaran">Pertukaran Data</h1>
        <p className="redup">
          {polda
            ? 'Terima berkas bulanan semua Polres jajaran, buat berkas konsolidasi Polda, dan kirim skema IKDK serta kunci tepercaya ke Polres. Setiap berkas diperiksa dulu sebelum data diubah.'
            : 'Kirim data bulanan ke Polda dalam satu berkas Excel, dan terima berkas Pertukaran Data dari komputer lain. Setiap berkas diperiksa dulu sebelum data diubah.'}
        </p>
      </div>
      <PemberitahuanHanyaBaca alasan={hanyaBaca} />
      {(bolehEkspor || bolehImpor) && (
        <div className="tata-pertukaran">
          {bolehEkspor && <Ekspor hariIni={hariIni} onSelesai={muatUlang} polda={polda} />}
          {polda ? bolehImporBanyak && <ImporBanyak onBerubah={muatUlang} /> : bolehImpor && <Impor terakhir={terakhir} onBerubah={muatUlang} />}
        </div>
      )}
      {polda ? (
        <div className="tata-pertukaran">
          <PaketPolres />
          {bolehImpor && <Impor terakhir={terakhir} onBerubah={muatUlang} />}
        </div>
      ) : (
        bolehTerimaKunci && <PaketPolda />
      )}
      <Riwayat data={riwayat.data} galat={riwayat.galat} zona={zona} />
    </section>
  )
}
