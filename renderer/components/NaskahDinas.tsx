import { barisKop, barisTtd, type Penanda } from '../../shared/naskah-dinas'

/** The kop surat of every printed document: three capital lines closed by a rule (domain.md). */
export function KopSurat({ satker, className = 'kop' }: { satker: { provinsiNama: string; nama: string }; className?: string }) {
  return (
    <div className={className}>
      {barisKop(satker).map((b) => (
        <p key={b}>{b}</p>
      ))}
    </div>
  )
}

/** The signature block on the right: place and date, title, blank space, name and rank, NRP. */
export function BlokTandaTangan({ tempat, tanggal, penanda, kelasNama = 'nama-ttd' }: { tempat: string; tanggal: string; penanda: Penanda; kelasNama?: string }) {
  const t = barisTtd(tempat, tanggal, penanda)
  return (
    <div className="ttd">
      {t.atas.map((b) => (
        <p key={b}>{b}</p>
      ))}
      <div className="ruang-ttd" />
      <p className={kelasNama}>{t.nama}</p>
      <p>{t.nrp}</p>
    </div>
  )
}
