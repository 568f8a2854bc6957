import fs from 'node:fs'
import type http from 'node:http'
import path from 'node:path'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}

/** Serves the built renderer; never a path outside its folder. */
export function layaniStatis(folder: string, urlPath: string, res: http.ServerResponse, csp: string): void {
  const bersih = decodeURIComponent(urlPath.split('?')[0] ?? '/')
  const relatif = bersih === '/' || bersih === '' ? 'index.html' : bersih.replace(/^\/+/, '')
  const berkas = path.resolve(folder, relatif)
  const akar = path.resolve(folder) + path.sep
  let target = berkas.startsWith(akar) && fs.existsSync(berkas) && fs.statSync(berkas).isFile() ? berkas : null
  // Client-side routes fall back to index.html; asset-looking paths do not.
  if (!target && !path.extname(relatif)) target = path.join(folder, 'index.html')
  if (!target || !fs.existsSync(target)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan')
    return
  }
  res.writeHead(200, {
    'content-type': MIME[path.extname(target).toLowerCase()] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  })
  fs.createReadStream(target).pipe(res)
}
