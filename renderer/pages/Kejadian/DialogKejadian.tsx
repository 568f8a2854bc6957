import { useState } from 'react'
import { formatTanggal, namaBulan } from '../../../shared/format'
import { hariTerakhirBulan } from '../../../shared/iso-week'
import { KATEGORI_KEJADIAN, type Kejadian, LABEL_STATUS, LABEL_TINGKAT, STATUS_KEJADIAN, TINGKAT_KEJADIAN } from '../../../shared/kejadian'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { FormDialog, KakiDialog } from '../../components/FormDialog'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { PilihDesa } from '../../components/PilihDesa'
import { type DesaPilihan, labelDesa } from '../../components/pilih-desa'
import { RiwayatPerubahan } from '../../components/RiwayatPerubahan'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'
import { type IsianKejadian, isianBaru, isianDari, labelKategori, periksaKejadian } from './formulir'
import { RingkasanTerkunci } from './RingkasanTerkunci'

interface Props {
  kejadian: Kejadian | undefined
  desa: DesaPilihan[]
  hariIni: string
  zonaWaktu: ZonaWaktu | null
  onTersimpan: (k: Kejadian) => void
  /** The server refused because of a lock: the list and the months may be stale. */
  onMuatUlang: () => void
  onTutup: () => void
}

type Status = { jenis: 'diam' } | { jenis: 'menyimpan' } | { jenis: 'tersimpan' } | { jenis: 'gagal'; pesan: string }

/**
 * Adds or edits one incident. A row of a locked month is shown read-only;
 * the only change left is "Tutup kejadian" with a date after that month.
 */
