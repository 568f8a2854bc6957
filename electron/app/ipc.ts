import { ipcMain, type WebContents } from 'electron'
import type { Dispatch } from '../api'
import type { Aplikasi } from '../services/aplikasi'
import type { PembawaSesi } from '../services/pengguna'
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
 * sender frame must be app://binmas) and carries the window's login session;
 * input parsing, roles, login and errors are all dispatch's job, identical to
 * the web host. The session id of each window (webContents) stays in this
 * process, so a page never holds it and a reload keeps it; closing the window
 * forgets it.
 */
export function daftarkanIpc(dispatch: Dispatch): void {
  const sesiJendela = new Map<number, string>()
  const dipantau = new Set<number>()
  ipcMain.handle(KANAL_PANGGIL, async (event, kanal: unknown, masukan: unknown) => {
    if (!dariAsalApp(event.senderFrame?.url)) return DITOLAK
    const wc = event.sender as WebContents | undefined
    const pembawa: PembawaSesi = {
      baca: () => (wc ? (sesiJendela.get(wc.id) ?? null) : null),
      simpan: (id) => {
        if (!wc) return
        if (id === null) return void sesiJendela.delete(wc.id)
        if (!dipantau.has(wc.id)) {
          dipantau.add(wc.id)
          wc.once('destroyed', () => {
            sesiJendela.delete(wc.id)
            dipantau.delete(wc.id)
          })
        }
        sesiJendela.set(wc.id, id)
      },
    }
    return dispatch(kanal as string, masukan, pembawa)
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
