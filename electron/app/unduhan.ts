import path from 'node:path'
import { app, type Session } from 'electron'
import { ASAL_APP } from './asal'

/**
 * Exports are saved by the renderer through <a download href="blob:…">.
 * Electron then shows its Save dialog; we only choose where it starts (the
 * user's Documents, with the suggested name) and refuse any download that
 * is not a blob made by the app's own page.
 */
export function aturUnduhan(sesi: Session): void {
  sesi.on('will-download', (event, item) => {
    if (!item.getURL().startsWith(`blob:${ASAL_APP}/`)) {
      event.preventDefault()
      return
    }
    // basename: a suggested name must not steer the dialog into another folder.
    const nama = path.basename(item.getFilename()) || 'unduhan'
    item.setSaveDialogOptions({
      title: 'Simpan berkas',
      buttonLabel: 'Simpan',
      defaultPath: path.join(app.getPath('documents'), nama),
    })
  })
}
