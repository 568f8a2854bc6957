import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import { GalatApi, panggil } from '../../api/klien'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'
import { useMuat } from '../../lib/muat'
import { type Aksi, bacaDraf, hapusDraf, simpanDraf, ubahDraf } from './draf'
import { IndikatorLangkah } from './IndikatorLangkah'
import { LangkahKasat } from './LangkahKasat'
import { LangkahPolsek } from './LangkahPolsek'
import { LangkahRingkasan } from './LangkahRingkasan'
import { LangkahSatker } from './LangkahSatker'
import { LangkahWilayah } from './LangkahWilayah'
import { MuatContoh } from './MuatContoh'
import { bangunMasukan, LANGKAH, LANGKAH_RINGKASAN, langkahDariLokasi, langkahPertamaSalah, periksaSemua, rapikan, saringLangkah } from './validasi'

const PENJELASAN = [
  'Pilih Polda dan kabupaten/kota yang menjadi wilayah hukum Polres.',
  'Nama dan kode satker dipakai di kop laporan. Zona waktu menentukan jam yang ditampilkan.',
  'Kasat Binmas menandatangani laporan.',
  'Tentukan Polsek dan masukkan setiap kecamatan ke satu Polsek.',
  'Periksa kembali sebelum menyimpan.',
]

/** "Pengaturan Awal": the first-run wizard. The whole draft lives in one reducer. */
export function PengaturanAwal({ onSelesai }: { onSelesai: () => Promise<void> }) {
  const [draf, kirimDraf] = useReducer(ubahDraf, undefined, bacaDraf)
  const [galatKlien, setGalat] = useState<GalatBidang>({})
  // Server messages (e.g. a duplicate Polsek name) stay until the user changes something.
  const [galatServer, setGalatServer] = useState<GalatBidang>({})
  const [galatSimpan, setGalatSimpan] = useState<string | null>(null)
  const kirim = useCallback((a: Aksi) => {
    if (a.jenis !== 'keLangkah') {
      setGalatServer({})
      setGalatSimpan(null)
    }
    kirimDraf(a)
  }, [])
  const galat = useMemo(() => ({ ...galatServer, ...galatKlien }), [galatServer, galatKlien])
  const [langkahDiperiksa, setLangkahDiperiksa] = useState<ReadonlySet<number>>(new Set())
  const [menyimpan, setMenyimpan] = useState(false)
  const [fokusGalat, setFokusGalat] = useState(0)
  const judul = useRef<HTMLHeadingElement>(null)
  const isi = useRef<HTMLDivElement>(null)
  const pertama = useRef(true)

  const provinsi = useMuat(() => panggil('wilayah:provinsi', {}), [])
  const kabupaten = useMuat(() => (draf.provinsiKode ? panggil('wilayah:kabupaten', { provinsiKode: draf.provinsiKode }) : Promise.resolve([])), [draf.provinsiKode])
  const kunciKab = draf.kabupatenKode.join(',')
  const kecamatan = useMuat(() => (draf.kabupatenKode.length ? panggil('wilayah:kecamatan', { kabupatenKode: draf.kabupatenKode }) : Promise.resolve([])), [kunciKab])

  useEffect(() => simpanDraf(draf), [draf])

  // Once a step was checked, its messages follow the user's corrections live.
  useEffect(() => {
    if (!langkahDiperiksa.has(draf.langkah)) return
    const baru = saringLangkah(periksaSemua(draf, kecamatan.data), draf.langkah)
    setGalat((lama) => ({ ...Object.fromEntries(Object.entries(lama).filter(([k]) => langkahDariLokasi(k) !== draf.langkah)), ...baru }))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draf, kecamatan.data])

  // A new step: its heading takes the focus so screen readers announce it.
  useEffect(() => {
    if (pertama.current) {
      pertama.current = false
      return
    }
    judul.current?.focus()
  }, [draf.langkah])

  // After a refused step: focus the first field with a message.
  useEffect(() => {
    if (fokusGalat) isi.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [fokusGalat])

  const langkahSalah = useMemo(() => new Set(Object.keys(galat).map(langkahDariLokasi)), [galat])

  function tandai(langkah: number, g: GalatBidang) {
    setLangkahDiperiksa((s) => new Set(s).add(langkah))
    setGalat((lama) => ({ ...Object.fromEntries(Object.entries(lama).filter(([k]) => langkahDariLokasi(k) !== langkah)), ...g }))
  }

  function lanjut() {
    const g = saringLangkah(periksaSemua(draf, kecamatan.data), draf.langkah)
    tandai(draf.langkah, g)
    if (draf.langkah === 3 && !kecamatan.data) return
    if (Object.keys(g).length) {
      setFokusGalat((n) => n + 1)
      return
    }
    kirim({ jenis: 'keLangkah', langkah: draf.langkah + 1 })
  }

  async function simpan() {
    setGalatSimpan(null)
    const semua = periksaSemua(draf, kecamatan.data)
    const salah = langkahPertamaSalah(semua)
    if (salah !== null) {
      setLangkahDiperiksa(new Set([0, 1, 2, 3]))
      setGalat(semua)
      setGalatSimpan('Pengaturan belum disimpan: ada isian yang perlu diperbaiki.')
      kirim({ jenis: 'keLangkah', langkah: salah })
      setFokusGalat((n) => n + 1)
      return
    }
    setMenyimpan(true)
    try {
      await panggil('setup:simpan', bangunMasukan(draf, kecamatan.data ?? []))
      hapusDraf()
      await onSelesai()
    } catch (e) {
      setMenyimpan(false)
      const rincian = e instanceof GalatApi ? rapikan(dariRincian(e.galat.rincian)) : {}
      setGalatSimpan(`Pengaturan belum disimpan: ${pesanGalat(e)}`)
      const ke = langkahPertamaSalah(rincian)
      if (ke !== null) {
        setGalatServer(rincian)
        if (ke !== LANGKAH_RINGKASAN) kirim({ jenis: 'keLangkah', langkah: ke })
        setFokusGalat((n) => n + 1)
      }
    }
  }

  const langkah = draf.langkah
  const galatLangkah = saringLangkah(galat, langkah)
  const galatUmum = langkah === LANGKAH_RINGKASAN ? Object.values(galatLangkah) : []

  return (
    <div className="halaman-wizard">
      <header className="kepala-wizard">
        <span className="merek-nama">Binmas Desk</span>
        <span>Pengaturan Awal</span>
      </header>
      <main id="konten" tabIndex={-1} className="isi-wizard">
        <h1>Pengaturan Awal</h1>
        <p className="redup">Langkah-langkah ini dilakukan sekali. Isian tersimpan sementara di komputer ini sampai Anda menekan Simpan.</p>
        {langkah === 0 && <MuatContoh onSelesai={onSelesai} />}
        <IndikatorLangkah langkah={langkah} langkahTerjauh={draf.langkahTerjauh} langkahSalah={langkahSalah} onPilih={(l) => kirim({ jenis: 'keLangkah', langkah: l })} />
        <form
          className="kartu kartu-wizard"
          noValidate
          onSubmit={(e) => {
            e.preventDefault()
            if (langkah === LANGKAH_RINGKASAN) void simpan()
            else lanjut()
          }}
        >
          <h2 ref={judul} tabIndex={-1}>
            Langkah {langkah + 1} dari {LANGKAH.length}: {LANGKAH[langkah]}
          </h2>
          <p className="petunjuk">{PENJELASAN[langkah]}</p>
          {galatSimpan && <Pemberitahuan jenis="galat">{galatSimpan}</Pemberitahuan>}
          <div ref={isi} className="isi-langkah">
            {langkah === 0 && <LangkahWilayah draf={draf} kirim={kirim} galat={galatLangkah} provinsi={provinsi} kabupaten={kabupaten} />}
            {langkah === 1 && <LangkahSatker draf={draf} kirim={kirim} galat={galatLangkah} />}
            {langkah === 2 && <LangkahKasat draf={draf} kirim={kirim} galat={galatLangkah} />}
            {langkah === 3 && <LangkahPolsek draf={draf} kirim={kirim} galat={galatLangkah} kecamatan={kecamatan} />}
            {langkah === 4 && (
              <>
                {galatUmum.map((g) => (
                  <Pemberitahuan key={g} jenis="galat">
                    {g}
                  </Pemberitahuan>
                ))}
                <LangkahRingkasan draf={draf} provinsi={provinsi.data} kabupaten={kabupaten.data} kecamatan={kecamatan.data} />
              </>
            )}
          </div>
          <div className="tombol-wizard">
            {langkah > 0 && (
              <button type="button" className="tombol" onClick={() => kirim({ jenis: 'keLangkah', langkah: langkah - 1 })} disabled={menyimpan}>
                Kembali
              </button>
            )}
            <span className="pengisi" />
            {langkah < LANGKAH_RINGKASAN ? (
              <button type="submit" className="tombol tombol-utama">
                Lanjut
              </button>
            ) : (
              <button type="submit" className="tombol tombol-utama" disabled={menyimpan} aria-busy={menyimpan}>
                {menyimpan ? 'Menyimpan…' : 'Simpan'}
              </button>
            )}
          </div>
          {menyimpan && (
            <p className="redup" role="status">
              Menyimpan pengaturan dan mengisi data desa…
            </p>
          )}
        </form>
      </main>
    </div>
  )
}
