import { useId } from 'react'
import { formatRentangMinggu } from '../../../../shared/format'
import type { ZonaWaktu } from '../../../../shared/zona-waktu'
import { DialogModal } from '../../../components/Dialog'
import { RiwayatPerubahan } from '../../../components/RiwayatPerubahan'
import type { BarisServer } from './jenis'

/** The audit key of one desa's report for one week, as audit:riwayat takes it. */
export const kunciRiwayatMingguan = (desaKode: string, tahun: number, minggu: number) => `${desaKode}|${tahun}|${minggu}`

/** The shortcut from the grid, as the button shows it and aria-keyshortcuts names it. */
export const PINTASAN_RIWAYAT = 'Alt+R'

/** Alt+R by physical key, so a keyboard layout that turns Alt+R into a character still opens it. */
export const tekanPintasanRiwayat = (e: { altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; code: string }) =>
  e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyR'

interface Props {
  desa: BarisServer
  tahun: number
  minggu: number
  /** Grows with every confirmed save, so the trail reloads while it is open. */
  versi: number
  zonaWaktu: ZonaWaktu | null
  onTutup: () => void
}

/**
 * "Riwayat Perubahan" of one desa's weekly report: who typed, changed or
 * cleared which field, when, before → after, newest first. Read-only, for
 * every role.
 */
export function DialogRiwayatMingguan({ desa, tahun, minggu, versi, zonaWaktu, onTutup }: Props) {
  const judulId = useId()
  return (
    <DialogModal judulId={judulId} onTutup={onTutup} lebar="lebar" kelas="dialog-riwayat-mingguan">
      <header className="kepala-dialog">
        <h2 id={judulId}>
          Riwayat Perubahan — {desa.desaNama}, {formatRentangMinggu(tahun, minggu)}
        </h2>
        <p className="redup">
          Desa {desa.desaNama}, Kec. {desa.kecamatanNama} ({desa.desaKode}) · isian Input Mingguan, terbaru di atas. Hanya untuk dibaca.
        </p>
      </header>
      {/* A long trail scrolls inside, so the heading and the close button stay in view. */}
      <div className="gulir-riwayat-mingguan" role="region" aria-label="Daftar perubahan" tabIndex={0}>
        <RiwayatPerubahan
          tabel="laporan_mingguan"
          kunci={kunciRiwayatMingguan(desa.desaKode, tahun, minggu)}
          versi={versi}
          zonaWaktu={zonaWaktu}
          judul="Perubahan isian"
          kosong="Belum ada perubahan yang tercatat untuk desa ini pada minggu ini."
        />
      </div>
      <div className="tombol-dialog">
        <button type="button" className="tombol" data-fokus-awal onClick={onTutup}>
          Tutup
        </button>
        <span className="redup">Esc untuk menutup</span>
      </div>
    </DialogModal>
  )
}
