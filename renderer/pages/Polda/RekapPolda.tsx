import { useMemo, useState } from 'react'
import type { AktivitasRekap, BarisRekapPolda } from '../../../shared/api-polda'
import { formatAngka, namaBulan } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { KepalaUrut, urutBerikut } from '../../components/KepalaUrut'
import { LencanaKategori } from '../../components/LencanaKategori'
import { Memuat } from '../../components/Memuat'
import type { ArahUrut } from '../../components/navigasi-baris'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { WadahGulir } from '../../components/WadahGulir'
import { useMuat } from '../../lib/muat'
import { mundurBulan } from './tampil'
import { RincianPolres } from './RincianPolres'
import './polda.css'

const AKTIVITAS: { kunci: keyof AktivitasRekap; label: string }[] = [
  { kunci: 'laporan', label: 'Laporan desa-minggu' },
  { kunci: 'kk_dikunjungi', label: 'DDS (KK)' },
  { kunci: 'penyuluhan', label: 'Penyuluhan' },
  { kunci: 'masalah_ditangani', label: 'Masalah ditangani' },
  { kunci: 'masalah_selesai', label: 'Masalah selesai' },
  { kunci: 'info_deteksi_dini', label: 'Deteksi dini' },
  { kunci: 'pertemuan_3pilar', label: '3 Pilar' },
  { kunci: 'kegiatan_pangan', label: 'Pangan' },
  { kunci: 'kejadian', label: 'Kejadian' },
]

type Kolom = 'nama' | 'jumlahDesa' | 'rataIkdk' | 'tanpaNilai' | 'keyakinanRendah' | `kat:${string}` | `akt:${keyof AktivitasRekap}`

const nilaiKolom = (b: BarisRekapPolda, k: Kolom): number | string => {
  if (k === 'nama') return b.nama
  if (k === 'jumlahDesa') return b.jumlahDesa
  if (k === 'tanpaNilai') return b.tanpaNilai
  if (k === 'keyakinanRendah') return b.keyakinanRendah
  if (k === 'rataIkdk') return b.rataIkdk ?? -1
  if (k.startsWith('kat:')) return b.kategori[k.slice(4)] ?? 0
  return b.aktivitas[k.slice(4) as keyof AktivitasRekap]
}

const angka = (n: number) => formatAngka(n, 0)

/**
 * "Rekap Polda": for a month, per Polres the desa by IKDK category and the
 * activity totals, with the Polda's totals; sortable by any column; a Polres
 * opens its desa list.
 */
