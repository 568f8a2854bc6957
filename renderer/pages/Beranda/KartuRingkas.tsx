import { formatAngka, formatRentangMinggu, namaBulan } from '../../../shared/format'
import type { HasilBeranda } from '../../../shared/hasil-ikdk'
import { LencanaKategori } from '../../components/LencanaKategori'
import { alamatHash } from '../../lib/parameter-hash'
import { persenMelapor } from './data-grafik'

type Ringkasan = HasilBeranda

/** The four figures the Kasat looks at first, each linking to its screen. */
export function KartuRingkas({ r, urutan }: { r: Ringkasan; urutan: readonly string[] }) {
  const p = persenMelapor(r.kelengkapan.melapor, r.kelengkapan.total)
  const tutup = r.tren.find((t) => t.bulan === r.bulanTutup)
  return (
    <div className="kisi-ringkas">
      <section className="kartu kartu-ringkas" aria-labelledby="judul-lapor-minggu">
        <h2 id="judul-lapor-minggu">Laporan minggu ini</h2>
        <p className="redup kecil">{formatRentangMinggu(r.minggu.tahun, r.minggu.minggu)}</p>
        <p className="angka-utama" data-uji="kelengkapan">
          <span className="angka">{r.kelengkapan.melapor}</span> <span className="redup">dari</span> <span className="angka">{r.kelengkapan.total}</span> <span className="satuan-besar satuan-baris">desa melapor</span>
        </p>
        <div className="bilah-progres" role="progressbar" aria-label="Desa yang melapor" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(p ?? 0)}>
          <span style={{ width: `${p ?? 0}%` }} />
        </div>
        <p className="kecil">{p === null ? '—' : `${formatAngka(p, 1)}%`} · belum melapor {r.kelengkapan.total - r.kelengkapan.melapor} desa</p>
        <a href={alamatHash('mingguan', { tahun: r.minggu.tahun, minggu: r.minggu.minggu })}>Buka Input Mingguan ›</a>
      </section>

      <section className="kartu kartu-ringkas" aria-labelledby="judul-kategori-beranda">
        <h2 id="judul-kategori-beranda">Desa per kategori</h2>
        <p className="redup kecil">{namaBulan(r.bulanTutup)}</p>
        <ul className="daftar-kategori-beranda">
          {r.perKategori
            .filter((k) => k.kategori !== null || k.jumlah > 0)
            .map((k) => (
              <li key={k.kategori ?? '-'} data-kategori={k.kategori ?? '-'}>
                <a href={alamatHash('indeks', { bulan: r.bulanTutup, kategori: k.kategori ?? '-' })}>
                  <LencanaKategori kategori={k.kategori} urutan={urutan} />
                  <span className="angka jumlah-kategori">{k.jumlah}</span>
                  <span className="sr-only"> desa</span>
                </a>
              </li>
            ))}
        </ul>
        <a href={alamatHash('indeks', { bulan: r.bulanTutup })}>Buka Indeks (IKDK) ›</a>
      </section>

      <section className="kartu kartu-ringkas" aria-labelledby="judul-rata-beranda">
        <h2 id="judul-rata-beranda">Rata-rata IKDK</h2>
        <p className="redup kecil">{namaBulan(r.bulanTutup)}</p>
        <p className="angka-utama">
          <span className="angka">{tutup?.rata == null ? 'N/A' : formatAngka(tutup.rata, 1)}</span>
        </p>
        <p className="kecil">{tutup ? `${tutup.jumlahDesa} desa bernilai` : 'Belum ada hasil'}</p>
        <a href={alamatHash('uji-sensitivitas', { bulan: r.bulanTutup })}>Uji Sensitivitas ›</a>
      </section>

      <section className="kartu kartu-ringkas" aria-labelledby="judul-peringatan-beranda">
        <h2 id="judul-peringatan-beranda">Peringatan dini</h2>
        <p className="redup kecil">
          {namaBulan(r.hariIni.slice(0, 7))} dan {namaBulan(r.bulanTutup)}
        </p>
        <p className="angka-utama">
          <span className="angka" data-uji="jumlah-peringatan">
            {r.peringatan.jumlah}
          </span>{' '}
          <span className="satuan-besar">peringatan</span>
        </p>
        <a href={alamatHash('peringatan-dini', { bulan: r.bulanTutup })}>Buka Peringatan Dini ›</a>
      </section>
    </div>
  )
}
