import { useCallback, useMemo, useRef, useState } from 'react'
import { namaBulan } from '../../../shared/format'
import { bulanSebelumnya } from '../../../shared/iso-week'
import { panggil } from '../../api/klien'
import { bulanTutup } from '../../components/bulan-ikdk'
import { LABEL_TANPA_NILAI, warnaKategori, warnaTeksKategori } from '../../../shared/warna-kategori'
import { LencanaKategori } from '../../components/LencanaKategori'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { PilihBulan } from '../../components/PilihBulan'
import { useMuat } from '../../lib/muat'
import { pesanGalat } from '../../lib/galat'
import { alamatHash, useParameterHash } from '../../lib/parameter-hash'
import { DaftarDesaPeta } from './DaftarDesaPeta'
import { ImporPeta } from './ImporPeta'
import { type LapisanPeta, PetaWilayah } from './PetaWilayah'
import { unduhPng } from './unduh-png'
import { arahPerubahan, type ArahPerubahan, type DesaPeta, singkatKategori, singkatNama, tataLetakPeta } from './tata-letak'
import './peta-rawan.css'

const POLA_BULAN = /^\d{4}-(0[1-9]|1[0-2])$/

interface DesaTampil extends DesaPeta {
  polsekId: number | null
  polsekNama: string | null
  kategori: string | null
  nilai: number | null
  rendah: boolean
  arah: ArahPerubahan | null
  kategoriSebelumnya: string | null
}

const TANDA: Record<ArahPerubahan, string> = { membaik: '▲', memburuk: '▼', berubah: '◆' }
const KATA_ARAH: Record<ArahPerubahan, string> = { membaik: 'membaik', memburuk: 'memburuk', berubah: 'berubah' }

function satuDesimal(v: number): string {
  return v.toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
}

/**
 * "Peta Rawan": a schematic map that needs no geometry. Every desa is a tile
 * in the block of its kecamatan, coloured by its IKDK category for the month;
 * blocks and tiles keep their place (ordered by code). Month, Polsek and the
 * comparison with the previous month live in the address.
 */
