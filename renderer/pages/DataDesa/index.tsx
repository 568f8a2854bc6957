import { useEffect, useMemo, useRef, useState } from 'react'
import type { Desa } from '../../../shared/skema-data'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { PemberitahuanHanyaBaca, useBolehKanal, useHanyaBaca } from '../../components/HanyaBaca'
import { angkaAtauKosong } from '../../lib/tampil'
import { DialogGantiKode } from './DialogGantiKode'
import { DialogTambahDesa } from './DialogTambahDesa'
import { DialogUbahDesa } from './DialogUbahDesa'
import { type ArahUrut, type KolomUrut, SARINGAN_KOSONG, saringDesa, urutkanDesa } from './saring'
import { BarisSaringan } from './Saringan'
import { TabelDesa } from './TabelDesa'

/** "Data Desa": every desa of the satker, searchable, sortable and editable. */
export function DataDesa({ zonaWaktu, hariIni = '' }: { zonaWaktu: string | null; hariIni?: string }) {
  const muatDesa = useMuat(() => panggil('desa:daftar', {}), [])
  const satker = useMuat(() => panggil('satker:info', {}), [])
  // Mode Polda: the desa master data come from the Polres' files; read-only here. A Pimpinan only reads.
  const hanyaBaca = useHanyaBaca('desa:ubah', satker.data?.jenis === 'polda')
  const bolehTambah = useBolehKanal('desa:tambah')
  const bolehGantiKode = useBolehKanal('desa:ganti-kode')
  const [desa, setDesa] = useState<Desa[]>([])
  const [saringan, setSaringan] = useState(SARINGAN_KOSONG)
  const [urut, setUrut] = useState<{ kolom: KolomUrut; arah: ArahUrut }>({ kolom: 'kode', arah: 'naik' })
  const [terpilih, setTerpilih] = useState<string | null>(null)
  const [dibuka, setDibuka] = useState<string | null>(null)
  // Pemekaran dialogs and what the last one did.
  const [dialogKode, setDialogKode] = useState<'tambah' | 'ganti' | null>(null)
  const [pesanKode, setPesanKode] = useState<string | null>(null)
  const kembaliKe = useRef<string | null>(null)
  const halaman = useRef<HTMLElement>(null)

  useEffect(() => {
    if (muatDesa.data) setDesa(muatDesa.data)
  }, [muatDesa.data])

  // Closing the dialog gives the focus back to the row it was opened from.
  useEffect(() => {
    if (dibuka !== null || !kembaliKe.current) return
    const kode = kembaliKe.current
    kembaliKe.current = null
    halaman.current?.querySelector<HTMLElement>(`tr[data-kode="${CSS.escape(kode)}"]`)?.focus()
  }, [dibuka])

  const tampil = useMemo(() => urutkanDesa(saringDesa(desa, saringan), urut.kolom, urut.arah), [desa, saringan, urut])
  const kecamatan = useMemo(() => {
    const peta = new Map<string, string>()
    for (const d of desa) if (!saringan.polsekId || String(d.polsekId) === saringan.polsekId) peta.set(d.kecamatanKode, d.kecamatanNama)
    return [...peta].map(([kode, nama]) => ({ kode, nama })).sort((a, b) => a.nama.localeCompare(b.nama, 'id'))
  }, [desa, saringan.polsekId])
  const tanpaPenduduk = tampil.filter((d) => d.penduduk === null).length
  const disaring = tampil.length !== desa.length
  const desaDibuka = dibuka ? desa.find((d) => d.kode === dibuka) : undefined

  function ubahUrut(kolom: KolomUrut) {
    setUrut((u) => (u.kolom === kolom ? { kolom, arah: u.arah === 'naik' ? 'turun' : 'naik' } : { kolom, arah: 'naik' }))
  }

  return (
    <section className="halaman-penuh" ref={halaman} aria-labelledby="judul-data-desa">
      <div className="kepala-halaman kepala-aksi">
        <div>
          <h1 id="judul-data-desa">Data Desa</h1>
          <p className="redup">Data dasar setiap desa/kelurahan: penduduk, KK, pos kamling, FKPM, dan koordinat. Kosong (—) berarti belum diisi, bukan nol.</p>
        </div>
        {!hanyaBaca && (bolehTambah || bolehGantiKode) && (
          <div className="aksi-halaman">
            {bolehTambah && (
              <button type="button" className="tombol" onClick={() => setDialogKode('tambah')}>
                Tambah Desa
              </button>
            )}
            {bolehGantiKode && (
              <button type="button" className="tombol" onClick={() => setDialogKode('ganti')}>
                Ganti Kode Desa
              </button>
            )}
          </div>
        )}
      </div>
      <PemberitahuanHanyaBaca alasan={hanyaBaca} />
      {pesanKode && <Pemberitahuan jenis="berhasil">{pesanKode}</Pemberitahuan>}
      {muatDesa.galat && <Pemberitahuan jenis="galat">{muatDesa.galat}</Pemberitahuan>}
      {satker.galat && <Pemberitahuan jenis="galat">{satker.galat}</Pemberitahuan>}
      {!muatDesa.data && !muatDesa.galat && <Memuat teks="Memuat daftar desa…" />}
      {muatDesa.data && (
        <>
          <BarisSaringan saringan={saringan} onUbah={setSaringan} kecamatan={kecamatan} polsek={satker.data?.polsek ?? []} />
          <p className="ringkasan-jumlah" role="status">
            <strong>{angkaAtauKosong(tampil.length)} desa</strong>
            {disaring && <span className="redup"> (dari {angkaAtauKosong(desa.length)})</span>}
            <span className="pemisah" aria-hidden="true">
              ·
            </span>
            <span className={tanpaPenduduk ? 'teks-peringatan' : undefined}>{angkaAtauKosong(tanpaPenduduk)} desa belum berisi data penduduk</span>
          </p>
          <TabelDesa
            desa={tampil}
            urut={urut}
            onUrut={ubahUrut}
            terpilih={terpilih}
            onPilih={setTerpilih}
            onBuka={hanyaBaca ? undefined : setDibuka}
            kosong={
              <>
                Tidak ada desa yang cocok dengan pencarian atau saringan.{' '}
                <button type="button" className="tombol tombol-kecil" onClick={() => setSaringan(SARINGAN_KOSONG)}>
                  Hapus pencarian dan saringan
                </button>
              </>
            }
          />
        </>
      )}
      {dialogKode === 'tambah' && !hanyaBaca && bolehTambah && (
        <DialogTambahDesa
          kecamatan={[...new Map(desa.map((d) => [d.kecamatanKode, d.kecamatanNama]))].map(([kode, nama]) => ({ kode, nama })).sort((a, b) => a.nama.localeCompare(b.nama, 'id'))}
          onTutup={() => setDialogKode(null)}
          onTersimpan={(d) => {
            setDialogKode(null)
            setPesanKode(`Desa ${d.nama} (${d.kode}) ditambahkan di Kecamatan ${d.kecamatanNama}.`)
            setTerpilih(d.kode)
            muatDesa.muatUlang()
          }}
        />
      )}
      {dialogKode === 'ganti' && !hanyaBaca && bolehGantiKode && (
        <DialogGantiKode
          desa={desa}
          hariIni={hariIni}
          onTutup={() => setDialogKode(null)}
          onTersimpan={(d) => {
            setDialogKode(null)
            setPesanKode(`Kode desa diganti: riwayatnya kini tercatat pada Desa ${d.nama} (${d.kode}).`)
            setTerpilih(d.kode)
            muatDesa.muatUlang()
          }}
        />
      )}
      {desaDibuka && !hanyaBaca && (
        <DialogUbahDesa
          key={desaDibuka.kode}
          desa={desaDibuka}
          zonaWaktu={zonaWaktu as ZonaWaktu | null}
          onTersimpan={(baru) => setDesa((semua) => semua.map((d) => (d.kode === baru.kode ? baru : d)))}
          onTutup={() => {
            kembaliKe.current = desaDibuka.kode
            setDibuka(null)
          }}
        />
      )}
    </section>
  )
}
