import { useState } from 'react'
import { namaBulan } from '../../../shared/format'
import { GalatApi, panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { FormDialog, KakiDialog } from '../../components/FormDialog'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'

/** Unlocking a month needs a reason; the server checks it and keeps it in the audit trail. */
export function DialogBukaKunci({ bulan, onBatal, onTerbuka }: { bulan: string; onBatal: () => void; onTerbuka: () => void }) {
  const [alasan, setAlasan] = useState('')
  const [galat, setGalat] = useState<GalatBidang>({})
  const [gagal, setGagal] = useState<string | null>(null)
  const [sibuk, setSibuk] = useState(false)

  async function kirim(form: HTMLFormElement) {
    setSibuk(true)
    setGagal(null)
    try {
      await panggil('periode:buka', { bulan, alasan })
      onTerbuka()
    } catch (e) {
      const rincian = e instanceof GalatApi ? dariRincian(e.galat.rincian) : {}
      setGalat(rincian)
      if (!rincian.alasan) setGagal(pesanGalat(e))
      setSibuk(false)
      requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
    }
  }

  return (
    <DialogModal judulId="judul-buka-kunci" onTutup={onBatal} lebar="sempit">
      <FormDialog onKirim={(f) => void kirim(f)}>
        <h2 id="judul-buka-kunci">Buka kunci {namaBulan(bulan)}?</h2>
        <p>Laporan mingguan dan kejadian {namaBulan(bulan)} dapat diubah lagi sampai bulan ini dikunci kembali.</p>
        <Bidang kunci="alasan" label="Alasan membuka kunci" galat={galat.alasan} petunjuk="Minimal 10 huruf, mis. Koreksi laporan Polsek Insana minggu ke-37">
          <textarea
            {...ariaBidang('alasan', galat.alasan, true)}
            data-fokus-awal
            rows={3}
            value={alasan}
            onChange={(e) => {
              setAlasan(e.target.value)
              setGalat({})
            }}
          />
        </Bidang>
        <Pemberitahuan jenis="info">Pembukaan kunci diaudit: siapa, kapan, dan alasannya tercatat di Riwayat Perubahan bulan ini.</Pemberitahuan>
        <KakiDialog label="Buka Kunci" labelSibuk="Memproses…" sibuk={sibuk} onBatal={onBatal} gagal={gagal} />
      </FormDialog>
    </DialogModal>
  )
}
