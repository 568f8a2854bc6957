import { useEffect, useRef } from 'react'
import { formatAngka, formatAngkaRingkas, namaBulan } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { LabelSkema } from '../../components/LabelSkema'
import { LencanaKategori } from '../../components/LencanaKategori'
import { Memuat } from '../../components/Memuat'
import { NilaiIkdk } from '../../components/NilaiIkdk'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { Sparkline } from '../../components/Sparkline'
import { useMuat } from '../../lib/muat'
import { DataDiBalik } from './DataDiBalik'
import { type BarisIkdk, teksPerubahan } from './saring'
import { TabelIndikator } from './TabelIndikator'

interface Props {
  desaKode: string
  bulan: string
  /** The desa's row of the month table, when loaded (change and trend). */
  baris: BarisIkdk | undefined
  bulanTren: readonly string[]
  skema: { id: string; versi: number; nama: string; catatan: string } | undefined
  urutanKategori: readonly string[]
  alamatKembali: string
}

const TEKS_KEYAKINAN: Record<string, string> = {
  Tinggi: 'semua minggu dilaporkan',
  Sedang: 'sedikitnya separuh minggu dilaporkan',
  Rendah: 'kurang dari separuh minggu dilaporkan',
}

/** "Mengapa nilai ini?" for one desa and month: the arithmetic and the rows behind it. */
export function RincianDesa({ desaKode, bulan, baris, bulanTren, skema, urutanKategori, alamatKembali }: Props) {
  const muat = useMuat(() => panggil('ikdk:rincian', { desaKode, bulan }), [desaKode, bulan])
  const judul = useRef<HTMLHeadingElement>(null)
  const r = muat.data

  // Opening a desa moves the focus to its heading, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (r && judul.current) judul.current.focus()
  }, [r?.desa.kode, r?.bulan])

  return (
    <section className="rincian-desa" aria-labelledby="judul-rincian">
      <p className="jangan-cetak">
        <a href={alamatKembali} className="tautan-kembali">
          ‹ Kembali ke daftar desa
        </a>
      </p>
      {muat.galat && <Pemberitahuan jenis="galat">{muat.galat}</Pemberitahuan>}
      {!r && !muat.galat && <Memuat teks="Menghitung rincian…" />}
      {r && (
        <>
          <h2 id="judul-rincian" ref={judul} tabIndex={-1}>
            Mengapa nilai ini? — {r.desa.nama}
          </h2>
          <p className="redup">
            Kecamatan {r.desa.kecamatan} · kode {r.desa.kode} · {namaBulan(bulan)}
            {r.hasil.sementara && <strong className="tanda-sementara"> · sementara</strong>}
          </p>
          <div className="ringkasan-rincian kartu">
            <div className="nilai-besar">
              <span className="label-kecil">IKDK</span>
              <span className="angka-nilai">
                <NilaiIkdk nilai={r.hasil.nilai} keyakinan={r.hasil.keyakinan} alasanNA={r.hasil.alasanNA} />
              </span>
              <LencanaKategori kategori={r.hasil.kategori} urutan={urutanKategori} />
            </div>
            <dl className="daftar-ringkasan">
              <dt>Keyakinan</dt>
              <dd>
                <strong className={r.hasil.keyakinan === 'Rendah' ? 'keyakinan-rendah' : undefined}>{r.hasil.keyakinan}</strong> — {r.hasil.mingguDilaporkan} dari {r.hasil.mingguDihitung} minggu
                dilaporkan ({TEKS_KEYAKINAN[r.hasil.keyakinan]})
              </dd>
              {baris && (
                <>
                  <dt>Dibanding bulan lalu</dt>
                  <dd>
                    {baris.nilaiSebelumnya === null ? 'tidak ada nilai bulan lalu' : `${teksPerubahan(baris.perubahan)} poin (bulan lalu ${formatAngka(baris.nilaiSebelumnya, 1)}${baris.kategoriSebelumnya ? `, ${baris.kategoriSebelumnya}` : ''})`}
                  </dd>
                  <dt>Tren 6 bulan</dt>
                  <dd>
                    <Sparkline nilai={baris.tren} bulan={bulanTren} lebar={120} tinggi={28} />
                  </dd>
                </>
              )}
              <dt>Data desa</dt>
              <dd>
                Penduduk {r.desa.penduduk === null ? '— (belum diisi)' : formatAngkaRingkas(r.desa.penduduk)} · KK {r.desa.jumlah_kk === null ? '— (belum diisi)' : formatAngkaRingkas(r.desa.jumlah_kk)} · pos kamling{' '}
                {r.desa.pos_kamling_total === null ? '— (belum diisi)' : formatAngkaRingkas(r.desa.pos_kamling_total)}
              </dd>
            </dl>
          </div>
          {skema && <LabelSkema skema={skema} />}
          {r.hasil.sementara && (
            <Pemberitahuan jenis="peringatan">
              {namaBulan(bulan)} masih berjalan: nilai ini <strong>sementara</strong>, hanya {r.hasil.mingguDihitung} dari {r.hasil.mingguBulan} minggu yang sudah selesai dihitung.
            </Pemberitahuan>
          )}
          {r.tersimpan && !r.samaDenganTersimpan && (
            <Pemberitahuan jenis="info">
              Nilai tersimpan untuk bulan ini ({r.tersimpan.nilai === null ? 'N/A' : formatAngka(r.tersimpan.nilai, 1)}, skema {r.tersimpan.skema}) berbeda dengan hitungan ulang dari data saat ini, misalnya karena
              periode sudah dikunci. Tabel di bawah menunjukkan hitungan dari data saat ini.
            </Pemberitahuan>
          )}
          <h3>Rincian indikator</h3>
          <p className="petunjuk">
            Skor indikator = nilai mentah dinormalkan ke 0–100 dengan batas tetap dari skema. Skor dimensi = rata-rata tertimbang indikator yang tersedia; IKDK = rata-rata tertimbang dimensi yang
            tersedia. Indikator N/A tidak diisi nol: bobotnya berpindah ke indikator lain.
          </p>
          <TabelIndikator hasil={r.hasil} />
          <DataDiBalik rincian={r} />
        </>
      )}
    </section>
  )
}
