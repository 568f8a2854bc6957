import { type ChangeEvent, useId, useState } from 'react'
import type { HasilPratinjauPeta } from '../../../shared/api-peta'
import { formatAngka } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { useBolehKanal } from '../../components/HanyaBaca'
import { Konfirmasi } from '../../components/Konfirmasi'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'
import { bacaBase64 } from '../../lib/berkas'
import '../Cadangan/cadangan.css'

type Jenis = 'batas' | 'titik'

const TEKS: Record<Jenis, { judul: string; petunjuk: string; terima: string; label: string; simpan: (n: number) => string; apa: string }> = {
  batas: {
    judul: 'Impor batas wilayah desa',
    petunjuk:
      'GeoJSON (.geojson/.json) atau Shapefile dalam satu .zip (.shp, .shx, .dbf, .prj — proyeksi dari .prj diikuti). Fitur dicocokkan dengan desa melalui kolom kode Kemendagri (5303012001 atau 53.03.01.2001), atau bila tidak ada, melalui nama desa dan kecamatan. Batas maksimal 30 MB.',
    terima: '.geojson,.json,.zip,application/geo+json,application/json,application/zip',
    label: 'Berkas batas wilayah',
    simpan: (n) => `Simpan batas ${formatAngka(n, 0)} desa`,
    apa: 'batas',
  },
  titik: {
    judul: 'Impor titik koordinat desa',
    petunjuk: 'CSV dengan kolom kode atau nama desa dan kecamatan, serta kolom lintang dan bujur (derajat desimal), atau GeoJSON berisi Point. Titik yang tersimpan dapat diubah di Data Desa.',
    terima: '.csv,.geojson,.json,text/csv,application/geo+json,application/json',
    label: 'Berkas titik koordinat',
    simpan: (n) => `Simpan titik ${formatAngka(n, 0)} desa`,
    apa: 'titik',
  },
}

