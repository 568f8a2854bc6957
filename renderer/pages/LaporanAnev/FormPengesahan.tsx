import type { PengesahanDraf } from '../../../shared/api-anev'
import { PANGKAT } from '../../../shared/pangkat'

interface Props {
  nilai: PengesahanDraf
  galat: Partial<Record<keyof PengesahanDraf, string>>
  onUbah: (p: PengesahanDraf) => void
}

function Isian({ id, label, nilai, galat, onUbah, petunjuk, mode }: { id: string; label: string; nilai: string; galat?: string; onUbah: (v: string) => void; petunjuk?: string; mode?: 'numeric' }) {
  return (
    <div className={`bidang${galat ? ' bidang-salah' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={nilai} inputMode={mode} onChange={(e) => onUbah(e.target.value)} aria-invalid={galat ? true : undefined} aria-describedby={galat ? `${id}-galat` : petunjuk ? `${id}-petunjuk` : undefined} />
      {petunjuk && !galat && (
        <p className="petunjuk" id={`${id}-petunjuk`}>
          {petunjuk}
        </p>
      )}
      {galat && (
        <p className="galat-bidang" id={`${id}-galat`}>
          {galat}
        </p>
      )}
    </div>
  )
}

/** Nomor, the signature block (a.n. KAPOLRES, name, pangkat, NRP, place, date) and paper size. */
export function FormPengesahan({ nilai, galat, onUbah }: Props) {
  const ubah = <K extends keyof PengesahanDraf>(k: K, v: PengesahanDraf[K]) => onUbah({ ...nilai, [k]: v })
  return (
    <fieldset className="grup-pilihan form-pengesahan">
      <legend>Nomor dan tanda tangan</legend>
      <Isian id="anev-nomor" label="Nomor surat" nilai={nilai.nomor} galat={galat.nomor} onUbah={(v) => ubah('nomor', v)} petunjuk="Contoh: B/123/IX/BIN.1.2./2024" />
      <div className="bidang centang">
        <input id="anev-an" type="checkbox" checked={nilai.atasNamaKapolres} onChange={(e) => ubah('atasNamaKapolres', e.target.checked)} />
        <label htmlFor="anev-an">Ditandatangani a.n. KAPOLRES</label>
      </div>
      <Isian id="anev-nama" label="Nama penanda tangan" nilai={nilai.nama} galat={galat.nama} onUbah={(v) => ubah('nama', v)} />
      <div className="baris-bidang">
        <div className={`bidang${galat.pangkat ? ' bidang-salah' : ''}`}>
          <label htmlFor="anev-pangkat">Pangkat</label>
          <select id="anev-pangkat" value={nilai.pangkat} onChange={(e) => ubah('pangkat', e.target.value)}>
            {!PANGKAT.includes(nilai.pangkat as never) && <option value={nilai.pangkat}>{nilai.pangkat || '(pilih)'}</option>}
            {PANGKAT.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <Isian id="anev-nrp" label="NRP" nilai={nilai.nrp} galat={galat.nrp} onUbah={(v) => ubah('nrp', v)} mode="numeric" />
      </div>
      <div className="baris-bidang">
        <Isian id="anev-tempat" label="Tempat" nilai={nilai.tempat} galat={galat.tempat} onUbah={(v) => ubah('tempat', v)} />
        <div className={`bidang${galat.tanggal ? ' bidang-salah' : ''}`}>
          <label htmlFor="anev-tanggal">Tanggal</label>
          <input id="anev-tanggal" type="date" value={nilai.tanggal} onChange={(e) => ubah('tanggal', e.target.value)} aria-invalid={galat.tanggal ? true : undefined} />
          {galat.tanggal && <p className="galat-bidang">{galat.tanggal}</p>}
        </div>
      </div>
      <fieldset className="grup-pilihan ukuran-kertas">
        <legend>Ukuran kertas</legend>
        {(['A4', 'F4'] as const).map((u) => (
          <label key={u} className="pilihan-radio">
            <input type="radio" name="anev-ukuran" value={u} checked={nilai.ukuran === u} onChange={() => ubah('ukuran', u)} /> {u === 'A4' ? 'A4' : 'Folio (F4)'}
          </label>
        ))}
      </fieldset>
    </fieldset>
  )
}
