import { useCallback, useEffect, useState } from 'react'
import type { Keluaran } from '../shared/api'
import { panggil } from './api/klien'
import { LayarGalat } from './components/LayarGalat'
import { Memuat } from './components/Memuat'
import { SpandukContoh } from './components/SpandukContoh'
import { TataLetak } from './components/TataLetak'
import { TautanLewati } from './components/TautanLewati'
import { pesanGalat } from './lib/galat'
import { pindahKe, useRute } from './lib/rute'
import { Beranda } from './pages/Beranda'
import { DataDesa } from './pages/DataDesa'
import { Kejadian } from './pages/Kejadian'
import { Pengaturan } from './pages/Pengaturan'
import { Personel } from './pages/Personel'
import { Indeks } from './pages/Indeks'
import { Metodologi } from './pages/Metodologi'
import { PeringatanDini } from './pages/PeringatanDini'
import { UjiSensitivitas } from './pages/UjiSensitivitas'
import { InputMingguan } from './pages/InputMingguan'
import { PengaturanAwal } from './pages/PengaturanAwal'
import { GerbangSesi } from './pages/Masuk'
import { Pengguna } from './pages/Pengguna'
import { TidakDitemukan } from './pages/TidakDitemukan'
import { Tentang } from './pages/Tentang'
import { Cadangan, PemulihanDarurat } from './pages/Cadangan'
import { PertukaranData } from './pages/PertukaranData'
import { PetaRawan } from './pages/PetaRawan'
import { LaporanAnev } from './pages/LaporanAnev'
import { BukanPolda, RekapPolda, StatusKiriman } from './pages/Polda'

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
  const polda = status.jenisSatker === 'polda'
  if (status.galatDb) {
    const judul = status.galatDb.kode === 'DB_VERSI_LEBIH_BARU' ? 'Basis data dari versi Binmas Desk yang lebih baru' : 'Basis data tidak dapat dibuka'
    return (
      <LayarGalat
        judul={judul}
        pesan={status.galatDb.pesan}
        rincian={`Versi aplikasi ini: ${status.versiAplikasi}.`}
        folderData={status.folderData}
      >
        {status.galatDb.kode === 'DB_RUSAK' && <PemulihanDarurat onSelesai={muatStatus} />}
      </LayarGalat>
    )
  }

  if (!status.sudahDisiapkan) {
    return (
      <GerbangSesi key="penyiapan" sudahDisiapkan={false} satkerNama={null}>
        {({ perluAdmin }) => (
          <>
            <TautanLewati />
            <PengaturanAwal
              denganAdmin={perluAdmin}
              onSelesai={async () => {
                pindahKe('beranda')
                await muatStatus()
              }}
            />
          </>
        )}
      </GerbangSesi>
    )
  }

  return (
    <GerbangSesi key="aplikasi" sudahDisiapkan satkerNama={status.satkerNama}>
      {() => (
        <TataLetak rute={rute} satkerNama={status.satkerNama ?? ''} hariIni={status.hariIni} spanduk={status.dataContoh ? <SpandukContoh /> : null} polda={polda}>
          {rute === 'beranda' && <Beranda />}
          {rute === 'mingguan' && (polda ? <BukanPolda judul="Input Mingguan" /> : <InputMingguan hariIni={status.hariIni} />)}
          {rute === 'indeks' && <Indeks hariIni={status.hariIni} />}
          {rute === 'peringatan-dini' && <PeringatanDini hariIni={status.hariIni} />}
          {rute === 'uji-sensitivitas' && <UjiSensitivitas hariIni={status.hariIni} />}
          {rute === 'metodologi' && <Metodologi hariIni={status.hariIni} zonaWaktu={status.zonaWaktu} />}
          {rute === 'peta-rawan' && <PetaRawan hariIni={status.hariIni} />}
          {rute === 'anev' && (polda ? <BukanPolda judul="Laporan Anev" /> : <LaporanAnev hariIni={status.hariIni} zonaWaktu={status.zonaWaktu} />)}
          {rute === 'kejadian' && <Kejadian hariIni={status.hariIni} zonaWaktu={status.zonaWaktu} />}
          {rute === 'pertukaran' && <PertukaranData hariIni={status.hariIni} zonaWaktu={status.zonaWaktu} polda={polda} />}
          {rute === 'polda-kiriman' && <StatusKiriman hariIni={status.hariIni} />}
          {rute === 'polda-rekap' && <RekapPolda hariIni={status.hariIni} />}
          {rute === 'desa' && <DataDesa zonaWaktu={status.zonaWaktu} hariIni={status.hariIni} />}
          {rute === 'personel' && <Personel hariIni={status.hariIni} zonaWaktu={status.zonaWaktu} />}
          {rute === 'cadangan' && <Cadangan zonaWaktu={status.zonaWaktu} onDipulihkan={muatStatus} />}
          {rute === 'pengaturan' && <Pengaturan zonaWaktu={status.zonaWaktu} dataContoh={status.dataContoh} onDataContohDihapus={muatStatus} />}
          {rute === 'tentang' && <Tentang />}
          {rute === 'pengguna' && <Pengguna zonaWaktu={status.zonaWaktu} />}
          {rute === null && <TidakDitemukan />}
        </TataLetak>
      )}
    </GerbangSesi>
  )
}
