import { useEffect, useMemo, useRef, useState } from 'react'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { urutBerikut } from '../../components/KepalaUrut'
import { Memuat } from '../../components/Memuat'
import type { ArahUrut } from '../../components/navigasi-baris'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { PemberitahuanHanyaBaca, useHanyaBaca } from '../../components/HanyaBaca'
import { angkaAtauKosong } from '../../lib/tampil'
import { DialogPersonel } from './DialogPersonel'
import { PanelTanpaBhabin } from './PanelTanpaBhabin'
import { BarisSaringanPersonel } from './Saringan'
import { binaanKini, daftarJabatan, type KolomPersonel, SARINGAN_KOSONG, saringPersonel, TANPA_POLSEK, urutkanPersonel } from './saring'
import { TabelPersonel } from './TabelPersonel'
import './personel.css'

/** "Personel": Bhabinkamtibmas and other Binmas personnel, their desa binaan, and the desa nobody holds. */
export function Personel({ hariIni, zonaWaktu }: { hariIni: string; zonaWaktu: string | null }) {
  const data = useMuat(() => panggil('personel:daftar', {}), [])
  const satker = useMuat(() => panggil('satker:info', {}), [])
  // Mode Polda: personnel and desa binaan come from the Polres' files; read-only here. A Pimpinan only reads.
  const hanyaBaca = useHanyaBaca('personel:simpan', satker.data?.jenis === 'polda')
  const desa = useMuat(() => panggil('desa:daftar', {}), [])
  const [saringan, setSaringan] = useState(SARINGAN_KOSONG)
  const [urut, setUrut] = useState<{ kolom: KolomPersonel; arah: ArahUrut }>({ kolom: 'polsek', arah: 'naik' })
  const [terpilih, setTerpilih] = useState<string | null>(null)
  // null = closed, '' = a new officer, otherwise the NRP being edited.
  const [dibuka, setDibuka] = useState<string | null>(null)
  const kembaliKe = useRef<string | null>(null)
  const halaman = useRef<HTMLElement>(null)

  const semua = data.data?.personel ?? []
  const polsek = satker.data?.polsek ?? []
  const tampil = useMemo(() => urutkanPersonel(saringPersonel(semua, saringan), urut.kolom, urut.arah), [semua, saringan, urut])
  const jabatan = useMemo(() => daftarJabatan(semua), [semua])
  const namaPolsekSaring = saringan.polsekId && saringan.polsekId !== TANPA_POLSEK ? (polsek.find((p) => String(p.id) === saringan.polsekId)?.nama ?? null) : null
  const tanpaBhabin = (data.data?.desaTanpaBhabin ?? []).filter((d) => !namaPolsekSaring || d.polsekNama === namaPolsekSaring)
  const bhabinAktif = semua.filter((p) => p.aktif && binaanKini(p, hariIni).length > 0).length

  // Closing the dialog gives the focus back to the row (or the button) it came from.
  useEffect(() => {
    if (dibuka !== null || kembaliKe.current === null) return
    const nrp = kembaliKe.current
    kembaliKe.current = null
    const sasaran = nrp ? halaman.current?.querySelector<HTMLElement>(`tr[data-nrp="${CSS.escape(nrp)}"]`) : halaman.current?.querySelector<HTMLElement>('#tombol-tambah-personel')
    sasaran?.focus()
  }, [dibuka])

  return (
    <section className="halaman-penuh" ref={halaman} aria-labelledby="judul-personel">
      <div className="kepala-halaman kepala-aksi">
        <div>
          <h1 id="judul-personel">Personel</h1>
          <p className="redup">Bhabinkamtibmas dan personel Binmas lainnya beserta desa binaannya. Riwayat penugasan disimpan.</p>
        </div>
        {!hanyaBaca && (
          <div className="aksi-halaman">
            <button type="button" id="tombol-tambah-personel" className="tombol tombol-utama" onClick={() => setDibuka('')}>
              Tambah Personel
            </button>
          </div>
        )}
      </div>
      <PemberitahuanHanyaBaca alasan={hanyaBaca} />
      {data.galat && <Pemberitahuan jenis="galat">{data.galat}</Pemberitahuan>}
      {satker.galat && <Pemberitahuan jenis="galat">{satker.galat}</Pemberitahuan>}
      {!data.data && !data.galat && <Memuat teks="Memuat daftar personel…" />}
      {data.data && (
        <div className="tata-personel">
          <div className="kolom-daftar">
            <BarisSaringanPersonel saringan={saringan} onUbah={setSaringan} polsek={polsek} jabatan={jabatan} />
            <p className="ringkasan-jumlah" role="status">
              <strong>{angkaAtauKosong(tampil.length)} personel</strong>
              {tampil.length !== semua.length && <span className="redup"> (dari {angkaAtauKosong(semua.length)})</span>}
              <span className="pemisah" aria-hidden="true">
                ·
              </span>
              {angkaAtauKosong(bhabinAktif)} memegang desa binaan hari ini
            </p>
            <TabelPersonel
              personel={tampil}
              hariIni={hariIni}
              urut={urut}
              onUrut={(k) => setUrut((u) => urutBerikut(u, k))}
              terpilih={terpilih}
              onPilih={setTerpilih}
              onBuka={hanyaBaca ? undefined : setDibuka}
              kosong={
                semua.length === 0 ? (
                  satker.data?.jenis === 'polda' ? (
                    <>Belum ada personel dari berkas Polres. Personel masuk bersama berkas bulanan Polres di Pertukaran Data.</>
                  ) : (
                    hanyaBaca ? (
                      <>Belum ada personel.</>
                    ) : (
                      <>Belum ada personel. Mulai dengan tombol &quot;Tambah Personel&quot;, lalu tetapkan desa binaannya.</>
                    )
                  )
                ) : (
                  <>
                    Tidak ada personel yang cocok dengan saringan.{' '}
                    <button type="button" className="tombol tombol-kecil" onClick={() => setSaringan(SARINGAN_KOSONG)}>
                      Hapus saringan
                    </button>
                  </>
                )
              }
            />
          </div>
          <PanelTanpaBhabin desa={tanpaBhabin} polsekNama={namaPolsekSaring} bolehTetapkan={!hanyaBaca} />
        </div>
      )}
      {dibuka !== null && !hanyaBaca && (
        <DialogPersonel
          personel={dibuka ? semua.find((p) => p.nrp === dibuka) : undefined}
          semua={semua}
          polsek={polsek}
          desa={desa.data ?? []}
          hariIni={hariIni}
          zonaWaktu={zonaWaktu as ZonaWaktu | null}
          onBerubah={(nrp) => {
            setDibuka(nrp)
            setTerpilih(nrp)
            data.muatUlang()
          }}
          onTutup={() => {
            kembaliKe.current = dibuka
            setDibuka(null)
          }}
        />
      )}
    </section>
  )
}
