import { useEffect, useRef, useState } from 'react'
import type { Desa } from '../../../shared/skema-data'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { RiwayatPerubahan } from '../../components/RiwayatPerubahan'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'
import { type IsianDesa, isianDari, periksaIsian } from './formulir'

interface Props {
  desa: Desa
  zonaWaktu: ZonaWaktu | null
  onTersimpan: (d: Desa) => void
  onTutup: () => void
}

type Status = { jenis: 'diam' } | { jenis: 'menyimpan' } | { jenis: 'tersimpan' } | { jenis: 'gagal'; pesan: string }

const BIDANG_ANGKA: { kunci: 'penduduk' | 'jumlahKk' | 'posKamlingTotal'; label: string; petunjuk: string }[] = [
  { kunci: 'penduduk', label: 'Penduduk (jiwa)', petunjuk: 'Kosongkan bila belum ada data' },
  { kunci: 'jumlahKk', label: 'Jumlah KK', petunjuk: 'Tidak melebihi penduduk' },
  { kunci: 'posKamlingTotal', label: 'Pos kamling (total)', petunjuk: 'Jumlah pos yang ada' },
]

/**
 * Edits one desa in a modal dialog. Esc or Batal closes it (the table puts the
 * focus back on the row); after Simpan it stays open to show "Tersimpan" and
 * the new line in Riwayat Perubahan.
 */
export function DialogUbahDesa({ desa, zonaWaktu, onTersimpan, onTutup }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const [isian, setIsian] = useState<IsianDesa>(() => isianDari(desa))
  const [galat, setGalat] = useState<GalatBidang>({})
  const [status, setStatus] = useState<Status>({ jenis: 'diam' })
  const [versiRiwayat, setVersiRiwayat] = useState(0)
  const [diperiksa, setDiperiksa] = useState(false)

  useEffect(() => {
    const d = dialog.current
    if (d && !d.open) d.showModal()
    return () => d?.close()
  }, [])

  function ubah<K extends keyof IsianDesa>(kunci: K, nilai: IsianDesa[K]) {
    const baru = { ...isian, [kunci]: nilai }
    setIsian(baru)
    if (status.jenis === 'tersimpan' || status.jenis === 'gagal') setStatus({ jenis: 'diam' })
    // After a refused save, messages follow the corrections as they are typed.
    if (diperiksa) {
      const h = periksaIsian(desa.kode, baru)
      setGalat(h.ok ? {} : h.galat)
    }
  }

  async function simpan() {
    const h = periksaIsian(desa.kode, isian)
    setDiperiksa(true)
    if (!h.ok) {
      setGalat(h.galat)
      setStatus({ jenis: 'gagal', pesan: 'Belum disimpan: periksa isian yang ditandai.' })
      dialog.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      return
    }
    setGalat({})
    setStatus({ jenis: 'menyimpan' })
    try {
      const baru = await panggil('desa:ubah', h.data)
      onTersimpan(baru)
      setIsian(isianDari(baru))
      setStatus({ jenis: 'tersimpan' })
      setVersiRiwayat((v) => v + 1)
    } catch (e) {
      if (e instanceof GalatApi && e.galat.rincian) setGalat(dariRincian(e.galat.rincian))
      setStatus({ jenis: 'gagal', pesan: `Belum disimpan: ${pesanGalat(e)}` })
    }
  }

  const bidangAngka = (kunci: keyof IsianDesa, label: string, petunjuk: string, mode: 'numeric' | 'decimal') => (
    <Bidang key={kunci} kunci={kunci} label={label} galat={galat[kunci]} petunjuk={petunjuk}>
      <input
        {...ariaBidang(kunci, galat[kunci], true)}
        type="text"
        inputMode={mode}
        autoComplete="off"
        className="isian-angka"
        value={isian[kunci]}
        onChange={(e) => ubah(kunci, e.target.value)}
      />
    </Bidang>
  )

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby="judul-dialog-desa"
      onCancel={(e) => {
        e.preventDefault()
        onTutup()
      }}
      onClose={onTutup}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void simpan()
        }}
      >
        <header className="kepala-dialog">
          <h2 id="judul-dialog-desa">Ubah Data Desa {desa.nama}</h2>
          <p className="redup">
            <span className="kode">{desa.kode}</span> · Kecamatan {desa.kecamatanNama} · {desa.polsekNama ?? 'tanpa Polsek'}
          </p>
        </header>
        <div className="kisi-bidang">
          {BIDANG_ANGKA.map((b) => bidangAngka(b.kunci, b.label, b.petunjuk, 'numeric'))}
          <Bidang kunci="fkpmAktif" label="FKPM aktif" galat={galat.fkpmAktif}>
            <select {...ariaBidang('fkpmAktif', galat.fkpmAktif)} value={isian.fkpmAktif} onChange={(e) => ubah('fkpmAktif', e.target.value as IsianDesa['fkpmAktif'])}>
              <option value="">Belum diisi</option>
              <option value="ya">Ya</option>
              <option value="tidak">Tidak</option>
            </select>
          </Bidang>
          {bidangAngka('lintang', 'Lintang', 'Mis. -9,4512 (selatan: minus)', 'decimal')}
          {bidangAngka('bujur', 'Bujur', 'Mis. 124,4801', 'decimal')}
        </div>
        <div className="tombol-dialog">
          <button type="submit" className="tombol tombol-utama" disabled={status.jenis === 'menyimpan'} aria-busy={status.jenis === 'menyimpan'}>
            {status.jenis === 'menyimpan' ? 'Menyimpan…' : 'Simpan'}
          </button>
          <button type="button" className="tombol" onClick={onTutup}>
            {status.jenis === 'tersimpan' ? 'Tutup' : 'Batal'}
          </button>
          <span className="status-simpan" role="status">
            {status.jenis === 'tersimpan' && <span className="teks-berhasil">✓ Tersimpan</span>}
          </span>
        </div>
        {status.jenis === 'gagal' && <Pemberitahuan jenis="galat">{status.pesan}</Pemberitahuan>}
      </form>
      <RiwayatPerubahan tabel="desa" kunci={desa.kode} versi={versiRiwayat} zonaWaktu={zonaWaktu} kosong="Belum ada perubahan sejak desa ini diisi dari data Kemendagri." />
    </dialog>
  )
}
