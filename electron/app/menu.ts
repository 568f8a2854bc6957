import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import { RUTE_TENTANG, URL_AWAL } from './asal'

/**
 * The Indonesian application menu. Tentang opens the in-app About screen
 * (credits and licences live there); the menu never opens external URLs.
 * Developer tools exist only in a development checkout.
 */
export function pasangMenu(o: { dikemas: boolean; jendela: () => BrowserWindow | null }): void {
  const tampilan: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Muat Ulang' },
    { type: 'separator' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { role: 'resetZoom', label: 'Ukuran Asli' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar Penuh' },
  ]
  if (!o.dikemas) tampilan.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Alat Pengembang' })

  const templat: MenuItemConstructorOptions[] = [
    { label: 'Berkas', submenu: [{ role: 'quit', label: 'Keluar' }] },
    { label: 'Tampilan', submenu: tampilan },
    {
      label: 'Bantuan',
      submenu: [
        {
          label: 'Tentang Binmas Desk',
          click: () => {
            const w = o.jendela()
            if (!w || w.isDestroyed()) return
            if (w.isMinimized()) w.restore()
            w.focus()
            // Same document + new hash = in-page navigation: the open screen is not reloaded.
            w.webContents.loadURL(`${URL_AWAL}${RUTE_TENTANG}`).catch(() => undefined)
          },
        },
      ],
    },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(templat))
}
