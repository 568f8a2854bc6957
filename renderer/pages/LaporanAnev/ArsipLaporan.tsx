import type { RingkasArsipAnev } from '../../../shared/api-anev'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { formatWaktu } from '../../lib/waktu'

interface Props {
  daftar: RingkasArsipAnev[] | undefined
  galat: string | null
  zona: ZonaWaktu | null
  sibuk: boolean
  dibuka: number | null
  onBuka: (id: number) => void
  /** Absent when the user may not print (printing writes the archive): no "Cetak ulang". */
  onCetak?: (id: number) => void
  onLampiran: (id: number) => void
}

/** Every printed report with its frozen data: open, print again, download its Lampiran. */
export function ArsipLaporan({ daftar, galat, zona, sibuk, dibuka, onBuka, onCetak, onLampiran }: Props) {
  return (
    <section className="kartu arsip-anev" aria-labelledby="judul-arsip-anev">
      <h2 id="judul-arsip-anev">Arsip Laporan</h2>
      {galat && <p className="galat-bidang">{galat}</p>}
      {daftar && daftar.length === 0 && <p className="redup">Belum ada laporan yang dicetak. Laporan tersimpan di sini setiap kali Anda menekan Cetak PDF.</p>}
      {daftar && daftar.length > 0 && (
        <table className="tabel tabel-rapat" aria-labelledby="judul-arsip-anev">
          <thead>
            <tr>
              <th scope="col">Periode</th>
              <th scope="col">Nomor</th>
              <th scope="col">Dibuat</th>
              <th scope="col">Oleh</th>
              <th scope="col">Terakhir dicetak</th>
              <th scope="col">Tindakan</th>
            </tr>
          </thead>
          <tbody>
            {daftar.map((a) => (
              <tr key={a.id} aria-current={dibuka === a.id ? 'true' : undefined}>
                <td>{a.label.replace(/^bulan /, 'Bulan ')}</td>
                <td>{a.nomor || '–'}</td>
                <td>{formatWaktu(a.dibuatPada, zona)}</td>
                <td>{a.dibuatOleh}</td>
                <td>{formatWaktu(a.dicetakPada, zona)}</td>
                <td className="tindakan-arsip">
                  <button type="button" className="tombol tombol-kecil" onClick={() => onBuka(a.id)} aria-label={`Buka laporan ${a.label} nomor urut ${a.id}`}>
                    Buka
                  </button>
                  {onCetak && (
                    <button type="button" className="tombol tombol-kecil" disabled={sibuk} onClick={() => onCetak(a.id)} aria-label={`Cetak ulang laporan ${a.label} nomor urut ${a.id}`}>
                      Cetak ulang
                    </button>
                  )}
                  <button type="button" className="tombol tombol-kecil" disabled={sibuk} onClick={() => onLampiran(a.id)} aria-label={`Unduh lampiran laporan ${a.label} nomor urut ${a.id}`}>
                    Lampiran
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="petunjuk">Laporan arsip memakai data saat dicetak: perubahan data sesudahnya tidak mengubah isinya.</p>
    </section>
  )
}
