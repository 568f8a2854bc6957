import type { Keluaran } from '../../../shared/api'

type DesaTanpa = Keluaran<'personel:daftar'>['desaTanpaBhabin'][number]

/** Desa grouped by kecamatan, in the order they come (by code). */
function perKecamatan(desa: DesaTanpa[]) {
  const grup = new Map<string, { kecamatan: string; polsek: string | null; desa: DesaTanpa[] }>()
  for (const d of desa) {
    const g = grup.get(d.kecamatanNama) ?? { kecamatan: d.kecamatanNama, polsek: d.polsekNama, desa: [] }
    g.desa.push(d)
    grup.set(d.kecamatanNama, g)
  }
  return [...grup.values()]
}

/** The desa nobody holds today: what the Kasat Binmas must fill first. */
export function PanelTanpaBhabin({ desa, polsekNama, bolehTetapkan }: { desa: DesaTanpa[]; polsekNama: string | null; bolehTetapkan: boolean }) {
  return (
    <aside className="panel-tanpa kartu" aria-labelledby="judul-tanpa-bhabin">
      <h2 id="judul-tanpa-bhabin">
        Desa tanpa Bhabinkamtibmas (<span className="jumlah-tanpa">{desa.length}</span>)
      </h2>
      <p className="petunjuk">
        Desa aktif yang hari ini tidak dibina Bhabinkamtibmas aktif{polsekNama ? ` di ${polsekNama}` : ''}.{bolehTetapkan && ' Tetapkan lewat personel → Desa binaan.'}
      </p>
      {desa.length === 0 ? (
        <p className="teks-berhasil">Semua desa sudah memiliki Bhabinkamtibmas.</p>
      ) : (
        // Scrolls on its own, so it takes the focus for arrow-key scrolling.
        <ul className="daftar-tanpa" tabIndex={0} aria-labelledby="judul-tanpa-bhabin">
          {perKecamatan(desa).map((g) => (
            <li key={g.kecamatan}>
              <span className="kecamatan-tanpa">
                Kec. {g.kecamatan} <span className="redup">({g.desa.length})</span>
              </span>
              {g.polsek && <span className="redup polsek-tanpa">{g.polsek}</span>}
              <span className="desa-tanpa">{g.desa.map((d) => d.nama).join(', ')}</span>
            </li>
          ))}
        </ul>
      )}
    </aside>
  )
}
