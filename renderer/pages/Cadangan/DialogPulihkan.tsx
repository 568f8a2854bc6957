import { useEffect, useId, useRef, useState } from 'react'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { DialogModal } from '../../components/Dialog'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'
import { RingkasanIsi, teksIsi } from './IsiCadangan'
import { Progres } from './Progres'
import { type IsiCadangan, masukanPulih, namaSasaran, type SasaranPulih } from './sasaran'

interface Props {
  sasaran: SasaranPulih
  zona: ZonaWaktu
  /** 'rusak': the live database could not be opened; it is kept aside, not backed up. */
  modus: 'biasa' | 'rusak'
  /** Right after a successful restore (reload lists, the app's status). */
  onBerhasil?: (isi: IsiCadangan) => void | Promise<void>
  onTutup: (berhasil: boolean) => void
  labelSelesai?: string
}

type Tahap = { jenis: 'tanya'; galat?: string } | { jenis: 'memulihkan' } | { jenis: 'selesai'; isi: IsiCadangan }

/**
 * Confirms a restore naming what will be replaced, shows it running, then a
 * summary the user can copy. "Batal" has the focus: Enter by habit is harmless.
 */
export function DialogPulihkan({ sasaran, zona, modus, onBerhasil, onTutup, labelSelesai = 'Tutup' }: Props) {
  const id = useId()
  const [tahap, setTahap] = useState<Tahap>({ jenis: 'tanya' })
  const [tersalin, setTersalin] = useState(false)
  const nama = namaSasaran(sasaran, zona)
  const tombolSelesai = useRef<HTMLButtonElement>(null)

  // The buttons that had the focus are gone once the restore runs; give it to the result.
  useEffect(() => {
    if (tahap.jenis === 'selesai') tombolSelesai.current?.focus()
  }, [tahap.jenis])

  async function pulihkan() {
    setTahap({ jenis: 'memulihkan' })
    let isi: IsiCadangan
    try {
      isi = await panggil('cadangan:pulihkan', masukanPulih(sasaran))
    } catch (e) {
      setTahap({ jenis: 'tanya', galat: pesanGalat(e) })
      return
    }
    setTahap({ jenis: 'selesai', isi })
    try {
      await onBerhasil?.(isi)
    } catch {
      // The data is restored; a list that fails to refresh now refreshes on the next visit.
    }
  }

  async function salin(isi: IsiCadangan) {
    try {
      await navigator.clipboard.writeText(`Pemulihan Binmas Desk dari ${nama}\n${teksIsi(isi)}`)
      setTersalin(true)
    } catch {
      setTersalin(false)
    }
  }

  const tutup = () => {
    if (tahap.jenis !== 'memulihkan') onTutup(tahap.jenis === 'selesai')
  }

  return (
    <DialogModal judulId={`${id}-judul`} onTutup={tutup} lebar="sempit" peran="alertdialog" kelas="dialog-konfirmasi dialog-pulihkan">
      {tahap.jenis === 'tanya' && (
        <>
          <h2 id={`${id}-judul`}>Ganti seluruh data dengan isi cadangan?</h2>
          <div className="isi-konfirmasi">
            <p>
              Sumber: <strong>{nama}</strong>
            </p>
            {sasaran.jenis === 'berkas' && <RingkasanIsi isi={sasaran.isi} />}
            {modus === 'biasa' ? (
              <>
                <p>Semua data yang ada di aplikasi sekarang akan diganti:</p>
                <ul>
                  <li>satker, Polsek, dan seluruh desa</li>
                  <li>personel dan riwayat desa binaan</li>
                  <li>laporan mingguan, kejadian, dan hasil IKDK</li>
                  <li>kunci periode dan Riwayat Perubahan</li>
                </ul>
                <p>Sebelum diganti, data sekarang dicadangkan dulu (tercatat sebagai &ldquo;Sebelum pemulihan&rdquo; di daftar cadangan), jadi langkah ini dapat dibatalkan dengan memulihkan cadangan itu.</p>
              </>
            ) : (
              <p>Basis data yang rusak diganti dengan isi cadangan ini. Berkas yang rusak tidak dihapus: disimpan di folder cadangan sebagai rusak-….sqlite untuk diperiksa.</p>
            )}
          </div>
          {tahap.galat && <Pemberitahuan jenis="galat">{tahap.galat}</Pemberitahuan>}
          <div className="tombol-dialog">
            <button type="button" className="tombol tombol-bahaya" onClick={() => void pulihkan()}>
              Pulihkan
            </button>
            <button type="button" className="tombol" data-fokus-awal onClick={tutup}>
              Batal
            </button>
          </div>
        </>
      )}
      {tahap.jenis === 'memulihkan' && (
        <>
          <h2 id={`${id}-judul`}>Memulihkan…</h2>
          <Progres teks={modus === 'biasa' ? 'Memeriksa cadangan, mencadangkan data sekarang, lalu mengganti basis data…' : 'Memeriksa cadangan, lalu mengganti basis data yang rusak…'} />
          <p className="petunjuk">Jangan tutup aplikasi sampai selesai.</p>
        </>
      )}
      {tahap.jenis === 'selesai' && (
        <>
          <h2 id={`${id}-judul`}>Pemulihan selesai</h2>
          <Pemberitahuan jenis="berhasil">Data dipulihkan dari {nama}. Isi data sekarang:</Pemberitahuan>
          <RingkasanIsi isi={tahap.isi} />
          {modus === 'biasa' && <p className="petunjuk">Data sebelum pemulihan tersimpan di daftar cadangan dengan alasan &ldquo;Sebelum pemulihan&rdquo;.</p>}
          <div className="tombol-dialog">
            <button type="button" className="tombol tombol-utama" onClick={tutup} ref={tombolSelesai}>
              {labelSelesai}
            </button>
            <button type="button" className="tombol" onClick={() => void salin(tahap.isi)}>
              {tersalin ? 'Ringkasan tersalin' : 'Salin ringkasan'}
            </button>
          </div>
        </>
      )}
    </DialogModal>
  )
}
