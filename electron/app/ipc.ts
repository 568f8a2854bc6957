import { ipcMain, type WebContents } from 'electron'
import type { Dispatch } from '../api'
import type { Aplikasi } from '../services/aplikasi'
import type { Sesi } from '../services/konteks'
import type { Hasil } from '../../shared/galat'
import { dariAsalApp } from './asal'

export const KANAL_PANGGIL = 'binmas:panggil'
export const KANAL_EVENT = 'binmas:event'

const DITOLAK: Hasil<never> = {
  ok: false,
  galat: { kode: 'TIDAK_BERHAK', pesan: 'Permintaan ditolak: tidak berasal dari jendela Binmas Desk.' },
}

/**
 * One IPC handler for every channel. It only checks who is asking (the
 * sender frame must be app://binmas); input parsing, roles and errors are all
 * dispatch's job, identical to the web host.
 */
export function daftarkanIpc(dispatch: Dispatch, sesi: () => Sesi): void {
  ipcMain.handle(KANAL_PANGGIL, async (event, kanal: unknown, masukan: unknown) => {
    if (!dariAsalApp(event.senderFrame?.url)) return DITOLAK
    return dispatch(kanal as string, masukan, sesi())
  })
}

/**
 * Forwards push events to one window. Subscribing anew at every dom-ready
 * (the preload is listening by then) makes Aplikasi.dengar replay db-siap to
 * each fresh page, including after Muat Ulang.
 */
export function teruskanEvent(aplikasi: Aplikasi, wc: WebContents): void {
  let lepas: (() => void) | undefined
  wc.on('dom-ready', () => {
    lepas?.()
    lepas = aplikasi.dengar((e) => {
      if (!wc.isDestroyed()) wc.send(KANAL_EVENT, e)
    })
  })
  wc.once('destroyed', () => lepas?.())
}
