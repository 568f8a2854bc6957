import { formatRentangTanggal, formatTanggal } from '../../../shared/format'
import type { HasilRincianIkdk } from '../../../shared/hasil-ikdk'
import { KOLOM_MINGGUAN, LABEL_KATEGORI_KEJADIAN, LABEL_KOLOM_MINGGUAN } from '../../../shared/ikdk/fields'
import { mingguTerlapor } from '../../../shared/ikdk/month-data'
import { rentangMinggu } from '../../../shared/iso-week'
import { angkaAtauKosong, KOSONG } from '../../lib/tampil'
import { WadahGulir } from '../../components/WadahGulir'

type Rincian = HasilRincianIkdk

const besarAwal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** Which indicators counted each incident (from the engine's own arithmetic). */
function indikatorPerKejadian(r: Rincian): Map<string, string[]> {
  const peta = new Map<string, string[]>()
  for (const d of r.hasil.dimensi)
    for (const i of d.indikator)
      if (i.rincian?.jenis === 'kejadian') for (const id of i.rincian.idKejadian) peta.set(String(id), [...(peta.get(String(id)) ?? []), i.id])
  return peta
}

/** The weekly reports of the month's weeks, one line per week; a week without a row says so. */
export function TabelLaporanMingguan({ rincian }: { rincian: Rincian }) {
  const { hasil } = rincian
  return (
    <WadahGulir label="Laporan mingguan">
      <table className="tabel tabel-rapat tabel-laporan">
        <caption className="sr-only">Laporan mingguan Bhabinkamtibmas bulan ini; kosong (—) berarti tidak diisi, bukan nol</caption>
        <thead>
          <tr>
            <th scope="col">Minggu</th>
            {KOLOM_MINGGUAN.map((k) => (
              <th key={k} scope="col" className="kanan judul-bungkus">
                {besarAwal(LABEL_KOLOM_MINGGUAN[k])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rincian.minggu.map((m, i) => {
            const baris = rincian.laporan.find((l) => l.tahun === m.tahun && l.minggu === m.minggu)
            const r = rentangMinggu(m.tahun, m.minggu)
            const dihitung = i < hasil.mingguDihitung
            const judul = (
              <th scope="row" className="nowrap">
                Minggu ke-{m.minggu}
                <span className="kode-kecil">{formatRentangTanggal(r.senin, r.minggu)}</span>
                {baris && !mingguTerlapor(baris) && <span className="kode-kecil teks-peringatan">tanpa isian: tidak dihitung melapor</span>}
              </th>
            )
            if (!dihitung && !baris) {
              return (
                <tr key={m.minggu} className="minggu-kosong">
                  {judul}
                  <td colSpan={KOLOM_MINGGUAN.length} className="redup">
                    Minggu belum selesai — belum dihitung
                  </td>
                </tr>
              )
            }
            if (!baris) {
              return (
                <tr key={m.minggu} className="minggu-kosong">
                  {judul}
                  <td colSpan={KOLOM_MINGGUAN.length} className="teks-peringatan">
                    Tidak ada laporan minggu ini
                  </td>
                </tr>
              )
            }
            return (
              <tr key={m.minggu} className="baris-laporan" data-minggu={m.minggu}>
                {judul}
                {KOLOM_MINGGUAN.map((k) => (
                  <td key={k} className="angka">
                    {angkaAtauKosong(baris[k])}
                  </td>
                ))}
              </tr>
            )
          })}
        </tbody>
      </table>
    </WadahGulir>
  )
}

/** The incidents dated in the month, and which indicators counted them. */
export function TabelKejadianBulan({ rincian }: { rincian: Rincian }) {
  const dipakai = indikatorPerKejadian(rincian)
  if (rincian.kejadian.length === 0) return <p className="redup">Tidak ada kejadian tercatat pada bulan ini.</p>
  return (
    <table className="tabel tabel-rapat tabel-kejadian-bulan">
      <caption className="sr-only">Kejadian bulan ini</caption>
      <thead>
        <tr>
          <th scope="col">Tanggal</th>
          <th scope="col">Kategori</th>
          <th scope="col">Tingkat</th>
          <th scope="col">Status</th>
          <th scope="col">Tanggal selesai</th>
          <th scope="col">Dihitung pada</th>
        </tr>
      </thead>
      <tbody>
        {rincian.kejadian.map((k) => (
          <tr key={String(k.id)} className="baris-kejadian">
            <td className="nowrap">{formatTanggal(k.tanggal)}</td>
            <td>{besarAwal(LABEL_KATEGORI_KEJADIAN[k.kategori])}</td>
            <td>{besarAwal(k.tingkat)}</td>
            <td>{besarAwal(k.status)}</td>
            <td className="nowrap">{k.tanggal_selesai ? formatTanggal(k.tanggal_selesai) : KOSONG}</td>
            <td>{(dipakai.get(String(k.id)) ?? []).join(', ') || <span className="redup">tidak dihitung</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The rows behind the value: weekly reports and incidents of the month. */
export function DataDiBalik({ rincian }: { rincian: Rincian }) {
  return (
    <>
      <h3 id="judul-laporan-mingguan">Laporan mingguan ({rincian.minggu.length} minggu)</h3>
      <TabelLaporanMingguan rincian={rincian} />
      <h3 id="judul-kejadian-bulan">Kejadian bulan ini</h3>
      <TabelKejadianBulan rincian={rincian} />
    </>
  )
}
