import { useState } from 'react'
import { formatTanggal } from '../../../shared/format'
import { gantiKodeDesaSchema } from '../../../shared/personel'
import type { Desa } from '../../../shared/skema-data'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { FormDialog, KakiDialog } from '../../components/FormDialog'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { PilihDesa } from '../../components/PilihDesa'
import { desaDariTeks, labelDesa } from '../../components/pilih-desa'
import { dariRincian, dariZod, type GalatBidang, pesanGalat } from '../../lib/galat'

interface Props {
  desa: Desa[]
  hariIni: string
  onTersimpan: (d: Desa) => void
  onTutup: () => void
}

/**
 * "Ganti Kode Desa": Kemendagri renumbered a village. Its weekly reports,
 * incidents and desa binaan move to the new code; the old code stays known,
 * so files that still use it are read as the new one.
 */
export function DialogGantiKode({ desa, hariIni, onTersimpan, onTutup }: Props) {
  const [kodeLama, setKodeLama] = useState('')
  const [kodeBaru, setKodeBaru] = useState('')
  const [berlakuMulai, setBerlakuMulai] = useState(hariIni)
  const [catatan, setCatatan] = useState('')
  const [galat, setGalat] = useState<GalatBidang>({})
  const [gagal, setGagal] = useState<string | null>(null)
  const [sibuk, setSibuk] = useState(false)
  const lama = desaDariTeks(kodeLama, desa)
  const baru = desa.find((d) => d.kode === kodeBaru)

  async function simpan(form: HTMLFormElement) {
    setGagal(null)
    const h = gantiKodeDesaSchema.safeParse({ kodeLama: lama?.kode ?? kodeLama.trim(), kodeBaru: kodeBaru || '', berlakuMulai, catatan })
    if (!h.success) {
      const g = dariZod(h.error)
      if (!kodeBaru) g.kodeBaru = 'Pilih desa dengan kode baru dari daftar'
      if (!berlakuMulai) g.berlakuMulai = 'Isi tanggal berlaku'
      setGalat(g)
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setGalat({})
    setSibuk(true)
    try {
      onTersimpan(await panggil('desa:ganti-kode', h.data))
    } catch (e) {
      if (e instanceof GalatApi && e.galat.rincian) setGalat(dariRincian(e.galat.rincian))
      setGagal(`Belum disimpan: ${pesanGalat(e)}`)
      setSibuk(false)
    }
  }

  return (
    <DialogModal judulId="judul-ganti-kode" onTutup={onTutup} lebar="sedang">
      <FormDialog onKirim={(f) => void simpan(f)}>
        <header className="kepala-dialog">
          <h2 id="judul-ganti-kode">Ganti Kode Desa</h2>
          <p className="redup">Bila Kemendagri mengganti kode sebuah desa. Tambahkan dulu desa dengan kode barunya lewat &quot;Tambah Desa&quot;.</p>
        </header>
        <div className="kisi-dua">
          <Bidang kunci="kodeLama" label="Kode lama" galat={galat.kodeLama} petunjuk="Desa di daftar, atau kode lama yang masih dipakai berkas Polsek">
            <input
              {...ariaBidang('kodeLama', galat.kodeLama, true)}
              type="text"
              list="daftar-kode-lama"
              autoComplete="off"
              data-fokus-awal
              placeholder="Mis. 53.03.01.2001"
              value={kodeLama}
              onChange={(e) => {
                setKodeLama(e.target.value)
                setGalat(({ kodeLama: _, ...s }) => s)
              }}
            />
            <datalist id="daftar-kode-lama">
              {desa.map((d) => (
                <option key={d.kode} value={labelDesa(d)} />
              ))}
            </datalist>
          </Bidang>
          <Bidang kunci="kodeBaru" label="Kode baru (desa yang sudah ada)" galat={galat.kodeBaru} petunjuk="Ketik nama atau kode, lalu pilih">
            <PilihDesa kunci="kodeBaru" desa={desa} kode={kodeBaru} onPilih={(k) => { setKodeBaru(k); setGalat(({ kodeBaru: _, ...s }) => s) }} galat={galat.kodeBaru} adaPetunjuk />
          </Bidang>
          <Bidang kunci="berlakuMulai" label="Berlaku mulai" galat={galat.berlakuMulai}>
            <input {...ariaBidang('berlakuMulai', galat.berlakuMulai)} type="date" value={berlakuMulai} onChange={(e) => setBerlakuMulai(e.target.value)} />
          </Bidang>
          <Bidang kunci="catatan" label="Catatan (dasar perubahan)" galat={galat.catatan} petunjuk="Mis. Permendagri No. ... Tahun ...">
            <input {...ariaBidang('catatan', galat.catatan, true)} type="text" autoComplete="off" value={catatan} onChange={(e) => setCatatan(e.target.value)} />
          </Bidang>
        </div>
        {lama && baru && (
          <Pemberitahuan jenis="peringatan" judul="Yang akan terjadi">
            Laporan mingguan, kejadian, dan desa binaan Desa {lama.nama} ({lama.kode}) dipindahkan ke Desa {baru.nama} ({baru.kode}) mulai {berlakuMulai ? formatTanggal(berlakuMulai) : '…'}. Kode lama tidak tampil lagi di daftar, tetapi riwayatnya tetap tersimpan.
          </Pemberitahuan>
        )}
        <KakiDialog label="Ganti Kode" sibuk={sibuk} onBatal={onTutup} gagal={gagal} />
      </FormDialog>
    </DialogModal>
  )
}
