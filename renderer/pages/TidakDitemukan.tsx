/** An unknown address (e.g. an old bookmark): say so and offer the way home. */
export function TidakDitemukan() {
  return (
    <section>
      <h1>Halaman tidak ditemukan</h1>
      <p>
        Alamat ini tidak ada di Binmas Desk. Kembali ke <a href="#/beranda">Beranda</a>.
      </p>
    </section>
  )
}
