import './bersama.css'

/** Shown on every screen while the demo Polres is loaded, so nobody reports from it by mistake. */
export function SpandukContoh() {
  return (
    <div className="spanduk-contoh" role="note" aria-label="Data contoh">
      <strong>DATA CONTOH — bukan data sungguhan.</strong>
      <span>Polres Timor Tengah Utara di sini hanya untuk mencoba aplikasi.</span>
      <a href="#/pengaturan/data-contoh">Hapus data contoh</a>
    </div>
  )
}
