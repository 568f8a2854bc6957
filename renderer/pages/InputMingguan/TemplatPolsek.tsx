import { type ChangeEvent, type FormEvent, useId, useState } from 'react'
import type { HasilPratinjauMingguan, HasilTerapkanMingguan } from '../../../shared/api-templat'
import { formatRentangMinggu } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { DialogModal } from '../../components/Dialog'
import { useImporBerkas } from '../../components/impor-berkas'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { GalatBerkas, PilihBerkas } from '../../components/PratinjauImpor'
import { pesanGalat } from '../../lib/galat'
import { bacaBase64, unduhBase64 } from '../../lib/berkas'
import { Progres } from '../Cadangan/Progres'
import { angka } from '../PertukaranData/tampil'
import { daftarMingguTahun, daftarTahun } from './minggu'
import { HasilTerapkan, PratinjauMingguan, TombolTerapkan } from './PratinjauMingguan'

interface Polsek {
  id: number
  nama: string
}

const SEMUA = 'semua'

/**
 * "Unduh templat Polsek": one InputMingguan workbook per Polsek for one week,
 * for the Kanit Binmas to fill; one Polsek or every Polsek (separate files).
 */
export function UnduhTemplat({ polsek, awal, hariIni, onTutup }: { polsek: Polsek[]; awal: { tahun: number; minggu: number; polsekId: number | null }; hariIni: string; onTutup: () => void }) {
  const id = useId()
  const [pilih, setPilih] = useState<string>(awal.polsekId === null ? SEMUA : String(awal.polsekId))
  const [tahun, setTahun] = useState(awal.tahun)
  const [minggu, setMinggu] = useState(awal.minggu)
  const [sibuk, setSibuk] = useState(false)
  const [galat, setGalat] = useState<string | null>(null)
  const [hasil, setHasil] = useState<{ namaBerkas: string; polsek: string; jumlahDesa: number }[] | null>(null)
  const daftarMinggu = daftarMingguTahun(tahun, hariIni)

  async function unduh(e: FormEvent) {
    e.preventDefault()
    setSibuk(true)
    setGalat(null)
    setHasil(null)
    try {
      const r = await panggil('templat:unduh', { polsekId: pilih === SEMUA ? polsek.map((p) => p.id) : [Number(pilih)], tahun, minggu })
      for (const b of r.berkas) unduhBase64(b.namaBerkas, b.berkasBase64)
      setHasil(r.berkas.map(({ namaBerkas, polsek, jumlahDesa }) => ({ namaBerkas, polsek, jumlahDesa })))
    } catch (x) {
      setGalat(pesanGalat(x))
    } finally {
      setSibuk(false)
    }
  }

  return (
    <DialogModal judulId={`${id}-judul`} onTutup={onTutup} lebar="sedang" kelas="dialog-templat">
      <h2 id={`${id}-judul`}>Unduh templat Polsek</h2>
      <p className="petunjuk">
        Templat Excel berisi desa Polsek (kode dan nama terkunci) dan kolom isian mingguan dengan batas nilai. Kirim ke Kanit Binmas; berkas yang sudah diisi dimasukkan lewat &ldquo;Impor templat Polsek&rdquo;.
      </p>
      <form onSubmit={(e) => void unduh(e)}>
        <div className="bidang">
          <label htmlFor={`${id}-polsek`}>Polsek</label>
          <select id={`${id}-polsek`} value={pilih} onChange={(e) => setPilih(e.target.value)} data-fokus-awal>
            <option value={SEMUA}>Semua Polsek ({angka(polsek.length)} berkas terpisah)</option>
            {polsek.map((p) => (
              <option key={p.id} value={p.id}>
                {p.nama}
              </option>
            ))}
          </select>
        </div>
        <div className="kisi-dua">
          <div className="bidang">
            <label htmlFor={`${id}-tahun`}>Tahun</label>
            <select id={`${id}-tahun`} value={tahun} onChange={(e) => {
              const t = Number(e.target.value)
              setTahun(t)
              const ada = daftarMingguTahun(t, hariIni)
              if (!ada.includes(minggu)) setMinggu(ada[ada.length - 1]!)
            }}>
              {daftarTahun(hariIni).map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </div>
          <div className="bidang">
            <label htmlFor={`${id}-minggu`}>Minggu</label>
            <select id={`${id}-minggu`} value={minggu} onChange={(e) => setMinggu(Number(e.target.value))}>
              {daftarMinggu.map((m) => (
                <option key={m} value={m}>
                  {formatRentangMinggu(tahun, m)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {sibuk && <Progres teks="Membuat templat…" />}
        {galat && <Pemberitahuan jenis="galat">{galat}</Pemberitahuan>}
        {hasil && (
          <Pemberitahuan jenis="berhasil" judul={`${angka(hasil.length)} templat dibuat`}>
            <ul className="daftar-berkas-templat">
              {hasil.map((b) => (
                <li key={b.namaBerkas}>
                  <span className="nama-berkas">{b.namaBerkas}</span> — {b.polsek}, {angka(b.jumlahDesa)} desa
                </li>
              ))}
            </ul>
          </Pemberitahuan>
        )}
        <div className="tombol-dialog">
          <button type="submit" className="tombol tombol-utama" disabled={sibuk} aria-busy={sibuk}>
            Unduh templat
          </button>
          <button type="button" className="tombol" onClick={onTutup}>
            Tutup
          </button>
        </div>
      </form>
    </DialogModal>
  )
}

/** "Impor templat Polsek": a filled template of the week on screen → preview → apply. */
export function ImporTemplat({ tahun, minggu, onTutup, onDiterapkan }: { tahun: number; minggu: number; onTutup: () => void; onDiterapkan: () => void }) {
  const id = useId()
  const { sibuk, galat, dipilih, pratinjau, hasil, putaran, pilih, terapkan: jalankanTerapkan } = useImporBerkas<HasilPratinjauMingguan, HasilTerapkanMingguan>()

  function pilihBerkas(e: ChangeEvent<HTMLInputElement>) {
    return pilih(e, 'Membaca dan memeriksa templat…', async (f) => panggil('templat:pratinjau', { namaBerkas: f.name, berkasBase64: await bacaBase64(f), tahun, minggu }))
  }

  async function terapkan() {
    if (await jalankanTerapkan('Menerapkan: membuat cadangan, lalu menyimpan laporan…', (p) => panggil('templat:terapkan', { token: p.token }))) onDiterapkan()
  }

  return (
    <DialogModal judulId={`${id}-judul`} onTutup={onTutup} lebar="lebar" kelas="dialog-templat">
      <h2 id={`${id}-judul`}>Impor templat Polsek</h2>
      <p className="petunjuk">Pilih templat yang sudah diisi Polsek untuk {formatRentangMinggu(tahun, minggu)}. Isinya diperiksa dulu; laporan baru diubah setelah Anda menekan &ldquo;Terapkan&rdquo;.</p>
      <PilihBerkas id={`${id}-berkas`} label="Templat yang sudah diisi (.xlsx)" dipilih={dipilih} sibuk={sibuk !== null} onPilih={(e) => void pilihBerkas(e)} putaran={putaran} fokusAwal />
      <div className="isi-dialog-impor">
        {sibuk && <Progres teks={sibuk} />}
        {galat && <GalatBerkas galat={galat} />}
        {pratinjau && <PratinjauMingguan p={pratinjau} />}
        {hasil && <HasilTerapkan namaBerkas={hasil.namaBerkas} r={hasil.data} />}
      </div>
      <div className="tombol-dialog">
        {pratinjau && <TombolTerapkan p={pratinjau} sibuk={sibuk !== null} onTerapkan={() => void terapkan()} />}
        <button type="button" className="tombol" onClick={onTutup}>
          Tutup
        </button>
      </div>
    </DialogModal>
  )
}
