import { useState } from 'react'
import { panggil } from '../../api/klien'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'
import { unduhTeks } from '../../lib/berkas'

/**
 * Mode Polda, "Paket untuk Polres": the IKDK scheme file and the
 * trusted-keys bundle the Polda sends its Polres (each Polres imports them:
 * the scheme in Metodologi IKDK, the keys in its Pertukaran Data screen).
 */
export function PaketPolres() {
  const [pesan, setPesan] = useState<{ jenis: 'berhasil' | 'galat'; teks: string } | null>(null)

  async function skema() {
    try {
      const r = await panggil('polda:ekspor-skema', {})
      unduhTeks(r.namaBerkas, r.isi)
      setPesan({ jenis: 'berhasil', teks: `Berkas skema ${r.namaBerkas} (skema ${r.skema}) disimpan. Polres mengimpornya di Metodologi IKDK.` })
    } catch (e) {
      setPesan({ jenis: 'galat', teks: pesanGalat(e) })
    }
  }
  async function kunci() {
    try {
      const r = await panggil('polda:ekspor-kunci', {})
      unduhTeks(r.namaBerkas, r.isi)
      setPesan({
        jenis: 'berhasil',
        teks: `Berkas ${r.namaBerkas} berisi ${r.jumlahKunci} kunci publik${r.ditandatangani ? ', ditandatangani kunci Polda' : ' (tanpa tanda tangan: Polda belum punya kunci)'}. Polres mengimpornya di Pertukaran Data.`,
      })
    } catch (e) {
      setPesan({ jenis: 'galat', teks: pesanGalat(e) })
    }
  }

  return (
    <section className="kartu kartu-paket" aria-labelledby="judul-paket-polres">
      <h2 id="judul-paket-polres">Paket untuk Polres</h2>
      <p className="petunjuk">Kirim skema IKDK yang berlaku dan daftar kunci tepercaya ke semua Polres. Polres memeriksa isinya (pratinjau) sebelum memakainya.</p>
      <div className="aksi-paket">
        <button type="button" className="tombol" onClick={() => void skema()}>
          Simpan Berkas Skema IKDK
        </button>
        <button type="button" className="tombol" onClick={() => void kunci()}>
          Simpan Paket Kunci Tepercaya
        </button>
      </div>
      {pesan && <Pemberitahuan jenis={pesan.jenis}>{pesan.teks}</Pemberitahuan>}
    </section>
  )
}
