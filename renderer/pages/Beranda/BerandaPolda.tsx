import type { Keluaran } from '../../../shared/api'
import { formatAngka, formatTanggal, namaBulan } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { LencanaKategori } from '../../components/LencanaKategori'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { persenMelapor } from './data-grafik'

type Ringkasan = Keluaran<'polda:beranda'>
const angka = (n: number) => formatAngka(n, 0)

/**
 * Beranda in Mode Polda: the last closed month across the province — which
 * Polres sent their file, the IKDK categories of all desa, the month's
 * activity, and the Polres with most desa in the least safe categories.
 * No weekly-input prompts: a Polda types nothing, it receives files.
 */
export function BerandaPolda() {
  const ringkasan = useMuat(() => panggil('polda:beranda', {}), [])
  if (ringkasan.galat) return <Pemberitahuan jenis="galat">{ringkasan.galat}</Pemberitahuan>
  if (!ringkasan.data) return <Memuat teks="Menyusun ringkasan Polda…" />
  const r = ringkasan.data
  return (
    <>
      <div className="kisi-ringkas">
        <KartuKiriman r={r} />
        <section className="kartu kartu-ringkas" aria-labelledby="judul-kategori-polda">
          <h2 id="judul-kategori-polda">Desa per kategori</h2>
          <p className="redup kecil">Seluruh Polda · {namaBulan(r.bulan)}</p>
          <ul className="daftar-kategori-beranda daftar-kategori-polda">
            {r.ikdk.perKategori.map((k) => (
              <li key={k.kategori} data-kategori={k.kategori}>
                <LencanaKategori kategori={k.kategori} urutan={r.ikdk.kategori} />
                <span className="angka jumlah-kategori">{angka(k.jumlah)}</span>
              </li>
            ))}
            <li data-kategori="-">
              <LencanaKategori kategori={null} />
              <span className="angka jumlah-kategori">{angka(r.ikdk.tanpaNilai)}</span>
            </li>
          </ul>
          <a href="#/polda-rekap">Buka Rekap Polda ›</a>
        </section>
        <section className="kartu kartu-ringkas" aria-labelledby="judul-rata-polda">
          <h2 id="judul-rata-polda">Rata-rata IKDK Polda</h2>
          <p className="redup kecil">{namaBulan(r.bulan)}</p>
          <p className="angka-utama">
            <span className="angka" data-uji="rata-polda">
              {r.ikdk.rata === null ? 'N/A' : formatAngka(r.ikdk.rata, 1)}
            </span>
          </p>
          <p className="kecil">
            {angka(r.ikdk.jumlahDesa - r.ikdk.tanpaNilai)} dari {angka(r.ikdk.jumlahDesa)} desa bernilai
            {r.ikdk.keyakinanRendah > 0 && <> · {angka(r.ikdk.keyakinanRendah)} berkeyakinan rendah</>}
          </p>
          <a href="#/indeks">Buka Indeks (IKDK) ›</a>
        </section>
        <section className="kartu kartu-ringkas" aria-labelledby="judul-kegiatan-polda">
          <h2 id="judul-kegiatan-polda">Kegiatan dari berkas Polres</h2>
          <p className="redup kecil">{namaBulan(r.bulan)}</p>
          <dl className="daftar-kegiatan-polda">
            <dt>Laporan mingguan desa</dt>
            <dd className="angka">{angka(r.aktivitas.laporan)}</dd>
            <dt>KK dikunjungi (DDS)</dt>
            <dd className="angka">{angka(r.aktivitas.kkDikunjungi)}</dd>
            <dt>Kejadian</dt>
            <dd className="angka">{angka(r.aktivitas.kejadian)}</dd>
          </dl>
          <a href="#/polda-rekap">Rincian per Polres ›</a>
        </section>
      </div>
      <div className="dua-kolom">
        <TabelPolresRawan r={r} />
        <DaftarBelumMengirim r={r} />
      </div>
    </>
  )
}

