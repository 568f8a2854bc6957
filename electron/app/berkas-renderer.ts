import fs from 'node:fs/promises'
import path from 'node:path'
import { HOST_APP, SKEMA_APP } from './asal'

/** MIME types of what electron-vite emits for the renderer (and the fonts/icons it may copy). */
export const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

export function mimeUntuk(berkas: string): string {
  return MIME[path.extname(berkas).toLowerCase()] ?? 'application/octet-stream'
}

export type HasilBerkas = { status: 200; berkas: string; mime: string } | { status: 404 }

/**
 * Maps an app:// URL to a file inside the renderer folder, or 404.
 * Anything that would leave the folder (.., encoded slashes, absolute or
 * drive paths, NUL bytes) is refused. Paths without an extension are
 * client-side routes and get index.html; missing assets stay 404 so a
 * broken build shows up instead of serving HTML as JavaScript.
 */
export async function tentukanBerkas(folder: string, url: string): Promise<HasilBerkas> {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return { status: 404 }
  }
  if (u.protocol !== `${SKEMA_APP}:` || u.hostname !== HOST_APP) return { status: 404 }

  let relatif: string
  try {
    relatif = decodeURIComponent(u.pathname)
  } catch {
    return { status: 404 }
  }
  if (relatif.includes('\0') || relatif.includes('\\')) return { status: 404 }
  relatif = relatif.replace(/^\/+/, '')
  if (relatif === '') relatif = 'index.html'

  const akar = path.resolve(folder)
  const berkas = path.resolve(akar, relatif)
  const dariAkar = path.relative(akar, berkas)
  if (dariAkar === '' || dariAkar.startsWith('..') || path.isAbsolute(dariAkar)) return { status: 404 }

  if (await adalahBerkas(berkas)) return { status: 200, berkas, mime: mimeUntuk(berkas) }
  if (path.extname(relatif) === '') {
    const index = path.join(akar, 'index.html')
    if (await adalahBerkas(index)) return { status: 200, berkas: index, mime: mimeUntuk(index) }
  }
  return { status: 404 }
}

async function adalahBerkas(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isFile()
  } catch {
    return false
  }
}
