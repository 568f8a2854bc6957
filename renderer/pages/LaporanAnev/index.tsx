import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { PengesahanDraf } from '../../../shared/api-anev'
import { htmlLaporanAnev } from '../../../shared/anev/html'
import { type DokumenAnev, type GrafikAnev, type NarasiAnev, pengesahanSchema } from '../../../shared/anev/jenis'
import type { ZonaWaktu } from '../../../shared/zona-waktu'
import { panggil } from '../../api/klien'
import { PemberitahuanHanyaBaca, useBolehKanal, useHanyaBaca } from '../../components/HanyaBaca'
import { Memuat } from '../../components/Memuat'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'
import { useMuat } from '../../lib/muat'
import { unduhBase64 } from '../../lib/berkas'
import { ArsipLaporan } from './ArsipLaporan'
import { FormPengesahan } from './FormPengesahan'
import { gambarGrafikAnev } from './grafik'
import { Narasi } from './Narasi'
import { periodeBawaan } from './periode'
import { PilihPeriode } from './PilihPeriode'
import { Pratinjau } from './Pratinjau'
import './anev.css'

interface Props {
  hariIni: string
  zonaWaktu: string | null
}

type StatusSimpan = 'tersimpan' | 'menyimpan' | 'belum' | 'gagal'
const TEKS_SIMPAN: Record<StatusSimpan, string> = { tersimpan: 'Tersimpan', menyimpan: 'Menyimpan…', belum: 'Belum tersimpan', gagal: 'Gagal menyimpan — coba lagi' }
const JEDA_SIMPAN_MS = 700

type Galat = Partial<Record<keyof PengesahanDraf, string>>
function periksaPengesahan(p: PengesahanDraf): Galat {
  const h = pengesahanSchema.safeParse(p)
  if (h.success) return {}
  const g: Galat = {}
  for (const i of h.error.issues) g[i.path[0] as keyof PengesahanDraf] ??= i.message
  return g
}

/**
 * Laporan Anev: choose a period, check the data in the paper-like preview,
 * edit the drafted narrative (autosaved), set the number and signature block,
 * print to PDF (which files the report in the archive) and download the Lampiran.
 */
