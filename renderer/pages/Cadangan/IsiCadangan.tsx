import { angkaAtauKosong } from '../../lib/tampil'
import type { IsiCadangan } from './sasaran'

/** What a backup holds, as cadangan:periksa / cadangan:pulihkan report it. */
export function RingkasanIsi({ isi }: { isi: IsiCadangan }) {
  return (
    <dl className="daftar-ringkasan ringkasan-isi">
      <dt>Satker</dt>
      <dd>{isi.satker ?? 'Belum ada (Pengaturan Awal belum diisi)'}</dd>
      <dt>Desa/kelurahan</dt>
      <dd className="angka-isi">{angkaAtauKosong(isi.jumlahDesa)}</dd>
      <dt>Laporan mingguan</dt>
      <dd className="angka-isi">{angkaAtauKosong(isi.jumlahLaporan)}</dd>
      <dt>Kejadian</dt>
      <dd className="angka-isi">{angkaAtauKosong(isi.jumlahKejadian)}</dd>
      <dt>Versi skema basis data</dt>
      <dd className="angka-isi">{isi.versiSkema}</dd>
    </dl>
  )
}

/** The same, as plain text to copy into a note or a WhatsApp message. */
export function teksIsi(isi: IsiCadangan): string {
  return [
    `Satker: ${isi.satker ?? '—'}`,
    `Desa/kelurahan: ${angkaAtauKosong(isi.jumlahDesa)}`,
    `Laporan mingguan: ${angkaAtauKosong(isi.jumlahLaporan)}`,
    `Kejadian: ${angkaAtauKosong(isi.jumlahKejadian)}`,
    `Versi skema basis data: ${isi.versiSkema}`,
  ].join('\n')
}
