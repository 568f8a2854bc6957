import { useState } from 'react'
import { formatTanggal } from '../../../shared/format'
import { tambahHariTanggal } from '../../../shared/iso-week'
import type { Personel } from '../../../shared/personel'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { PilihDesa } from '../../components/PilihDesa'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import type { DesaPilihan } from '../../components/pilih-desa'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'
import { KOSONG } from '../../lib/tampil'
import { berlakuPada } from './saring'

interface Props {
  personel: Personel
  semua: Personel[]
  desa: DesaPilihan[]
  hariIni: string
  onBerubah: () => void
}

type Binaan = Personel['desaBinaan'][number]

function keterangan(b: Binaan, hariIni: string): string {
  if (berlakuPada(b, hariIni)) return 'Berlaku'
  return b.mulai > hariIni ? 'Akan berlaku' : 'Berakhir'
}

/**
 * The desa an officer holds, with the whole history: assign a desa from a
 * date, end an assignment on a date. Nothing is deleted, so reports stay
 * traceable to who held the desa at the time.
 */
export function DesaBinaan({ personel, semua, desa, hariIni, onBerubah }: Props) {
  const [desaKode, setDesaKode] = useState('')
  const [mulai, setMulai] = useState(hariIni)
  const [akhiri, setAkhiri] = useState<{ id: number; selesai: string } | null>(null)
  const [galat, setGalat] = useState<GalatBidang>({})
  const [pesan, setPesan] = useState<{ jenis: 'galat' | 'berhasil'; teks: string } | null>(null)
  const [sibuk, setSibuk] = useState(false)

  // Who holds the chosen desa today, so the user knows that assignment will end.
  const pemegang = desaKode ? semua.find((p) => p.nrp !== personel.nrp && p.desaBinaan.some((b) => b.desaKode === desaKode && berlakuPada(b, mulai || hariIni))) : undefined

  async function jalankan(aksi: () => Promise<unknown>, berhasil: string) {
    setSibuk(true)
    setPesan(null)
    setGalat({})
    try {
      await aksi()
      setPesan({ jenis: 'berhasil', teks: berhasil })
      onBerubah()
      return true
    } catch (e) {
      if (e instanceof GalatApi && e.galat.rincian) setGalat(dariRincian(e.galat.rincian))
      setPesan({ jenis: 'galat', teks: pesanGalat(e) })
      return false
    } finally {
      setSibuk(false)
    }
  }

  async function tetapkan() {
    const g: GalatBidang = {}
    if (!desaKode) g.desaKode = 'Pilih desa dari daftar'
    if (!mulai) g.mulai = 'Isi tanggal mulai'
    if (Object.keys(g).length) {
      setGalat(g)
      setPesan(null)
      return
    }
    const nama = desa.find((d) => d.kode === desaKode)?.nama ?? desaKode
    if (await jalankan(() => panggil('binaan:tetapkan', { nrp: personel.nrp, desaKode, mulai }), `Desa ${nama} ditetapkan sebagai desa binaan mulai ${formatTanggal(mulai)}.`)) setDesaKode('')
  }

  async function simpanAkhir(b: Binaan) {
    if (!akhiri?.selesai) {
      setGalat({ selesai: 'Isi tanggal selesai' })
      return
    }
    if (await jalankan(() => panggil('binaan:akhiri', { id: b.id, selesai: akhiri.selesai }), `Penugasan di Desa ${b.desaNama} berakhir ${formatTanggal(akhiri.selesai)}.`)) setAkhiri(null)
  }

  const riwayat = [...personel.desaBinaan].sort((a, b) => b.mulai.localeCompare(a.mulai) || a.desaNama.localeCompare(b.desaNama, 'id'))
  const dibinaKini = new Set(personel.desaBinaan.filter((b) => berlakuPada(b, hariIni)).map((b) => b.desaKode))

  return (
    <section className="desa-binaan" aria-labelledby="judul-desa-binaan">
      <h3 id="judul-desa-binaan">Desa binaan</h3>
      {riwayat.length === 0 ? (
        <p className="redup">Belum ada desa binaan. Tetapkan desa pertama di bawah.</p>
      ) : (
        <table className="tabel tabel-rapat tabel-binaan">
          <caption className="sr-only">Riwayat desa binaan, terbaru di atas</caption>
          <thead>
            <tr>
              <th scope="col">Desa</th>
              <th scope="col">Mulai</th>
              <th scope="col">Selesai</th>
              <th scope="col">Keterangan</th>
              <th scope="col" className="sel-tindakan">
                <span className="sr-only">Tindakan</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {riwayat.map((b) => (
              <tr key={b.id} data-binaan={b.desaKode}>
                <td>
                  {b.desaNama} <span className="redup kode">{b.desaKode}</span>
                </td>
                <td className="nowrap">{formatTanggal(b.mulai)}</td>
                <td className="nowrap">{b.selesai ? formatTanggal(b.selesai) : KOSONG}</td>
                <td>{keterangan(b, hariIni)}</td>
                <td className="sel-tindakan">
                  {akhiri?.id === b.id ? (
                    <div className="akhiri-baris">
                      <Bidang kunci="selesai" label={`Tanggal selesai di ${b.desaNama}`} galat={galat.selesai}>
                        <input {...ariaBidang('selesai', galat.selesai)} type="date" value={akhiri.selesai} onChange={(e) => setAkhiri({ id: b.id, selesai: e.target.value })} />
                      </Bidang>
                      <button type="button" className="tombol tombol-kecil tombol-utama" disabled={sibuk} onClick={() => void simpanAkhir(b)}>
                        Simpan tanggal selesai
                      </button>
                      <button type="button" className="tombol tombol-kecil" onClick={() => setAkhiri(null)}>
                        Batal
                      </button>
                    </div>
                  ) : (
                    (b.selesai === null || b.selesai > hariIni) && (
                      <button type="button" className="tombol tombol-kecil" aria-label={`Akhiri penugasan di Desa ${b.desaNama}`} onClick={() => setAkhiri({ id: b.id, selesai: hariIni })}>
                        Akhiri…
                      </button>
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pesan && <Pemberitahuan jenis={pesan.jenis}>{pesan.teks}</Pemberitahuan>}
      <form
        className="form-tetapkan"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void tetapkan()
        }}
      >
        <h4>Tetapkan desa binaan</h4>
        <div className="baris-bidang">
          <div className="bidang-desa">
            <Bidang kunci="desaKode" label="Desa" galat={galat.desaKode} petunjuk={pemegang ? `Saat ini dibina ${pemegang.pangkat} ${pemegang.nama}; penugasannya berakhir ${mulai ? formatTanggal(tambahHariTanggal(mulai, -1)) : 'sehari sebelumnya'}.` : 'Ketik nama desa atau kecamatan, lalu pilih'}>
              <PilihDesa kunci="desaKode" desa={desa.filter((d) => !dibinaKini.has(d.kode))} kode={desaKode} onPilih={setDesaKode} galat={galat.desaKode} adaPetunjuk />
            </Bidang>
          </div>
          <Bidang kunci="mulai" label="Mulai" galat={galat.mulai} lebar="sempit">
            <input {...ariaBidang('mulai', galat.mulai)} type="date" value={mulai} onChange={(e) => setMulai(e.target.value)} />
          </Bidang>
          <div className="bidang bidang-tombol">
            <button type="submit" className="tombol" disabled={sibuk} aria-busy={sibuk}>
              Tetapkan
            </button>
          </div>
        </div>
      </form>
    </section>
  )
}