export function RekapPolda({ hariIni }: { hariIni: string }) {
  const bulanIni = hariIni.slice(0, 7)
  const [bulan, setBulan] = useState(mundurBulan(bulanIni, 1))
  const [urut, setUrut] = useState<{ kolom: Kolom; arah: ArahUrut }>({ kolom: 'nama', arah: 'naik' })
  const [rinci, setRinci] = useState<{ kode: string; nama: string } | null>(null)
  const data = useMuat(() => panggil('polda:rekap', { bulan }), [bulan])
  const pilihan = useMemo(() => Array.from({ length: 36 }, (_, i) => mundurBulan(bulanIni, i)), [bulanIni])

  const baris = useMemo(() => {
    const b = [...(data.data?.polres ?? [])]
    b.sort((x, y) => {
      const [a, c] = [nilaiKolom(x, urut.kolom), nilaiKolom(y, urut.kolom)]
      const beda = typeof a === 'string' ? a.localeCompare(c as string, 'id') : a - (c as number)
      return urut.arah === 'naik' ? beda : -beda
    })
    return b
  }, [data.data, urut])
  const onUrut = (k: Kolom) => setUrut((u) => urutBerikut(u, k))

  if (rinci) return <RincianPolres bulan={bulan} polres={rinci} kategori={data.data?.kategori ?? []} onKembali={() => setRinci(null)} />

  const sel = (b: BarisRekapPolda, total = false) => (
    <>
      <td className="angka">{angka(b.jumlahDesa)}</td>
      {(data.data?.kategori ?? []).map((k) => (
        <td key={k} className="angka">
          {angka(b.kategori[k] ?? 0)}
        </td>
      ))}
      <td className="angka">{angka(b.tanpaNilai)}</td>
      <td className="angka">{b.rataIkdk === null ? '—' : formatAngka(b.rataIkdk, 1)}</td>
      <td className="angka">{angka(b.keyakinanRendah)}</td>
      {AKTIVITAS.map((a) => (
        <td key={a.kunci} className="angka">
          {angka(b.aktivitas[a.kunci])}
        </td>
      ))}
      {!total && <td className="angka">{b.revisi === null ? '—' : `r${b.revisi}`}</td>}
      {total && <td />}
    </>
  )

  return (
    <section aria-labelledby="judul-rekap-polda" className="halaman-polda">
      <div className="kepala-halaman">
        <h1 id="judul-rekap-polda">Rekap Polda</h1>
        <p className="redup">Sebaran kategori IKDK desa dan jumlah kegiatan Bhabinkamtibmas per Polres, dari berkas yang sudah diterima. Pilih nama Polres untuk melihat desanya. Nilai desa yang minggu laporannya sedikit berkeyakinan rendah (kolom &ldquo;Keyakinan rendah&rdquo;): baca kategorinya dengan hati-hati.</p>
      </div>
      <div className="kartu saringan-polda sembunyi-cetak">
        <div className="bidang">
          <label htmlFor="rekap-bulan">Bulan</label>
          <select id="rekap-bulan" value={bulan} onChange={(e) => setBulan(e.target.value)}>
            {pilihan.map((b) => (
              <option key={b} value={b}>
                {namaBulan(b)}
                {b === bulanIni ? ' (berjalan)' : ''}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="tombol" onClick={() => window.print()}>
          Cetak
        </button>
      </div>
      {data.galat && <Pemberitahuan jenis="galat">{data.galat}</Pemberitahuan>}
      {!data.data && !data.galat && <Memuat teks="Menghitung rekap…" />}
      {data.data && (
        <>
          <p className="ringkas-kiriman" role="status">
            {namaBulan(data.data.bulan)}: {angka(data.data.total.jumlahDesa)} desa di {angka(data.data.polres.length)} Polres; {angka(data.data.polres.filter((p) => p.revisi !== null).length)} Polres sudah mengirim berkas bulan ini.
          </p>
          <ul className="legenda-kiriman" aria-label="Kategori IKDK">
            {data.data.kategori.map((k) => (
              <li key={k}>
                <LencanaKategori kategori={k} urutan={data.data!.kategori} />
              </li>
            ))}
          </ul>
          <WadahGulir label="Tabel rekap per Polres">
            <table className="tabel tabel-rapat tabel-rekap-polda" id="tabel-rekap-polda">
              <caption className="sr-only">Rekap IKDK dan kegiatan per Polres, {namaBulan(data.data.bulan)}</caption>
              <thead>
                <tr>
                  <KepalaUrut kunci="nama" label="Polres" urut={urut} onUrut={onUrut} />
                  <KepalaUrut kunci="jumlahDesa" label="Desa" urut={urut} onUrut={onUrut} kanan />
                  {data.data.kategori.map((k) => (
                    <KepalaUrut key={k} kunci={`kat:${k}`} label={k} urut={urut} onUrut={onUrut} kanan />
                  ))}
                  <KepalaUrut kunci="tanpaNilai" label="Tanpa nilai" urut={urut} onUrut={onUrut} kanan />
                  <KepalaUrut kunci="rataIkdk" label="Rata-rata IKDK" urut={urut} onUrut={onUrut} kanan />
                  <KepalaUrut kunci="keyakinanRendah" label="Keyakinan rendah" urut={urut} onUrut={onUrut} kanan />
                  {AKTIVITAS.map((a) => (
                    <KepalaUrut key={a.kunci} kunci={`akt:${a.kunci}`} label={a.label} urut={urut} onUrut={onUrut} kanan />
                  ))}
                  <th scope="col" className="kanan">
                    Revisi
                  </th>
                </tr>
              </thead>
              <tbody>
                {baris.map((b) => (
                  <tr key={b.kode}>
                    <th scope="row">
                      <button type="button" className="tombol-tautan" onClick={() => setRinci({ kode: b.kode, nama: b.nama })}>
                        {b.nama}
                      </button>
                    </th>
                    {sel(b)}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{data.data.total.nama}</th>
                  {sel(data.data.total, true)}
                </tr>
              </tfoot>
            </table>
          </WadahGulir>
        </>
      )}
    </section>
  )
}