function Laporan({ p }: { p: HasilPratinjauPeta }) {
  const n = (x: number) => formatAngka(x, 0)
  const diganti = p.cocok.filter((c) => c.mengganti).length
  const hilang = p.desaTanpa.filter((d) => d.adaSebelumnya).length
  return (
    <div className="laporan-impor-peta" data-jenis={p.jenis}>
      <ul className="ringkas-impor-peta" aria-label="Ringkasan pencocokan">
        <li data-hitung="fitur">
          <span className="angka">{n(p.jumlahFitur)}</span> fitur di berkas {p.namaBerkas}
        </li>
        <li data-hitung="cocok">
          <span className="angka">{n(p.cocok.length)}</span> fitur cocok dengan desa ({n(p.cocok.filter((c) => c.cara === 'kode').length)} lewat kode, {n(p.cocok.filter((c) => c.cara === 'nama').length)} lewat nama)
          {diganti > 0 && <>; {n(diganti)} mengganti {p.jenis === 'batas' ? 'batas' : 'titik'} lama</>}
        </li>
        <li data-hitung="tidak-cocok">
          <span className="angka">{n(p.tidakCocok.length)}</span> fitur tidak cocok (tidak disimpan)
        </li>
        <li data-hitung="desa-tanpa">
          <span className="angka">{n(p.desaTanpa.length)}</span> desa tidak ada di berkas ini{hilang > 0 && <> ({n(hilang)} di antaranya tetap memakai {p.jenis === 'batas' ? 'batas' : 'titik'} lama)</>}
        </li>
      </ul>
      {p.tidakCocok.length > 0 && (
        <details open={p.tidakCocok.length <= 10}>
          <summary>Fitur tidak cocok ({n(p.tidakCocok.length)})</summary>
          <table className="tabel tabel-rapat tabel-tidak-cocok">
            <thead>
              <tr>
                <th scope="col" className="kanan">Fitur ke-</th>
                <th scope="col">Atribut</th>
                <th scope="col">Alasan</th>
              </tr>
            </thead>
            <tbody>
              {p.tidakCocok.map((t) => (
                <tr key={t.nomor} data-nomor={t.nomor}>
                  <td className="angka">{t.nomor}</td>
                  <td>{t.label}</td>
                  <td>{t.alasan}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {p.cocok.length > 0 && (
        <details>
          <summary>Fitur cocok ({n(p.cocok.length)})</summary>
          <table className="tabel tabel-rapat tabel-cocok">
            <thead>
              <tr>
                <th scope="col" className="kanan">Fitur ke-</th>
                <th scope="col">Desa</th>
                <th scope="col">Kecamatan</th>
                <th scope="col">Cara</th>
              </tr>
            </thead>
            <tbody>
              {p.cocok.map((c) => (
                <tr key={c.nomor} data-kode={c.desaKode}>
                  <td className="angka">{c.nomor}</td>
                  <td>
                    {c.desaNama} <span className="redup">{c.desaKode}</span>
                  </td>
                  <td>{c.kecamatanNama}</td>
                  <td>
                    {c.cara === 'kode' ? 'kode' : 'nama'}
                    {c.mengganti ? ', mengganti yang lama' : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {p.desaTanpa.length > 0 && (
        <details>
          <summary>Desa tidak ada di berkas ({n(p.desaTanpa.length)})</summary>
          <ul className="daftar-desa-tanpa">
            {p.desaTanpa.map((d) => (
              <li key={d.kode} data-kode={d.kode}>
                {d.nama}, Kec. {d.kecamatanNama} <span className="redup">{d.kode}</span>
                {d.adaSebelumnya && <span className="redup"> — tetap memakai yang lama</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  )
}

/** One import: choose file → report (matched / unmatched features and desa) → save, or fix the file. */
function FormImpor({ jenis, onTersimpan }: { jenis: Jenis; onTersimpan: (pesan: string) => void }) {
  const t = TEKS[jenis]
  const id = useId()
  const [berkas, setBerkas] = useState<{ nama: string; b64: string } | null>(null)
  const [pratinjau, setPratinjau] = useState<HasilPratinjauPeta | null>(null)
  const [galat, setGalat] = useState<string | null>(null)
  const [sibuk, setSibuk] = useState<string | null>(null)
  const [kunci, setKunci] = useState(0)

  const periksa = async (b: { nama: string; b64: string }, kolomKode?: string | null) => {
    setSibuk('Memeriksa berkas…')
    setGalat(null)
    setPratinjau(null)
    try {
      setPratinjau(await panggil(jenis === 'batas' ? 'peta:batas-pratinjau' : 'peta:titik-pratinjau', { namaBerkas: b.nama, berkasBase64: b.b64, ...(kolomKode === undefined ? {} : { kolomKode }) }))
    } catch (e) {
      setGalat(pesanGalat(e))
    } finally {
      setSibuk(null)
    }
  }

  const pilih = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0]
    if (!f) return
    const b = { nama: f.name, b64: await bacaBase64(f) }
    // The same file, fixed and chosen again, must trigger a new check.
    e.target.value = ''
    setBerkas(b)
    await periksa(b)
  }

  const simpan = async () => {
    if (!pratinjau) return
    setSibuk('Menyimpan…')
    setGalat(null)
    try {
      const h = await panggil(jenis === 'batas' ? 'peta:batas-simpan' : 'peta:titik-simpan', { token: pratinjau.token })
      onTersimpan(`${t.apa === 'batas' ? 'Batas wilayah' : 'Titik koordinat'} ${formatAngka(h.tersimpan, 0)} desa tersimpan dari ${pratinjau.namaBerkas}${h.diganti > 0 ? ` (${formatAngka(h.diganti, 0)} mengganti yang lama)` : ''}.`)
      setPratinjau(null)
      setBerkas(null)
      setKunci((k) => k + 1)
    } catch (e) {
      setGalat(pesanGalat(e))
    } finally {
      setSibuk(null)
    }
  }

  return (
    <section className="form-impor-peta" aria-labelledby={`${id}-judul`} data-jenis={jenis}>
      <h3 id={`${id}-judul`}>{t.judul}</h3>
      <p className="redup">{t.petunjuk}</p>
      <div className="bidang">
        <span className="label-bidang" id={`${id}-label`}>
          {t.label}
        </span>
        <div className="pilih-berkas">
          <input
            key={kunci}
            id={`${id}-berkas`}
            className="input-berkas"
            type="file"
            accept={t.terima}
            onChange={(e) => void pilih(e)}
            disabled={sibuk !== null}
            aria-labelledby={`${id}-label`}
            aria-describedby={`${id}-nama`}
          />
          <label htmlFor={`${id}-berkas`} className="tombol" aria-hidden="true">
            Pilih Berkas…
          </label>
          <span id={`${id}-nama`} className={berkas ? 'nama-berkas' : 'redup'}>
            {berkas?.nama ?? 'Belum ada berkas dipilih'}
          </span>
        </div>
      </div>
      {sibuk && (
        <p role="status" className="redup">
          {sibuk}
        </p>
      )}
      {galat && (
        <Pemberitahuan jenis="galat">
          {galat} Tidak ada yang disimpan.
        </Pemberitahuan>
      )}
      {pratinjau && berkas && (
        <>
          <div className="bidang">
            <label htmlFor={`${id}-kolom`}>Kolom kode desa</label>
            <select id={`${id}-kolom`} value={pratinjau.kolomKode ?? ''} onChange={(e) => void periksa(berkas, e.target.value === '' ? null : e.target.value)} disabled={sibuk !== null}>
              <option value="">(tanpa kode — cocokkan nama desa dan kecamatan)</option>
              {pratinjau.kolom.map((k) => (
                <option key={k} value={k}>
                  {k}
                  {pratinjau.kandidatKolomKode.includes(k) ? ' — berisi kode desa' : ''}
                </option>
              ))}
            </select>
          </div>
          <Laporan p={pratinjau} />
          <div className="tombol-baris">
            <button type="button" className="tombol tombol-utama" disabled={!pratinjau.bisaDisimpan || sibuk !== null} onClick={() => void simpan()}>
              {t.simpan(pratinjau.cocok.length)}
            </button>
            <button
              type="button"
              className="tombol"
              onClick={() => {
                setPratinjau(null)
                setBerkas(null)
                setKunci((k) => k + 1)
              }}
            >
              Batal
            </button>
          </div>
          {!pratinjau.bisaDisimpan && <p className="redup">Tidak ada fitur yang cocok dengan desa: periksa kolom kode atau nama di berkas.</p>}
        </>
      )}
    </section>
  )
}

/** Boundaries and points of the desa: import both, remove the boundaries. */
export function ImporPeta({ jumlahBatas, onBerubah }: { jumlahBatas: number; onBerubah: () => void }) {
  const [pesan, setPesan] = useState<string | null>(null)
  const [tanyaHapus, setTanyaHapus] = useState(false)
  // Admin and Operator write boundaries and points (PENGUBAH); Pimpinan only reads the map.
  const bolehUbah = useBolehKanal('peta:batas-simpan')
  const selesai = (p: string) => {
    setPesan(p)
    onBerubah()
  }
  if (!bolehUbah) return null
  return (
    <details className="panel-impor-peta">
      <summary>
        <h2>Batas wilayah dan titik desa</h2> <span className="redup">({formatAngka(jumlahBatas, 0)} desa berbatas wilayah)</span>
      </summary>
      {pesan && <Pemberitahuan jenis="berhasil">{pesan}</Pemberitahuan>}
      <div className="kisi-impor-peta">
        <FormImpor jenis="batas" onTersimpan={selesai} />
        <FormImpor jenis="titik" onTersimpan={selesai} />
      </div>
      {jumlahBatas > 0 && (
        <button type="button" className="tombol tombol-bahaya" onClick={() => setTanyaHapus(true)}>
          Hapus semua batas wilayah…
        </button>
      )}
      {tanyaHapus && (
        <Konfirmasi
          judul={`Hapus batas wilayah ${formatAngka(jumlahBatas, 0)} desa?`}
          labelYa="Hapus"
          bahaya
          onBatal={() => setTanyaHapus(false)}
          onYa={async () => {
            const h = await panggil('peta:batas-hapus', {})
            setTanyaHapus(false)
            selesai(`Batas wilayah ${formatAngka(h.jumlah, 0)} desa dihapus. Titik koordinat desa tidak berubah.`)
          }}
        >
          <p>Peta kembali memakai titik koordinat desa, atau peta skematis bila tidak ada titik. Batas dapat diimpor lagi dari berkasnya.</p>
        </Konfirmasi>
      )}
    </details>
  )
}
