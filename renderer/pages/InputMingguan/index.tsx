import { useEffect, useMemo, useRef, useState } from 'react'
import { formatRentangMinggu, namaBulan } from '../../../shared/format'
import { panggil } from '../../api/klien'
import { Memuat } from '../../components/Memuat'
import { PemberitahuanHanyaBaca, useHanyaBaca } from '../../components/HanyaBaca'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { AksiImpor } from './AksiImpor'
import { GridMingguan } from './Grid/GridMingguan'
import { IndikatorSimpan } from './Grid/IndikatorSimpan'
import { TokoMingguan } from './Grid/toko'
import { type Pilihan, pilihanDariHash, tulisHash } from './minggu'
import { PanelKelengkapan } from './PanelKelengkapan'
import { PemilihMinggu } from './PemilihMinggu'
import { RekapCetak } from './RekapCetak'
import { type Tab, TabTampilan } from './TabTampilan'
import './mingguan.css'

/**
 * "Input Mingguan": one ISO week (default the last complete one), optionally one
 * Polsek; the spreadsheet-like grid that saves as it goes, and the completeness
 * panel with the WhatsApp summary and the printable recap.
 */
export function InputMingguan({ hariIni }: { hariIni: string }) {
  const [pilihan, setPilihan] = useState<Pilihan>(() => pilihanDariHash(window.location.hash, hariIni))
  const [tab, setTab] = useState<Tab>('isian')
  const { tahun, minggu, polsekId } = pilihan
  useEffect(() => tulisHash(pilihan), [pilihan])

  const satker = useMuat(() => panggil('satker:info', {}), [])
  // A Pimpinan reads the grid; nothing typed, pasted or deleted is sent.
  const hanyaBaca = useHanyaBaca('mingguan:simpan')
  const data = useMuat(() => panggil('mingguan:ambil', polsekId === null ? { tahun, minggu } : { tahun, minggu, polsekId }), [tahun, minggu, polsekId])
  const nomor = useRef(0)
  const toko = useMemo(() => {
    if (!data.data) return null
    nomor.current++
    return new TokoMingguan(data.data, { simpan: (m) => panggil('mingguan:simpan', m), bacaSaja: hanyaBaca !== null })
  }, [data.data, hanyaBaca])

  // Save what waits when the window hides or closes, and when this grid goes away.
  useEffect(() => {
    if (!toko) return
    const kirim = () => void toko.kirimSekarang()
    const sembunyi = () => document.visibilityState === 'hidden' && kirim()
    window.addEventListener('pagehide', kirim)
    window.addEventListener('beforeunload', kirim)
    document.addEventListener('visibilitychange', sembunyi)
    return () => {
      window.removeEventListener('pagehide', kirim)
      window.removeEventListener('beforeunload', kirim)
      document.removeEventListener('visibilitychange', sembunyi)
      toko.lepas()
    }
  }, [toko])

  // The completeness panel and the recap read the server after pending saves went out.
  const kelengkapan = useMuat(async () => {
    if (tab !== 'kelengkapan') return null
    await toko?.kirimSekarang()
    const [k, rekap] = await Promise.all([
      panggil('mingguan:kelengkapan', { tahun, minggu }),
      panggil('mingguan:ambil', polsekId === null ? { tahun, minggu } : { tahun, minggu, polsekId }),
    ])
    return { k, rekap }
  }, [tab, tahun, minggu, polsekId])

  const ubah = (p: Partial<Pilihan>) => setPilihan((l) => ({ ...l, ...p }))
  const polsek = satker.data?.polsek ?? []
  const namaPolsek = polsek.find((p) => p.id === polsekId)?.nama
  const siap = toko && !data.memuat
  const periode = formatRentangMinggu(tahun, minggu)

  return (
    <section className="halaman-penuh halaman-mingguan" aria-labelledby="judul-mingguan">
      <div className="kepala-mingguan">
        <div>
          <h1 id="judul-mingguan">Input Mingguan</h1>
          <p className="periode-terpilih">
            {periode}
            {namaPolsek && <span className="redup"> · {namaPolsek}</span>}
          </p>
        </div>
        {siap && <IndikatorSimpan toko={toko} />}
      </div>

      <div className="kontrol-mingguan">
        <PemilihMinggu nilai={pilihan} hariIni={hariIni} onUbah={(m) => ubah({ tahun: m.tahun, minggu: m.minggu })} />
        <div className="bidang">
          <label htmlFor="pilih-polsek">Polsek</label>
          <select id="pilih-polsek" value={polsekId ?? ''} onChange={(e) => ubah({ polsekId: e.target.value ? Number(e.target.value) : null })}>
            <option value="">Semua Polsek</option>
            {polsek.map((p) => (
              <option key={p.id} value={p.id}>
                {p.nama}
              </option>
            ))}
          </select>
        </div>
        <TabTampilan tab={tab} onUbah={setTab} />
        <AksiImpor tahun={tahun} minggu={minggu} polsekId={polsekId} polsek={polsek} hariIni={hariIni} onDiterapkan={data.muatUlang} />
      </div>

      {satker.galat && <Pemberitahuan jenis="galat">{satker.galat}</Pemberitahuan>}
      {data.galat && (
        <Pemberitahuan jenis="galat" judul="Data minggu ini tidak dapat dimuat">
          {data.galat}{' '}
          <button type="button" className="tombol tombol-kecil" onClick={data.muatUlang}>
            Coba lagi
          </button>
        </Pemberitahuan>
      )}
      {siap && <PemberitahuanHanyaBaca alasan={hanyaBaca} />}
      {siap && data.data?.terkunci && (
        <Pemberitahuan jenis="peringatan" judul={`Periode ${namaBulan(data.data.bulan)} terkunci`}>
          Laporan {periode} hanya dapat dibaca. Admin dapat membuka kunci periode (dengan alasan) bila perlu koreksi.
        </Pemberitahuan>
      )}

      <div role="tabpanel" id="panel-isian" aria-labelledby="tab-isian" className="panel-isian" hidden={tab !== 'isian'}>
        {!siap && !data.galat && <Memuat teks="Memuat laporan mingguan…" />}
        {siap && <GridMingguan key={nomor.current} toko={toko} label={`Isian mingguan ${periode}${namaPolsek ? `, ${namaPolsek}` : ''}`} zonaWaktu={satker.data?.zonaWaktu ?? null} />}
      </div>
      <div role="tabpanel" id="panel-kelengkapan" aria-labelledby="tab-kelengkapan" className="panel-kelengkapan-wadah" hidden={tab !== 'kelengkapan'}>
        {tab === 'kelengkapan' && kelengkapan.galat && <Pemberitahuan jenis="galat">{kelengkapan.galat}</Pemberitahuan>}
        {tab === 'kelengkapan' && (kelengkapan.memuat || !kelengkapan.data) && !kelengkapan.galat && <Memuat teks="Menghitung kelengkapan…" />}
        {tab === 'kelengkapan' && kelengkapan.data && !kelengkapan.memuat && (
          <PanelKelengkapan data={kelengkapan.data.k} polsekId={polsekId} onCetak={() => window.print()} />
        )}
      </div>
      {tab === 'kelengkapan' && kelengkapan.data && !kelengkapan.memuat && satker.data && (
        <RekapCetak satker={satker.data} data={kelengkapan.data.rekap} kelengkapan={kelengkapan.data.k} hariIni={hariIni} />
      )}
    </section>
  )
}
