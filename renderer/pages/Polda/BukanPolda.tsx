/** Shown in Mode Polda for a screen only a Polres uses (weekly typing): the Polda's data come from Polres files. */
export function BukanPolda({ judul }: { judul: string }) {
  return (
    <section aria-labelledby="judul-bukan-polda">
      <h1 id="judul-bukan-polda">{judul}</h1>
      <p>
        Aplikasi ini disiapkan sebagai <strong>Mode Polda</strong>. Laporan mingguan diisi di aplikasi masing-masing Polres dan diterima Polda lewat berkas bulanan di <a href="#/pertukaran">Pertukaran Data</a>. Lihat siapa yang sudah mengirim di <a href="#/polda-kiriman">Status Kiriman</a>.
      </p>
    </section>
  )
}