export function DialogKejadian({ kejadian, desa, hariIni, zonaWaktu, onTersimpan, onMuatUlang, onTutup }: Props) {
  const [isian, setIsian] = useState<IsianKejadian>(() => (kejadian ? isianDari(kejadian) : isianBaru(hariIni)))
  const [galat, setGalat] = useState<GalatBidang>({})
  const [diperiksa, setDiperiksa] = useState(false)
  const [status, setStatus] = useState<Status>({ jenis: 'diam' })
  const [versi, setVersi] = useState(0)
  const terkunci = kejadian?.terkunci ?? false
  const bulan = kejadian?.tanggal.slice(0, 7) ?? ''
  const [tanggalTutup, setTanggalTutup] = useState(() => (terkunci && hariIni > hariTerakhirBulan(bulan) ? hariIni : ''))

  function ubah<K extends keyof IsianKejadian>(k: K, v: IsianKejadian[K]) {
    const baru = { ...isian, [k]: v }
    setIsian(baru)
    if (status.jenis !== 'menyimpan') setStatus({ jenis: 'diam' })
    if (diperiksa) {
      const h = periksaKejadian(baru, kejadian?.id)
      setGalat(h.ok ? {} : h.galat)
    }
  }

  async function kirim(f: IsianKejadian, form: HTMLFormElement) {
    const h = periksaKejadian(f, kejadian?.id)
    setDiperiksa(true)
    if (!h.ok) {
      setGalat(h.galat)
      setStatus({ jenis: 'gagal', pesan: 'Belum disimpan: periksa isian yang ditandai.' })
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
      return
    }
    setGalat({})
    setStatus({ jenis: 'menyimpan' })
    try {
      const k = await panggil('kejadian:simpan', h.data)
      setIsian(isianDari(k))
      setStatus({ jenis: 'tersimpan' })
      setVersi((v) => v + 1)
      onTersimpan(k)
    } catch (e) {
      if (e instanceof GalatApi && e.galat.rincian) setGalat(dariRincian(e.galat.rincian))
      if (e instanceof GalatApi && e.galat.kode === 'PERIODE_TERKUNCI') onMuatUlang()
      setStatus({ jenis: 'gagal', pesan: `Belum disimpan: ${pesanGalat(e)}` })
    }
  }

  const menyimpan = status.jenis === 'menyimpan'
  const tombolStatus = (
    <span className="status-simpan" role="status">
      {status.jenis === 'tersimpan' && <span className="teks-berhasil">✓ Tersimpan</span>}
    </span>
  )
  const desaNama = (kode: unknown) => {
    const d = desa.find((x) => x.kode === kode)
    return d ? labelDesa(d) : undefined
  }

  return (
    <DialogModal judulId="judul-dialog-kejadian" onTutup={onTutup} lebar="lebar">
      <header className="kepala-dialog">
        <h2 id="judul-dialog-kejadian">{kejadian ? `Kejadian ${formatTanggal(kejadian.tanggal)} · Desa ${kejadian.desaNama}` : 'Tambah Kejadian'}</h2>
        <p className="redup">Kejadian, gangguan, atau informasi deteksi dini di satu desa. Label di atas kolom; pesan kesalahan di bawahnya.</p>
      </header>
      {terkunci && kejadian ? (
        <FormDialog onKirim={(f) => void kirim({ ...isianDari(kejadian), status: 'selesai', tanggalSelesai: tanggalTutup }, f)}>
          <RingkasanTerkunci kejadian={kejadian} />
          {kejadian.status === 'terbuka' ? (
            <>
              <Pemberitahuan jenis="peringatan" judul={`Periode ${namaBulan(bulan)} terkunci`}>
                Kejadian ini hanya dapat ditutup: isi tanggal selesai sesudah {formatTanggal(hariTerakhirBulan(bulan))}. Untuk koreksi lain, buka kunci di Pengaturan → Kunci Periode (dengan alasan).
              </Pemberitahuan>
              <fieldset className="grup-tutup">
                <legend>Tutup kejadian</legend>
                <Bidang kunci="tanggalSelesai" label="Tanggal selesai" galat={galat.tanggalSelesai} lebar="sempit">
                  <input {...ariaBidang('tanggalSelesai', galat.tanggalSelesai)} type="date" data-fokus-awal value={tanggalTutup} max={hariIni} onChange={(e) => setTanggalTutup(e.target.value)} />
                </Bidang>
              </fieldset>
              <KakiDialog label="Tutup kejadian" sibuk={menyimpan} onBatal={onTutup}>
                {tombolStatus}
              </KakiDialog>
            </>
          ) : (
            <>
              <Pemberitahuan jenis="info" judul={`Periode ${namaBulan(bulan)} terkunci`}>
                Kejadian ini sudah selesai dan bulannya terkunci, sehingga tidak dapat diubah. Buka kunci di Pengaturan → Kunci Periode (dengan alasan) bila perlu koreksi.
              </Pemberitahuan>
              <div className="tombol-dialog">
                <button type="button" className="tombol" data-fokus-awal onClick={onTutup}>
                  Tutup
                </button>
                {tombolStatus}
              </div>
            </>
          )}
          {status.jenis === 'gagal' && <Pemberitahuan jenis="galat">{status.pesan}</Pemberitahuan>}
        </FormDialog>
      ) : (
        <FormDialog onKirim={(f) => void kirim(isian, f)}>
          <div className="kisi-bidang kisi-kejadian">
            <Bidang kunci="tanggal" label="Tanggal kejadian" galat={galat.tanggal}>
              <input {...ariaBidang('tanggal', galat.tanggal)} type="date" data-fokus-awal value={isian.tanggal} max={hariIni} onChange={(e) => ubah('tanggal', e.target.value)} />
            </Bidang>
            <div className="rentang-dua">
              <Bidang kunci="desaKode" label="Desa" galat={galat.desaKode} petunjuk="Ketik nama desa, kecamatan, atau kode, lalu pilih dari daftar">
                <PilihDesa kunci="desaKode" desa={desa} kode={isian.desaKode} onPilih={(k) => ubah('desaKode', k)} galat={galat.desaKode} adaPetunjuk />
              </Bidang>
            </div>
            <Bidang kunci="kategori" label="Kategori" galat={galat.kategori}>
              <select {...ariaBidang('kategori', galat.kategori)} value={isian.kategori} onChange={(e) => ubah('kategori', e.target.value)}>
                <option value="">— Pilih kategori —</option>
                {KATEGORI_KEJADIAN.map((k) => (
                  <option key={k} value={k}>
                    {labelKategori(k)}
                  </option>
                ))}
              </select>
            </Bidang>
            <Bidang kunci="tingkat" label="Tingkat" galat={galat.tingkat}>
              <select {...ariaBidang('tingkat', galat.tingkat)} value={isian.tingkat} onChange={(e) => ubah('tingkat', e.target.value)}>
                <option value="">— Pilih tingkat —</option>
                {TINGKAT_KEJADIAN.map((t) => (
                  <option key={t} value={t}>
                    {LABEL_TINGKAT[t]}
                  </option>
                ))}
              </select>
            </Bidang>
            <div />
            <Bidang kunci="status" label="Status" galat={galat.status}>
              <select {...ariaBidang('status', galat.status)} value={isian.status} onChange={(e) => ubah('status', e.target.value)}>
                {STATUS_KEJADIAN.map((s) => (
                  <option key={s} value={s}>
                    {LABEL_STATUS[s]}
                  </option>
                ))}
              </select>
            </Bidang>
            <Bidang kunci="tanggalSelesai" label="Tanggal selesai" galat={galat.tanggalSelesai} petunjuk="Diisi bila status Selesai">
              <input {...ariaBidang('tanggalSelesai', galat.tanggalSelesai, true)} type="date" value={isian.tanggalSelesai} max={hariIni} onChange={(e) => ubah('tanggalSelesai', e.target.value)} />
            </Bidang>
            <div />
            <div className="rentang-penuh">
              <Bidang kunci="uraian" label="Uraian" galat={galat.uraian} petunjuk="Apa yang terjadi, siapa yang terlibat, dan tindakan Bhabinkamtibmas">
                <textarea {...ariaBidang('uraian', galat.uraian, true)} rows={3} value={isian.uraian} onChange={(e) => ubah('uraian', e.target.value)} />
              </Bidang>
            </div>
          </div>
          <KakiDialog label="Simpan" sibuk={menyimpan} onBatal={onTutup} labelBatal={status.jenis === 'tersimpan' ? 'Tutup' : 'Batal'}>
            {tombolStatus}
          </KakiDialog>
          {status.jenis === 'gagal' && <Pemberitahuan jenis="galat">{status.pesan}</Pemberitahuan>}
        </FormDialog>
      )}
      {kejadian && <RiwayatPerubahan tabel="kejadian" kunci={kejadian.id} versi={versi} zonaWaktu={zonaWaktu} kosong="Belum ada perubahan sejak kejadian ini dicatat." formatNilai={(k, v) => (k === 'desa_kode' ? desaNama(v) : undefined)} />}
    </DialogModal>
  )
}
