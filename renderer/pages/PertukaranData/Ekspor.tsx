import { type FormEvent, useState } from 'react'
import type { Keluaran } from '../../../shared/api'
import { namaBulan } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'
import { useMuat } from '../../lib/muat'
import { unduhBase64 } from '../../lib/berkas'
import { Progres } from '../Cadangan/Progres'
import { angka, bulanTutupTerakhir, daftarBulanPilihan, LABEL_SHEET } from './tampil'
import { unduhTeks } from '../../lib/berkas'

type HasilEkspor = Keluaran<'pertukaran:ekspor'>

function PilihBulanEkspor({ id, label, nilai, daftar, onUbah }: { id: string; label: string; nilai: string; daftar: string[]; onUbah: (b: string) => void }) {
  return (
    <div className="bidang">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={nilai} onChange={(e) => onUbah(e.target.value)}>
        {daftar.map((b) => (
          <option key={b} value={b}>
            {namaBulan(b)}
          </option>
        ))}
      </select>
    </div>
  )
}

/** "Kirim ke Polda (Ekspor)": whole months to one .xlsx, optionally signed and without personal data. */
export function Ekspor({ hariIni, onSelesai, polda = false }: { hariIni: string; onSelesai: () => void; polda?: boolean }) {
  const daftar = daftarBulanPilihan(hariIni)
  const awalBawaan = bulanTutupTerakhir(hariIni)
  const [bulanAwal, setBulanAwal] = useState(awalBawaan)
  const [bulanAkhir, setBulanAkhir] = useState(awalBawaan)
  const [tandaTangan, setTandaTangan] = useState(false)
  const [tanpaPribadi, setTanpaPribadi] = useState(false)
  const [sibuk, setSibuk] = useState(false)
  const [hasil, setHasil] = useState<{ jenis: 'berhasil'; data: HasilEkspor } | { jenis: 'galat'; teks: string } | null>(null)
  const kunci = useMuat(() => panggil('pertukaran:kunci-info', {}), [])
  const [galatKunci, setGalatKunci] = useState<string | null>(null)
  const [sibukKunci, setSibukKunci] = useState(false)
  const adaKunci = Boolean(kunci.data?.milik)
  const urutSalah = bulanAwal > bulanAkhir

  async function kirim(e: FormEvent) {
    e.preventDefault()
    if (urutSalah) return
    setSibuk(true)
    setHasil(null)
    try {
      const r = await panggil('pertukaran:ekspor', { bulanAwal, bulanAkhir, tandaTangan: tandaTangan && adaKunci, tanpaDataPribadi: tanpaPribadi })
      unduhBase64(r.namaBerkas, r.berkasBase64)
      setHasil({ jenis: 'berhasil', data: r })
      onSelesai()
    } catch (x) {
      setHasil({ jenis: 'galat', teks: pesanGalat(x) })
    } finally {
      setSibuk(false)
    }
  }

  async function buatKunci() {
    setSibukKunci(true)
    setGalatKunci(null)
    try {
      await panggil('pertukaran:kunci-buat', { ganti: false })
      kunci.muatUlang()
      setTandaTangan(true)
    } catch (x) {
      setGalatKunci(pesanGalat(x))
    } finally {
      setSibukKunci(false)
    }
  }

  async function unduhKunci() {
    setGalatKunci(null)
    try {
      const r = await panggil('pertukaran:kunci-ekspor', {})
      unduhTeks(r.namaBerkas, r.isi)
    } catch (x) {
      setGalatKunci(pesanGalat(x))
    }
  }

  return (
    <section className="kartu kartu-ekspor" aria-labelledby="judul-ekspor">
      <h2 id="judul-ekspor">{polda ? 'Ekspor Konsolidasi Polda' : 'Kirim ke Polda (Ekspor)'}</h2>
      <p className="petunjuk">
        {polda
          ? 'Data semua Polres (desa, personel, laporan mingguan, kejadian) pada bulan yang dipilih disimpan ke satu berkas Excel berformat sama, dengan satker Polda.'
          : 'Data desa, personel, laporan mingguan, dan kejadian pada bulan yang dipilih disimpan ke satu berkas Excel untuk dikirim ke Polda.'}
      </p>
      <form onSubmit={(e) => void kirim(e)} noValidate>
        <div className="kisi-dua">
          <PilihBulanEkspor id="ekspor-bulan-awal" label="Bulan awal" nilai={bulanAwal} daftar={daftar} onUbah={setBulanAwal} />
          <PilihBulanEkspor id="ekspor-bulan-akhir" label="Bulan akhir" nilai={bulanAkhir} daftar={daftar} onUbah={setBulanAkhir} />
        </div>
        {urutSalah && (
          <p className="galat-bidang" role="alert">
            Bulan awal harus sebelum atau sama dengan bulan akhir.
          </p>
        )}
        <label className="centang">
          <input type="checkbox" checked={tandaTangan && adaKunci} disabled={!adaKunci || sibuk} onChange={(e) => setTandaTangan(e.target.checked)} aria-describedby={adaKunci ? undefined : 'petunjuk-tanpa-kunci'} />
          <span>Tanda tangani berkas</span>
        </label>
        {kunci.data && !adaKunci && (
          <div className="tanpa-kunci">
            <p className="petunjuk" id="petunjuk-tanpa-kunci">
              Belum ada kunci tanda tangan di komputer ini. Buat kunci dulu agar Polda dapat memastikan berkas berasal dari satker ini.
            </p>
            <button type="button" className="tombol tombol-kecil" onClick={() => void buatKunci()} disabled={sibukKunci} aria-busy={sibukKunci}>
              {sibukKunci ? 'Membuat kunci…' : 'Buat kunci'}
            </button>
          </div>
        )}
        <label className="centang">
          <input type="checkbox" checked={tanpaPribadi} disabled={sibuk} onChange={(e) => setTanpaPribadi(e.target.checked)} aria-describedby="petunjuk-tanpa-pribadi" />
          <span>Tanpa data pribadi</span>
        </label>
        <p className="petunjuk petunjuk-centang" id="petunjuk-tanpa-pribadi">
          Uraian kejadian dan catatan laporan dikosongkan (UU PDP 27/2022).
        </p>
        <button type="submit" className="tombol tombol-utama" disabled={sibuk || urutSalah} aria-busy={sibuk}>
          {sibuk ? 'Menyiapkan berkas…' : 'Ekspor'}
        </button>
      </form>
      {sibuk && <Progres teks="Mengumpulkan data dan menulis berkas Excel…" />}
      {hasil && (
        <div className="hasil-ekspor">
          {hasil.jenis === 'galat' ? (
            <Pemberitahuan jenis="galat">{hasil.teks}</Pemberitahuan>
          ) : (
            <Pemberitahuan jenis="berhasil" judul={`Berkas dibuat: revisi ${hasil.data.revisi}${hasil.data.ditandatangani ? ', ditandatangani' : ''}`}>
              <p className="nama-berkas">{hasil.data.namaBerkas}</p>
              <dl className="daftar-ringkasan daftar-baris-ekspor">
                {Object.entries(hasil.data.baris).map(([sheet, n]) => (
                  <div key={sheet} className="baris-ekspor">
                    <dt>{LABEL_SHEET[sheet as keyof typeof LABEL_SHEET] ?? sheet}</dt>
                    <dd className="angka">{angka(n)} baris</dd>
                  </div>
                ))}
              </dl>
              {hasil.data.peringatan.length > 0 && (
                <ul className="daftar-peringatan-ekspor">
                  {hasil.data.peringatan.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              )}
            </Pemberitahuan>
          )}
        </div>
      )}
      <div className="kunci-publik">
        <h3>Kunci publik untuk Polda</h3>
        {kunci.galat && <Pemberitahuan jenis="galat">{kunci.galat}</Pemberitahuan>}
        {kunci.data?.milik ? (
          <>
            <p className="petunjuk">Kirim kunci publik ini sekali ke Polda agar tanda tangan berkas dapat diperiksa.</p>
            <p className="petunjuk">
              Sidik kunci: <code className="sidik">{kunci.data.milik.sidik}</code>
            </p>
            <button type="button" className="tombol tombol-kecil" onClick={() => void unduhKunci()}>
              Unduh kunci publik (PEM)
            </button>
          </>
        ) : (
          kunci.data && <p className="petunjuk">Kunci publik tersedia setelah kunci tanda tangan dibuat.</p>
        )}
        {galatKunci && <Pemberitahuan jenis="galat">{galatKunci}</Pemberitahuan>}
      </div>
    </section>
  )
}
