import { useEffect, useMemo, useRef, useState } from 'react'
import { namaBulan } from '../../../shared/format'
import { bulanSebelumnya } from '../../../shared/iso-week'
import { panggil } from '../../api/klien'
import { bulanTutup } from '../../components/bulan-ikdk'
import { LabelSkema } from '../../components/LabelSkema'
import { LencanaKategori } from '../../components/LencanaKategori'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { PilihBulan } from '../../components/PilihBulan'
import { useMuat } from '../../lib/muat'
import { alamatHash, gantiHashDiam, useParameterHash } from '../../lib/parameter-hash'
import { RincianDesa } from './RincianDesa'
import { bulanSah, hitungPerKategori, paramDariSaringan, SARINGAN_KOSONG, saringanDariParam, saringIkdk, urutkanIkdk, type KolomUrutIkdk } from './saring'
import { BarisSaringanIkdk } from './SaringanIkdk'
import { TabelIkdk } from './TabelIkdk'
import './indeks.css'

/**
 * "Indeks (IKDK)": every desa's index for a month, sortable and filterable,
 * and per desa "Mengapa nilai ini?". Month, desa and filters live in the
 * address (#/indeks?bulan=2024-09&desa=…), so Beranda and Peringatan Dini can link here.
 */
export function Indeks({ hariIni }: { hariIni: string }) {
  const q = useParameterHash()
  const bulan = bulanSah(q.get('bulan')) ?? bulanTutup(hariIni)
  const bulanBerjalan = hariIni.slice(0, 7)
  const desa = q.get('desa')
  const [awal] = useState(() => saringanDariParam(q))
  const [saringan, setSaringan] = useState(awal.saringan)
  const [urut, setUrut] = useState(awal.urut)
  const tabel = useMuat(() => panggil('ikdk:bulan', { bulan }), [bulan])
  const satker = useMuat(() => panggil('satker:info', {}), [])
  const terakhirDibuka = useRef<string | null>(null)
  const halaman = useRef<HTMLElement>(null)

  const param = paramDariSaringan(saringan, urut)
  const alamat = (tambahan: Record<string, string> = {}) => alamatHash('indeks', { bulan, ...param, ...tambahan })

  // Filters and sort order follow in the address without a history entry each.
  useEffect(() => {
    if (!desa) gantiHashDiam(alamat())
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [saringan, urut])

  // Back from a desa: the focus returns to its link in the table.
  useEffect(() => {
    if (desa) {
      terakhirDibuka.current = desa
      return
    }
    const kode = terakhirDibuka.current
    if (!kode || !tabel.data) return
    terakhirDibuka.current = null
    halaman.current?.querySelector<HTMLElement>(`tr[data-kode="${CSS.escape(kode)}"] a`)?.focus()
  }, [desa, tabel.data])

  const t = tabel.data?.bulan === bulan ? tabel.data : undefined
  const urutanKategori = useMemo(() => t?.kategori.map((k) => k.nama) ?? [], [t])
  const tampil = useMemo(() => (t ? urutkanIkdk(saringIkdk(t.baris, saringan), urut, urutanKategori) : []), [t, saringan, urut, urutanKategori])
  const perKategori = hitungPerKategori(tampil, urutanKategori)
  const sementara = t?.baris.some((b) => b.sementara) ?? bulan === bulanBerjalan
  const polsek = satker.data?.polsek ?? []
  const skemaLain = t ? [...new Set(t.baris.map((b) => b.skema))].filter((k) => k !== `${t.skema.id}@${t.skema.versi}`) : []

  function ubahUrut(kolom: KolomUrutIkdk) {
    setUrut((u) => (u.kolom === kolom ? { kolom, arah: u.arah === 'naik' ? 'turun' : 'naik' } : { kolom, arah: 'naik' }))
  }
  const pindahBulan = (b: string) => {
    window.location.hash = alamatHash('indeks', { bulan: b, ...param, ...(desa ? { desa } : {}) })
  }

  return (
    <section className={desa ? 'halaman-ikdk' : 'halaman-penuh halaman-ikdk'} ref={halaman} aria-labelledby="judul-indeks">
      <div className="kepala-halaman">
        <h1 id="judul-indeks">Indeks (IKDK)</h1>
        <p className="redup">Indeks Keamanan Desa/Kelurahan per bulan, 0–100: makin tinggi makin aman. Pilih nama desa untuk melihat mengapa nilainya demikian.</p>
      </div>
      <div className="baris-saringan" role="search" aria-label="Bulan dan saringan">
        <PilihBulan id="pilih-bulan-ikdk" bulan={bulan} daftar={t?.bulanTersedia ?? tabel.data?.bulanTersedia ?? []} bulanBerjalan={bulanBerjalan} onUbah={pindahBulan} />
        {!desa && <BarisSaringanIkdk saringan={saringan} onUbah={setSaringan} polsek={polsek} kategori={urutanKategori} />}
      </div>
      {tabel.galat && <Pemberitahuan jenis="galat">{tabel.galat}</Pemberitahuan>}
      {!t && !tabel.galat && <Memuat teks="Menghitung IKDK…" />}
      {t && desa && (
        <RincianDesa
          desaKode={desa}
          bulan={bulan}
          baris={t.baris.find((b) => b.desaKode === desa)}
          bulanTren={t.bulanTren}
          skema={t.skema}
          urutanKategori={urutanKategori}
          alamatKembali={alamat()}
        />
      )}
      {t && !desa && (
        <>
          <LabelSkema skema={t.skema} />
          {skemaLain.length > 0 && (
            <Pemberitahuan jenis="info">
              Sebagian nilai bulan ini tersimpan dengan skema lain ({skemaLain.map((k) => k.replace('@', ' versi ')).join(', ')}), misalnya karena periode sudah dikunci sebelum skema diganti.
            </Pemberitahuan>
          )}
          {sementara && t.baris.length > 0 && (
            <Pemberitahuan jenis="peringatan">
              <strong>{namaBulan(bulan)} — sementara.</strong> Bulan masih berjalan: hanya minggu yang sudah selesai dihitung, dan peringatan penurunan atau perubahan kategori baru dibuat setelah
              bulan ditutup.
            </Pemberitahuan>
          )}
          {t.terkunci && <p className="redup">Periode {namaBulan(bulan)} sudah dikunci: nilainya tidak berubah lagi.</p>}
          <div className="ringkasan-jumlah ringkasan-kategori" role="status">
            <strong>
              {tampil.length} desa{tampil.length !== t.baris.length && <span className="redup"> (dari {t.baris.length})</span>}
            </strong>
            <ul aria-label="Jumlah desa per kategori">
              {perKategori
                .filter((k) => k.kategori !== null || k.jumlah > 0)
                .map((k) => (
                  <li key={k.kategori ?? '-'} data-kategori={k.kategori ?? '-'}>
                    <LencanaKategori kategori={k.kategori} urutan={urutanKategori} /> <span className="angka">{k.jumlah}</span>
                  </li>
                ))}
            </ul>
          </div>
          <TabelIkdk
            baris={tampil}
            urut={urut}
            onUrut={ubahUrut}
            urutanKategori={urutanKategori}
            bulanTren={t.bulanTren}
            bulanSebelumnya={bulanSebelumnya(bulan)}
            alamatDesa={(kode) => alamat({ desa: kode })}
            kosong={
              t.baris.length === 0 ? (
                <>Belum ada hasil IKDK untuk {namaBulan(bulan)}. IKDK dihitung dari laporan mingguan dan kejadian — mulai di Input Mingguan.</>
              ) : (
                <>
                  Tidak ada desa yang cocok dengan saringan.{' '}
                  <button type="button" className="tombol tombol-kecil" onClick={() => setSaringan(SARINGAN_KOSONG)}>
                    Hapus saringan
                  </button>
                </>
              )
            }
          />
        </>
      )}
    </section>
  )
}
