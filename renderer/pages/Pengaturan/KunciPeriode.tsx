import { useState } from 'react'
import { namaBulan } from '../../../shared/format'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { DialogModal } from '../../components/Dialog'
import { useBolehKanal } from '../../components/HanyaBaca'
import { IkonKunci } from '../../components/IkonKunci'
import { Konfirmasi } from '../../components/Konfirmasi'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { RiwayatPerubahan } from '../../components/RiwayatPerubahan'
import { useMuat } from '../../lib/muat'
import { KOSONG } from '../../lib/tampil'
import { formatWaktu } from '../../lib/waktu'
import { DialogBukaKunci } from './DialogBukaKunci'

/**
 * "Kunci Periode": months that hold data, locked or open. Locking is one
 * confirmation; unlocking asks why, and both stay in Riwayat Perubahan.
 */
export function KunciPeriode({ zonaWaktu }: { zonaWaktu: ZonaWaktu | null }) {
  const [versi, setVersi] = useState(0)
  const periode = useMuat(() => panggil('periode:daftar', {}), [versi])
  const [kunci, setKunci] = useState<string | null>(null)
  const [buka, setBuka] = useState<string | null>(null)
  const [riwayat, setRiwayat] = useState<string | null>(null)
  // Locking and unlocking are Admin's; others see the status and the history.
  const bolehKunci = useBolehKanal('periode:kunci')
  const bolehBuka = useBolehKanal('periode:buka')
  const [pesan, setPesan] = useState<string | null>(null)

  const selesai = (teks: string) => {
    setPesan(teks)
    setVersi((v) => v + 1)
  }

  return (
    <section className="kartu bagian-pengaturan" aria-labelledby="judul-kunci-periode">
      <h2 id="judul-kunci-periode">Kunci Periode</h2>
      <p className="petunjuk">
        Bulan yang sudah dilaporkan ke pimpinan dikunci agar angkanya tidak berubah diam-diam. Laporan mingguan (menurut hari Kamis minggunya) dan kejadian di bulan terkunci tidak dapat diubah; kejadian terbuka masih dapat ditutup.
      </p>
      {pesan && <Pemberitahuan jenis="berhasil">{pesan}</Pemberitahuan>}
      {periode.galat && <Pemberitahuan jenis="galat">{periode.galat}</Pemberitahuan>}
      {!periode.data && !periode.galat && <Memuat teks="Memuat daftar bulan…" />}
      {periode.data && periode.data.length === 0 && <p className="redup">Belum ada bulan berisi laporan mingguan atau kejadian. Bulan muncul di sini setelah data pertama diisi di Input Mingguan atau Kejadian.</p>}
      {periode.data && periode.data.length > 0 && (
        <div className="wadah-tabel wadah-periode">
          <table className="tabel tabel-daftar tabel-periode">
            <caption className="sr-only">Daftar bulan dan status kuncinya, terbaru di atas</caption>
            <thead>
              <tr>
                <th scope="col">Bulan</th>
                <th scope="col">Status</th>
                <th scope="col">Dikunci pada</th>
                <th scope="col">Oleh</th>
                <th scope="col">
                  <span className="sr-only">Tindakan</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {periode.data.map((p) => (
                <tr key={p.bulan} data-bulan={p.bulan} className={p.terkunci ? 'baris-terkunci' : undefined}>
                  <th scope="row">{namaBulan(p.bulan)}</th>
                  <td>
                    {p.terkunci ? (
                      <span className="lencana lencana-kunci">
                        <IkonKunci />
                        Terkunci
                      </span>
                    ) : (
                      <span className="lencana lencana-terbuka">Terbuka</span>
                    )}
                  </td>
                  <td className="nowrap">{p.dikunciPada ? formatWaktu(p.dikunciPada, zonaWaktu) : KOSONG}</td>
                  <td>{p.dikunciOleh ?? KOSONG}</td>
                  <td className="sel-tindakan">
                    {p.terkunci ? (
                      bolehBuka && <button type="button" className="tombol tombol-kecil" aria-label={`Buka kunci ${namaBulan(p.bulan)}`} onClick={() => setBuka(p.bulan)}>
                        Buka kunci…
                      </button>
                    ) : (
                      bolehKunci && <button type="button" className="tombol tombol-kecil" aria-label={`Kunci ${namaBulan(p.bulan)}`} onClick={() => setKunci(p.bulan)}>
                        Kunci…
                      </button>
                    )}{' '}
                    <button type="button" className="tombol tombol-kecil tombol-teks" aria-label={`Riwayat Perubahan ${namaBulan(p.bulan)}`} onClick={() => setRiwayat(p.bulan)}>
                      Riwayat
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {riwayat && (
        <DialogModal judulId="judul-riwayat-periode" onTutup={() => setRiwayat(null)} lebar="sedang">
          <h2 id="judul-riwayat-periode">Kunci Periode {namaBulan(riwayat)}</h2>
          <RiwayatPerubahan tabel="kunci_periode" kunci={riwayat} versi={versi} zonaWaktu={zonaWaktu} kosong="Bulan ini belum pernah dikunci." />
          <div className="tombol-dialog">
            <button type="button" className="tombol" data-fokus-awal onClick={() => setRiwayat(null)}>
              Tutup
            </button>
          </div>
        </DialogModal>
      )}
      {kunci && (
        <Konfirmasi
          judul={`Kunci ${namaBulan(kunci)}?`}
          labelYa="Kunci Periode"
          onBatal={() => setKunci(null)}
          onYa={async () => {
            await panggil('periode:kunci', { bulan: kunci })
            setKunci(null)
            selesai(`${namaBulan(kunci)} dikunci; tercatat di Riwayat Perubahan bulan itu.`)
          }}
        >
          <p>Sesudah dikunci, laporan mingguan dan kejadian {namaBulan(kunci)} tidak dapat diubah atau dihapus. Kejadian yang masih terbuka tetap dapat ditutup dengan tanggal selesai sesudah bulan ini.</p>
          <p className="redup">Kunci dapat dibuka lagi oleh admin dengan alasan; keduanya tercatat di Riwayat Perubahan.</p>
        </Konfirmasi>
      )}
      {buka && (
        <DialogBukaKunci
          bulan={buka}
          onBatal={() => setBuka(null)}
          onTerbuka={() => {
            setBuka(null)
            selesai(`Kunci ${namaBulan(buka)} dibuka; alasannya tercatat di Riwayat Perubahan.`)
          }}
        />
      )}
    </section>
  )
}
