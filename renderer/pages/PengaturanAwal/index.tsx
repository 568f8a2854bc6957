import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import { GalatApi, panggil } from '../../api/klien'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { dariRincian, type GalatBidang, pesanGalat } from '../../lib/galat'
import { useMuat } from '../../lib/muat'
import { type Aksi, bacaDraf, hapusDraf, simpanDraf, ubahDraf } from './draf'
import { IndikatorLangkah } from './IndikatorLangkah'
import { LangkahKasat } from './LangkahKasat'
import { LangkahPolsek } from './LangkahPolsek'
import { LangkahPolres } from './LangkahPolres'
import { LangkahRingkasan } from './LangkahRingkasan'
import { LangkahSatker } from './LangkahSatker'
import { LangkahWilayah } from './LangkahWilayah'
import { MuatContoh } from './MuatContoh'
import { bangunMasukan, daftarLangkah, LANGKAH_ADMIN, langkahDariLokasi, langkahPertamaSalah, periksaSemua, rapikan, saringLangkah } from './validasi'
import { AKUN_KOSONG, type AkunDraf, BidangAkun, KodePemulihan, periksaAkun } from '../Masuk'

const PENJELASAN = [
  'Pilih Polda dan kabupaten/kota yang menjadi wilayah hukum Polres.',
  'Nama dan kode satker dipakai di kop laporan. Zona waktu menentukan jam yang ditampilkan.',
  'Kasat Binmas menandatangani laporan.',
  'Tentukan Polsek dan masukkan setiap kecamatan ke satu Polsek.',
  'Periksa kembali sebelum menyimpan.',
]
/** Mode Polda: the same steps, worded for a Ditbinmas. */
const PENJELASAN_POLDA = [
  'Pilih jenis satker dan Polda (provinsi). Seluruh kabupaten/kota provinsi menjadi wilayah Polda.',
  'Nama dan kode satker Polda (kode provinsi) dipakai di kop laporan dan berkas konsolidasi.',
  'Pejabat yang menandatangani laporan Polda (Dirbinmas).',
  'Setiap kabupaten/kota menjadi satu Polres. Periksa nama Polres (Polres, Polresta, Polres Kota).',
]
const PENJELASAN_ADMIN = 'Akun Admin mengelola pengguna dan pengaturan. Setelah disimpan, Anda mendapat kode pemulihan untuk dicetak.'

