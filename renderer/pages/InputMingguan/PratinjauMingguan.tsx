import type { HasilPratinjauMingguan, HasilTerapkanMingguan } from '../../../shared/api-templat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { DaftarMasalah, RincianPerubahan, TabelHitungan, TeksTanpaPerubahan } from '../../components/PratinjauImpor'
import { angka } from '../PertukaranData/tampil'

/**
 * The dry run of a Polsek template or an old workbook, shown like the
 * exchange import's: the counts (the exchange's own table, one sheet), every
 * row error (which blocks applying), the warnings, and the changes.
 */
export function PratinjauMingguan({ p }: { p: HasilPratinjauMingguan }) {
  return (
    <div className="pratinjau pratinjau-mingguan">
      <h3>Isi berkas: {p.uraian}</h3>
      <TabelHitungan sheet={[{ sheet: 'LaporanMingguan', ...p.hitungan }]} judul="Jumlah baris laporan mingguan" id="tabel-pratinjau-mingguan" />
      <DaftarMasalah kesalahan={p.kesalahan} peringatan={p.peringatan} saran="Perbaiki semua baris di bawah ini di berkas Excel, lalu pilih berkas itu lagi. Tidak ada data yang diubah." />
      <RincianPerubahan perubahan={p.perubahan} terpotong={p.perubahanTerpotong} judulKunci="Desa dan minggu" />
      {p.bisaDiterapkan && !p.adaPerubahan && <TeksTanpaPerubahan />}
    </div>
  )
}

export const jumlahUbah = (h: { baru: number; berubah: number; dihapus: number }) => h.baru + h.berubah + h.dihapus

/** "Terapkan (n laporan)": only for a preview without row errors, and not while other work runs. */
export function TombolTerapkan({ p, sibuk, onTerapkan }: { p: HasilPratinjauMingguan; sibuk: boolean; onTerapkan: () => void }) {
  return (
    <button type="button" className="tombol tombol-utama" disabled={!p.bisaDiterapkan || sibuk} aria-busy={sibuk} onClick={onTerapkan}>
      Terapkan ({angka(jumlahUbah(p.hitungan))} laporan)
    </button>
  )
}

export function HasilTerapkan({ namaBerkas, r }: { namaBerkas: string; r: HasilTerapkanMingguan }) {
  const n = jumlahUbah(r)
  return (
    <Pemberitahuan jenis="berhasil" judul={n === 0 ? 'Tidak ada yang berubah' : 'Impor selesai'}>
      <p className="nama-berkas">{namaBerkas}</p>
      {n === 0 ? (
        <p>Isi berkas sudah sama dengan data di komputer ini.</p>
      ) : (
        <p>
          {angka(r.baru)} laporan baru, {angka(r.berubah)} berubah, {angka(r.dihapus)} dihapus.{r.cadangan ? ` Cadangan sebelum impor: ${r.cadangan}.` : ''}
        </p>
      )}
    </Pemberitahuan>
  )
}
