import { BrowserWindow } from 'electron'
import { URL_AWAL } from './asal'

/** The one application window. Every security switch is explicit, even where it is Electron's default. */
export function buatJendelaUtama(o: { preload: string; dikemas: boolean; ikon?: string }): BrowserWindow {
  const jendela = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 700,
    title: 'Binmas Desk',
    show: false,
    backgroundColor: '#ffffff',
    ...(o.ikon ? { icon: o.ikon } : {}),
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: o.preload,
      spellcheck: false,
      devTools: !o.dikemas,
    },
  })
  // Shown once painted, so an office PC never flashes an empty white frame for seconds.
  jendela.once('ready-to-show', () => jendela.show())
  jendela.loadURL(URL_AWAL).catch((e: unknown) => console.error('[binmas] gagal memuat tampilan:', e))
  return jendela
}
