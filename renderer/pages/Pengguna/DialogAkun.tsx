import { useId, useState } from 'react'
import { LABEL_PERAN } from '../../../shared/pengguna'
import { PERAN, type Peran } from '../../../shared/skema-data'
import { panggil } from '../../api/klien'
import { ariaBidang, Bidang } from '../../components/Bidang'
import { DialogModal } from '../../components/Dialog'
import { FormDialog, KakiDialog } from '../../components/FormDialog'
import { useKirimIsian } from '../../components/kerja'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { AKUN_KOSONG, BidangAkun, periksaAkun } from '../Masuk'

export const PENJELASAN_PERAN: Record<Peran, string> = {
  admin: 'mengelola pengguna, pengaturan, kunci periode, cadangan, dan semua data',
  operator: 'mengisi dan mengubah data (desa, personel, laporan mingguan, kejadian, impor)',
  pimpinan: 'melihat dan mencetak saja, tanpa mengubah data',
}

export function PilihPeran({ nilai, ubah, galat }: { nilai: Peran | ''; ubah: (p: Peran) => void; galat?: string }) {
  return (
    <Bidang kunci="peran" label="Peran" galat={galat} petunjuk={nilai ? `${LABEL_PERAN[nilai]}: ${PENJELASAN_PERAN[nilai]}` : undefined} lebar="sedang">
      <select {...ariaBidang('peran', galat, !!nilai)} value={nilai} onChange={(e) => ubah(e.target.value as Peran)}>
        <option value="">— Pilih peran —</option>
        {PERAN.map((p) => (
          <option key={p} value={p}>
            {LABEL_PERAN[p]}
          </option>
        ))}
      </select>
    </Bidang>
  )
}

/** "Tambah Pengguna": name, full name, role and a first password the user changes later. */
export function DialogTambah({ onTutup, onTersimpan }: { onTutup: () => void; onTersimpan: (pesan: string) => void }) {
  const id = useId()
  const [akun, setAkun] = useState(AKUN_KOSONG)
  const [peran, setPeran] = useState<Peran | ''>('')
  const { galat, pesan, sibuk, kirim } = useKirimIsian()

  function simpan() {
    const g = periksaAkun(akun)
    if (!peran) g.peran = 'Pilih peran'
    return kirim(g, async () => {
      if (!peran) return
      const p = await panggil('pengguna:tambah', { namaPengguna: akun.namaPengguna, namaLengkap: akun.namaLengkap, kataSandi: akun.kataSandi, peran })
      onTersimpan(`Pengguna ${p.namaLengkap} (${p.namaPengguna}) ditambahkan sebagai ${LABEL_PERAN[p.peran]}.`)
    })
  }

  return (
    <DialogModal judulId={id} onTutup={onTutup} lebar="sedang">
      <h2 id={id}>Tambah Pengguna</h2>
      <FormDialog onKirim={() => void simpan()}>
        {pesan && <Pemberitahuan jenis="galat">{pesan}</Pemberitahuan>}
        <BidangAkun akun={akun} ubah={setAkun} galat={galat} />
        <PilihPeran nilai={peran} ubah={setPeran} galat={galat.peran} />
        <p className="petunjuk">Beri tahu kata sandi pertama secara langsung; pengguna dapat menggantinya sendiri lewat "Ganti kata sandi".</p>
        <KakiDialog label="Simpan" sibuk={sibuk} onBatal={onTutup} />
      </FormDialog>
    </DialogModal>
  )
}
