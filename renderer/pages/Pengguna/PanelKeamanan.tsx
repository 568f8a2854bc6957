import { useId, useState } from 'react'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'

/** "Kunci layar otomatis": minutes without input before the screen locks and the session ends. */
export function PanelKunciLayar({ menit, onTersimpan }: { menit: number; onTersimpan: (pesan: string) => void }) {
  const [nilai, setNilai] = useState(String(menit))
  const [galat, setGalat] = useState<GalatBidang>({})
  const [sibuk, setSibuk] = useState(false)
  async function simpan() {
    setSibuk(true)
    setGalat({})
    try {
      const h = await panggil('pengguna:atur-kunci', { menit: Number(nilai.trim() === '' ? Number.NaN : nilai) })
      onTersimpan(`Layar terkunci otomatis setelah ${h.menitKunci} menit tanpa kegiatan.`)
    } catch (e) {
      const r = e instanceof GalatApi ? dariRincian(e.galat.rincian) : {}
      setGalat({ menit: r.menit ?? pesanGalat(e) })
    } finally {
      setSibuk(false)
    }
  }
  return (
    <form
      className="kartu"
      noValidate
      aria-labelledby="judul-kunci-layar"
      onSubmit={(e) => {
        e.preventDefault()
        void simpan()
      }}
    >
      <h2 id="judul-kunci-layar">Kunci Layar Otomatis</h2>
      <Bidang kunci="menit" label="Kunci layar setelah tidak ada kegiatan selama (menit)" galat={galat.menit} petunjuk="1 sampai 120 menit; bawaan 15. Isian yang belum tersimpan tidak hilang saat layar terkunci." lebar="sempit">
        <input {...ariaBidang('menit', galat.menit, true)} type="number" inputMode="numeric" min={1} max={120} value={nilai} onChange={(e) => setNilai(e.target.value)} />
      </Bidang>
      <button type="submit" className="tombol" disabled={sibuk} aria-busy={sibuk}>
        Simpan
      </button>
    </form>
  )
}

/** A new recovery code when the printed one is lost (the Admin's own password confirms it). */
export function PanelKodePemulihan() {
  const id = useId()
  const [buka, setBuka] = useState(false)
  const [sandi, setSandi] = useState('')
  const [galat, setGalat] = useState<string | null>(null)
  const [kode, setKode] = useState<string | null>(null)
  const [sibuk, setSibuk] = useState(false)
  const tutup = () => {
    setBuka(false)
    setSandi('')
    setKode(null)
    setGalat(null)
  }
  async function buat() {
    setSibuk(true)
    setGalat(null)
    try {
      setKode((await panggil('pengguna:kode-pemulihan', { kataSandi: sandi })).kodePemulihan)
    } catch (e) {
      setGalat(pesanGalat(e))
    } finally {
      setSibuk(false)
      setSandi('')
    }
  }
  return (
    <section className="kartu" aria-labelledby="judul-kode-pulih">
      <h2 id="judul-kode-pulih">Kode Pemulihan Admin</h2>
      <p>Kode pemulihan dicetak saat akun Admin pertama dibuat. Bila kertasnya hilang, buat kode baru: kode lama langsung tidak berlaku.</p>
      <button type="button" className="tombol" onClick={() => setBuka(true)}>
        Buat kode pemulihan baru
      </button>
      {buka && (
        <DialogModal judulId={id} onTutup={tutup} lebar="sedang" kelas="lembar-cetak-kode">
          <h2 id={id}>Kode Pemulihan Baru</h2>
          {kode ? (
            <>
              <p className="kode-pemulihan">{kode}</p>
              <p>Cetak atau tulis kode ini dan simpan di tempat terkunci. Kode ini hanya ditampilkan sekali.</p>
              <div className="tombol-masuk tanpa-cetak">
                <button type="button" className="tombol" onClick={() => window.print()}>
                  Cetak kode pemulihan
                </button>
                <button type="button" className="tombol tombol-utama" data-fokus-awal onClick={tutup}>
                  Sudah dicatat, tutup
                </button>
              </div>
            </>
          ) : (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault()
                void buat()
              }}
            >
              {galat && <Pemberitahuan jenis="galat">{galat}</Pemberitahuan>}
              <Bidang kunci="sandiAdmin" label="Kata sandi Anda (untuk memastikan)">
                <input {...ariaBidang('sandiAdmin')} data-fokus-awal type="password" autoComplete="current-password" value={sandi} onChange={(e) => setSandi(e.target.value)} />
              </Bidang>
              <div className="tombol-masuk">
                <button type="submit" className="tombol tombol-utama" disabled={sibuk || !sandi} aria-busy={sibuk}>
                  Buat kode baru
                </button>
                <button type="button" className="tombol" onClick={tutup}>
                  Batal
                </button>
              </div>
            </form>
          )}
        </DialogModal>
      )}
    </section>
  )
}
