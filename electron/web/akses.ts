import crypto from 'node:crypto'
import type http from 'node:http'

/** True only for connections from this machine. */
export function alamatLoopback(alamat: string | undefined): boolean {
  if (!alamat) return false
  const a = alamat.startsWith('::ffff:') ? alamat.slice(7) : alamat
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a)
}

/** Refuses DNS-rebinding: the Host header must name the loopback server itself. */
export function hostDiizinkan(host: string | undefined, port: number): boolean {
  if (!host) return false
  return [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host.toLowerCase())
}

export function tokenSama(diberikan: string | null | undefined, token: string): boolean {
  if (!diberikan) return false
  const a = Buffer.from(diberikan)
  const b = Buffer.from(token)
  return a.length === b.length && crypto.timingSafeEqual(a, b)
}

export function buatToken(): string {
  return crypto.randomBytes(24).toString('hex')
}

/** Why a request is refused, or null when it may go on. */
export function periksaPermintaan(req: http.IncomingMessage, port: number): string | null {
  if (!alamatLoopback(req.socket.remoteAddress)) return 'Hanya koneksi dari komputer ini (loopback) yang diizinkan.'
  if (!hostDiizinkan(req.headers.host, port)) return 'Alamat host tidak diizinkan.'
  return null
}

/** One cookie per port: two hosts on one PC (each with its own sessions) never overwrite each other's. */
export function namaKukiSesi(port: number): string {
  return `binmas_sesi_${port}`
}

export function bacaKuki(header: string | undefined, nama: string): string | null {
  for (const bagian of (header ?? '').split(';')) {
    const i = bagian.indexOf('=')
    if (i > 0 && bagian.slice(0, i).trim() === nama) return bagian.slice(i + 1).trim() || null
  }
  return null
}

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other
 * site's page sends it), only for /api, gone when the browser closes. No
 * `Secure`: the host is plain http on loopback. `null` deletes it.
 */
export function kukiSesi(nama: string, id: string | null): string {
  const dasar = `${nama}=${id ?? ''}; HttpOnly; SameSite=Strict; Path=/api`
  return id ? dasar : `${dasar}; Max-Age=0`
}