function KartuKiriman({ r }: { r: Ringkasan }) {
  const k = r.kiriman
  const masuk = k.sudah + k.terlambat
  const p = persenMelapor(masuk, k.jumlahPolres)
  return (
    <section className="kartu kartu-ringkas" aria-labelledby="judul-kiriman-polda">
      <h2 id="judul-kiriman-polda">Kiriman berkas {namaBulan(r.bulan)}</h2>
      <p className="redup kecil">{k.batas ? `Batas ${formatTanggal(k.batas)}` : 'Belum ada Polres terdaftar'}</p>
      <p className="angka-utama" data-uji="kiriman-masuk">
        <span className="angka">{angka(masuk)}</span> <span className="redup">dari</span> <span className="angka">{angka(k.jumlahPolres)}</span> <span className="satuan-besar satuan-baris">Polres mengirim</span>
      </p>
      <div className="bilah-progres" role="progressbar" aria-label="Polres yang sudah mengirim berkas" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(p ?? 0)}>
        <span style={{ width: `${p ?? 0}%` }} />
      </div>
      <p className="kecil" data-uji="kiriman-rincian">
        {angka(k.sudah)} tepat waktu · {angka(k.terlambat)} terlambat · {angka(k.belum)} belum{k.lewatBatas > 0 ? ` (${angka(k.lewatBatas)} lewat batas)` : ''}
      </p>
      <a href="#/polda-kiriman">Buka Status Kiriman ›</a>
    </section>
  )
}

/** The Polres with most desa in the scheme's least safe categories. */
function TabelPolresRawan({ r }: { r: Ringkasan }) {
  const judul = r.kategoriRawan.join(' / ')
  return (
    <section className="kartu" aria-labelledby="judul-polres-rawan">
      <h2 id="judul-polres-rawan">
        Polres dengan desa {judul} terbanyak — {namaBulan(r.bulan)}
      </h2>
      {r.polresRawan.length === 0 ? (
        <p className="redup">Belum ada desa {judul} pada {namaBulan(r.bulan)} menurut berkas yang diterima.</p>
      ) : (
        <table className="tabel tabel-rapat" id="tabel-polres-rawan">
          <thead>
            <tr>
              <th scope="col">Polres</th>
              {r.kategoriRawan.map((x) => (
                <th scope="col" key={x} className="kanan">
                  {x}
                </th>
              ))}
              <th scope="col" className="kanan">
                Jumlah desa
              </th>
            </tr>
          </thead>
          <tbody>
            {r.polresRawan.map((p) => (
              <tr key={p.kode} data-kode={p.kode}>
                <th scope="row">{p.nama}</th>
                {p.perKategori.map((x) => (
                  <td key={x.kategori} className="angka">
                    {angka(x.jumlah)}
                  </td>
                ))}
                <td className="angka">{angka(p.jumlahDesa)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <a href="#/polda-rekap">Semua Polres di Rekap Polda ›</a>
      </p>
    </section>
  )
}

function DaftarBelumMengirim({ r }: { r: Ringkasan }) {
  const k = r.kiriman
  return (
    <section className="kartu" aria-labelledby="judul-belum-kirim">
      <h2 id="judul-belum-kirim">Belum mengirim berkas {namaBulan(r.bulan)}</h2>
      {k.belumMengirim.length === 0 ? (
        <p>Semua Polres sudah mengirim berkas {namaBulan(r.bulan)}.</p>
      ) : (
        <>
          <p className="kecil redup">
            {angka(k.belumMengirim.length)} Polres{k.lewatBatas > 0 ? `, sudah lewat batas ${formatTanggal(k.batas!)}` : k.batas ? `, batas ${formatTanggal(k.batas)}` : ''}.
          </p>
          <ul className="daftar-belum-kirim">
            {k.belumMengirim.map((p) => (
              <li key={p.kode}>
                {p.nama} <span className="redup">({p.kode})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="#/polda-kiriman">Buka Status Kiriman ›</a>
      </p>
    </section>
  )
}