/** "Pengaturan Awal": the first-run wizard. The whole draft lives in one reducer. */
export function PengaturanAwal({ onSelesai, denganAdmin = false }: { onSelesai: () => Promise<void>; denganAdmin?: boolean }) {
  const [draf, kirimDraf] = useReducer(ubahDraf, undefined, bacaDraf)
  // The first Admin (fresh database only). Kept in memory, never in the saved draft: it holds a password.
  const [akun, setAkun] = useState<AkunDraf>(AKUN_KOSONG)
  const [kodePemulihan, setKodePemulihan] = useState<string | null>(null)
  const LANGKAH = daftarLangkah(denganAdmin, draf.jenis === 'polda')
  const LANGKAH_RINGKASAN = LANGKAH.length - 1
  const periksa = (d: typeof draf, kec: Parameters<typeof periksaSemua>[1]) => (denganAdmin ? { ...periksaSemua(d, kec), ...periksaAkun(akun, 'admin.') } : periksaSemua(d, kec))
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
    const baru = saringLangkah(periksa(draf, kecamatan.data), draf.langkah, denganAdmin)
    setGalat((lama) => ({ ...Object.fromEntries(Object.entries(lama).filter(([k]) => langkahDariLokasi(k, denganAdmin) !== draf.langkah)), ...baru }))
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draf, kecamatan.data, akun])

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

  const langkahSalah = useMemo(() => new Set(Object.keys(galat).map((k) => langkahDariLokasi(k, denganAdmin))), [galat, denganAdmin])

  function tandai(langkah: number, g: GalatBidang) {
    setLangkahDiperiksa((s) => new Set(s).add(langkah))
    setGalat((lama) => ({ ...Object.fromEntries(Object.entries(lama).filter(([k]) => langkahDariLokasi(k, denganAdmin) !== langkah)), ...g }))
  }

  function lanjut() {
    const g = saringLangkah(periksa(draf, kecamatan.data), draf.langkah, denganAdmin)
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
    const semua = periksa(draf, kecamatan.data)
    const salah = langkahPertamaSalah(semua, denganAdmin)
    if (salah !== null) {
      setLangkahDiperiksa(new Set(denganAdmin ? [0, 1, 2, 3, LANGKAH_ADMIN] : [0, 1, 2, 3]))
      setGalat(semua)
      setGalatSimpan('Pengaturan belum disimpan: ada isian yang perlu diperbaiki.')
      kirim({ jenis: 'keLangkah', langkah: salah })
      setFokusGalat((n) => n + 1)
      return
    }
    setMenyimpan(true)
    try {
      const admin = denganAdmin ? { namaPengguna: akun.namaPengguna, namaLengkap: akun.namaLengkap, kataSandi: akun.kataSandi } : undefined
      const hasil = await panggil('setup:simpan', { ...bangunMasukan(draf, kecamatan.data ?? []), admin })
      hapusDraf()
      // The recovery code is shown once, before the app opens.
      if (hasil.kodePemulihan) setKodePemulihan(hasil.kodePemulihan)
      else await onSelesai()
    } catch (e) {
      setMenyimpan(false)
      const rincian = e instanceof GalatApi ? rapikan(dariRincian(e.galat.rincian)) : {}
      setGalatSimpan(`Pengaturan belum disimpan: ${pesanGalat(e)}`)
      const ke = langkahPertamaSalah(rincian, denganAdmin)
      if (ke !== null) {
        setGalatServer(rincian)
        if (ke !== LANGKAH_RINGKASAN) kirim({ jenis: 'keLangkah', langkah: ke })
        setFokusGalat((n) => n + 1)
      }
    }
  }

  if (kodePemulihan) return <KodePemulihan kode={kodePemulihan} namaPengguna={akun.namaPengguna.trim().toLowerCase()} satkerNama={draf.satkerNama} onSelesai={() => void onSelesai()} />

  // A draft saved with the Admin step may be opened where none is needed.
  const langkah = Math.min(draf.langkah, LANGKAH_RINGKASAN)
  const galatLangkah = saringLangkah(galat, langkah, denganAdmin)
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
        <IndikatorLangkah langkah={langkah} langkahTerjauh={draf.langkahTerjauh} langkahSalah={langkahSalah} onPilih={(l) => kirim({ jenis: 'keLangkah', langkah: l })} denganAdmin={denganAdmin} polda={draf.jenis === 'polda'} />
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
          <p className="petunjuk">{denganAdmin && langkah === LANGKAH_ADMIN ? PENJELASAN_ADMIN : draf.jenis === 'polda' && langkah <= 3 ? PENJELASAN_POLDA[langkah] : PENJELASAN[Math.min(langkah, PENJELASAN.length - 1)]}</p>
          {galatSimpan && <Pemberitahuan jenis="galat">{galatSimpan}</Pemberitahuan>}
          <div ref={isi} className="isi-langkah">
            {langkah === 0 && <LangkahWilayah draf={draf} kirim={kirim} galat={galatLangkah} provinsi={provinsi} kabupaten={kabupaten} />}
            {langkah === 1 && <LangkahSatker draf={draf} kirim={kirim} galat={galatLangkah} />}
            {langkah === 2 && <LangkahKasat draf={draf} kirim={kirim} galat={galatLangkah} />}
            {langkah === 3 && (draf.jenis === 'polda' ? <LangkahPolres draf={draf} kirim={kirim} galat={galatLangkah} kabupaten={kabupaten} /> : <LangkahPolsek draf={draf} kirim={kirim} galat={galatLangkah} kecamatan={kecamatan} />)}
            {denganAdmin && langkah === LANGKAH_ADMIN && <BidangAkun akun={akun} ubah={setAkun} galat={galatLangkah} awalan="admin." />}
            {langkah === LANGKAH_RINGKASAN && (
              <>
                {galatUmum.map((g) => (
                  <Pemberitahuan key={g} jenis="galat">
                    {g}
                  </Pemberitahuan>
                ))}
                <LangkahRingkasan draf={draf} provinsi={provinsi.data} kabupaten={kabupaten.data} kecamatan={kecamatan.data} />
                {denganAdmin && (
                  <p>
                    Akun Admin: <strong>{akun.namaLengkap.trim() || '—'}</strong> ({akun.namaPengguna.trim().toLowerCase() || '—'}). Setelah disimpan, kode pemulihan ditampilkan satu kali untuk dicetak.
                  </p>
                )}
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
