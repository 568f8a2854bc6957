import { type ChangeEvent, useState } from 'react'
import { formatWaktu } from '../../lib/waktu'
import { namaBulan } from '../../../shared/format'
import type { HasilDaftarSkema, HasilPratinjauSkema } from '../../../shared/hasil-ikdk'
import { GalatApi, panggil } from '../../api/klien'
import { PemberitahuanHanyaBaca, useHanyaBaca } from '../../components/HanyaBaca'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { labelBulan } from '../../components/PilihBulan'
import { pesanGalat } from '../../lib/galat'
import { kunciSkema, pilihanBulanMulai } from './bulan'

const BATAS_BERKAS = 1_000_000

interface Props {
  daftar: HasilDaftarSkema
  /** 'id@versi' of the scheme in force this month. */
  berlaku: string
  bulanBerjalan: string
  zonaWaktu: string | null
  onBerubah: (daftar: HasilDaftarSkema) => void
}

type Pratinjau = { nama: string; teks: string; hasil: Extract<HasilPratinjauSkema, { ok: true }> }

/**
 * "Skema IKDK": import a Polda's replacement scheme file (preview first,
 * errors in Indonesian, nothing stored until "Impor"), then choose from which
 * month each scheme applies.
 */
export function SkemaIkdk({ daftar, berlaku, bulanBerjalan, zonaWaktu, onBerubah }: Props) {
  const [pratinjau, setPratinjau] = useState<Pratinjau | null>(null)
  const [galatBerkas, setGalatBerkas] = useState<string[] | null>(null)
  const [pesan, setPesan] = useState<{ jenis: 'berhasil' | 'galat'; teks: string; rincian?: string[] } | null>(null)
  const [sibuk, setSibuk] = useState(false)
  // Importing and assigning a scheme are Admin's (the contract); others only see the schemes.
  const alasanImpor = useHanyaBaca('skema:impor')
  const alasanTetapkan = useHanyaBaca('skema:tetapkan')
  const hanyaBaca = alasanImpor ?? alasanTetapkan
  const [namaBerkas, setNamaBerkas] = useState<string | null>(null)
  const [pilihSkema, setPilihSkema] = useState(kunciSkema(daftar.tersedia[daftar.tersedia.length - 1] ?? { id: 'bawaan', versi: 1 }))
  const [bulanMulai, setBulanMulai] = useState(bulanBerjalan)

  const namaSkema = (kunci: string) => {
    const s = daftar.tersedia.find((x) => kunciSkema(x) === kunci)
    return s ? `${s.nama} (${s.id} versi ${s.versi})` : kunci.replace('@', ' versi ')
  }

  async function bacaBerkas(e: ChangeEvent<HTMLInputElement>) {
    const berkas = e.target.files?.[0]
    setPratinjau(null)
    setGalatBerkas(null)
    setPesan(null)
    setNamaBerkas(berkas?.name ?? null)
    if (!berkas) return
    if (berkas.size > BATAS_BERKAS) {
      setGalatBerkas(['Berkas skema terlalu besar (maks. 1 MB).'])
      return
    }
    setSibuk(true)
    try {
      const teks = await berkas.text()
      const hasil = await panggil('skema:pratinjau', { teks })
      if (hasil.ok) setPratinjau({ nama: berkas.name, teks, hasil })
      else setGalatBerkas(hasil.galat)
    } catch (x) {
      setGalatBerkas([pesanGalat(x)])
    } finally {
      setSibuk(false)
    }
  }

  async function impor() {
    if (!pratinjau) return
    setSibuk(true)
    try {
      const r = await panggil('skema:impor', { teks: pratinjau.teks })
      const baru = await panggil('skema:daftar', {})
      onBerubah(baru)
      setPilihSkema(kunciSkema(r))
      setPratinjau(null)
      setPesan({ jenis: 'berhasil', teks: `Skema ${r.id} versi ${r.versi} berhasil diimpor. Tetapkan bulan mulai berlakunya di bawah.` })
    } catch (x) {
      setPesan({ jenis: 'galat', teks: pesanGalat(x), rincian: x instanceof GalatApi ? x.galat.rincian?.map((r) => r.pesan) : undefined })
    } finally {
      setSibuk(false)
    }
  }

  async function tetapkan() {
    const s = daftar.tersedia.find((x) => kunciSkema(x) === pilihSkema)
    if (!s) return
    setSibuk(true)
    try {
      onBerubah(await panggil('skema:tetapkan', { bulanMulai, id: s.id, versi: s.versi }))
      setPesan({ jenis: 'berhasil', teks: `${s.nama} (${s.id} versi ${s.versi}) berlaku mulai ${namaBulan(bulanMulai)}. IKDK bulan yang belum dikunci sejak bulan itu dihitung ulang.` })
    } catch (x) {
      setPesan({ jenis: 'galat', teks: pesanGalat(x) })
    } finally {
      setSibuk(false)
    }
  }

  return (
    <details className="kartu skema-ikdk jangan-cetak">
      <summary id="judul-skema-ikdk">
        <span className="judul-ringkas">Skema IKDK</span>{' '}
        <span className="redup">
          — berlaku bulan ini: {namaSkema(berlaku)}.{hanyaBaca ? ' Lihat skema yang berlaku per periode.' : ' Impor skema pengganti dari Polda atau tetapkan skema per periode.'}
        </span>
      </summary>
      <div className="dua-kolom">
        <div>
          <h3>Skema yang berlaku</h3>
          <table className="tabel tabel-rapat">
            <thead>
              <tr>
                <th scope="col">Berlaku mulai</th>
                <th scope="col">Skema</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <td>{daftar.periode.length === 0 ? 'Semua bulan' : `Sebelum ${namaBulan(daftar.periode[0]!.bulanMulai)}`}</td>
                <td>bawaan versi 1 (Skema Bawaan IKDK v1)</td>
              </tr>
              {daftar.periode.map((p) => {
                const s = daftar.tersedia.find((x) => kunciSkema(x) === p.skema)
                return (
                  <tr key={p.bulanMulai} data-bulan-mulai={p.bulanMulai}>
                    <td>{namaBulan(p.bulanMulai)}</td>
                    <td>
                      {p.skema.replace('@', ' versi ')}
                      {s && ` (${s.nama})`}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
          <h3>Skema tersedia</h3>
          <ul className="daftar-skema">
            {daftar.tersedia.map((s) => (
              <li key={kunciSkema(s)}>
                <strong>{s.nama}</strong> — {s.id} versi {s.versi}
                {s.bawaan ? ' · bawaan Binmas Desk, bukan standar resmi Polri' : s.diimporPada ? ` · diimpor ${formatWaktu(s.diimporPada, zonaWaktu as never)}` : ''}
              </li>
            ))}
          </ul>
        </div>
        {hanyaBaca ? (
          <div>
            <h3>Impor dan penetapan skema</h3>
            <PemberitahuanHanyaBaca alasan={hanyaBaca} />
          </div>
        ) : (
          <div>
            <h3>Impor skema pengganti dari Polda</h3>
            <div className="bidang">
              <span className="label-bidang" id="label-berkas-skema">
                Berkas skema (.json)
              </span>
              {/* The native file button speaks the browser's language; this one speaks Indonesian. */}
              <div className="pilih-berkas">
                <input
                  id="berkas-skema"
                  className="sr-only"
                  type="file"
                  accept=".json,application/json"
                  onChange={(e) => void bacaBerkas(e)}
                  disabled={sibuk}
                  aria-labelledby="label-berkas-skema"
                  aria-describedby="petunjuk-berkas-skema"
                />
                <label htmlFor="berkas-skema" className="tombol" aria-hidden="true">
                  Pilih berkas…
                </label>
                <span className="nama-berkas">{namaBerkas ?? 'Belum ada berkas dipilih'}</span>
              </div>
              <p className="petunjuk" id="petunjuk-berkas-skema">
                Berkas diperiksa lebih dulu; tidak ada yang berubah sebelum Anda menekan Impor.
              </p>
            </div>
            {galatBerkas && (
              <Pemberitahuan jenis="galat" judul="Berkas skema tidak valid — tidak ada yang diubah">
                <ul className="daftar-galat-skema">
                  {galatBerkas.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ul>
              </Pemberitahuan>
            )}
            {pratinjau && (
              <div className="pratinjau-skema">
                <p>
                  <strong>{pratinjau.hasil.skema.nama}</strong> — {pratinjau.hasil.skema.id} versi {pratinjau.hasil.skema.versi}
                </p>
                {pratinjau.hasil.sudahAda && <Pemberitahuan jenis="info">Skema dengan id dan versi ini sudah pernah diimpor.</Pemberitahuan>}
                <p>Perubahan dibanding skema yang berlaku bulan ini ({pratinjau.hasil.dibandingkan.replace('@', ' versi ')}):</p>
                {pratinjau.hasil.perubahan.length === 0 ? (
                  <p className="redup">Tidak ada perubahan bobot, batas, rumus, atau kategori.</p>
                ) : (
                  <ul className="daftar-perubahan-skema">
                    {pratinjau.hasil.perubahan.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                )}
                <button type="button" className="tombol tombol-utama" onClick={() => void impor()} disabled={sibuk}>
                  Impor
                </button>
              </div>
            )}
            <h3>Tetapkan skema per periode</h3>
            <div className="baris-bidang">
              <div className="bidang">
                <label htmlFor="pilih-skema-tetapkan">Skema</label>
                <select id="pilih-skema-tetapkan" value={pilihSkema} onChange={(e) => setPilihSkema(e.target.value)}>
                  {daftar.tersedia.map((s) => (
                    <option key={kunciSkema(s)} value={kunciSkema(s)}>
                      {s.nama} ({s.id} versi {s.versi})
                    </option>
                  ))}
                </select>
              </div>
              <div className="bidang">
                <label htmlFor="pilih-bulan-mulai">Berlaku mulai bulan</label>
                <select id="pilih-bulan-mulai" value={bulanMulai} onChange={(e) => setBulanMulai(e.target.value)}>
                  {pilihanBulanMulai(bulanBerjalan).map((b) => (
                    <option key={b} value={b}>
                      {labelBulan(b, bulanBerjalan).replace(' (sementara)', ' (berjalan)')}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <p className="petunjuk">Hasil IKDK bulan yang belum dikunci mulai bulan itu dihitung ulang dengan skema ini; bulan yang sudah dikunci tidak berubah.</p>
            <button type="button" className="tombol tombol-utama" onClick={() => void tetapkan()} disabled={sibuk}>
              Tetapkan
            </button>
          </div>
        )}
      </div>
      <div aria-live="polite">
        {pesan && (
          <Pemberitahuan jenis={pesan.jenis}>
            {pesan.teks}
            {pesan.rincian && (
              <ul>
                {pesan.rincian.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            )}
          </Pemberitahuan>
        )}
      </div>
    </details>
  )
}
