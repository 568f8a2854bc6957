import type { Keluaran } from '../../../shared/api'
import { formatAngka, formatRentangMinggu } from '../../../shared/format'
import { barisDilaporkan, KOLOM_MINGGUAN, type KolomMingguan, type NilaiBaris } from '../../../shared/mingguan'
import { tempatSatker } from '../../../shared/naskah-dinas'
import type { Satker } from '../../../shared/skema-data'
import { BlokTandaTangan, KopSurat } from '../../components/NaskahDinas'

type Data = Keluaran<'mingguan:ambil'>
type Kelengkapan = Keluaran<'mingguan:kelengkapan'>

/** Short print headers; the legend under the tables spells them out. */
const SINGKAT: Record<KolomMingguan, [string, string]> = {
  kk_dikunjungi: ['DDS', 'sambang/DDS, KK dikunjungi'],
  penyuluhan: ['Luh', 'penyuluhan'],
  masalah_ditangani: ['PS', 'masalah ditangani (problem solving)'],
  masalah_selesai: ['PS sls', 'masalah selesai'],
  info_deteksi_dini: ['DD', 'info deteksi dini'],
  pos_kamling_aktif: ['Pos', 'pos kamling aktif'],
  ronda_malam: ['Rnd', 'ronda malam (malam)'],
  pertemuan_fkpm: ['FKPM', 'pertemuan FKPM'],
  pertemuan_3pilar: ['3P', 'pertemuan 3 Pilar'],
  kegiatan_pangan: ['Pgn', 'kegiatan ketahanan pangan'],
  sosialisasi_pilkada: ['Pilk', 'sosialisasi Pilkada'],
}

const TANPA = '–'
const angka = (n: number | null) => (n === null ? TANPA : formatAngka(n, 0))


interface Props {
  satker: Satker
  data: Data
  kelengkapan: Kelengkapan
  hariIni: string
}

/**
 * The weekly recap per Polsek as a Polri document (Perkap 1/2023 layout: kop at
 * top left, centred title, signature block right). Hidden on screen; print CSS
 * shows only this.
 */
export function RekapCetak({ satker, data, kelengkapan, hariIni }: Props) {
  const grup = new Map<string, Data['baris']>()
  for (const b of data.baris) grup.set(b.polsekNama ?? 'Tanpa Polsek', [...(grup.get(b.polsekNama ?? 'Tanpa Polsek') ?? []), b])
  const rentang = formatRentangMinggu(data.tahun, data.minggu).toUpperCase()
  return (
    <article className="rekap-cetak" aria-label="Rekap untuk dicetak">
      <KopSurat satker={satker} />
      <h1 className="judul-rekap">
        REKAPITULASI LAPORAN MINGGUAN BHABINKAMTIBMAS
        <span>{rentang}</span>
      </h1>
      <p>
        Kelengkapan laporan seluruh Polres: <strong>{kelengkapan.melapor} dari {kelengkapan.total} desa melapor</strong>.
      </p>
      {[...grup].map(([nama, baris], i) => {
        const lapor = baris.filter((b) => barisDilaporkan(b.nilai as NilaiBaris)).length
        const jumlah = (k: KolomMingguan) => {
          const isi = baris.map((b) => b.nilai[k]).filter((v): v is number => typeof v === 'number')
          return isi.length ? isi.reduce((a, v) => a + v, 0) : null
        }
        return (
          <section key={nama} className="rekap-polsek">
            <h2>
              {i + 1}. {nama} — {lapor} dari {baris.length} desa melapor
            </h2>
            <table className="tabel-rekap">
              <thead>
                <tr>
                  <th scope="col">No</th>
                  <th scope="col">Desa/Kelurahan</th>
                  {KOLOM_MINGGUAN.map((k) => (
                    <th scope="col" key={k} className="kanan">
                      {SINGKAT[k][0]}
                    </th>
                  ))}
                  <th scope="col">Ket.</th>
                </tr>
              </thead>
              <tbody>
                {baris.map((b, j) => {
                  const lapor = barisDilaporkan(b.nilai as NilaiBaris)
                  return (
                    <tr key={b.desaKode}>
                      <td className="kanan">{j + 1}</td>
                      <td>{b.desaNama}</td>
                      {KOLOM_MINGGUAN.map((k) => (
                        <td key={k} className="kanan">
                          {angka(b.nilai[k] as number | null)}
                        </td>
                      ))}
                      <td>{lapor ? '' : 'belum lapor'}</td>
                    </tr>
                  )
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colSpan={2}>
                    Jumlah
                  </th>
                  {KOLOM_MINGGUAN.map((k) => (
                    <td key={k} className="kanan">
                      {angka(jumlah(k))}
                    </td>
                  ))}
                  <td />
                </tr>
              </tfoot>
            </table>
          </section>
        )
      })}
      <p className="keterangan-rekap">
        Keterangan: {KOLOM_MINGGUAN.map((k) => `${SINGKAT[k][0]} = ${SINGKAT[k][1]}`).join('; ')}; {TANPA} = tidak dilaporkan (bukan nol).
      </p>
      <BlokTandaTangan tempat={tempatSatker(satker.kabupaten[0]?.nama ?? '')} tanggal={hariIni} penanda={satker.kasat} />
    </article>
  )
}
