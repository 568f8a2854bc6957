import { useState } from 'react'
import { panggil } from '../../api/klien'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'
import { hapusDraf } from './draf'
import './muat-contoh.css'

/**
 * The way to try the app without typing a Polres in: load the demo Polres
 * Timor Tengah Utara. Deliberately secondary to the real setup below it.
 */
export function MuatContoh({ onSelesai }: { onSelesai: () => Promise<void> }) {
  const [sibuk, setSibuk] = useState(false)
  const [galat, setGalat] = useState<string | null>(null)

  async function muat() {
    setSibuk(true)
    setGalat(null)
    try {
      await panggil('contoh:muat', {})
      hapusDraf()
      await onSelesai()
    } catch (e) {
      setGalat(`Data contoh belum dimuat: ${pesanGalat(e)}`)
      setSibuk(false)
    }
  }

  return (
    <aside className="kartu-contoh" aria-labelledby="judul-muat-contoh">
      <div className="teks-contoh">
        {/* Not a heading: the wizard's step title stays the first h2 of the page. */}
        <p className="judul-contoh" id="judul-muat-contoh">
          Hanya ingin mencoba aplikasi?
        </p>
        <p>
          Muat Polres contoh lengkap dengan Polsek, personel, laporan mingguan 12 bulan, dan kejadian. Ini <strong>bukan data sungguhan</strong>: selama dipakai, setiap layar bertanda DATA CONTOH, dan
          dapat dihapus di Pengaturan untuk kembali ke sini.
        </p>
      </div>
      <button type="button" className="tombol" disabled={sibuk} aria-busy={sibuk} onClick={() => void muat()}>
        {sibuk ? 'Memuat data contoh…' : 'Muat Data Contoh (Polres Timor Tengah Utara)'}
      </button>
      {sibuk && (
        <p className="redup" role="status">
          Mengisi desa, personel, laporan, dan kejadian contoh; mohon tunggu beberapa detik…
        </p>
      )}
      {galat && <Pemberitahuan jenis="galat">{galat}</Pemberitahuan>}
    </aside>
  )
}
