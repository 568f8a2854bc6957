import { app, type Session, type WebContents } from 'electron'
import { dariAsalApp, navigasiDiizinkan } from './asal'

/**
 * The page gets no permission (camera, notifications, clipboard read,
 * geolocation, …) and never talks to the network: everything it needs comes
 * from app:// or over IPC. Remote requests are cancelled even if a bug let a
 * URL slip past the CSP.
 */
export function amankanSesi(sesi: Session): void {
  // One exception: writing plain text to the clipboard from the app's own page
  // ("Salin ringkasan" for WhatsApp). Reading the clipboard stays denied.
  sesi.setPermissionRequestHandler((wc, izin, jawab) => jawab(izin === 'clipboard-sanitized-write' && dariAsalApp(wc.getURL())))
  sesi.setPermissionCheckHandler((_wc, izin, asal) => izin === 'clipboard-sanitized-write' && dariAsalApp(asal))
  sesi.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'] }, (_rincian, jawab) => jawab({ cancel: true }))
}

/** Navigation and window rules for one webContents: stay on app://binmas (and its own blobs), no pop-ups, no webviews. */
export function amankanWebContents(wc: WebContents): void {
  wc.setWindowOpenHandler(() => ({ action: 'deny' }))
  wc.on('will-attach-webview', (e) => e.preventDefault())
  wc.on('will-navigate', (e) => {
    if (!navigasiDiizinkan(e.url)) e.preventDefault()
  })
  wc.on('will-frame-navigate', (e) => {
    if (!navigasiDiizinkan(e.url)) e.preventDefault()
  })
  wc.on('will-redirect', (e) => {
    if (!navigasiDiizinkan(e.url)) e.preventDefault()
  })
}

/** Applies the rules to every webContents the app ever creates, including any a bug might open. */
export function pasangPenjagaWebContents(): void {
  app.on('web-contents-created', (_e, wc) => amankanWebContents(wc))
}
