import { useCallback, useEffect, useState } from 'react'
import type { Keluaran } from '../shared/api'
import { panggil } from './api/klien'
import { LayarGalat } from './components/LayarGalat'
import { Memuat } from './components/Memuat'
import { TataLetak } from './components/TataLetak'
import { TautanLewati } from './components/TautanLewati'
import { pesanGalat } from './lib/galat'
import { pindahKe, useRute } from './lib/rute'
import { Beranda } from './pages/Beranda'
import { DataDesa } from './pages/DataDesa'
import { PengaturanAwal } from './pages/PengaturanAwal'
import { TidakDitemukan } from './pages/TidakDitemukan'
import { Tentang } from './pages/Tentang'

export type StatusSistem = Keluaran<'sistem:status'>

type Keadaan = { jenis: 'memuat' } | { jenis: 'gagal'; pesan: string } | { jenis: 'siap'; status: StatusSistem }

export function App() {
  const [keadaan, setKeadaan] = useState<Keadaan>({ jenis: 'memuat' })
  const rute = useRute()

  const muatStatus = useCallback(async () => {
    try {
      setKeadaan({ jenis: 'siap', status: await panggil('sistem:status', {}) })
    } catch (e) {
      setKeadaan({ jenis: 'gagal', pesan: pesanGalat(e) })
    }
  }, [])

  useEffect(() => {
    void muatStatus()
  }, [muatStatus])

  if (keadaan.jenis === 'memuat') {
    return (
      <main className="layar-penuh" id="konten">
        <Memuat teks="Membuka Binmas Desk…" />
      </main>
    )
  }
  if (keadaan.jenis === 'gagal') {
    return <LayarGalat judul="Binmas Desk tidak dapat dimulai" pesan={keadaan.pesan} onCobaLagi={() => void muatStatus()} />
  }

  const { status } = keadaan
  if (status.galatDb) {
    const judul = status.galatDb.kode === 'DB_VERSI_LEBIH_BARU' ? 'Basis data dari versi Binmas Desk yang lebih baru' : 'Basis data tidak dapat dibuka'
    return (
      <LayarGalat
        judul={judul}
        pesan={status.galatDb.pesan}
        rincian={`Versi aplikasi ini: ${status.versiAplikasi}.`}
        folderData={status.folderData}
      />
    )
  }

  if (!status.sudahDisiapkan) {
    return (
      <>
        <TautanLewati />
        <PengaturanAwal
          onSelesai={async () => {
            pindahKe('beranda')
            await muatStatus()
          }}
        />
      </>
    )
  }

  return (
    <TataLetak rute={rute} satkerNama={status.satkerNama ?? ''} hariIni={status.hariIni}>
      {rute === 'beranda' && <Beranda />}
      {rute === 'desa' && <DataDesa zonaWaktu={status.zonaWaktu} />}
      {rute === 'tentang' && <Tentang />}
      {rute === null && <TidakDitemukan />}
    </TataLetak>
  )
}
