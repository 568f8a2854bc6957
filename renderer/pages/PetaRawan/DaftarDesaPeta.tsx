import { useMemo } from 'react'
import type { DesaDataPeta } from '../../../electron/services/peta/data'
import { bandingKode } from '../../../shared/peta/tata-letak'
import { LABEL_TANPA_NILAI, warnaKategori } from '../../../shared/warna-kategori'
import { teksDesa } from './PetaWilayah'

/**
 * The desa of the map as a list beside it: the keyboard way into the map.
 * Focus or hover on a desa highlights it on the map; Enter opens its IKDK
 * detail, like a click on the map. Desa without boundary or point are listed
 * too, marked, so none is silently missing.
 */
export function DaftarDesaPeta({ desa, urutan, alamatDesa, onSorot }: { desa: readonly DesaDataPeta[]; urutan: readonly string[]; alamatDesa: (kode: string) => string; onSorot: (kode: string | null) => void }) {
  const kelompok = useMemo(() => {
    const m = new Map<string, { nama: string; desa: DesaDataPeta[] }>()
    for (const d of [...desa].sort((a, b) => bandingKode(a.kode, b.kode))) {
      const k = m.get(d.kecamatanKode) ?? { nama: d.kecamatanNama, desa: [] }
      k.desa.push(d)
      m.set(d.kecamatanKode, k)
    }
    return [...m.entries()].sort(([a], [b]) => bandingKode(a, b))
  }, [desa])
  const tanpaLokasi = desa.filter((d) => !d.batas && (d.lintang === null || d.bujur === null)).length
  return (
    <nav className="daftar-desa-peta" aria-label="Daftar desa di peta">
      <h2 className="judul-daftar-peta">
        Desa <span className="redup angka">({desa.length})</span>
      </h2>
      {tanpaLokasi > 0 && <p className="redup catatan-tanpa-lokasi">{tanpaLokasi} desa tanpa batas/titik (tidak tergambar, ditandai ∅).</p>}
      <div className="gulir-daftar-peta">
        {kelompok.map(([kode, k]) => (
          <section key={kode} aria-label={`Kecamatan ${k.nama}`}>
            <h3>{k.nama}</h3>
            <ul>
              {k.desa.map((d) => {
                const w = warnaKategori(d.kategori, urutan)
                const tanpa = !d.batas && (d.lintang === null || d.bujur === null)
                return (
                  <li key={d.kode}>
                    <a
                      href={alamatDesa(d.kode)}
                      data-kode={d.kode}
                      onFocus={() => onSorot(d.kode)}
                      onBlur={() => onSorot(null)}
                      onMouseEnter={() => onSorot(d.kode)}
                      onMouseLeave={() => onSorot(null)}
                    >
                      <span
                        className={d.kategori === null ? 'titik-kategori contoh-kosong' : d.rendah ? 'titik-kategori titik-rendah' : 'titik-kategori'}
                        style={d.kategori === null ? undefined : d.rendah ? { borderColor: w } : { background: w, borderColor: w }}
                        aria-hidden="true"
                      />
                      <span className="nama-daftar-peta">{d.nama}</span>
                      <span className="kategori-daftar-peta" aria-hidden="true">
                        {d.kategori ?? LABEL_TANPA_NILAI}
                        {d.rendah ? ' (rendah)' : ''}
                        {tanpa ? ' ∅' : ''}
                      </span>
                      <span className="peta-sr">
                        , {teksDesa(d)}
                        {tanpa ? ', tanpa batas atau titik di peta' : ''}
                      </span>
                    </a>
                  </li>
                )
              })}
            </ul>
          </section>
        ))}
      </div>
      {desa.length === 0 && <p className="redup">Tidak ada desa.</p>}
    </nav>
  )
}
