import { JUDUL_NARASI } from '../../../shared/anev/html'
import { type KunciNarasi, NARASI_KUNCI, type NarasiAnev } from '../../../shared/anev/jenis'

interface Props {
  nilai: NarasiAnev
  usulan: NarasiAnev
  onUbah: (n: NarasiAnev) => void
}

/** The editable narrative sections, each drafted from the data and restorable to that draft. */
export function Narasi({ nilai, usulan, onUbah }: Props) {
  const ubah = (k: KunciNarasi, v: string) => onUbah({ ...nilai, [k]: v })
  return (
    <div className="narasi-anev">
      {NARASI_KUNCI.map((k) => (
        <div className="bidang" key={k}>
          <div className="kepala-narasi">
            <label htmlFor={`narasi-${k}`}>{JUDUL_NARASI[k]}</label>
            {nilai[k] !== usulan[k] && (
              <button type="button" className="tombol tombol-kecil tombol-teks" onClick={() => ubah(k, usulan[k])}>
                Kembalikan ke usulan dari data
              </button>
            )}
          </div>
          <textarea id={`narasi-${k}`} value={nilai[k]} rows={k === 'penutup' ? 3 : 7} onChange={(e) => ubah(k, e.target.value)} spellCheck={false} />
        </div>
      ))}
      <p className="petunjuk">Baris kosong memisahkan paragraf. Usulan disusun dari data periode ini; ubah sesuai penilaian Kasat Binmas.</p>
    </div>
  )
}
