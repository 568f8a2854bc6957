import { useEffect, useMemo, useRef, useState } from 'react'
import type { Kejadian as DataKejadian } from '../../../shared/kejadian'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { urutBerikut } from '../../components/KepalaUrut'
import { Memuat } from '../../components/Memuat'
import type { ArahUrut } from '../../components/navigasi-baris'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { PemberitahuanHanyaBaca, useHanyaBaca } from '../../components/HanyaBaca'
import { angkaAtauKosong } from '../../lib/tampil'
import { DialogKejadian } from './DialogKejadian'
import { KonfirmasiHapus } from './KonfirmasiHapus'
import { BarisSaringanKejadian } from './Saringan'
import { adaSaringan, type KolomKejadian, masukanSaring, SARINGAN_KOSONG, urutkanKejadian } from './saring'
import { TabelKejadian } from './TabelKejadian'
import './kejadian.css'

/** "Kejadian & Deteksi Dini": the register of incidents and early-warning information. */
export function Kejadian({ hariIni, zonaWaktu }: { hariIni: string; zonaWaktu: string | null }) {
  const [saringan, setSaringan] = useState(SARINGAN_KOSONG)
  const [versi, setVersi] = useState(0)
  const daftar = useMuat(() => panggil('kejadian:daftar', masukanSaring(saringan)), [JSON.stringify(saringan), versi])
  const periode = useMuat(() => panggil('periode:daftar', {}), [versi])
  const desa = useMuat(() => panggil('desa:daftar', {}), [])
  // Mode Polda: incidents come from the Polres' files; the register is read-only. A Pimpinan only reads.
  const satker = useMuat(() => panggil('satker:info', {}), [])
  const modePolda = satker.data?.jenis === 'polda'
  const hanyaBaca = useHanyaBaca('kejadian:simpan', modePolda)
  const bolehHapus = useHanyaBaca('kejadian:hapus', modePolda) === null
  const [urut, setUrut] = useState<{ kolom: KolomKejadian; arah: ArahUrut }>({ kolom: 'tanggal', arah: 'turun' })
  const [dipilih, setDipilih] = useState<ReadonlySet<string>>(new Set())
  const [fokus, setFokus] = useState<string | null>(null)
  // null = closed; { kejadian: undefined } = a new incident.
  const [dibuka, setDibuka] = useState<{ kejadian: DataKejadian | undefined } | null>(null)
  const [hapus, setHapus] = useState(false)
  const [pesan, setPesan] = useState<string | null>(null)
  const kembaliKe = useRef<string | null>(null)
  const halaman = useRef<HTMLElement>(null)

  const semua = daftar.data ?? []
  const tampil = useMemo(() => urutkanKejadian(semua, urut.kolom, urut.arah), [semua, urut])
  // Ticks only count for rows still listed and not locked.
  const terpilih = tampil.filter((k) => dipilih.has(k.id) && !k.terkunci)
  const bulanBerjalan = hariIni.slice(0, 7)
  const bulan = useMemo(() => {
    const ada = periode.data ?? []
    return ada.some((p) => p.bulan === bulanBerjalan) ? ada : [{ bulan: bulanBerjalan, terkunci: false }, ...ada]
  }, [periode.data, bulanBerjalan])

  useEffect(() => {
    if (dibuka !== null || kembaliKe.current === null) return
    const id = kembaliKe.current
    const sasaran = id ? halaman.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(id)}"]`) : null
    // An incident saved just before closing may not be listed yet: wait for the reload that brings it.
    if (id && !sasaran && daftar.memuat) return
    kembaliKe.current = null
    ;(sasaran ?? halaman.current?.querySelector<HTMLElement>('#tombol-tambah-kejadian'))?.focus()
  }, [dibuka, daftar.data, daftar.memuat])

  const muatUlang = () => setVersi((v) => v + 1)
  const terbuka = semua.filter((k) => k.status === 'terbuka').length
  const nTerkunci = semua.filter((k) => k.terkunci).length

  return (
    <section className="halaman-penuh" ref={halaman} aria-labelledby="judul-kejadian">
      <div className="kepala-halaman kepala-aksi">
        <div>
          <h1 id="judul-kejadian">Kejadian &amp; Deteksi Dini</h1>
          <p className="redup">Register kejadian dan informasi deteksi dini per desa: potensi gangguan, ambang gangguan, dan gangguan nyata.</p>
        </div>
        {!hanyaBaca && (
          <div className="aksi-halaman">
            <button type="button" id="tombol-tambah-kejadian" className="tombol tombol-utama" onClick={() => setDibuka({ kejadian: undefined })}>
              Tambah Kejadian
            </button>
            {bolehHapus && (
              <button type="button" className="tombol tombol-bahaya-garis" disabled={terpilih.length === 0} onClick={() => setHapus(true)}>
                Hapus terpilih ({terpilih.length})
              </button>
            )}
          </div>
        )}
      </div>
      <PemberitahuanHanyaBaca alasan={hanyaBaca} />
      <BarisSaringanKejadian
        saringan={saringan}
        onUbah={(s) => {
          setSaringan(s)
          setDipilih(new Set())
        }}
        bulan={bulan}
        desa={desa.data ?? []}
      />
      {pesan && <Pemberitahuan jenis="berhasil">{pesan}</Pemberitahuan>}
      {daftar.galat && <Pemberitahuan jenis="galat">{daftar.galat}</Pemberitahuan>}
      {!daftar.data && !daftar.galat && <Memuat teks="Memuat register kejadian…" />}
      {daftar.data && (
        <>
          <div className="ringkasan-jumlah">
            <span role="status">
              <strong>{angkaAtauKosong(semua.length)} kejadian</strong>
              <span className="pemisah" aria-hidden="true">
                ·
              </span>
              {angkaAtauKosong(terbuka)} terbuka
              {nTerkunci > 0 && (
                <>
                  <span className="pemisah" aria-hidden="true">
                    ·
                  </span>
                  {angkaAtauKosong(nTerkunci)} di bulan terkunci
                </>
              )}
            </span>
            {adaSaringan(saringan) && (
              <button type="button" className="tombol tombol-kecil hapus-saringan" onClick={() => setSaringan(SARINGAN_KOSONG)}>
                Hapus saringan
              </button>
            )}
          </div>
          <TabelKejadian
            kejadian={tampil}
            urut={urut}
            onUrut={(k) => setUrut((u) => urutBerikut(u, k))}
            dipilih={dipilih}
            onPilihan={bolehHapus ? setDipilih : undefined}
            fokus={fokus}
            onFokus={setFokus}
            onBuka={(id) => !hanyaBaca && setDibuka({ kejadian: semua.find((k) => k.id === id) })}
            kosong={
              adaSaringan(saringan) ? (
                <>
                  Tidak ada kejadian yang cocok dengan saringan.{' '}
                  <button type="button" className="tombol tombol-kecil" onClick={() => setSaringan(SARINGAN_KOSONG)}>
                    Hapus saringan
                  </button>
                </>
              ) : (
                modePolda ? (
                  <>Belum ada kejadian dari berkas Polres. Kejadian masuk bersama berkas bulanan Polres di Pertukaran Data.</>
                ) : hanyaBaca ? (
                  <>Belum ada kejadian tercatat.</>
                ) : (
                  <>Belum ada kejadian tercatat. Catat kejadian atau informasi deteksi dini pertama dengan tombol &quot;Tambah Kejadian&quot;.</>
                )
              )
            }
          />
        </>
      )}
      {dibuka && !hanyaBaca && (
        <DialogKejadian
          kejadian={dibuka.kejadian}
          desa={desa.data ?? []}
          hariIni={hariIni}
          zonaWaktu={zonaWaktu as ZonaWaktu | null}
          onTersimpan={(k) => {
            setDibuka({ kejadian: k })
            setFokus(k.id)
            setPesan(null)
            muatUlang()
          }}
          onMuatUlang={muatUlang}
          onTutup={() => {
            kembaliKe.current = dibuka.kejadian?.id ?? ''
            setDibuka(null)
          }}
        />
      )}
      {hapus && bolehHapus && (
        <KonfirmasiHapus
          kejadian={terpilih}
          onBatal={() => setHapus(false)}
          onTerhapus={(n) => {
            setHapus(false)
            setDipilih(new Set())
            setPesan(`${angkaAtauKosong(n)} kejadian dihapus.`)
            muatUlang()
          }}
        />
      )}
    </section>
  )
}
