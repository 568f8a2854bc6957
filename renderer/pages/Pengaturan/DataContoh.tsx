import { useState } from 'react'
import { panggil } from '../../api/klien'
import { useBolehKanal } from '../../components/HanyaBaca'
import { Konfirmasi } from '../../components/Konfirmasi'
import { Pemberitahuan } from '../../components/Pemberitahuan'

/**
 * "Data Contoh": while the demo Polres is loaded, one action removes all of
 * it and the app returns to Pengaturan Awal. Real data is never offered this.
 */
export function DataContoh({ dataContoh, onDihapus }: { dataContoh: boolean; onDihapus: () => Promise<void> }) {
  const [tanya, setTanya] = useState(false)
  const bolehHapus = useBolehKanal('contoh:hapus')
  return (
    <section className="kartu bagian-pengaturan" id="data-contoh" aria-labelledby="judul-data-contoh">
      <h2 id="judul-data-contoh" tabIndex={-1}>
        Data Contoh
      </h2>
      {dataContoh ? (
        <>
          <Pemberitahuan jenis="peringatan" judul="Aplikasi sedang berisi DATA CONTOH">
            Polres Timor Tengah Utara beserta personel, laporan, dan kejadiannya adalah data karangan untuk mencoba aplikasi — bukan data sungguhan.
          </Pemberitahuan>
          <p>Bila sudah selesai mencoba, hapus data contoh lalu isi Pengaturan Awal dengan data Polres Anda.</p>
          {bolehHapus && (
            <button type="button" className="tombol tombol-bahaya" onClick={() => setTanya(true)}>
              Hapus Data Contoh
            </button>
          )}
        </>
      ) : (
        <p className="redup">Basis data ini berisi data sungguhan. Data contoh hanya dapat dimuat dari langkah pertama Pengaturan Awal, sebelum data sungguhan diisi.</p>
      )}
      {tanya && bolehHapus && (
        <Konfirmasi
          judul="Hapus seluruh data contoh?"
          labelYa="Hapus Data Contoh"
          bahaya
          onBatal={() => setTanya(false)}
          onYa={async () => {
            await panggil('contoh:hapus', {})
            await onDihapus()
          }}
        >
          <p>Semua data di aplikasi ini akan dihapus:</p>
          <ul>
            <li>satker, Polsek, kecamatan, dan seluruh desa</li>
            <li>personel dan riwayat desa binaan</li>
            <li>laporan mingguan, kejadian, dan hasil IKDK</li>
            <li>kunci periode dan Riwayat Perubahan</li>
          </ul>
          <p>Aplikasi kembali ke Pengaturan Awal untuk diisi dengan data Polres Anda sendiri.</p>
        </Konfirmasi>
      )}
    </section>
  )
}
