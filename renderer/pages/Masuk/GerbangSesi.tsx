import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react'
import type { Keluaran } from '../../../shared/api'
import { aturSaatSesiBerakhir, lepaskanPanggilanTertunda, panggil, tungguPanggilanSelesai } from '../../api/klien'
import { LayarGalat } from '../../components/LayarGalat'
import { Memuat } from '../../components/Memuat'
import { pesanGalat } from '../../lib/galat'
import { pindahKe } from '../../lib/rute'
import { BuatAdmin } from './BuatAdmin'
import { FormGantiSandi } from './DialogGantiSandi'
import { useDiam } from './diam'
import { FormMasuk } from './FormMasuk'
import { LupaSandi } from './LupaSandi'
import { KonteksSesiReact } from './sesi'
import './masuk.css'

type StatusSesi = Keluaran<'sesi:status'>

interface Props {
  sudahDisiapkan: boolean
  satkerNama: string | null
  /** The app (or the first-run wizard); `perluAdmin` asks the wizard for its "Akun Admin" step. */
  children: (k: { perluAdmin: boolean }) => ReactNode
}

/**
 * Nothing of the data is shown before a login. Order at start: no account yet →
 * the wizard with its Admin step (fresh database) or "Buat Akun Admin"
 * (a database set up before accounts existed); otherwise "Masuk". While logged
 * in, the screen locks after the idle limit: the app stays mounted underneath
 * (inert), so nothing typed is lost, and only the same user's password opens it.
 */
export function GerbangSesi({ sudahDisiapkan, satkerNama, children }: Props) {
  const [st, setSt] = useState<StatusSesi | null>(null)
  const [galat, setGalat] = useState<string | null>(null)
  const [layar, setLayar] = useState<'masuk' | 'lupa'>('masuk')
  const [terkunci, setTerkunci] = useState(false)

  const muat = useCallback(async () => {
    try {
      setSt(await panggil('sesi:status', {}))
      setGalat(null)
    } catch (e) {
      setGalat(pesanGalat(e))
    }
  }, [])
  useEffect(() => {
    void muat()
  }, [muat])

  const sesi = st?.sesi ?? null
  const batas = sesi ? (st?.batasDiamMs ?? null) : null

  // A call that meets an ended session (server-side timeout) locks the screen too.
  useEffect(() => {
    if (!sesi || batas === null) return
    aturSaatSesiBerakhir(() => setTerkunci(true))
    return () => aturSaatSesiBerakhir(null)
  }, [sesi, batas])

  const kunciLayar = useCallback(async () => {
    // Let an open cell editor commit, and the saves already sent arrive, before the session ends.
    ;(document.activeElement as HTMLElement | null)?.blur?.()
    await new Promise((r) => setTimeout(r, 0))
    await tungguPanggilanSelesai()
    setTerkunci(true)
    await panggil('sesi:keluar', {}).catch(() => undefined)
  }, [])

  const keluar = useCallback(async () => {
    await tungguPanggilanSelesai()
    // Unmount the app first: nothing of it may call (and wait for a login) after this point.
    aturSaatSesiBerakhir(null)
    setSt((s) => s && { ...s, sesi: null })
    setTerkunci(false)
    await panggil('sesi:keluar', {}).catch(() => undefined)
    lepaskanPanggilanTertunda(false)
    setLayar('masuk')
    // The next person starts at Beranda, not on the screen the last one left open.
    pindahKe('beranda')
    await muat()
  }, [muat])

  // Not on the forced password change: nothing of the app is open there (the server still ends an idle session).
  useDiam(terkunci || sesi?.harusGantiSandi ? null : batas, () => void kunciLayar(), () => {
    // A heartbeat while the user works without saving; a session already gone locks at once.
    void panggil('sesi:status', {}).then(
      (s) => {
        if (!s.sesi) setTerkunci(true)
        // An Admin changed the idle limit: the new one applies from now on.
        else if (s.batasDiamMs !== batas) setSt(s)
      },
      () => undefined,
    )
  })

  const nilai = useMemo(() => ({ info: sesi, tetap: batas === null, kunciLayar: () => void kunciLayar(), keluar: () => void keluar() }), [sesi, batas, kunciLayar, keluar])

  if (galat) return <LayarGalat judul="Binmas Desk tidak dapat dimulai" pesan={galat} onCobaLagi={() => void muat()} />
  if (!st) {
    return (
      <main className="layar-penuh" id="konten">
        <Memuat teks="Membuka Binmas Desk…" />
      </main>
    )
  }

  if (!sesi) {
    if (!st.adaPengguna) return sudahDisiapkan ? <BuatAdmin satkerNama={satkerNama} onSelesai={() => void muat()} /> : <>{children({ perluAdmin: true })}</>
    if (layar === 'lupa') return <LupaSandi satkerNama={satkerNama} onKembali={() => setLayar('masuk')} />
    return (
      <main className="layar-masuk" id="konten">
        <FormMasuk
          judul="Masuk"
          keterangan={satkerNama ? <p className="redup">{satkerNama}</p> : null}
          onMasuk={() => {
            lepaskanPanggilanTertunda(false)
            setTerkunci(false)
            void muat()
          }}
        >
          <button type="button" className="tombol-teks" onClick={() => setLayar('lupa')}>
            Lupa kata sandi Admin?
          </button>
        </FormMasuk>
      </main>
    )
  }

  // A password an Admin chose (new account, reset) is replaced before anything else.
  if (sesi.harusGantiSandi) {
    return (
      <main className="layar-masuk" id="konten">
        <section className="kartu kartu-masuk" aria-labelledby="judul-ganti-wajib">
          <p className="merek-masuk">Binmas Desk</p>
          <h1 id="judul-ganti-wajib">Ganti Kata Sandi</h1>
          <p>
            Kata sandi akun <strong>{sesi.namaPengguna}</strong> diberikan oleh Admin. Ganti dahulu dengan kata sandi yang hanya Anda ketahui.
          </p>
          <FormGantiSandi namaPengguna={sesi.namaPengguna} labelLama="Kata sandi dari Admin" labelBatal="Keluar" fokusAwal onBerhasil={() => void muat()} onBatal={() => void keluar()} />
        </section>
      </main>
    )
  }

  return (
    <KonteksSesiReact.Provider value={nilai}>
      <div className="akar-aplikasi" inert={terkunci} aria-hidden={terkunci || undefined}>
        {children({ perluAdmin: false })}
      </div>
      {terkunci && (
        <div className="lapisan-kunci" role="dialog" aria-modal="true" aria-labelledby="judul-masuk">
          <FormMasuk
            judul="Layar Terkunci"
            namaTetap={sesi.namaPengguna}
            keterangan={<p>Layar dikunci karena tidak ada kegiatan. Isian yang belum tersimpan tetap ada; masukkan kata sandi untuk melanjutkan.</p>}
            onMasuk={() => {
              setTerkunci(false)
              lepaskanPanggilanTertunda(true)
              void muat()
            }}
          >
            <button type="button" className="tombol-teks" onClick={() => void keluar()}>
              Masuk sebagai pengguna lain
            </button>
          </FormMasuk>
        </div>
      )}
    </KonteksSesiReact.Provider>
  )
}
