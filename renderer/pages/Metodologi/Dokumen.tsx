import { formatAngka, formatAngkaRingkas, formatTanggal } from '../../../shared/format'
import { BATAS_MINGGU_TANPA_LAPORAN, BATAS_PENURUNAN } from '../../../shared/ikdk/early-warning'
import type { Skema } from '../../../shared/ikdk/scheme'
import { LANGKAH_SENSITIVITAS } from '../../../shared/ikdk/sensitivity'
import type { Satker } from '../../../shared/skema-data'
import { TEKS_BAWAAN } from '../../components/LabelSkema'
import { LencanaKategori } from '../../components/LencanaKategori'
import { bagianBobot, rentangKategori, rumusIndikator, rumusSkor, TEKS_ARAH } from './rumus'

const persen = (x: number) => `${formatAngka(x * 100, 1)}%`

interface Props {
  skema: Skema
  satker: Satker | undefined
  /** Month from which the scheme applies, or null for the default. */
  berlakuSejak: string | null
  hariIni: string
}

/** The kop surat: at most three lines, capitals, closed by a rule (domain.md). */
function Kop({ satker }: { satker: Satker | undefined }) {
  if (!satker) return null
  return (
    <div className="kop">
      <p>KEPOLISIAN NEGARA REPUBLIK INDONESIA</p>
      <p>DAERAH {satker.provinsiNama.toUpperCase()}</p>
      <p>{satker.nama.toUpperCase().replace(/^POLRES\s+/, 'RESOR ')}</p>
    </div>
  )
}

/**
 * The Metodologi document, generated entirely from the scheme file: what a
 * Kasat Binmas can print and sign off, and what a Polda can check its own file against.
 */
