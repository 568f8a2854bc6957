import { buatDispatch } from '../../electron/api'
import { Aplikasi } from '../../electron/services/aplikasi'
import type { Sesi } from '../../electron/services/konteks'
import { platformTanpaCetak } from '../../electron/services/platform'
import type { Keluaran, Masukan, NamaKanal } from '../../shared/api'
import type { Hasil } from '../../shared/galat'
import { folderSementara } from './folder'

export const ADMIN: Sesi = { pengguna: 'admin', peran: 'admin' }

/** A real backend on a temp folder, driven through the real dispatch. */
export function aplikasiUji(opsi: { folder?: string; hariIni?: string } = {}) {
  const tmp = opsi.folder ? undefined : folderSementara()
  const folder = opsi.folder ?? tmp!.folder
  const app = Aplikasi.buka({ folderData: folder, platform: platformTanpaCetak, versiAplikasi: '0.0.0-uji', hariIni: opsi.hariIni ?? '2024-09-18' })
  const dispatch = buatDispatch(app)
  return {
    app,
    folder,
    dispatch,
    /** Calls a channel and returns the raw result. */
    hasil: <K extends NamaKanal>(kanal: K, masukan: Masukan<K>, sesi: Sesi = ADMIN) => dispatch(kanal, masukan, sesi) as Promise<Hasil<Keluaran<K>>>,
    /** Calls a channel and fails the test on an error result. */
    panggil: async <K extends NamaKanal>(kanal: K, masukan: Masukan<K>, sesi: Sesi = ADMIN): Promise<Keluaran<K>> => {
      const h = (await dispatch(kanal, masukan, sesi)) as Hasil<Keluaran<K>>
      if (!h.ok) throw new Error(`${kanal} gagal: ${JSON.stringify(h.galat)}`)
      return h.data
    },
    tutup: async () => {
      await app.tutup()
      tmp?.hapus()
    },
  }
}
