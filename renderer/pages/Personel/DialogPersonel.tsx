import { useState } from 'react'
import { PANGKAT } from '../../../shared/pangkat'
import { JABATAN_UMUM, type Personel } from '../../../shared/personel'
import type { Polsek } from '../../../shared/skema-data'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import type { DesaPilihan } from '../../components/pilih-desa'
import { RiwayatPerubahan } from '../../components/RiwayatPerubahan'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'
import { DesaBinaan } from './DesaBinaan'
import { ISIAN_BARU, type IsianPersonel, isianDari, periksaPersonel } from './formulir'

interface Props {
  /** undefined = a new officer. */
  personel: Personel | undefined
  semua: Personel[]
  polsek: Polsek[]
  desa: DesaPilihan[]
  hariIni: string
  zonaWaktu: ZonaWaktu | null
  /** After any change: the list reloads; a new officer's NRP is passed so the dialog stays on him. */
  onBerubah: (nrp: string) => void
  onTutup: () => void
}

type Status = { jenis: 'diam' } | { jenis: 'menyimpan' } | { jenis: 'tersimpan' } | { jenis: 'gagal'; pesan: string }

/**
 * Adds or edits one officer. The NRP is fixed once saved (it is the key of
 * his history). After the first save the dialog stays open on him, so his
 * desa binaan can be assigned straight away.
 */
export function DialogPersonel({ personel, semua, polsek, desa, hariIni, zonaWaktu, onBerubah, onTutup }: Props) {
  const baru = personel === undefined
  const [isian, setIsian] = useState<IsianPersonel>(() => (personel ? isianDari(personel) : ISIAN_BARU))
  const [galat, setGalat] = useState<GalatBidang>({})
  const [status, setStatus] = useState<Status>({ jenis: 'diam' })
  const [versi, setVersi] = useState(0)

  function ubah<K extends keyof IsianPersonel>(k: K, v: IsianPersonel[K]) {
    setIsian((f) => ({ ...f, [k]: v }))
    if (status.jenis !== 'menyimpan') setStatus({ jenis: 'diam' })
    if (galat[k]) setGalat(({ [k]: _, ...sisa }) => sisa)
  }

  async function simpan(form: HTMLFormElement) {
    const h = periksaPersonel(isian, baru)
    if (!h.ok) {
      setGalat(h.galat)
      setStatus({ jenis: 'gagal', pesan: 'Belum disimpan: periksa isian yang ditandai.' })
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setGalat({})
    setStatus({ jenis: 'menyimpan' })
    try {
      await panggil('personel:simpan', h.data)
      setStatus({ jenis: 'tersimpan' })
      setVersi((v) => v + 1)
      onBerubah(h.data.nrp)
    } catch (e) {
      if (e instanceof GalatApi && e.galat.rincian) setGalat(dariRincian(e.galat.rincian))
      setStatus({ jenis: 'gagal', pesan: `Belum disimpan: ${pesanGalat(e)}` })
    }
  }

  const namaPolsek = (id: unknown) => polsek.find((p) => p.id === id)?.nama
  const teks = (k: 'nama' | 'kontak', label: string, petunjuk?: string) => (
    <Bidang kunci={k} label={label} galat={galat[k]} petunjuk={petunjuk}>
      <input {...ariaBidang(k, galat[k], !!petunjuk)} type="text" autoComplete="off" value={isian[k]} onChange={(e) => ubah(k, e.target.value)} />
    </Bidang>
  )

  return (
    <DialogModal judulId="judul-dialog-personel" onTutup={onTutup} lebar="lebar">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          void simpan(e.currentTarget)
        }}
      >
        <header className="kepala-dialog">
          <h2 id="judul-dialog-personel">{baru ? 'Tambah Personel' : `${personel.pangkat} ${personel.nama}`}</h2>
          {!baru && <p className="redup">NRP {personel.nrp} · {personel.jabatan} · {personel.polsekNama ?? 'Polres'}</p>}
        </header>
        <div className="kisi-bidang">
          <Bidang kunci="nrp" label="NRP" galat={galat.nrp} petunjuk={baru ? '8 digit angka, mis. 85010001' : 'NRP tidak dapat diubah'}>
            <input
              {...ariaBidang('nrp', galat.nrp, true)}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={12}
              readOnly={!baru}
              data-fokus-awal={baru ? true : undefined}
              value={isian.nrp}
              onChange={(e) => ubah('nrp', e.target.value)}
            />
          </Bidang>
          {teks('nama', 'Nama (beserta gelar)', 'Mis. YOHANES BANA, S.H.')}
          <Bidang kunci="pangkat" label="Pangkat" galat={galat.pangkat}>
            <select {...ariaBidang('pangkat', galat.pangkat)} value={isian.pangkat} onChange={(e) => ubah('pangkat', e.target.value)}>
              <option value="">— Pilih pangkat —</option>
              {PANGKAT.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </Bidang>
          <Bidang kunci="jabatan" label="Jabatan" galat={galat.jabatan} petunjuk="Pilih dari daftar atau ketik">
            <input {...ariaBidang('jabatan', galat.jabatan, true)} type="text" list="daftar-jabatan" autoComplete="off" value={isian.jabatan} onChange={(e) => ubah('jabatan', e.target.value)} />
          </Bidang>
          <datalist id="daftar-jabatan">
            {JABATAN_UMUM.map((j) => (
              <option key={j} value={j} />
            ))}
          </datalist>
          <Bidang kunci="polsekId" label="Polsek" galat={galat.polsekId}>
            <select {...ariaBidang('polsekId', galat.polsekId)} value={isian.polsekId} onChange={(e) => ubah('polsekId', e.target.value)}>
              <option value="">Polres (tanpa Polsek)</option>
              {polsek.map((p) => (
                <option key={p.id} value={String(p.id)}>
                  {p.nama}
                </option>
              ))}
            </select>
          </Bidang>
          {teks('kontak', 'Kontak (HP/WhatsApp)', 'Boleh kosong')}
          <div className="bidang">
            <label className="centang-tunggal">
              <input type="checkbox" checked={isian.aktif} onChange={(e) => ubah('aktif', e.target.checked)} />
              Masih aktif bertugas
            </label>
          </div>
        </div>
        <div className="tombol-dialog">
          <button type="submit" className="tombol tombol-utama" disabled={status.jenis === 'menyimpan'} aria-busy={status.jenis === 'menyimpan'}>
            {status.jenis === 'menyimpan' ? 'Menyimpan…' : baru ? 'Simpan Personel' : 'Simpan'}
          </button>
          <button type="button" className="tombol" onClick={onTutup}>
            {status.jenis === 'tersimpan' || !baru ? 'Tutup' : 'Batal'}
          </button>
          <span className="status-simpan" role="status">
            {status.jenis === 'tersimpan' && <span className="teks-berhasil">✓ Tersimpan</span>}
          </span>
        </div>
        {status.jenis === 'gagal' && <Pemberitahuan jenis="galat">{status.pesan}</Pemberitahuan>}
      </form>
      {baru ? (
        <p className="redup">Simpan personel dahulu; sesudah itu desa binaannya dapat ditetapkan di sini.</p>
      ) : (
        <>
          <DesaBinaan personel={personel} semua={semua} desa={desa} hariIni={hariIni} onBerubah={() => onBerubah(personel.nrp)} />
          <RiwayatPerubahan tabel="personel" kunci={personel.nrp} versi={versi} zonaWaktu={zonaWaktu} formatNilai={(k, v) => (k === 'polsek_id' ? namaPolsek(v) : undefined)} />
        </>
      )}
    </DialogModal>
  )
}