export function Dokumen({ skema, satker, berlakuSejak, hariIni }: Props) {
  const bawaan = skema.id === 'bawaan'
  const bobot = bagianBobot(skema)
  const jumlahIndikator = skema.dimensi.reduce((s, d) => s + d.indikator.length, 0)
  return (
    <article className="dokumen-metodologi" aria-labelledby="judul-dokumen">
      <Kop satker={satker} />
      <header className="judul-dokumen">
        <h2 id="judul-dokumen">
          METODOLOGI
          <br />
          INDEKS KEAMANAN DESA/KELURAHAN (IKDK)
        </h2>
        <p>
          {skema.nama} — {skema.id} versi {skema.versi}
        </p>
        {bawaan ? <p className="catatan-bawaan">{TEKS_BAWAAN}</p> : skema.catatan ? <p>{skema.catatan}</p> : null}
      </header>

      <section>
        <h3>I. PENDAHULUAN</h3>
        <p>
          IKDK adalah satu nilai 0–100 untuk setiap desa/kelurahan setiap bulan; makin tinggi makin aman. Nilai ini dipakai sebagai dasar analisa dan evaluasi (Anev) serta pemetaan wilayah rawan
          Kamtibmas. Setiap nilai dapat ditelusuri ke laporan mingguan Bhabinkamtibmas dan register kejadian yang mendasarinya.
        </p>
        {bawaan ? (
          <p>
            <strong>Skema ini adalah skema bawaan Binmas Desk dan bukan standar resmi Polri.</strong> Polri belum menerbitkan daftar indikator IKDK resmi; Polda dapat mengganti skema ini dengan berkas
            skemanya sendiri (format yang sama, nomor versi baru). Setiap nilai IKDK yang tersimpan mencatat skema dan versi yang menghasilkannya.
          </p>
        ) : (
          <p>
            Skema ini diimpor dari berkas skema {skema.id} versi {skema.versi}
            {berlakuSejak ? ` dan berlaku mulai bulan ${berlakuSejak}` : ''}. Setiap nilai IKDK yang tersimpan mencatat skema dan versi yang menghasilkannya.
          </p>
        )}
        <p>
          Metode mengikuti buku pegangan indikator komposit OECD/JRC: normalisasi min–maks dengan batas tetap, bobot yang dinyatakan terbuka, tanpa pengisian data kosong secara diam-diam, dan uji
          sensitivitas. Skema ini memuat {skema.dimensi.length} dimensi dan {jumlahIndikator} indikator.
        </p>
      </section>

      <section>
        <h3>II. SATUAN DAN PERIODE</h3>
        <ol className="daftar-aturan">
          <li>Satu nilai IKDK per desa/kelurahan per bulan, dihitung mulai bulan pertama satker memiliki data.</li>
          <li>Laporan mingguan masuk ke bulan tempat hari Kamis minggu ISO tersebut jatuh (September 2024 = Minggu ke-36 s.d. ke-39).</li>
          <li>Kejadian dihitung menurut tanggal kejadian dalam bulan kalender; &ldquo;akhir bulan&rdquo; berarti hari terakhir bulan itu.</li>
          <li>Bulan yang masih berjalan bernilai <strong>sementara</strong>: hanya minggu yang sudah selesai dihitung.</li>
          <li>Bulan yang sudah dikunci (Kunci Periode) tetap memakai hasil yang tersimpan walaupun data desa atau skema berubah kemudian.</li>
        </ol>
      </section>

      <section>
        <h3>III. DIMENSI DAN INDIKATOR</h3>
        <p>Bobot dimensi dibagi jumlah seluruh bobot dimensi; bobot indikator dibagi jumlah bobot indikator dalam dimensinya. Indikator tanpa bobot dalam berkas skema berbobot 1.</p>
        {skema.dimensi.map((d, i) => {
          const b = bobot[i]!
          return (
            <div key={d.id} className="blok-dimensi">
              <h4>
                {d.id}. {d.nama} — bobot {formatAngkaRingkas(d.bobot)} ({persen(b.bagian)} dari IKDK)
              </h4>
              {d.keterangan && <p>{d.keterangan}</p>}
              <table className="tabel-dokumen tabel-indikator-dokumen">
                <colgroup>
                  <col className="k-kode" />
                  <col className="k-rumus" />
                  <col className="k-arah" />
                  <col className="k-batas" />
                  <col className="k-bobot" />
                  <col className="k-bagian" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col">Kode</th>
                    <th scope="col">Indikator dan rumus</th>
                    <th scope="col">Arah</th>
                    <th scope="col" className="kanan">
                      Batas
                    </th>
                    <th scope="col" className="kanan">
                      Bobot
                    </th>
                    <th scope="col" className="kanan">
                      Bagian IKDK
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {d.indikator.map((ind, j) => (
                    <tr key={ind.id} data-indikator={ind.id}>
                      <td className="kode-indikator">{ind.id}</td>
                      <td>
                        <strong>{ind.nama}</strong>
                        {ind.satuan && <span className="redup"> ({ind.satuan})</span>}
                        <br />
                        {rumusIndikator(ind)}
                        <br />
                        <span className="rumus-skor">Normalisasi: {rumusSkor(ind)}.</span>
                        {ind.keterangan && (
                          <>
                            <br />
                            {ind.keterangan}
                          </>
                        )}
                      </td>
                      <td>{TEKS_ARAH[ind.arah]}</td>
                      <td className="angka">
                        {formatAngkaRingkas(ind.batasBawah)}–{formatAngkaRingkas(ind.batasAtas)}
                      </td>
                      <td className="angka">
                        {formatAngkaRingkas(ind.bobot)}
                        <span className="kode-kecil">{persen(b.indikator[j]!.dalamDimensi)} dimensi</span>
                      </td>
                      <td className="angka">{persen(b.indikator[j]!.efektif)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        })}
      </section>

      <section>
        <h3>IV. NORMALISASI DAN PENGGABUNGAN</h3>
        <ol className="daftar-aturan">
          <li>
            Indikator yang makin tinggi makin aman: skor = (nilai − batas bawah) ÷ (batas atas − batas bawah) × 100. Indikator yang makin rendah makin aman: skor = (batas atas − nilai) ÷ (batas atas −
            batas bawah) × 100. Skor dibatasi 0–100. Batas berasal dari skema, bukan dari data, sehingga skor satu desa tidak bergeser karena desa lain.
          </li>
          <li>Skor dimensi = rata-rata tertimbang skor indikator yang tersedia dalam dimensi itu.</li>
          <li>IKDK = rata-rata tertimbang skor dimensi yang tersedia; bobot dibagi ulang atas dimensi yang tersedia.</li>
          <li>Jumlah kegiatan dari laporan mingguan diskalakan ke satu bulan penuh: jumlah × minggu dalam bulan ÷ minggu yang terisi. Rasio dan rata-rata tidak diskalakan; jumlah kejadian tidak pernah diskalakan.</li>
          <li>Nilai disimpan dengan presisi penuh. Kategori, peringatan dan perbandingan memakai nilai yang dibulatkan 3 desimal; tampilan memakai 1 desimal (mis. 64,4).</li>
        </ol>
      </section>

      <section>
        <h3>V. KATEGORI</h3>
        <table className="tabel-dokumen tabel-kategori-dokumen">
          <thead>
            <tr>
              <th scope="col">Kategori</th>
              <th scope="col">Nilai IKDK</th>
            </tr>
          </thead>
          <tbody>
            {rentangKategori(skema.kategori).map((k) => (
              <tr key={k.nama}>
                <td>
                  <LencanaKategori kategori={k.nama} urutan={skema.kategori.map((x) => x.nama)} />
                </td>
                <td>{k.rentang}</td>
              </tr>
            ))}
            <tr>
              <td>
                <LencanaKategori kategori={null} />
              </td>
              <td>tidak ada dimensi yang tersedia (N/A)</td>
            </tr>
          </tbody>
        </table>
      </section>

      <section>
        <h3>VI. KEYAKINAN</h3>
        <p>Keyakinan menunjukkan seberapa lengkap laporan mingguan yang mendasari nilai, dan selalu ditampilkan di samping nilai:</p>
        <ul className="daftar-aturan">
          <li>
            <strong>Tinggi</strong>: setiap minggu dalam bulan itu dilaporkan.
          </li>
          <li>
            <strong>Sedang</strong>: sedikitnya separuh minggu dilaporkan.
          </li>
          <li>
            <strong>Rendah</strong>: kurang dari separuh minggu dilaporkan; ditandai &ldquo;(rendah)&rdquo; di samping nilai, tidak pernah disembunyikan.
          </li>
        </ul>
        <p>Satu minggu dihitung &ldquo;dilaporkan&rdquo; bila sedikitnya satu dari 11 isian kegiatan terisi; NRP pelapor atau catatan saja tidak cukup.</p>
      </section>

      <section>
        <h3>VII. DATA KOSONG</h3>
        <ol className="daftar-aturan">
          <li>Kosong bukan nol. Tanpa laporan mingguan dalam bulan itu, dimensi yang bersumber dari laporan mingguan tidak tersedia (N/A) dan IKDK dihitung dari dimensi lainnya.</li>
          <li>Isian yang kosong di setiap minggu terlapor membuat indikatornya N/A. Rasio hanya memakai minggu yang kedua isiannya terisi.</li>
          <li>Indikator dengan penyebut 0 atau kosong bernilai N/A dan bobotnya berpindah ke indikator lain dalam dimensinya, kecuali aturan khusus yang disebut pada rumus indikator.</li>
          <li>Data desa yang kosong (penduduk, jumlah KK, jumlah pos kamling) membuat indikator yang memakainya N/A.</li>
          <li>Dimensi tanpa indikator yang tersedia bernilai N/A. IKDK membutuhkan sedikitnya satu dimensi yang tersedia; bila tidak ada, desa tampil &ldquo;Tanpa nilai&rdquo;.</li>
        </ol>
      </section>

      <section>
        <h3>VIII. PERINGATAN DINI</h3>
        <p>Peringatan dibuat per desa bila:</p>
        <ol className="daftar-aturan">
          <li>kategori memburuk dibanding bulan tertutup sebelumnya;</li>
          <li>IKDK turun {BATAS_PENURUNAN} poin atau lebih dibanding bulan tertutup sebelumnya;</li>
          <li>tercatat konflik sosial atau konflik agraria tingkat nyata (tanggal peringatan = tanggal kejadian);</li>
          <li>tidak ada laporan mingguan {BATAS_MINGGU_TANPA_LAPORAN} minggu selesai berturut-turut.</li>
        </ol>
        <p>Bulan yang masih berjalan tidak menimbulkan peringatan penurunan atau perubahan kategori sampai bulan ditutup.</p>
      </section>

      <section>
        <h3>IX. UJI SENSITIVITAS</h3>
        <p>
          Untuk setiap dimensi, bobotnya ditambah {LANGKAH_SENSITIVITAS} dan dikurangi {LANGKAH_SENSITIVITAS} (tidak kurang dari 0) sementara bobot lain tetap, lalu semua bobot dibagi jumlah barunya;
          ditambah satu varian dengan bobot semua dimensi sama ({skema.dimensi.length * 2 + 1} varian). Desa yang kategorinya berbeda dari hasil dasar pada salah satu varian ditandai &ldquo;tidak
          stabil&rdquo;.
        </p>
      </section>

      <footer className="kaki-dokumen">
        Dibuat oleh Binmas Desk dari berkas skema {skema.id} versi {skema.versi} pada {formatTanggal(hariIni)}.
      </footer>
    </article>
  )
}
