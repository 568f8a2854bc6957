/**
 * What differs between the desktop shell and the web test host. The Electron
 * shell implements it with a hidden window and dialogs; the test host with
 * Chromium through Playwright or plain Node.
 */
export interface PortPlatform {
  /** Renders a complete HTML document to PDF bytes. */
  cetakPdf: (html: string, opsi: { ukuran: 'A4' | 'F4' }) => Promise<Uint8Array>
  /** Opens a folder in the OS file manager (no-op where there is none). */
  bukaFolder: (folder: string) => Promise<void>
}

export const platformTanpaCetak: PortPlatform = {
  cetakPdf: async () => {
    throw new Error('Pencetakan PDF tidak tersedia pada host ini')
  },
  bukaFolder: async () => {},
}
