import { daftarLangkah } from './validasi'

interface Props {
  langkah: number
  langkahTerjauh: number
  langkahSalah: ReadonlySet<number>
  onPilih: (langkah: number) => void
  denganAdmin?: boolean
  /** Mode Polda: step 4 is "Polres". */
  polda?: boolean
}

/** Numbered steps; the ones already reached can be revisited with a click or Enter. */
export function IndikatorLangkah({ langkah, langkahTerjauh, langkahSalah, onPilih, denganAdmin = false, polda = false }: Props) {
  return (
    <nav aria-label="Langkah pengaturan awal">
      <ol className="indikator-langkah">
        {daftarLangkah(denganAdmin, polda).map((nama, i) => {
          const kelas = ['langkah-butir', i === langkah ? 'langkah-kini' : i < langkah ? 'langkah-lewat' : '', langkahSalah.has(i) ? 'langkah-salah' : '']
            .filter(Boolean)
            .join(' ')
          const isi = (
            <>
              <span className="langkah-nomor" aria-hidden="true">
                {i + 1}
              </span>
              <span className="langkah-nama">
                <span className="sr-only">Langkah {i + 1}: </span>
                {nama}
                {langkahSalah.has(i) && <span className="sr-only"> (perlu diperbaiki)</span>}
              </span>
            </>
          )
          return (
            <li key={nama} className={kelas} aria-current={i === langkah ? 'step' : undefined}>
              {i !== langkah && i <= langkahTerjauh ? (
                <button type="button" className="langkah-tombol" onClick={() => onPilih(i)}>
                  {isi}
                </button>
              ) : (
                <span className="langkah-tombol">{isi}</span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
