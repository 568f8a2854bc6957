import fs from 'node:fs/promises'
import { protocol, type Session } from 'electron'
import { SKEMA_APP } from './asal'
import { tentukanBerkas } from './berkas-renderer'
import { CSP } from './csp'

/**
 * Must run before the app is ready. `standard` gives app://binmas a real
 * origin (relative URLs, localStorage), `secure` makes it a secure context,
 * `supportFetchAPI` lets the renderer fetch its own assets.
 */
export function daftarkanSkemaApp(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: SKEMA_APP, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Headers of every app:// response: the CSP travels with each page and asset. */
function kepala(mime: string): Record<string, string> {
  return {
    'content-type': mime,
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  }
}

/** Serves the built renderer folder on app://binmas; nothing outside it. */
export function layaniSkemaApp(sesi: Session, folderRenderer: string): void {
  sesi.protocol.handle(SKEMA_APP, async (req) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return new Response('Metode tidak diizinkan', { status: 405, headers: kepala('text/plain; charset=utf-8') })
    }
    const hasil = await tentukanBerkas(folderRenderer, req.url)
    if (hasil.status !== 200) return new Response('Tidak ditemukan', { status: 404, headers: kepala('text/plain; charset=utf-8') })
    const isi = await fs.readFile(hasil.berkas)
    return new Response(req.method === 'HEAD' ? null : isi, { status: 200, headers: kepala(hasil.mime) })
  })
}
