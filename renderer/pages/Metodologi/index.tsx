import { useState } from 'react'
import { namaBulan } from '../../../shared/format'
import type { HasilDaftarSkema } from '../../../shared/hasil-ikdk'
import { panggil } from '../../api/klien'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { alamatHash, useParameterHash } from '../../lib/parameter-hash'
import { kunciSkema, skemaBerlaku, uraiKunciSkema } from './bulan'
import { Dokumen } from './Dokumen'
import { SkemaIkdk } from './SkemaIkdk'
import './dokumen.css'

/**
 * "Metodologi": the scheme in force explained as a printable document,
 * generated from the scheme file, and the management of scheme files (Skema IKDK).
 */
export function Metodologi({ hariIni, zonaWaktu }: { hariIni: string; zonaWaktu: string | null }) {
  const bulanBerjalan = hariIni.slice(0, 7)
  const q = useParameterHash()
  const muatDaftar = useMuat(() => panggil('skema:daftar', {}), [])
  const [daftarBaru, setDaftarBaru] = useState<HasilDaftarSkema | null>(null)
  const daftar = daftarBaru ?? muatDaftar.data
  const berlaku = daftar ? skemaBerlaku(daftar.periode, bulanBerjalan) : null
  const dipilih = q.get('skema') ?? berlaku?.skema ?? null
  const kunci = dipilih ? uraiKunciSkema(dipilih) : null
  const isi = useMuat(() => (kunci ? panggil('skema:isi', kunci) : Promise.resolve(undefined)), [dipilih])
  const satker = useMuat(() => panggil('satker:info', {}), [])
  const sejak = daftar && isi.data ? (daftar.periode.filter((p) => p.skema === kunciSkema(isi.data!)).sort((a, b) => a.bulanMulai.localeCompare(b.bulanMulai))[0]?.bulanMulai ?? null) : null

  return (
    <section aria-labelledby="judul-metodologi" className="halaman-metodologi">
      <div className="kepala-metodologi jangan-cetak">
        <h1 id="judul-metodologi">Metodologi IKDK</h1>
        <p className="redup">Penjelasan skema IKDK yang berlaku, dibuat langsung dari berkas skemanya. Dapat dicetak (A4) sebagai lampiran Laporan Anev.</p>
        <div className="alat-baris">
          {daftar && (
            <div className="bidang">
              <label htmlFor="pilih-skema-dokumen">Skema yang dijelaskan</label>
              <select id="pilih-skema-dokumen" value={dipilih ?? ''} onChange={(e) => (window.location.hash = alamatHash('metodologi', { skema: e.target.value }))}>
                {daftar.tersedia.map((s) => (
                  <option key={kunciSkema(s)} value={kunciSkema(s)}>
                    {s.nama} ({s.id} versi {s.versi}){kunciSkema(s) === berlaku?.skema ? ' — berlaku bulan ini' : ''}
                  </option>
                ))}
              </select>
            </div>
          )}
          <button type="button" className="tombol" onClick={() => window.print()}>
            Cetak
          </button>
        </div>
      </div>
      {(muatDaftar.galat || isi.galat) && <Pemberitahuan jenis="galat">{muatDaftar.galat ?? isi.galat}</Pemberitahuan>}
      {!isi.data && !isi.galat && <Memuat teks="Memuat skema…" />}
      {daftar && berlaku && <SkemaIkdk daftar={daftar} berlaku={berlaku.skema} bulanBerjalan={bulanBerjalan} zonaWaktu={zonaWaktu} onBerubah={setDaftarBaru} />}
      {isi.data && <Dokumen skema={isi.data} satker={satker.data} berlakuSejak={sejak ? namaBulan(sejak) : null} hariIni={hariIni} />}
    </section>
  )
}
