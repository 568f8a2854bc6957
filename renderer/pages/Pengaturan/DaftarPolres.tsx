import { useState } from 'react'
import type { Keluaran } from '../../../shared/api'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang, idBidang, PesanGalatBidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { useBolehKanal } from '../../components/HanyaBaca'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { RiwayatPerubahan } from '../../components/RiwayatPerubahan'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'
import { useMuat } from '../../lib/muat'
import { angkaAtauKosong } from '../../lib/tampil'

type Polres = Keluaran<'polda:info'>['polres'][number]

/**
 * Mode Polda: "Daftar Polres" — the Polres of the Polda with the
 * kabupaten/kota each covers, renaming one (audited), and the Status Kiriman
 * deadline. Files are matched by Polres code, so a new name changes no data.
 */
export function DaftarPolres({ zonaWaktu }: { zonaWaktu: ZonaWaktu | null }) {
  const [versi, setVersi] = useState(0)
  const info = useMuat(() => panggil('polda:info', {}), [versi])
  const [dibuka, setDibuka] = useState<Polres | null>(null)
  const [pesan, setPesan] = useState<string | null>(null)
  const bolehUbahNama = useBolehKanal('polda:ubah-polres')

  return (
    <section className="kartu bagian-pengaturan bagian-daftar-polres" aria-labelledby="judul-daftar-polres">
      <h2 id="judul-daftar-polres" tabIndex={-1}>
        Daftar Polres
      </h2>
      <p className="petunjuk">
        Polres jajaran {info.data?.nama ?? 'Polda'} dan kabupaten/kota yang dicakupnya. Berkas kiriman dikenali dari kode Polres, jadi mengganti nama tidak mengubah data yang sudah diterima. Setiap perubahan tercatat di Riwayat Perubahan.
      </p>
      {pesan && <Pemberitahuan jenis="berhasil">{pesan}</Pemberitahuan>}
      {info.galat && <Pemberitahuan jenis="galat">{info.galat}</Pemberitahuan>}
      {!info.data && !info.galat && <Memuat teks="Memuat daftar Polres…" />}
      {info.data && (
        <>
          <AturBatas
            key={info.data.batasHari}
            batasHari={info.data.batasHari}
            onTersimpan={(n) => {
              setPesan(`Batas kiriman menjadi tanggal ${n} bulan berikutnya; Status Kiriman dihitung ulang dengan batas ini.`)
              setVersi((v) => v + 1)
            }}
          />
          <div className="wadah-tabel wadah-polres">
            <table className="tabel tabel-daftar tabel-polres" id="tabel-daftar-polres">
              <caption className="sr-only">Polres jajaran, kabupaten/kota yang dicakup, jumlah desa, dan kunci tanda tangan yang terdaftar</caption>
              <thead>
                <tr>
                  <th scope="col">Kode</th>
                  <th scope="col">Nama Polres</th>
                  <th scope="col">Kabupaten/kota</th>
                  <th scope="col" className="kanan">
                    Desa
                  </th>
                  <th scope="col" className="kanan">
                    Kunci terdaftar
                  </th>
                  <th scope="col">
                    <span className="sr-only">Tindakan</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {info.data.polres.map((p) => (
                  <tr key={p.kode} data-kode={p.kode}>
                    <td className="nowrap">{p.kode}</td>
                    <th scope="row">{p.nama}</th>
                    <td>{p.kabupaten.map((k) => k.nama).join(', ')}</td>
                    <td className="angka">{angkaAtauKosong(p.jumlahDesa)}</td>
                    <td className="angka">{angkaAtauKosong(p.kunciTerdaftar)}</td>
                    <td className="sel-tindakan">
                      {bolehUbahNama && (
                        <button type="button" className="tombol tombol-kecil" aria-label={`Ubah nama ${p.nama}`} onClick={() => setDibuka(p)}>
                          Ubah nama…
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {dibuka && (
        <DialogUbahNamaPolres
          polres={dibuka}
          zonaWaktu={zonaWaktu}
          onTutup={() => setDibuka(null)}
          onTersimpan={(lama, baru) => {
            setDibuka(null)
            setPesan(lama === baru.nama ? 'Nama Polres tidak berubah.' : `${lama} (${baru.kode}) kini bernama ${baru.nama}; tercatat di Riwayat Perubahan.`)
            setVersi((v) => v + 1)
          }}
        />
      )}
    </section>
  )
}

/** The day of the next month by which a Polres' monthly file is due (Status Kiriman). */
function AturBatas({ batasHari, onTersimpan }: { batasHari: number; onTersimpan: (hari: number) => void }) {
  const [nilai, setNilai] = useState(String(batasHari))
  const [galat, setGalat] = useState<string | undefined>()
  const [sibuk, setSibuk] = useState(false)
  const boleh = useBolehKanal('polda:atur-batas')
  async function simpan() {
    setSibuk(true)
    setGalat(undefined)
    try {
      const teks = nilai.trim()
      const r = await panggil('polda:atur-batas', { hari: /^\d+$/.test(teks) ? Number(teks) : Number.NaN })
      onTersimpan(r.batasHari)
    } catch (e) {
      setGalat(e instanceof GalatApi && e.galat.rincian?.length ? e.galat.rincian[0]!.pesan : pesanGalat(e))
    } finally {
      setSibuk(false)
    }
  }
  return (
    <form
      className="form-batas-polda bidang"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        if (boleh) void simpan()
      }}
    >
      <label htmlFor={idBidang('polda-batas-hari')}>Batas kiriman berkas bulanan</label>
      <div className="baris-batas-polda">
        <input {...ariaBidang('polda-batas-hari', galat, true)} inputMode="numeric" value={nilai} readOnly={!boleh} onChange={(e) => setNilai(e.target.value)} />
        {boleh && (
          <button type="submit" className="tombol" disabled={sibuk || nilai.trim() === String(batasHari)} aria-busy={sibuk}>
            Simpan Batas
          </button>
        )}
      </div>
      <p className="petunjuk" id={`${idBidang('polda-batas-hari')}-petunjuk`}>
        Tanggal 1–28 di bulan berikutnya. Berkas yang diterima sesudahnya tercatat terlambat di Status Kiriman dan Beranda.
      </p>
      <PesanGalatBidang kunci="polda-batas-hari" galat={galat} />
    </form>
  )
}

function DialogUbahNamaPolres({ polres, zonaWaktu, onTutup, onTersimpan }: { polres: Polres; zonaWaktu: ZonaWaktu | null; onTutup: () => void; onTersimpan: (lama: string, baru: { kode: string; nama: string }) => void }) {
  const [nama, setNama] = useState(polres.nama)
  const [galat, setGalat] = useState<GalatBidang>({})
  const [gagal, setGagal] = useState<string | null>(null)
  const [sibuk, setSibuk] = useState(false)

  async function kirim(form: HTMLFormElement) {
    setSibuk(true)
    setGagal(null)
    try {
      onTersimpan(polres.nama, await panggil('polda:ubah-polres', { kode: polres.kode, nama }))
    } catch (e) {
      const rincian = e instanceof GalatApi ? dariRincian(e.galat.rincian) : {}
      setGalat(rincian)
      if (!rincian.nama) setGagal(pesanGalat(e))
      setSibuk(false)
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
    }
  }

  return (
    <DialogModal judulId="judul-ubah-polres" onTutup={onTutup} lebar="sedang">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void kirim(e.currentTarget)
        }}
      >
        <h2 id="judul-ubah-polres">Ubah nama {polres.nama}</h2>
        <p className="redup">
          Kode {polres.kode} · {polres.kabupaten.map((k) => k.nama).join(', ')}
        </p>
        <Bidang kunci="nama" label="Nama Polres" galat={galat.nama} petunjuk="Huruf kapital seperti pada kop surat, mis. POLRESTA KUPANG KOTA">
          <input
            {...ariaBidang('nama', galat.nama, true)}
            data-fokus-awal
            value={nama}
            maxLength={80}
            onChange={(e) => {
              setNama(e.target.value.toLocaleUpperCase('id'))
              setGalat({})
            }}
          />
        </Bidang>
        {gagal && <Pemberitahuan jenis="galat">{gagal}</Pemberitahuan>}
        <div className="tombol-dialog">
          <button type="submit" className="tombol tombol-utama" disabled={sibuk} aria-busy={sibuk}>
            {sibuk ? 'Menyimpan…' : 'Simpan'}
          </button>
          <button type="button" className="tombol" onClick={onTutup}>
            Batal
          </button>
        </div>
      </form>
      <RiwayatPerubahan tabel="polres" kunci={polres.kode} versi={0} zonaWaktu={zonaWaktu} kosong="Nama Polres ini belum pernah diubah sejak Pengaturan Awal." />
    </DialogModal>
  )
}
