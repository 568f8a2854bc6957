import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EventAplikasi } from '../../shared/event'
import { buatDispatch } from '../api'
import { CSP } from '../app/csp'
import { Aplikasi } from '../services/aplikasi'
import type { Sesi } from '../services/konteks'
import { platformTanpaCetak, type PortPlatform } from '../services/platform'
import { bacaKuki, buatToken, kukiSesi, namaKukiSesi, periksaPermintaan, tokenSama } from './akses'
import { layaniStatis } from './statis'

const AKAR_REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** Imports carry files as base64; the exchange contract caps files at 50 MB. */
const BATAS_BADAN = 80 * 1024 * 1024

export interface OpsiHost {
  folderData: string
  port?: number
  folderRenderer?: string
  platform?: PortPlatform
  hariIni?: string
  versiAplikasi?: string
  token?: string
  /**
   * Test hosts only, and settable only from code (the CLI and the environment
   * never set it): every request runs as this fixed session and no login is
   * asked. Absent — as in `npm run web` — every user logs in (HttpOnly cookie).
   */
  sesiUji?: Sesi
  /** Idle limit of login sessions in ms, instead of the Admin's setting (tests of the lock). Code only. */
  batasDiamMs?: number
}

export interface HostWeb {
  url: string
  token: string
  port: number
  /** The address the server is bound to (always loopback). */
  alamat: string
  app: Aplikasi
  tutup: () => Promise<void>
}

function bacaBadan(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const potongan: Buffer[] = []
    let ukuran = 0
    req.on('data', (c: Buffer) => {
      ukuran += c.length
      if (ukuran > BATAS_BADAN) {
        reject(new Error('terlalu besar'))
        req.destroy()
      } else potongan.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(potongan).toString('utf8')))
    req.on('error', reject)
  })
}

function kirimJson(res: http.ServerResponse, status: number, isi: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(isi))
}

/**
 * The web test host: serves the built renderer on loopback and forwards each
 * call to the same dispatch the Electron shell uses. It is how screens are
 * tested without an Electron binary, and `npm run web` for users without one.
 */
export async function mulaiHost(opsi: OpsiHost): Promise<HostWeb> {
  const token = opsi.token ?? buatToken()
  const app = Aplikasi.buka({
    folderData: opsi.folderData,
    platform: opsi.platform ?? platformTanpaCetak,
    versiAplikasi: opsi.versiAplikasi ?? '0.1.0',
    hariIni: opsi.hariIni,
  })
  const dispatch = buatDispatch(app, { batasDiamMs: opsi.batasDiamMs })
  const folderRenderer = opsi.folderRenderer ?? path.join(AKAR_REPO, 'out', 'renderer')
  let port = 0

  const server = http.createServer(async (req, res) => {
    const tolak = periksaPermintaan(req, port)
    if (tolak) return kirimJson(res, 403, { ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: tolak } })
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)

    if (url.pathname.startsWith('/api/')) {
      const diberikan = req.headers['x-binmas-token']
      const tokenPermintaan = typeof diberikan === 'string' ? diberikan : url.searchParams.get('token')
      if (!tokenSama(tokenPermintaan, token)) {
        return kirimJson(res, 401, { ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: 'Token akses tidak valid. Buka alamat lengkap yang dicetak saat server dimulai.' } })
      }
      if (url.pathname === '/api/event' && req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
        res.write(': terhubung\n\n')
        const lepas = app.dengar((e: EventAplikasi) => res.write(`data: ${JSON.stringify(e)}\n\n`))
        req.on('close', lepas)
        return
      }
      const cocok = /^\/api\/panggil\/([a-z-]+:[a-z-]+)$/.exec(url.pathname)
      if (!cocok || req.method !== 'POST') return kirimJson(res, 404, { ok: false, galat: { kode: 'KANAL_TIDAK_DIKENAL', pesan: 'Alamat API tidak dikenal.' } })
      let masukan: unknown
      try {
        const badan = await bacaBadan(req)
        masukan = badan ? JSON.parse(badan) : {}
      } catch {
        return kirimJson(res, 400, { ok: false, galat: { kode: 'INPUT_TIDAK_VALID', pesan: 'Permintaan tidak dapat dibaca (bukan JSON atau terlalu besar).' } })
      }
      if (opsi.sesiUji) return kirimJson(res, 200, await dispatch(cocok[1]!, masukan, opsi.sesiUji))
      // The login session rides in an HttpOnly, SameSite=Strict cookie next to the token.
      const nama = namaKukiSesi(port)
      let kukiBaru: string | null | undefined
      const hasil = await dispatch(cocok[1]!, masukan, { baca: () => bacaKuki(req.headers.cookie, nama), simpan: (id) => void (kukiBaru = id) })
      if (kukiBaru !== undefined) res.setHeader('set-cookie', kukiSesi(nama, kukiBaru))
      return kirimJson(res, 200, hasil)
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return kirimJson(res, 405, { ok: false, galat: { kode: 'INPUT_TIDAK_VALID', pesan: 'Metode tidak diizinkan.' } })
    layaniStatis(folderRenderer, url.pathname, res, CSP)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Loopback only: never reachable from the network.
    server.listen(opsi.port ?? 0, '127.0.0.1', () => resolve())
  })
  const terikat = server.address() as AddressInfo
  port = terikat.port
  return {
    alamat: terikat.address,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    app,
    tutup: async () => {
      server.closeAllConnections()
      await new Promise<void>((r) => server.close(() => r()))
      await app.tutup()
    },
  }
}