export function PetaRawan({ hariIni }: { hariIni: string }) {
  const q = useParameterHash()
  const judulBerubah = useRef<HTMLHeadingElement>(null)
  const dariHash = q.get('bulan')
  const bulan = dariHash && POLA_BULAN.test(dariHash) ? dariHash : bulanTutup(hariIni)
  const bulanBerjalan = hariIni.slice(0, 7)
  const bulanLalu = bulanSebelumnya(bulan)
  const polsekId = q.get('polsek') ?? ''
  const banding = q.get('banding') === '1'
  const [versiPeta, setVersiPeta] = useState(0)
  const [lapisan, setLapisan] = useState<LapisanPeta>({ kejadian: false, posKamling: false })
  const [sorot, setSorot] = useState<string | null>(null)
  const [unduh, setUnduh] = useState<{ sibuk: boolean; galat: string | null }>({ sibuk: false, galat: null })

  const tabel = useMuat(() => panggil('ikdk:bulan', { bulan }), [bulan])
  const tabelLalu = useMuat(() => (banding ? panggil('ikdk:bulan', { bulan: bulanLalu }) : Promise.resolve(null)), [banding, bulanLalu])
  const daftarDesa = useMuat(() => panggil('desa:daftar', {}), [])
  const satker = useMuat(() => panggil('satker:info', {}), [])
  const dataPeta = useMuat(() => panggil('peta:data', { bulan, polsekId: polsekId ? Number(polsekId) : null }), [bulan, polsekId, versiPeta])
  const peta = dataPeta.data?.bulan === bulan ? dataPeta.data : undefined
  const adaGeometri = !!peta?.desa.some((d) => d.batas !== null || (d.lintang !== null && d.bujur !== null))
  const jumlahBatas = peta?.jumlahBatasSemua ?? 0
  const dariHashTampilan = q.get('tampilan')
  // Geometry, once there is any, is what a Kapolres expects on the wall; the tiles stay one click away.
  const dariAlamat = dariHashTampilan === 'skematik' || dariHashTampilan === 'wilayah' ? dariHashTampilan : adaGeometri ? 'wilayah' : 'skematik'
  // The choice shows at once; the address (hashchange, a moment later) then agrees with it.
  const [pilihan, setPilihan] = useState<{ nilai: 'wilayah' | 'skematik'; dariHash: string | null } | null>(null)
  const tampilan = pilihan && pilihan.dariHash === dariHashTampilan ? pilihan.nilai : dariAlamat

  const ubahAlamat = (ubah: { bulan?: string; polsek?: string; banding?: boolean; tampilan?: string }) => {
    const b = ubah.banding ?? banding
    window.location.hash = alamatHash('peta-rawan', { bulan: ubah.bulan ?? bulan, polsek: ubah.polsek ?? polsekId, banding: b ? '1' : '', tampilan: ubah.tampilan ?? dariHashTampilan })
  }
  const alamatDesaCb = useCallback((kode: string) => alamatHash('indeks', { bulan, desa: kode }), [bulan])
  const unduhPeta = async () => {
    setUnduh({ sibuk: true, galat: null })
    try {
      const h = await panggil('peta:svg', { bulan, polsekId: polsekId ? Number(polsekId) : null, skematik: tampilan === 'skematik' })
      await unduhPng(h.namaBerkas, h.svg)
      setUnduh({ sibuk: false, galat: null })
    } catch (e) {
      setUnduh({ sibuk: false, galat: pesanGalat(e) })
    }
  }

  const t = tabel.data?.bulan === bulan ? tabel.data : undefined
  const lalu = banding && tabelLalu.data && tabelLalu.data.bulan === bulanLalu ? tabelLalu.data : undefined
  const urutanKategori = useMemo(() => (t ? [...t.kategori].sort((a, b) => b.min - a.min).map((k) => k.nama) : []), [t])

  const semua = useMemo((): DesaTampil[] => {
    if (!t || !daftarDesa.data) return []
    const hasil = new Map(t.baris.map((b) => [b.desaKode, b]))
    const hasilLalu = lalu ? new Map(lalu.baris.map((b) => [b.desaKode, b])) : null
    const keluar: DesaTampil[] = []
    const dariDaftar = new Set<string>()
    const tambah = (kode: string, nama: string, kecamatanKode: string, kecamatanNama: string, pId: number | null, pNama: string | null) => {
      const h = hasil.get(kode)
      const l = hasilLalu?.get(kode)
      const kategori = h?.kategori ?? null
      keluar.push({
        kode,
        nama,
        kecamatanKode,
        kecamatanNama,
        polsekId: pId,
        polsekNama: pNama,
        kategori,
        nilai: h?.nilai ?? null,
        rendah: !!h && h.kategori !== null && h.keyakinan === 'Rendah',
        kategoriSebelumnya: l?.kategori ?? null,
        arah: hasilLalu && h ? arahPerubahan(kategori, l?.kategori ?? null, !!l, urutanKategori) : null,
      })
    }
    for (const d of daftarDesa.data) {
      dariDaftar.add(d.kode)
      tambah(d.kode, d.nama, d.kecamatanKode, d.kecamatanNama, d.polsekId, d.polsekNama)
    }
    // A result for a desa the list no longer holds still gets its tile.
    for (const b of t.baris) {
      if (!dariDaftar.has(b.desaKode)) tambah(b.desaKode, b.desaNama, b.desaKode.split('.').slice(0, 3).join('.'), b.kecamatanNama, b.polsekId, b.polsekNama)
    }
    return keluar
  }, [t, lalu, daftarDesa.data, urutanKategori])

  const perubahan = useMemo(
    () => (lalu ? new Map(semua.filter((d) => d.arah !== null).map((d) => [d.kode, { arah: d.arah!, teks: `${KATA_ARAH[d.arah!]} dari ${d.kategoriSebelumnya ?? LABEL_TANPA_NILAI}` }])) : null),
    [lalu, semua],
  )
  const tampil = useMemo(() => (polsekId ? semua.filter((d) => String(d.polsekId) === polsekId) : semua), [semua, polsekId])
  const blok = useMemo(() => tataLetakPeta(tampil), [tampil])
  const hitung = (daftar: readonly DesaTampil[]) => {
    const m = new Map<string | null, number>()
    for (const d of daftar) m.set(d.kategori, (m.get(d.kategori) ?? 0) + 1)
    return m
  }
  const jumlah = hitung(tampil)
  const jumlahRendah = tampil.filter((d) => d.rendah).length
  const berubah = tampil
    .filter((d) => d.arah !== null)
    .sort((a, b) => (a.arah === b.arah ? 0 : a.arah === 'memburuk' ? -1 : b.arah === 'memburuk' ? 1 : 0) || (a.kode < b.kode ? -1 : 1))
  const polsek = satker.data?.polsek ?? []
  const namaPolsek = polsek.find((p) => String(p.id) === polsekId)?.nama
  const galat = tabel.galat ?? daftarDesa.galat ?? (banding ? tabelLalu.galat : null)
  const sementara = t?.baris.some((b) => b.sementara) ?? bulan === bulanBerjalan
  const alamatDesa = alamatDesaCb
  const kelasKategori = () => [...urutanKategori, null].map((x) => ({ k: x, n: jumlah.get(x) ?? 0 }))

  return (
    <section className="halaman-peta" aria-labelledby="judul-peta">
      <div className="kepala-halaman">
        <div className="baris-judul-peta">
          <h1 id="judul-peta">Peta Rawan</h1>
          <div className="aksi-peta">
            <fieldset className="pilih-tampilan-peta">
              <legend className="peta-sr">Tampilan peta</legend>
              {(
                [
                  ['wilayah', 'Peta batas wilayah'],
                  ['skematik', 'Skematik'],
                ] as const
              ).map(([nilai, label]) => (
                <label key={nilai} className={tampilan === nilai ? 'terpilih' : undefined}>
                  <input
                    type="radio"
                    name="tampilan-peta"
                    value={nilai}
                    checked={tampilan === nilai}
                    onChange={() => {
                      setPilihan({ nilai, dariHash: dariHashTampilan })
                      ubahAlamat({ tampilan: nilai })
                    }}
                  />{' '}
                  {label}
                </label>
              ))}
            </fieldset>
            <button type="button" className="tombol" onClick={() => void unduhPeta()} disabled={unduh.sibuk} aria-busy={unduh.sibuk}>
              {unduh.sibuk ? 'Menyusun gambar…' : 'Unduh PNG'}
            </button>
          </div>
        </div>
        <p className="redup">
          {tampilan === 'skematik'
            ? 'Peta skematis kerawanan Kamtibmas: satu kotak per desa, dikelompokkan per kecamatan (urut kode wilayah), diwarnai menurut kategori IKDK bulan terpilih. Pilih kotak desa untuk melihat rincian IKDK-nya.'
            : 'Kerawanan Kamtibmas per desa menurut kategori IKDK bulan terpilih; garis tebal = batas kecamatan. Pilih desa di peta atau di daftar untuk melihat rincian IKDK-nya.'}
        </p>
      </div>
      <div className="baris-saringan" role="search" aria-label="Bulan, Polsek dan perbandingan">
        <PilihBulan id="pilih-bulan-peta" bulan={bulan} daftar={tabel.data?.bulanTersedia ?? []} bulanBerjalan={bulanBerjalan} onUbah={(b) => ubahAlamat({ bulan: b })} />
        <div className="bidang">
          <label htmlFor="saring-polsek-peta">Polsek</label>
          <select id="saring-polsek-peta" value={polsekId} onChange={(e) => ubahAlamat({ polsek: e.target.value })}>
            <option value="">Semua Polsek</option>
            {polsek.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.nama}
              </option>
            ))}
          </select>
        </div>
        <div className="bidang bidang-centang-peta">
          <label>
            <input type="checkbox" checked={banding} onChange={(e) => ubahAlamat({ banding: e.target.checked })} /> Bandingkan dengan bulan sebelumnya
          </label>
        </div>
      </div>
      {unduh.galat && <Pemberitahuan jenis="galat">{unduh.galat}</Pemberitahuan>}

      {galat && <Pemberitahuan jenis="galat">{galat}</Pemberitahuan>}
      {(!t || !daftarDesa.data) && !galat && <Memuat teks="Menyusun peta…" />}
      {t && daftarDesa.data && (
        <>
          {sementara && t.baris.length > 0 && (
            <Pemberitahuan jenis="peringatan">
              <strong>{namaBulan(bulan)} — sementara.</strong> Bulan masih berjalan: kategori dapat berubah sampai bulan ditutup.
            </Pemberitahuan>
          )}
          {t.baris.length === 0 && (
            <Pemberitahuan jenis="info">Belum ada hasil IKDK untuk {namaBulan(bulan)}: semua desa tampil tanpa nilai. IKDK dihitung dari laporan mingguan dan kejadian — mulai di Input Mingguan.</Pemberitahuan>
          )}

          <div className="legenda-peta" role="status">
            <strong className="legenda-judul">
              {tampil.length} desa{namaPolsek ? ` — ${namaPolsek}` : ''}, {namaBulan(bulan)}
            </strong>
            <ul aria-label="Legenda dan jumlah desa per kategori">
              {kelasKategori().map(({ k, n }) => (
                <li key={k ?? '-'} data-kategori={k ?? '-'}>
                  <span
                    className={k === null ? 'contoh-ubin contoh-kosong' : 'contoh-ubin'}
                    style={k === null ? undefined : { background: warnaKategori(k, urutanKategori), color: warnaTeksKategori(warnaKategori(k, urutanKategori)) }}
                    aria-hidden="true"
                  >
                    {singkatKategori(k)}
                  </span>
                  <span className="legenda-kata">{k ?? LABEL_TANPA_NILAI}</span> <span className="angka legenda-jumlah">{n}</span>
                </li>
              ))}
              <li data-kategori="rendah">
                <span className="contoh-ubin contoh-rendah" aria-hidden="true" />
                <span className="legenda-kata">{tampilan === 'skematik' ? 'Garis tepi saja = keyakinan rendah' : 'Berongga atau pucat = keyakinan rendah'}</span> <span className="angka legenda-jumlah">{jumlahRendah}</span>
              </li>
              {lalu && (
                <li data-kategori="berubah">
                  <span className="contoh-ubin contoh-berubah" aria-hidden="true">
                    ▲▼
                  </span>
                  <span className="legenda-kata">
                    {tampilan === 'skematik' ? 'Bingkai tebal' : 'Tanda ▲/▼ di samping desa'} = kategori berubah dari {namaBulan(bulanLalu)} (▲ membaik, ▼ memburuk)
                  </span>{' '}
                  <span className="angka legenda-jumlah">{berubah.length}</span>
                  {berubah.length > 0 && (
                    <button
                      type="button"
                      className="tombol tombol-kecil tombol-ke-daftar"
                      onClick={() => {
                        judulBerubah.current?.scrollIntoView({ block: 'start' })
                        judulBerubah.current?.focus()
                      }}
                    >
                      Lihat daftarnya ↓
                    </button>
                  )}
                </li>
              )}
            </ul>
          </div>

          {banding && !lalu && !tabelLalu.galat && <Memuat teks={`Memuat ${namaBulan(bulanLalu)}…`} />}
          {tampilan === 'wilayah' && (
            <>
              {dataPeta.galat && <Pemberitahuan jenis="galat">{dataPeta.galat}</Pemberitahuan>}
              {!peta && !dataPeta.galat && <Memuat teks="Menyusun peta batas wilayah…" />}
              {peta && !adaGeometri && (
                <Pemberitahuan jenis="info">
                  Belum ada batas wilayah atau titik koordinat desa{namaPolsek ? ` di ${namaPolsek}` : ''}. Impor batas wilayah di bagian "Batas wilayah dan titik desa" di bawah, atau isi lintang dan bujur di Data Desa; sementara itu pakai tampilan Skematik.
                </Pemberitahuan>
              )}
              {peta && adaGeometri && (
                <>
                  <div className="baris-lapisan" role="group" aria-label="Lapisan peta">
                    <label>
                      <input type="checkbox" checked={lapisan.kejadian} onChange={(e) => setLapisan({ ...lapisan, kejadian: e.target.checked })} /> Kejadian {namaBulan(bulan)} (
                      {peta.kejadian.reduce((a, k) => a + k.jumlah, 0)})
                    </label>
                    <label>
                      <input type="checkbox" checked={lapisan.posKamling} onChange={(e) => setLapisan({ ...lapisan, posKamling: e.target.checked })} /> Pos kamling (aktif/jumlah)
                    </label>
                    {lapisan.kejadian && (
                      <span className="legenda-lapisan redup">
                        <span className="tanda-kejadian tingkat-nyata">n</span> gangguan nyata <span className="tanda-kejadian tingkat-ambang">n</span> ambang{' '}
                        <span className="tanda-kejadian tingkat-potensi">n</span> potensi (tingkat tertinggi di desa)
                      </span>
                    )}
                    {lapisan.posKamling && (
                      <span className="legenda-lapisan redup">
                        <span className="tanda-pos">a/j</span> pos kamling aktif/jumlah (saat diperkecil: kotak hitam kecil)
                      </span>
                    )}
                  </div>
                  <div className="tata-peta-wilayah">
                    <PetaWilayah data={peta} lapisan={lapisan} alamatDesa={alamatDesaCb} sorot={sorot} perubahan={perubahan} />
                    <DaftarDesaPeta desa={peta.desa} urutan={peta.urutanKategori} alamatDesa={alamatDesaCb} onSorot={setSorot} />
                  </div>
                </>
              )}
            </>
          )}
          {tampilan === 'wilayah' ? null : blok.length === 0 ? (
            <p className="redup">Tidak ada desa untuk Polsek ini. Desa ditambahkan di Data Desa.</p>
          ) : (
            <div className="peta-skematis" aria-label={`Peta skematis ${namaBulan(bulan)}`} role="region">
              {blok.map((b) => {
                const isi = b.ubin.map((u) => u.desa)
                const per = hitung(isi)
                return (
                  <section key={b.kecamatanKode} className="blok-kecamatan" data-kecamatan={b.kecamatanKode} aria-labelledby={`kec-${b.kecamatanKode}`}>
                    <h2 id={`kec-${b.kecamatanKode}`} className="judul-blok">
                      {b.kecamatanNama} <span className="redup angka">({isi.length})</span>
                    </h2>
                    <ul className="hitung-blok" aria-label={`Jumlah desa per kategori di ${b.kecamatanNama}`}>
                      {[...urutanKategori, null]
                        .filter((k) => (per.get(k) ?? 0) > 0)
                        .map((k) => (
                          <li key={k ?? '-'} title={`${k ?? LABEL_TANPA_NILAI}: ${per.get(k)}`}>
                            <span className={k === null ? 'titik-kategori contoh-kosong' : 'titik-kategori'} style={k === null ? undefined : { background: warnaKategori(k, urutanKategori) }} aria-hidden="true" />
                            <span aria-hidden="true">{singkatKategori(k)}</span>
                            <span className="peta-sr">{k ?? LABEL_TANPA_NILAI}</span> <span className="angka">{per.get(k)}</span>
                          </li>
                        ))}
                    </ul>
                    <ul className="ubin-blok" style={{ gridTemplateColumns: `repeat(${b.jumlahKolom}, var(--lebar-ubin))` }}>
                      {b.ubin.map(({ desa: d, baris, kolom }) => {
                        const warna = warnaKategori(d.kategori, urutanKategori)
                        const gaya =
                          d.kategori === null ? undefined : d.rendah ? { borderColor: warna } : { background: warna, borderColor: warna, color: warnaTeksKategori(warna) }
                        const kelas = ['ubin', d.kategori === null ? 'ubin-kosong' : d.rendah ? 'ubin-rendah' : 'ubin-isi', d.arah ? 'ubin-berubah' : ''].filter(Boolean).join(' ')
                        const kata = d.kategori ?? LABEL_TANPA_NILAI
                        const nilai = d.nilai === null ? '' : ` ${satuDesimal(d.nilai)}`
                        const ubah = d.arah ? `, ${KATA_ARAH[d.arah]} dari ${d.kategoriSebelumnya ?? LABEL_TANPA_NILAI}` : ''
                        const rendah = d.rendah ? ', keyakinan rendah' : ''
                        return (
                          <li key={d.kode} style={{ gridRow: baris, gridColumn: kolom }}>
                            <a
                              className={kelas}
                              href={alamatDesa(d.kode)}
                              style={gaya}
                              data-kode={d.kode}
                              data-kategori={d.kategori ?? '-'}
                              title={`${d.nama} (${d.kecamatanNama}) — ${kata}${nilai}${rendah}${ubah}`}
                            >
                              <span className="ubin-nama" aria-hidden="true">
                                {singkatNama(d.nama)}
                              </span>
                              <span className="ubin-kategori" aria-hidden="true">
                                {d.arah && <span className="ubin-tanda">{TANDA[d.arah]}</span>}
                                {singkatKategori(d.kategori)}
                                {d.rendah && ' (rendah)'}
                              </span>
                              <span className="peta-sr">
                                {d.nama}: {kata}
                                {rendah}
                                {ubah}
                              </span>
                            </a>
                          </li>
                        )
                      })}
                    </ul>
                  </section>
                )
              })}
            </div>
          )}
          {lalu && (
            <section className="daftar-berubah" aria-labelledby="judul-berubah">
              <h2 id="judul-berubah" ref={judulBerubah} tabIndex={-1}>
                Berubah kategori dari {namaBulan(bulanLalu)} ke {namaBulan(bulan)}: <span className="angka">{berubah.length}</span> desa
              </h2>
              {lalu.baris.length === 0 ? (
                <p className="redup">Belum ada hasil IKDK untuk {namaBulan(bulanLalu)}: tidak ada yang dapat dibandingkan.</p>
              ) : berubah.length === 0 ? (
                <p className="redup">Tidak ada desa yang berubah kategori.</p>
              ) : (
                <table className="tabel tabel-berubah">
                  <thead>
                    <tr>
                      <th scope="col">Desa</th>
                      <th scope="col">Kecamatan</th>
                      <th scope="col">{namaBulan(bulanLalu)}</th>
                      <th scope="col">{namaBulan(bulan)}</th>
                      <th scope="col">Arah</th>
                    </tr>
                  </thead>
                  <tbody>
                    {berubah.map((d) => (
                      <tr key={d.kode} data-kode={d.kode}>
                        <td>
                          <a href={alamatDesa(d.kode)}>{d.nama}</a>
                        </td>
                        <td>{d.kecamatanNama}</td>
                        <td>
                          <LencanaKategori kategori={d.kategoriSebelumnya} urutan={urutanKategori} />
                        </td>
                        <td>
                          <LencanaKategori kategori={d.kategori} urutan={urutanKategori} />
                        </td>
                        <td className={`arah-${d.arah!}`}>
                          <span aria-hidden="true">{TANDA[d.arah!]}</span> {KATA_ARAH[d.arah!]}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          )}

        </>
      )}
      <ImporPeta jumlahBatas={jumlahBatas} onBerubah={() => setVersiPeta((v) => v + 1)} />
    </section>
  )
}
