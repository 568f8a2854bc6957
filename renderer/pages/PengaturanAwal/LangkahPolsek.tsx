import { Fragment, useEffect, useRef, useState } from 'react'
import type { KecamatanWilayah } from '../../../shared/skema-data'
import { ariaBidang, PesanGalatBidang } from '../../components/Bidang'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import type { Muatan } from '../../lib/muat'
import { angkaAtauKosong } from '../../lib/tampil'
import type { PropsLangkah } from './jenis'

interface Props extends PropsLangkah {
  kecamatan: Muatan<KecamatanWilayah[]>
}

/** Step 4: the Polsek, and which Polsek covers each kecamatan. Every kecamatan needs one. */
export function LangkahPolsek({ draf, kirim, galat, kecamatan }: Props) {
  const [konfirmasi, setKonfirmasi] = useState<string | null>(null)
  const jumlahSebelum = useRef(draf.polsek.length)
  const daftarPolsek = useRef<HTMLDivElement>(null)

  // A new, empty Polsek row gets the focus so the user can type its name at once.
  useEffect(() => {
    if (draf.polsek.length === jumlahSebelum.current + 1 && draf.polsek.at(-1)?.nama === '') {
      const isian = daftarPolsek.current?.querySelectorAll<HTMLInputElement>('input[type="text"]')
      isian?.[isian.length - 1]?.focus()
    }
    jumlahSebelum.current = draf.polsek.length
  }, [draf.polsek])

  // The question takes the focus (on the safe answer); answering "Batal" gives it back to Hapus.
  useEffect(() => {
    if (konfirmasi) daftarPolsek.current?.querySelector<HTMLElement>('[data-batal-hapus]')?.focus()
  }, [konfirmasi])

  function tutupKonfirmasi(kunci: string) {
    setKonfirmasi(null)
    requestAnimationFrame(() => daftarPolsek.current?.querySelector<HTMLElement>(`[data-hapus="${kunci}"]`)?.focus())
  }

  if (kecamatan.galat) return <Pemberitahuan jenis="galat">{kecamatan.galat}</Pemberitahuan>
  if (!kecamatan.data) return <Memuat teks="Memuat daftar kecamatan…" />
  const kec = kecamatan.data

  const kunciAda = new Set(draf.polsek.map((p) => p.kunci))
  const belum = kec.filter((k) => !draf.milik[k.kode] || !kunciAda.has(draf.milik[k.kode]!))
  const hitung = (kunci: string) => {
    const milik = kec.filter((k) => draf.milik[k.kode] === kunci)
    return { kecamatan: milik.length, desa: milik.reduce((n, k) => n + k.jumlahDesa, 0) }
  }

  return (
    <>
      <div className="alat-baris">
        <button type="button" className="tombol" onClick={() => kirim({ jenis: 'satuPolsekPerKecamatan', kecamatan: kec })} disabled={belum.length === 0}>
          Satu Polsek per kecamatan
        </button>
        <span className="petunjuk">Membuat “POLSEK &lt;NAMA KECAMATAN&gt;” untuk setiap kecamatan yang belum masuk Polsek. Nama dapat diubah sesudahnya.</span>
      </div>

      {belum.length > 0 ? (
        <Pemberitahuan jenis="peringatan" judul={`${belum.length} dari ${kec.length} kecamatan belum masuk Polsek:`}>
          <ul className="daftar-sebaris">
            {belum.map((k) => (
              <li key={k.kode}>{k.nama}</li>
            ))}
          </ul>
        </Pemberitahuan>
      ) : (
        <Pemberitahuan jenis="berhasil">Semua {kec.length} kecamatan sudah masuk Polsek.</Pemberitahuan>
      )}

      <div className="dua-kolom">
        <section aria-labelledby="judul-daftar-polsek" className="kolom-polsek">
          <h3 id="judul-daftar-polsek" tabIndex={-1}>Daftar Polsek ({draf.polsek.length})</h3>
          <PesanGalatBidang kunci="polsek" galat={galat.polsek} />
          <div ref={daftarPolsek}>
            <table className="tabel tabel-rapat tabel-isian">
              <thead>
                <tr>
                  <th scope="col">Nama Polsek</th>
                  <th scope="col" className="kanan">
                    Kec.
                  </th>
                  <th scope="col" className="kanan">
                    Desa
                  </th>
                  <th scope="col">
                    <span className="sr-only">Tindakan</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {draf.polsek.length === 0 && (
                  <tr>
                    <td colSpan={4} className="redup">
                      Belum ada Polsek. Tekan “Satu Polsek per kecamatan” atau “Tambah Polsek”.
                    </td>
                  </tr>
                )}
                {draf.polsek.map((p, i) => {
                  const n = hitung(p.kunci)
                  const kunciNama = `polsek.${i}.nama`
                  const galatNama = galat[kunciNama]
                  const galatKec = galat[`polsek.${i}.kecamatanKode`]
                  return (
                    <Fragment key={p.kunci}>
                      <tr className={galatNama || galatKec ? 'baris-salah' : undefined}>
                        <td>
                          <input
                            {...ariaBidang(kunciNama, galatNama)}
                            aria-describedby={[galatNama && `f-polsek-${i}-nama-galat`, galatKec && `f-polsek-${i}-kecamatanKode-galat`].filter(Boolean).join(' ') || undefined}
                            aria-label={`Nama Polsek ${i + 1}`}
                            type="text"
                            className="isian-penuh"
                            value={p.nama}
                            placeholder="POLSEK …"
                            autoComplete="off"
                            onChange={(e) => kirim({ jenis: 'ubahNamaPolsek', kunci: p.kunci, nama: e.target.value })}
                          />
                          <PesanGalatBidang kunci={kunciNama} galat={galatNama} />
                          <PesanGalatBidang kunci={`polsek.${i}.kecamatanKode`} galat={galatKec} />
                        </td>
                        <td className="angka">{n.kecamatan}</td>
                        <td className="angka">{angkaAtauKosong(n.desa)}</td>
                        <td className="sel-tindakan">
                          <button
                            type="button"
                            className="tombol tombol-kecil tombol-teks"
                            data-hapus={p.kunci}
                            aria-label={`Hapus ${p.nama.trim() || `Polsek ${i + 1}`}`}
                            aria-expanded={n.kecamatan > 0 ? konfirmasi === p.kunci : undefined}
                            onClick={() => (n.kecamatan > 0 ? setKonfirmasi(p.kunci) : kirim({ jenis: 'hapusPolsek', kunci: p.kunci }))}
                          >
                            Hapus
                          </button>
                        </td>
                      </tr>
                      {konfirmasi === p.kunci && (
                        <tr className="baris-konfirmasi">
                          <td colSpan={4}>
                            <div className="konfirmasi" role="group" aria-label={`Konfirmasi hapus ${p.nama.trim() || `Polsek ${i + 1}`}`}>
                              <span>
                                Hapus {p.nama.trim() || `Polsek ${i + 1}`}? {n.kecamatan} kecamatan ({angkaAtauKosong(n.desa)} desa) menjadi tanpa Polsek.
                              </span>
                              <button
                                type="button"
                                className="tombol tombol-kecil tombol-bahaya"
                                onClick={() => {
                                  setKonfirmasi(null)
                                  kirim({ jenis: 'hapusPolsek', kunci: p.kunci })
                                  // The row is gone; keep the focus in the list rather than losing it to the page.
                                  requestAnimationFrame(() => document.getElementById('judul-daftar-polsek')?.focus())
                                }}
                              >
                                Ya, hapus
                              </button>
                              <button type="button" className="tombol tombol-kecil" data-batal-hapus onClick={() => tutupKonfirmasi(p.kunci)}>
                                Batal
                              </button>
                            </div>
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  )
                })}
              </tbody>
            </table>
          </div>
          <button type="button" className="tombol" onClick={() => kirim({ jenis: 'tambahPolsek' })}>
            Tambah Polsek
          </button>
        </section>

        <section aria-labelledby="judul-kecamatan" className="kolom-kecamatan">
          <h3 id="judul-kecamatan">Kecamatan dan Polsek-nya ({kec.length})</h3>
          <table className="tabel tabel-rapat tabel-isian">
            <thead>
              <tr>
                <th scope="col">Kode</th>
                <th scope="col">Kecamatan</th>
                <th scope="col" className="kanan">
                  Desa
                </th>
                <th scope="col">Polsek</th>
              </tr>
            </thead>
            <tbody>
              {kec.map((k) => {
                const kunci = `kecamatan.${k.kode}`
                const milik = draf.milik[k.kode] && kunciAda.has(draf.milik[k.kode]!) ? draf.milik[k.kode]! : ''
                return (
                  <tr key={k.kode} className={galat[kunci] ? 'baris-salah' : undefined}>
                    <td className="kode">{k.kode}</td>
                    <td className="nowrap">{k.nama}</td>
                    <td className="angka">{angkaAtauKosong(k.jumlahDesa)}</td>
                    <td className="sel-pilih">
                      <select
                        {...ariaBidang(kunci, galat[kunci])}
                        aria-label={`Polsek untuk Kecamatan ${k.nama}`}
                        className="isian-penuh"
                        value={milik}
                        onChange={(e) => kirim({ jenis: 'aturMilik', kecamatanKode: k.kode, kunci: e.target.value })}
                      >
                        <option value="">— Belum dipilih —</option>
                        {draf.polsek.map((p, i) => (
                          <option key={p.kunci} value={p.kunci}>
                            {p.nama.trim() || `(Polsek ${i + 1} tanpa nama)`}
                          </option>
                        ))}
                      </select>
                      <PesanGalatBidang kunci={kunci} galat={galat[kunci]} />
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>
      </div>
    </>
  )
}
