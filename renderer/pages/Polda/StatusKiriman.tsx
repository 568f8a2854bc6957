import { type FormEvent, useMemo, useState } from 'react'
import { formatTanggal, namaBulan } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { WadahGulir } from '../../components/WadahGulir'
import { pesanGalat } from '../../lib/galat'
import { useMuat } from '../../lib/muat'
import { kelasKiriman, labelKiriman, mundurBulan, tanggalPendek, uraianKiriman } from './tampil'
import './polda.css'

type Saring = 'semua' | 'belum' | 'terlambat' | 'lewat'

const LABEL_SARING: Record<Saring, string> = {
  semua: 'Semua Polres',
  belum: 'Ada yang belum dikirim',
  lewat: 'Ada yang lewat batas',
  terlambat: 'Ada yang terlambat',
}

/**
 * "Status Kiriman": which Polres sent which month, on time or late against
 * day N of the next month, or not yet. Filterable by name and by status;
 * prints as it is shown.
 */
export function StatusKiriman({ hariIni }: { hariIni: string }) {
  const bulanIni = hariIni.slice(0, 7)
  const [bulanAkhir, setBulanAkhir] = useState(bulanIni)
  const [jumlahBulan, setJumlahBulan] = useState(6)
  const [cari, setCari] = useState('')
  const [saring, setSaring] = useState<Saring>('semua')
  const [putaran, setPutaran] = useState(0)
  const bulanAwal = mundurBulan(bulanAkhir, jumlahBulan - 1)
  const data = useMuat(() => panggil('polda:kiriman', { bulanAwal, bulanAkhir }), [bulanAwal, bulanAkhir, putaran])
  const [batas, setBatas] = useState('')
  const [pesanBatas, setPesanBatas] = useState<{ jenis: 'berhasil' | 'galat'; teks: string } | null>(null)

  const baris = useMemo(() => {
    const q = cari.trim().toLowerCase()
    return (data.data?.polres ?? []).filter((p) => {
      if (q && !p.nama.toLowerCase().includes(q) && !p.kode.includes(q)) return false
      if (saring === 'belum') return p.sel.some((s) => s.status === 'belum' && s.lewatBatas)
      if (saring === 'lewat') return p.sel.some((s) => s.status === 'terlambat' || (s.status === 'belum' && s.lewatBatas))
      if (saring === 'terlambat') return p.sel.some((s) => s.status === 'terlambat')
      return true
    })
  }, [data.data, cari, saring])

  const pilihanBulan = useMemo(() => Array.from({ length: 36 }, (_, i) => mundurBulan(bulanIni, i)), [bulanIni])
  const ringkas = useMemo(() => {
    const semua = (data.data?.polres ?? []).flatMap((p) => p.sel)
    return { sudah: semua.filter((s) => s.status === 'sudah').length, terlambat: semua.filter((s) => s.status === 'terlambat').length, lewat: semua.filter((s) => s.status === 'belum' && s.lewatBatas).length }
  }, [data.data])

  async function simpanBatas(e: FormEvent) {
    e.preventDefault()
    setPesanBatas(null)
    try {
      const r = await panggil('polda:atur-batas', { hari: Number(batas) })
      setPesanBatas({ jenis: 'berhasil', teks: `Batas kiriman menjadi tanggal ${r.batasHari} bulan berikutnya.` })
      setBatas('')
      setPutaran((x) => x + 1)
    } catch (x) {
      setPesanBatas({ jenis: 'galat', teks: pesanGalat(x) })
    }
  }

  return (
    <section aria-labelledby="judul-kiriman" className="halaman-polda">
      <div className="kepala-halaman">
        <h1 id="judul-kiriman">Status Kiriman Polres</h1>
        <p className="redup">
          Berkas bulanan yang diterima dari setiap Polres. Berkas suatu bulan ditunggu paling lambat tanggal {data.data?.batasHari ?? '…'} bulan berikutnya (menurut zona waktu Polda); tanggal terima adalah tanggal impor pertama periode itu, walau kemudian datang revisi.
        </p>
      </div>
      <div className="kartu saringan-polda sembunyi-cetak">
        <div className="bidang">
          <label htmlFor="kiriman-akhir">Sampai bulan</label>
          <select id="kiriman-akhir" value={bulanAkhir} onChange={(e) => setBulanAkhir(e.target.value)}>
            {pilihanBulan.map((b) => (
              <option key={b} value={b}>
                {namaBulan(b)}
              </option>
            ))}
          </select>
        </div>
        <div className="bidang">
          <label htmlFor="kiriman-jumlah">Jumlah bulan</label>
          <select id="kiriman-jumlah" value={jumlahBulan} onChange={(e) => setJumlahBulan(Number(e.target.value))}>
            {[3, 6, 12].map((n) => (
              <option key={n} value={n}>
                {n} bulan
              </option>
            ))}
          </select>
        </div>
        <div className="bidang">
          <label htmlFor="kiriman-cari">Cari Polres</label>
          <input id="kiriman-cari" type="search" value={cari} onChange={(e) => setCari(e.target.value)} placeholder="nama atau kode" />
        </div>
        <div className="bidang">
          <label htmlFor="kiriman-saring">Tampilkan</label>
          <select id="kiriman-saring" value={saring} onChange={(e) => setSaring(e.target.value as Saring)}>
            {(Object.keys(LABEL_SARING) as Saring[]).map((s) => (
              <option key={s} value={s}>
                {LABEL_SARING[s]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="tombol" onClick={() => window.print()}>
          Cetak
        </button>
      </div>
      {data.galat && <Pemberitahuan jenis="galat">{data.galat}</Pemberitahuan>}
      {!data.data && !data.galat && <Memuat teks="Memuat status kiriman…" />}
      {data.data && (
        <>
          <p className="ringkas-kiriman" role="status">
            {namaBulan(bulanAwal)} – {namaBulan(bulanAkhir)}, keadaan {formatTanggal(data.data.hariIni)}: <strong>{ringkas.sudah}</strong> tepat waktu, <strong>{ringkas.terlambat}</strong> terlambat, <strong>{ringkas.lewat}</strong> belum diterima padahal lewat batas.
          </p>
          <ul className="legenda-kiriman" aria-label="Keterangan warna">
            <li className="kirim-sudah">Sudah — diterima tepat waktu</li>
            <li className="kirim-terlambat">Terlambat — diterima sesudah batas</li>
            <li className="kirim-lewat">Belum (lewat batas)</li>
            <li className="kirim-belum">Belum — batas belum lewat</li>
          </ul>
          <WadahGulir label="Tabel status kiriman per Polres dan bulan">
            <table className="tabel tabel-rapat tabel-kiriman" id="tabel-kiriman">
              <caption className="sr-only">Status kiriman per Polres dan bulan</caption>
              <thead>
                <tr>
                  <th scope="col">Polres</th>
                  {data.data.bulan.map((b) => (
                    <th scope="col" key={b}>
                      {namaBulan(b)}
                      <span className="batas-kolom">batas {tanggalPendek(data.data!.polres[0]?.sel.find((s) => s.bulan === b)?.batas ?? `${b}-01`)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {baris.length === 0 && (
                  <tr>
                    <td colSpan={data.data.bulan.length + 1}>Tidak ada Polres yang cocok dengan saringan.</td>
                  </tr>
                )}
                {baris.map((p) => (
                  <tr key={p.kode}>
                    <th scope="row">
                      {p.nama} <span className="redup">({p.kode})</span>
                    </th>
                    {p.sel.map((s) => (
                      <td key={s.bulan} className={`sel-kiriman ${kelasKiriman(s)}`} title={uraianKiriman(s, p.nama, namaBulan(s.bulan))}>
                        <span className="sr-only">{uraianKiriman(s, p.nama, namaBulan(s.bulan))}</span>
                        <span aria-hidden="true">
                          <strong>{labelKiriman(s)}</strong>
                          {s.diterimaPertama && (
                            <span className="rinci-kiriman">
                              {tanggalPendek(s.diterimaPertama)} · r{s.revisi}
                            </span>
                          )}
                        </span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </WadahGulir>
        </>
      )}
      <form className="kartu atur-batas sembunyi-cetak" onSubmit={(e) => void simpanBatas(e)} noValidate>
        <h2>Batas kiriman</h2>
        <div className="bidang">
          <label htmlFor="batas-hari">Tanggal batas di bulan berikutnya (1–28)</label>
          <input id="batas-hari" inputMode="numeric" value={batas} placeholder={String(data.data?.batasHari ?? 5)} onChange={(e) => setBatas(e.target.value)} aria-describedby={pesanBatas?.jenis === 'galat' ? 'galat-batas' : undefined} aria-invalid={pesanBatas?.jenis === 'galat'} />
          {pesanBatas?.jenis === 'galat' && (
            <p className="galat-bidang" id="galat-batas">
              {pesanBatas.teks}
            </p>
          )}
        </div>
        <button type="submit" className="tombol" disabled={batas.trim() === ''}>
          Simpan Batas
        </button>
        {pesanBatas?.jenis === 'berhasil' && <Pemberitahuan jenis="berhasil">{pesanBatas.teks}</Pemberitahuan>}
      </form>
    </section>
  )
}
