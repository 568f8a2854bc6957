import { useState } from 'react'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { PemberitahuanHanyaBaca, useBolehKanal, useHanyaBaca } from '../../components/HanyaBaca'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { BuatCadangan } from './BuatCadangan'
import { DialogPulihkan } from './DialogPulihkan'
import { PulihkanBerkas } from './PulihkanBerkas'
import type { SasaranPulih } from './sasaran'
import { TabelCadangan } from './TabelCadangan'
import { folderCadangan } from './tampil'
import './cadangan.css'

export { PemulihanDarurat } from './PemulihanDarurat'

interface Props {
  zonaWaktu: string | null
  /** After a restore: the app reloads its status (satker name, week, demo banner). */
  onDipulihkan: () => Promise<void>
}

/** "Cadangan": the automatic backups, a backup to take away, and restoring one. */
export function Cadangan({ zonaWaktu, onDipulihkan }: Props) {
  const zona = (zonaWaktu ?? 'WIB') as ZonaWaktu
  const daftar = useMuat(() => panggil('cadangan:daftar', {}), [])
  const [sasaran, setSasaran] = useState<SasaranPulih | null>(null)
  // A new key empties the upload form after a restore.
  const [putaran, setPutaran] = useState(0)
  // Taking a backup away and restoring one are Admin's; others see the list.
  const hanyaBaca = useHanyaBaca('cadangan:pulihkan')
  const bolehUnduh = useBolehKanal('cadangan:unduh')

  return (
    <section aria-labelledby="judul-cadangan">
      <div className="kepala-halaman">
        <h1 id="judul-cadangan">Cadangan</h1>
        <p className="redup">
          Salinan seluruh data dibuat otomatis saat aplikasi dibuka, sebelum impor, sebelum pembaruan basis data, sebelum pemulihan, dan berkala selama bekerja. Sepuluh terakhir dan satu per bulan disimpan.
        </p>
      </div>
      <PemberitahuanHanyaBaca alasan={hanyaBaca} />
      <div className="tata-cadangan">
        <div>
          <section className="kartu" aria-labelledby="judul-daftar-cadangan">
            <h2 id="judul-daftar-cadangan">Cadangan di komputer ini</h2>
            {daftar.data && (
              <p className="folder-cadangan">
                Folder: <code>{folderCadangan(daftar.data.folder)}</code>
              </p>
            )}
            {daftar.galat && <Pemberitahuan jenis="galat">{daftar.galat}</Pemberitahuan>}
            {!daftar.data && !daftar.galat && <Memuat teks="Memuat daftar cadangan…" />}
            {daftar.data && daftar.data.cadangan.length === 0 && <p className="redup">Belum ada cadangan. Buat satu dengan &ldquo;Buat &amp; Unduh Cadangan&rdquo;; cadangan otomatis muncul di sini setelah aplikasi dibuka lagi.</p>}
            {daftar.data && daftar.data.cadangan.length > 0 && <TabelCadangan cadangan={daftar.data.cadangan} zona={zona} onPulihkan={hanyaBaca ? undefined : (info) => setSasaran({ jenis: 'daftar', info })} />}
            {bolehUnduh && <p className="petunjuk">Cadangan di folder ini ikut hilang bila komputer rusak. Unduh cadangan secara rutin dan simpan di flash disk.</p>}
          </section>
          {!hanyaBaca && (
            <section className="kartu" aria-labelledby="judul-pulihkan-berkas">
              <h2 id="judul-pulihkan-berkas">Pulihkan dari Berkas</h2>
              <p className="petunjuk">Pilih berkas cadangan yang pernah diunduh. Isinya diperiksa dan ditampilkan dulu sebelum data diganti.</p>
              <PulihkanBerkas key={putaran} onPilih={setSasaran} />
            </section>
          )}
        </div>
        {bolehUnduh && <BuatCadangan onDibuat={daftar.muatUlang} />}
      </div>
      {sasaran && !hanyaBaca && (
        <DialogPulihkan
          sasaran={sasaran}
          zona={zona}
          modus="biasa"
          onBerhasil={async () => {
            daftar.muatUlang()
            setPutaran((p) => p + 1)
            await onDipulihkan()
          }}
          onTutup={() => setSasaran(null)}
        />
      )}
    </section>
  )
}
