import { useState } from 'react'
import { panggil } from '../../api/klien'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { pindahKe } from '../../lib/rute'
import { formatWaktu } from '../../lib/waktu'
import { DialogPulihkan } from './DialogPulihkan'
import { PulihkanBerkas } from './PulihkanBerkas'
import type { SasaranPulih } from './sasaran'
import { TabelCadangan } from './TabelCadangan'
import { folderCadangan, formatUkuran, labelAlasan, zonaPerangkat } from './tampil'
import './cadangan.css'

/**
 * On the corrupt-database screen: restore the latest backup in one click, or
 * another one, or a file. Never an empty database in place of the user's data.
 */
export function PemulihanDarurat({ onSelesai }: { onSelesai: () => void | Promise<void> }) {
  // The satker's zone is inside the unreadable database: use this computer's clock zone.
  const zona = zonaPerangkat()
  const daftar = useMuat(() => panggil('cadangan:daftar', {}), [])
  const [sasaran, setSasaran] = useState<SasaranPulih | null>(null)
  const semua = daftar.data?.cadangan ?? []
  const terakhir = semua[0]

  return (
    <section className="pemulihan-darurat" aria-labelledby="judul-pemulihan">
      <h2 id="judul-pemulihan">Pulihkan dari cadangan</h2>
      {daftar.galat && <Pemberitahuan jenis="galat">{daftar.galat}</Pemberitahuan>}
      {!daftar.data && !daftar.galat && <Memuat teks="Mencari cadangan…" />}
      {daftar.data && terakhir && (
        <>
          <p>
            Cadangan terakhir: <strong>{formatWaktu(terakhir.waktu, zona)}</strong> ({labelAlasan(terakhir.alasan)}, {formatUkuran(terakhir.ukuran)}). Data yang diubah sesudah waktu itu tidak ikut kembali.
          </p>
          <button type="button" className="tombol tombol-utama tombol-besar" onClick={() => setSasaran({ jenis: 'daftar', info: terakhir })}>
            Pulihkan dari cadangan terakhir
          </button>
          {semua.length > 1 && (
            <details className="pilihan-lain">
              <summary>Pilih cadangan lain ({semua.length - 1} lainnya)</summary>
              <TabelCadangan cadangan={semua} zona={zona} onPulihkan={(info) => setSasaran({ jenis: 'daftar', info })} />
            </details>
          )}
        </>
      )}
      {daftar.data && !terakhir && (
        <Pemberitahuan jenis="peringatan" judul="Belum ada cadangan di folder data ini">
          Bila Anda menyimpan berkas cadangan di flash disk atau tempat lain, pilih berkas itu di bawah.
        </Pemberitahuan>
      )}
      {daftar.data && (
        <details className="pilihan-lain" open={!terakhir}>
          <summary>Pulihkan dari berkas cadangan (flash disk, surel)</summary>
          <PulihkanBerkas idAwal="berkas-cadangan-darurat" onPilih={setSasaran} />
        </details>
      )}
      {daftar.data && (
        <p className="petunjuk">
          Folder cadangan: <code>{folderCadangan(daftar.data.folder)}</code>
        </p>
      )}
      {sasaran && (
        <DialogPulihkan
          sasaran={sasaran}
          zona={zona}
          modus="rusak"
          labelSelesai="Buka Beranda"
          onTutup={(berhasil) => {
            setSasaran(null)
            if (!berhasil) return
            pindahKe('beranda')
            void onSelesai()
          }}
        />
      )}
    </section>
  )
}
