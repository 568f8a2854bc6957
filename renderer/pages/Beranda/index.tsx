import type { Keluaran } from '../../../shared/api'
import { panggil } from '../../api/klien'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { useMuat } from '../../lib/muat'
import { BerandaPolda } from './BerandaPolda'
import { DaftarPeringatanTerbaru, TabelPalingRawan } from './DaftarRawan'
import { GrafikTren } from './GrafikTren'
import { KartuRingkas } from './KartuRingkas'
import { WilayahSatker } from './WilayahSatker'
import './beranda.css'

/**
 * "Beranda": this week's reports, the IKDK picture of the last closed month,
 * the most rawan desa, open alerts and trends, each linking to its screen;
 * below them the satker's Polsek and desa data completeness. A Polda sees its
 * own Beranda (kiriman of the Polres, the province's IKDK).
 */
export function Beranda() {
  const satker = useMuat(() => panggil('satker:info', {}), [])

  if (satker.galat) return <Pemberitahuan jenis="galat">{satker.galat}</Pemberitahuan>
  if (!satker.data) return <Memuat />
  const s = satker.data
  const polda = s.jenis === 'polda'

  return (
    <section aria-labelledby="judul-beranda" className="halaman-beranda">
      <div className="kepala-beranda">
        <h1 id="judul-beranda">Beranda</h1>
        {polda ? (
          <p className="identitas-ringkas">
            <strong>{s.nama}</strong> · Ditbinmas · Provinsi {s.provinsiNama} · kode satker {s.kode} · zona waktu {s.zonaWaktu} · Dirbinmas: {[s.kasat.pangkat, s.kasat.nama].join(' ')} · NRP {s.kasat.nrp}
          </p>
        ) : (
          <p className="identitas-ringkas">
            <strong>{s.nama}</strong> · Polda {s.provinsiNama} · {s.kabupaten.map((k) => k.nama).join(', ')} · kode satker {s.kode} · zona waktu {s.zonaWaktu} · Kasat Binmas:{' '}
            {[s.kasat.pangkat, s.kasat.nama].join(' ')} · NRP {s.kasat.nrp}
          </p>
        )}
      </div>
      {polda ? <BerandaPolda /> : <BerandaPolres satker={s} />}
    </section>
  )
}

function BerandaPolres({ satker }: { satker: Keluaran<'satker:info'> }) {
  const desa = useMuat(() => panggil('desa:daftar', {}), [])
  const ringkasan = useMuat(() => panggil('beranda:ringkasan', {}), [])
  const r = ringkasan.data
  const urutan = r?.warnaKategori ?? []
  return (
    <>
      {ringkasan.galat && <Pemberitahuan jenis="galat">{ringkasan.galat}</Pemberitahuan>}
      {!r && !ringkasan.galat && <Memuat teks="Menyusun ringkasan IKDK…" />}
      {r && (
        <>
          <KartuRingkas r={r} urutan={urutan} />
          <div className="dua-kolom">
            <TabelPalingRawan r={r} urutan={urutan} />
            <DaftarPeringatanTerbaru r={r} />
          </div>
          <GrafikTren r={r} urutan={urutan} />
        </>
      )}

      <WilayahSatker satker={satker} desa={desa.data} galatDesa={desa.galat} />
    </>
  )
}
