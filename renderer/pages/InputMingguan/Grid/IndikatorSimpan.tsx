import { useSyncExternalStore } from 'react'
import type { TokoMingguan } from './toko'

/** The global saving state: "Menyimpan…", then "Tersimpan"; failures and refused cells said plainly. */
export function IndikatorSimpan({ toko }: { toko: TokoMingguan }) {
  const { global: g } = useSyncExternalStore(toko.langgan, toko.ambil)
  let utama: { teks: string; kelas: string }
  if (g.gagal > 0) utama = { teks: `Gagal menyimpan ${g.gagal} sel — dicoba lagi otomatis`, kelas: 'simpan-gagal' }
  else if (g.menyimpan > 0) utama = { teks: g.dipulihkan > 0 ? 'Menyimpan isian yang dipulihkan…' : 'Menyimpan…', kelas: 'simpan-proses' }
  else if (g.pernahTersimpan) utama = { teks: 'Tersimpan', kelas: 'simpan-ok' }
  else utama = { teks: toko.bacaSaja ? 'Hanya baca' : 'Tersimpan otomatis saat mengetik', kelas: 'simpan-diam' }
  return (
    <div className="indikator-simpan" role="status" aria-live="polite">
      <span className={`simpan-utama ${utama.kelas}`}>{utama.teks}</span>
      {g.salah > 0 && <span className="simpan-salah">{g.salah} sel belum tersimpan</span>}
      {g.gagal > 0 && (
        <button type="button" className="tombol tombol-kecil" onClick={() => toko.cobaLagi()}>
          Coba lagi sekarang
        </button>
      )}
      {g.galat && g.gagal > 0 && <span className="redup simpan-galat">{g.galat}</span>}
    </div>
  )
}
