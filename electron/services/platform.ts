import { GalatAplikasi } from '../../shared/galat'

/**
 * What differs between the desktop shell and the web test host. The Electron
 * shell implements it with a hidden window and dialogs; the test host with
 * Chromium through Playwright or plain Node.
 */
export interface PortPlatform {
  /** Renders a complete HTML document to PDF bytes. */
  cetakPdf: (html: string, opsi: OpsiCetak) => Promise<Uint8Array>
  /** Opens a folder in the OS file manager (no-op where there is none). */
  bukaFolder: (folder: string) => Promise<void>
}

export interface OpsiCetak {
  ukuran: 'A4' | 'F4'
  /**
   * Chromium footer template printed in every page's bottom margin; its
   * `pageNumber` / `totalPages` spans become "Halaman 2 dari 7". The page's
   * own @page margins are kept.
   */
  kakiHalaman?: string
}

export const PESAN_TANPA_CETAK = 'Pencetakan PDF tidak tersedia pada host ini: Chromium, Google Chrome atau Microsoft Edge tidak ditemukan di komputer ini. Pasang salah satunya, atau gunakan aplikasi desktop Binmas Desk.'

export const platformTanpaCetak: PortPlatform = {
  cetakPdf: async () => {
    throw new GalatAplikasi('BELUM_DISIAPKAN', PESAN_TANPA_CETAK)
  },
  bukaFolder: async () => {},
}
