import { useState } from 'react'
import { desaTambahSchema } from '../../../shared/personel'
import type { Desa } from '../../../shared/skema-data'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { FormDialog, KakiDialog } from '../../components/FormDialog'
import { dariRincian, dariZod, type GalatBidang, pesanGalat } from '../../lib/galat'

interface Props {
  kecamatan: { kode: string; nama: string }[]
  onTersimpan: (d: Desa) => void
  onTutup: () => void
}

/**
 * "Tambah Desa": a village split off (pemekaran) that the Kemendagri data in
 * this app does not know yet. Its code must sit under its kecamatan.
 */
export function DialogTambahDesa({ kecamatan, onTersimpan, onTutup }: Props) {
  const [isian, setIsian] = useState({ kecamatanKode: '', kode: '', nama: '' })
  const [galat, setGalat] = useState<GalatBidang>({})
  const [gagal, setGagal] = useState<string | null>(null)
  const [sibuk, setSibuk] = useState(false)

  function ubah(k: keyof typeof isian, v: string) {
    setIsian((f) => {
      const baru = { ...f, [k]: v }
      // The code starts with the kecamatan's: fill it in while the user has not typed further.
      if (k === 'kecamatanKode' && (f.kode === '' || f.kode === `${f.kecamatanKode}.`)) baru.kode = v ? `${v}.` : ''
      return baru
    })
    if (galat[k]) setGalat(({ [k]: _, ...sisa }) => sisa)
    setGagal(null)
  }

  async function simpan(form: HTMLFormElement) {
    setGagal(null)
    const h = desaTambahSchema.safeParse({ ...isian, kode: isian.kode.trim() })
    if (!h.success) {
      setGalat(dariZod(h.error))
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setSibuk(true)
    try {
      onTersimpan(await panggil('desa:tambah', h.data))
    } catch (e) {
      if (e instanceof GalatApi && e.galat.rincian) setGalat(dariRincian(e.galat.rincian))
      setGagal(`Belum disimpan: ${pesanGalat(e)}`)
      setSibuk(false)
    }
  }

  return (
    <DialogModal judulId="judul-tambah-desa" onTutup={onTutup} lebar="sedang">
      <FormDialog onKirim={(f) => void simpan(f)}>
        <header className="kepala-dialog">
          <h2 id="judul-tambah-desa">Tambah Desa (pemekaran)</h2>
          <p className="redup">Untuk desa/kelurahan baru hasil pemekaran yang belum ada di data Kemendagri aplikasi ini.</p>
        </header>
        <Bidang kunci="kecamatanKode" label="Kecamatan" galat={galat.kecamatanKode} lebar="sedang">
          <select {...ariaBidang('kecamatanKode', galat.kecamatanKode)} data-fokus-awal value={isian.kecamatanKode} onChange={(e) => ubah('kecamatanKode', e.target.value)}>
            <option value="">— Pilih kecamatan —</option>
            {kecamatan.map((k) => (
              <option key={k.kode} value={k.kode}>
                {k.nama} ({k.kode})
              </option>
            ))}
          </select>
        </Bidang>
        <div className="kisi-dua">
          <Bidang kunci="kode" label="Kode desa (Kemendagri)" galat={galat.kode} petunjuk="Mis. 53.03.01.2016 — diawali kode kecamatannya">
            <input {...ariaBidang('kode', galat.kode, true)} type="text" inputMode="decimal" autoComplete="off" value={isian.kode} onChange={(e) => ubah('kode', e.target.value)} />
          </Bidang>
          <Bidang kunci="nama" label="Nama desa/kelurahan" galat={galat.nama}>
            <input {...ariaBidang('nama', galat.nama)} type="text" autoComplete="off" value={isian.nama} onChange={(e) => ubah('nama', e.target.value)} />
          </Bidang>
        </div>
        <KakiDialog label="Tambah Desa" sibuk={sibuk} onBatal={onTutup} gagal={gagal} />
      </FormDialog>
    </DialogModal>
  )
}