export function LaporanAnev({ hariIni, zonaWaktu }: Props) {
  const [kode, setKode] = useState(() => periodeBawaan(hariIni))
  const data = useMuat(() => panggil('anev:siapkan', { periode: kode }), [kode])
  const [narasi, setNarasi] = useState<NarasiAnev | null>(null)
  const [pengesahan, setPengesahan] = useState<PengesahanDraf | null>(null)
  const [grafik, setGrafik] = useState<GrafikAnev>({})
  /** The period the text, signature block and charts above belong to (never mixed with another period's data). */
  const [milik, setMilik] = useState<string | null>(null)
  const [status, setStatus] = useState<StatusSimpan>('tersimpan')
  const [pesan, setPesan] = useState<{ jenis: 'berhasil' | 'galat'; teks: string } | null>(null)
  const [sibuk, setSibuk] = useState<string | null>(null)
  // Printing writes the archive and the draft is saved as it is typed: both need a role that may write.
  const hanyaBaca = useHanyaBaca('anev:draf-simpan')
  const bolehCetak = useBolehKanal('anev:cetak')
  const bolehCetakArsip = useBolehKanal('anev:arsip-cetak')
  const [galatForm, setGalatForm] = useState<Galat>({})
  const [putaranArsip, setPutaranArsip] = useState(0)
  const arsip = useMuat(() => panggil('anev:arsip', {}), [putaranArsip])
  const [dibuka, setDibuka] = useState<(DokumenAnev & { id: number; label: string }) | null>(null)
  const kodeDimuat = useRef<string | null>(null)
  const simpanTertunda = useRef<number | undefined>(undefined)

  // A new period's data: take its saved draft, else the drafted text and the Kasat's signature block.
  useEffect(() => {
    const d = data.data
    if (!d || kodeDimuat.current === d.snapshot.periode.kode) return
    kodeDimuat.current = d.snapshot.periode.kode
    setNarasi(d.draf?.narasi ?? d.narasiUsulan)
    setPengesahan(d.draf?.pengesahan ?? d.pengesahanBawaan)
    setStatus('tersimpan')
    setGalatForm({})
    try {
      setGrafik(gambarGrafikAnev(d.snapshot))
    } catch {
      setGrafik({})
    }
    setMilik(d.snapshot.periode.kode)
  }, [data.data])

  const simpan = useCallback(async (n: NarasiAnev, p: PengesahanDraf, periode: string) => {
    setStatus('menyimpan')
    try {
      await panggil('anev:draf-simpan', { periode, narasi: n, pengesahan: p })
      setStatus((s) => (s === 'menyimpan' ? 'tersimpan' : s))
    } catch {
      setStatus('gagal')
    }
  }, [])

  // Autosave a moment after the last keystroke; the newest text always wins.
  const ubah = (n: NarasiAnev, p: PengesahanDraf) => {
    setNarasi(n)
    setPengesahan(p)
    setStatus('belum')
    if (Object.keys(galatForm).length) {
      const g = periksaPengesahan(p)
      setGalatForm(g)
      if (!Object.keys(g).length) setPesan(null)
    }
    window.clearTimeout(simpanTertunda.current)
    const periode = kode
    simpanTertunda.current = window.setTimeout(() => void simpan(n, p, periode), JEDA_SIMPAN_MS)
  }
  useEffect(() => () => window.clearTimeout(simpanTertunda.current), [])

  const gantiPeriode = (k: string) => {
    // Whatever is still waiting is saved for the period it was typed in.
    if (status === 'belum' && narasi && pengesahan) {
      window.clearTimeout(simpanTertunda.current)
      void simpan(narasi, pengesahan, kode)
    }
    setDibuka(null)
    setPesan(null)
    setKode(k)
  }

  const dokumen: DokumenAnev | null = useMemo(() => {
    if (dibuka) return dibuka
    const d = data.data
    if (!d || !narasi || !pengesahan || d.snapshot.periode.kode !== kode || milik !== kode) return null
    return { snapshot: d.snapshot, narasi, pengesahan: pengesahan as DokumenAnev['pengesahan'], grafik }
  }, [dibuka, data.data, narasi, pengesahan, grafik, kode, milik])
  const html = useMemo(() => (dokumen ? htmlLaporanAnev(dokumen) : ''), [dokumen])

  async function jalankan(label: string, kerja: () => Promise<string>) {
    setSibuk(label)
    setPesan(null)
    try {
      setPesan({ jenis: 'berhasil', teks: await kerja() })
    } catch (e) {
      setPesan({ jenis: 'galat', teks: pesanGalat(e) })
    } finally {
      setSibuk(null)
    }
  }

  const cetak = () => {
    if (!narasi || !pengesahan) return
    const g = periksaPengesahan(pengesahan)
    setGalatForm(g)
    if (Object.keys(g).length) {
      setPesan({ jenis: 'galat', teks: 'Periksa isian nomor dan tanda tangan yang ditandai sebelum mencetak.' })
      document.getElementById(`anev-${Object.keys(g)[0]}`)?.focus()
      return
    }
    window.clearTimeout(simpanTertunda.current)
    void jalankan('cetak', async () => {
      await simpan(narasi, pengesahan, kode)
      const h = await panggil('anev:cetak', { periode: kode, narasi, pengesahan: pengesahanSchema.parse(pengesahan), grafik })
      unduhBase64(h.namaBerkas, h.pdfBase64)
      setPutaranArsip((x) => x + 1)
      return `PDF ${h.namaBerkas} (${h.halaman} halaman) dibuat dan laporan disimpan di Arsip Laporan.`
    })
  }
  const lampiran = (m: { periode: string } | { id: number }) =>
    void jalankan('lampiran', async () => {
      const h = await panggil('anev:lampiran', m)
      unduhBase64(h.namaBerkas, h.berkasBase64)
      return `Lampiran ${h.namaBerkas} diunduh.`
    })
  const bukaArsip = (id: number) =>
    void jalankan('buka', async () => {
      const a = await panggil('anev:arsip-buka', { id })
      setDibuka({ id, label: a.ringkas.label, snapshot: a.snapshot, narasi: a.narasi, pengesahan: a.pengesahan, grafik: a.grafik })
      document.getElementById('judul-pratinjau-anev')?.focus()
      return `Menampilkan laporan arsip ${a.ringkas.label} (nomor urut ${id}) apa adanya saat dicetak.`
    })
  const cetakArsip = (id: number) =>
    void jalankan('cetak-ulang', async () => {
      const h = await panggil('anev:arsip-cetak', { id })
      unduhBase64(h.namaBerkas, h.pdfBase64)
      setPutaranArsip((x) => x + 1)
      return `PDF ${h.namaBerkas} (${h.halaman} halaman) dicetak ulang dari arsip.`
    })

  return (
    <section aria-labelledby="judul-anev" className="halaman-anev">
      <div className="kepala-halaman">
        <h1 id="judul-anev">Laporan Anev</h1>
        <p className="redup">Laporan analisa dan evaluasi pelaksanaan tugas Bhabinkamtibmas dari data Input Mingguan, Kejadian dan IKDK, siap ditandatangani Kasat Binmas.</p>
      </div>
      <div className="tata-anev">
        <div className="kolom-isian-anev">
          <PilihPeriode kode={kode} hariIni={hariIni} onUbah={gantiPeriode} />
          {data.galat && <Pemberitahuan jenis="galat">{data.galat}</Pemberitahuan>}
          {data.memuat && !data.data && <Memuat teks="Menyusun data laporan…" />}
          {narasi && pengesahan && data.data && milik === kode && (
            <>
              <div className="tombol-anev">
                {bolehCetak && (
                  <button type="button" className="tombol tombol-utama" onClick={cetak} disabled={!!sibuk || data.memuat} aria-busy={sibuk === 'cetak'}>
                    {sibuk === 'cetak' ? 'Mencetak…' : 'Cetak PDF'}
                  </button>
                )}
                <button type="button" className="tombol" onClick={() => lampiran({ periode: kode })} disabled={!!sibuk} aria-busy={sibuk === 'lampiran'}>
                  Unduh Lampiran (xlsx)
                </button>
                {!hanyaBaca && (
                  <span className={`simpan-anev simpan-anev-${status}`} role="status" aria-live="polite">
                    {TEKS_SIMPAN[status]}
                  </span>
                )}
              </div>
              {pesan && <Pemberitahuan jenis={pesan.jenis}>{pesan.teks}</Pemberitahuan>}
              <PemberitahuanHanyaBaca alasan={hanyaBaca} />
              {!hanyaBaca && (
                <>
                  <FormPengesahan nilai={pengesahan} galat={galatForm} onUbah={(p) => ubah(narasi, p)} />
                  <Narasi nilai={narasi} usulan={data.data.narasiUsulan} onUbah={(n) => ubah(n, pengesahan)} />
                </>
              )}
            </>
          )}
        </div>
        <div className="kolom-pratinjau-anev">
          <div className="kepala-pratinjau">
            <h2 id="judul-pratinjau-anev" tabIndex={-1}>
              {dibuka ? `Arsip: ${dibuka.label} (nomor urut ${dibuka.id})` : 'Pratinjau laporan'}
            </h2>
            {dibuka && (
              <button type="button" className="tombol tombol-kecil" onClick={() => setDibuka(null)}>
                Kembali ke laporan periode ini
              </button>
            )}
          </div>
          {html ? <Pratinjau html={html} judul={dibuka ? `Laporan arsip ${dibuka.label}` : 'Pratinjau Laporan Anev'} /> : <p className="redup">Pratinjau muncul setelah data periode selesai dimuat.</p>}
        </div>
      </div>
      <ArsipLaporan daftar={arsip.data} galat={arsip.galat} zona={(zonaWaktu ?? null) as ZonaWaktu | null} sibuk={!!sibuk} dibuka={dibuka?.id ?? null} onBuka={bukaArsip} onCetak={bolehCetakArsip ? cetakArsip : undefined} onLampiran={(id) => lampiran({ id })} />
    </section>
  )
}
