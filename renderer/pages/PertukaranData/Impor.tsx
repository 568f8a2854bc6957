import { type ChangeEvent, useState } from 'react'
import type { HasilPratinjauPertukaran, HasilTerapkanPertukaran, HitunganSheetPertukaran } from '../../../shared/api-pertukaran'
import { panggil } from '../../api/klien'
import { Konfirmasi } from '../../components/Konfirmasi'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'
import { bacaBase64 } from '../Cadangan/berkas'
import { Progres } from '../Cadangan/Progres'
import { angka, barisIntegritas, LABEL_JENIS_UBAH, LABEL_SHEET, teksRevisi } from './tampil'

export interface ImporTerakhir {
  id: number
  namaBerkas: string
  periode: string
}

export function TabelHitungan({ sheet, judul, id }: { sheet: HitunganSheetPertukaran[]; judul: string; id: string }) {
  const total = (k: keyof Omit<HitunganSheetPertukaran, 'sheet'>) => sheet.reduce((a, s) => a + s[k], 0)
  return (
    <table className="tabel tabel-rapat tabel-hitungan" id={id}>
      <caption className="sr-only">{judul}</caption>
      <thead>
        <tr>
          <th scope="col">Sheet</th>
          <th scope="col" className="kanan">Baru</th>
          <th scope="col" className="kanan">Berubah</th>
          <th scope="col" className="kanan">Sama</th>
          <th scope="col" className="kanan">Dihapus</th>
          <th scope="col" className="kanan">Ditolak</th>
        </tr>
      </thead>
      <tbody>
        {sheet.map((s) => (
          <tr key={s.sheet} data-sheet={s.sheet}>
            <th scope="row">{LABEL_SHEET[s.sheet]}</th>
            <td className="angka">{angka(s.baru)}</td>
            <td className="angka">{angka(s.berubah)}</td>
            <td className="angka">{angka(s.sama)}</td>
            <td className="angka">{angka(s.dihapus)}</td>
            <td className={`angka${s.ditolak > 0 ? ' sel-ditolak' : ''}`}>{angka(s.ditolak)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Jumlah</th>
          <td className="angka">{angka(total('baru'))}</td>
          <td className="angka">{angka(total('berubah'))}</td>
          <td className="angka">{angka(total('sama'))}</td>
          <td className="angka">{angka(total('dihapus'))}</td>
          <td className="angka">{angka(total('ditolak'))}</td>
        </tr>
      </tfoot>
    </table>
  )
}

function Pratinjau({ p }: { p: HasilPratinjauPertukaran }) {
  const m = p.manifest
  return (
    <div className="pratinjau">
      <h3>
        Isi berkas: {m.satkerNama} ({m.satkerKode}), {m.periode}, revisi {m.revisi}
      </h3>
      <ul className="daftar-periksa" aria-label="Pemeriksaan berkas">
        {barisIntegritas(p).map((b) => (
          <li key={b.label} className={b.baik ? 'periksa-baik' : 'periksa-perhatian'}>
            <span className="tanda-periksa" aria-hidden="true">
              {b.baik ? '✓' : '!'}
            </span>
            <span>
              <strong>{b.label}:</strong> {b.teks}
            </span>
          </li>
        ))}
        <li className={p.revisi.status === 'sama-berbeda' ? 'periksa-perhatian' : 'periksa-baik'}>
          <span className="tanda-periksa" aria-hidden="true">
            {p.revisi.status === 'sama-berbeda' ? '!' : '✓'}
          </span>
          <span>
            <strong>Revisi:</strong> {teksRevisi(p)}
          </span>
        </li>
      </ul>
      <TabelHitungan sheet={p.sheet} judul="Jumlah baris per sheet" id="tabel-pratinjau" />
      {p.kesalahan.length > 0 && (
        <div className="blok-kesalahan">
          <Pemberitahuan jenis="galat" judul={`${angka(p.kesalahan.length)} kesalahan di berkas — impor tidak dapat diterapkan`}>
            Perbaiki semua baris di bawah ini di berkas Excel (atau minta pengirim membuat ulang berkasnya), lalu pilih berkas itu lagi. Tidak ada data yang diubah.
          </Pemberitahuan>
          <ol className="daftar-masalah daftar-kesalahan" aria-label="Daftar kesalahan" tabIndex={0}>
            {p.kesalahan.map((k, i) => (
              <li key={i}>{k.pesan}</li>
            ))}
          </ol>
        </div>
      )}
      {p.peringatan.length > 0 && (
        <div className="blok-peringatan">
          <h4>Peringatan ({angka(p.peringatan.length)}) — tidak menghalangi impor</h4>
          <ul className="daftar-masalah daftar-peringatan" aria-label="Daftar peringatan" tabIndex={0}>
            {p.peringatan.map((k, i) => (
              <li key={i}>{k.pesan}</li>
            ))}
          </ul>
        </div>
      )}
      {p.perubahan.length > 0 && (
        <details className="rincian-perubahan">
          <summary>
            Lihat perubahan ({angka(p.perubahan.length)}
            {p.perubahanTerpotong ? ' pertama' : ''})
          </summary>
          <div className="wadah-tabel wadah-perubahan" role="region" aria-label="Daftar perubahan" tabIndex={0}>
            <table className="tabel tabel-rapat">
              <thead>
                <tr>
                  <th scope="col">Sheet</th>
                  <th scope="col" className="kanan">Baris</th>
                  <th scope="col">Kunci</th>
                  <th scope="col">Jenis</th>
                  <th scope="col">Kolom berubah</th>
                </tr>
              </thead>
              <tbody>
                {p.perubahan.map((u, i) => (
                  <tr key={i}>
                    <td>{LABEL_SHEET[u.sheet]}</td>
                    <td className="angka">{u.baris === null ? '—' : angka(u.baris)}</td>
                    <td>
                      <code>{u.kunci}</code>
                    </td>
                    <td>{LABEL_JENIS_UBAH[u.jenis]}</td>
                    <td>{u.kolom.join(', ') || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  )
}

/** "Terima Berkas (Impor)": pick a file, see the dry run, apply it or not; undo the last import. */
export function Impor({ terakhir, onBerubah }: { terakhir: ImporTerakhir | null; onBerubah: () => void }) {
  const [dipilih, setDipilih] = useState<string | null>(null)
  const [sibuk, setSibuk] = useState<string | null>(null)
  const [galat, setGalat] = useState<string | null>(null)
  const [pratinjau, setPratinjau] = useState<HasilPratinjauPertukaran | null>(null)
  const [konfirmasi, setKonfirmasi] = useState(false)
  const [hasil, setHasil] = useState<{ namaBerkas: string; data: HasilTerapkanPertukaran } | null>(null)
  const [tanyaBatal, setTanyaBatal] = useState(false)
  const [pesanBatal, setPesanBatal] = useState<string | null>(null)
  const [putaran, setPutaran] = useState(0)

  async function pilihBerkas(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0]
    setPratinjau(null)
    setGalat(null)
    setHasil(null)
    setKonfirmasi(false)
    setPesanBatal(null)
    setDipilih(f?.name ?? null)
    if (!f) return
    setSibuk('Membaca dan memeriksa berkas…')
    try {
      let isi: string
      try {
        isi = await bacaBase64(f)
      } catch {
        setGalat('Berkas tidak dapat dibaca. Pilih berkasnya sekali lagi.')
        return
      }
      setPratinjau(await panggil('pertukaran:pratinjau', { namaBerkas: f.name, berkasBase64: isi }))
    } catch (x) {
      setGalat(pesanGalat(x))
    } finally {
      setSibuk(null)
    }
  }

  async function terapkan() {
    if (!pratinjau) return
    setSibuk('Menerapkan impor: membuat cadangan, lalu menyimpan semua baris…')
    setGalat(null)
    try {
      const r = await panggil('pertukaran:terapkan', { token: pratinjau.token, konfirmasiGanti: konfirmasi })
      setHasil({ namaBerkas: pratinjau.namaBerkas, data: r })
      setPratinjau(null)
      setDipilih(null)
      setPutaran((x) => x + 1)
      onBerubah()
    } catch (x) {
      setGalat(pesanGalat(x))
    } finally {
      setSibuk(null)
    }
  }

  const bisaTerapkan = pratinjau !== null && pratinjau.bisaDiterapkan && (!pratinjau.perluKonfirmasi || konfirmasi) && sibuk === null
  const totalUbah = (s: HitunganSheetPertukaran[]) => s.reduce((a, h) => a + h.baru + h.berubah + h.dihapus, 0)

  return (
    <section className="kartu kartu-impor" aria-labelledby="judul-impor">
      <h2 id="judul-impor">Terima Berkas (Impor)</h2>
      <p className="petunjuk">Pilih berkas Pertukaran Data (.xlsx). Isinya diperiksa dan dihitung dulu; data baru diubah setelah Anda menekan &ldquo;Terapkan&rdquo;.</p>
      <div className="bidang">
        <span className="label-bidang" id="berkas-impor-label">
          Berkas Pertukaran Data (.xlsx)
        </span>
        <div className="pilih-berkas">
          <input key={putaran} id="berkas-impor" className="input-berkas" type="file" accept=".xlsx" onChange={(e) => void pilihBerkas(e)} disabled={sibuk !== null} aria-labelledby="berkas-impor-label" aria-describedby="berkas-impor-nama" />
          <label htmlFor="berkas-impor" className="tombol" aria-hidden="true">
            Pilih Berkas…
          </label>
          <span id="berkas-impor-nama" className={dipilih ? 'nama-berkas' : 'redup'}>
            {dipilih ?? 'Belum ada berkas dipilih'}
          </span>
        </div>
      </div>
      {sibuk && <Progres teks={sibuk} />}
      {galat && (
        <div className="galat-impor">
          <Pemberitahuan jenis="galat" judul="Berkas ditolak">
            <p>{galat}</p>
            <p>Tidak ada data yang diubah.</p>
          </Pemberitahuan>
        </div>
      )}
      {pratinjau && (
        <>
          <Pratinjau p={pratinjau} />
          {pratinjau.bisaDiterapkan && pratinjau.perluKonfirmasi && (
            <div className="baris-konfirmasi-ganti">
              <Pemberitahuan jenis="peringatan">{pratinjau.perluKonfirmasi}</Pemberitahuan>
              <label className="centang">
                <input type="checkbox" checked={konfirmasi} onChange={(e) => setKonfirmasi(e.target.checked)} />
                <span>Ya, ganti data periode ini dengan isi berkas (dicatat di audit)</span>
              </label>
            </div>
          )}
          {pratinjau.bisaDiterapkan && !pratinjau.adaPerubahan && <p className="teks-berhasil">Isi berkas sama dengan data di komputer ini; menerapkannya tidak mengubah apa pun.</p>}
          <div className="aksi-impor">
            <button type="button" className="tombol tombol-utama" disabled={!bisaTerapkan} aria-busy={sibuk !== null} onClick={() => void terapkan()}>
              Terapkan
            </button>
            {pratinjau.bisaDiterapkan && <span className="petunjuk">{angka(totalUbah(pratinjau.sheet))} baris akan diubah. Cadangan dibuat otomatis sebelum impor.</span>}
          </div>
        </>
      )}
      {hasil && (
        <div className="hasil-impor">
          <Pemberitahuan jenis="berhasil" judul={hasil.data.imporId === null ? 'Tidak ada yang berubah' : 'Impor selesai'}>
            <p className="nama-berkas">{hasil.namaBerkas}</p>
            {hasil.data.imporId === null ? <p>Isi berkas sudah sama dengan data di komputer ini.</p> : <p>{angka(totalUbah(hasil.data.sheet))} baris diubah.{hasil.data.cadangan ? ` Cadangan sebelum impor: ${hasil.data.cadangan}.` : ''}</p>}
          </Pemberitahuan>
          <TabelHitungan sheet={hasil.data.sheet} judul="Hasil impor per sheet" id="tabel-hasil-impor" />
        </div>
      )}
      <div className="batal-impor">
        <h3>Batalkan impor terakhir</h3>
        {terakhir ? (
          <p className="petunjuk">
            Impor terakhir: <span className="nama-berkas">{terakhir.namaBerkas}</span> ({terakhir.periode}). Data dikembalikan seperti sebelum impor itu.
          </p>
        ) : (
          <p className="petunjuk">Belum ada impor yang dapat dibatalkan.</p>
        )}
        <button type="button" className="tombol" disabled={!terakhir || sibuk !== null} onClick={() => setTanyaBatal(true)}>
          Batalkan impor terakhir
        </button>
        {pesanBatal && <Pemberitahuan jenis="berhasil">{pesanBatal}</Pemberitahuan>}
      </div>
      {tanyaBatal && terakhir && (
        <Konfirmasi
          judul="Batalkan impor terakhir?"
          labelYa="Batalkan Impor"
          bahaya
          onBatal={() => setTanyaBatal(false)}
          onYa={async () => {
            const r = await panggil('pertukaran:batal', {})
            setTanyaBatal(false)
            setHasil(null)
            setPesanBatal(`Impor ${r.namaBerkas} dibatalkan; ${angka(r.dipulihkan)} baris dikembalikan seperti sebelum impor.`)
            onBerubah()
          }}
        >
          <p>
            Semua perubahan dari berkas <strong className="nama-berkas">{terakhir.namaBerkas}</strong> ({terakhir.periode}) dibuang: data baru dari berkas itu dihapus dan data yang diubahnya dikembalikan ke nilai sebelum impor. Bila ada data dari impor itu yang sudah diubah lagi sesudahnya, pembatalan ditolak agar pekerjaan itu tidak tertimpa.
          </p>
        </Konfirmasi>
      )}
    </section>
  )
}
