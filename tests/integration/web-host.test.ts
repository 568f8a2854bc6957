import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CSP } from '../../electron/app/csp'
import { alamatLoopback, periksaPermintaan } from '../../electron/web/akses'
import { type HostWeb, mulaiHost } from '../../electron/web/server'
import { folderSementara } from '../helpers/folder'

/** A raw HTTP request, so headers (Host, token) are exactly what the test says. */
function minta(port: number, jalur: string, opsi: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: jalur, method: opsi.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...opsi.headers } }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
    })
    req.on('error', reject)
    if (opsi.body) req.write(opsi.body)
    req.end()
  })
}

describe('host web uji', () => {
  const tmp = folderSementara()
  const renderer = folderSementara()
  let host: HostWeb
  beforeAll(async () => {
    fs.writeFileSync(path.join(renderer.folder, 'index.html'), '<!doctype html><title>Binmas Desk</title>')
    host = await mulaiHost({ folderData: tmp.folder, folderRenderer: renderer.folder, hariIni: '2024-09-18', sesiUji: { pengguna: 'admin', peran: 'admin' } })
  })
  afterAll(async () => {
    await host.tutup()
    tmp.hapus()
    renderer.hapus()
  })

  it('[A3] hanya mendengarkan di loopback dengan token acak', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/)
  })

  it('[A3] permintaan API tanpa token atau dengan token salah ditolak', async () => {
    const tanpa = await minta(host.port, '/api/panggil/sistem:status', { method: 'POST', body: '{}' })
    expect(tanpa.status).toBe(401)
    expect(JSON.parse(tanpa.body)).toMatchObject({ ok: false, galat: { kode: 'TIDAK_BERHAK' } })
    const salah = await minta(host.port, '/api/panggil/sistem:status', { method: 'POST', body: '{}', headers: { 'x-binmas-token': 'a'.repeat(48) } })
    expect(salah.status).toBe(401)
    const sse = await minta(host.port, '/api/event')
    expect(sse.status).toBe(401)
  })

  it('[A3] permintaan dengan token menjalankan dispatch yang sama', async () => {
    const r = await minta(host.port, '/api/panggil/sistem:status', { method: 'POST', body: '{}', headers: { 'x-binmas-token': host.token } })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, data: { sudahDisiapkan: false, hariIni: '2024-09-18' } })
    const salahBentuk = await minta(host.port, '/api/panggil/desa:ubah', { method: 'POST', body: '{"kode":1}', headers: { 'x-binmas-token': host.token } })
    expect(JSON.parse(salahBentuk.body)).toMatchObject({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID' } })
    const bukanJson = await minta(host.port, '/api/panggil/desa:ubah', { method: 'POST', body: '{', headers: { 'x-binmas-token': host.token } })
    expect(bukanJson.status).toBe(400)
  })

  it('[A3] permintaan dari alamat selain loopback ditolak', async () => {
    expect(alamatLoopback('127.0.0.1')).toBe(true)
    expect(alamatLoopback('::1')).toBe(true)
    expect(alamatLoopback('::ffff:127.0.0.1')).toBe(true)
    for (const a of ['192.168.1.20', '10.0.0.5', '::ffff:192.168.1.20', '172.16.0.1', '', undefined]) expect(alamatLoopback(a)).toBe(false)
    // The server's own check on a request as it would arrive from a LAN peer.
    const dariLan = { socket: { remoteAddress: '192.168.1.20' }, headers: { host: `127.0.0.1:${host.port}` } } as unknown as http.IncomingMessage
    expect(periksaPermintaan(dariLan, host.port)).toMatch(/loopback/)
    // And the running server is bound to 127.0.0.1 only, so no other address reaches it.
    expect(host.alamat).toBe('127.0.0.1')
  })

  it('[A3] Host header palsu (DNS rebinding) ditolak', async () => {
    const r = await minta(host.port, '/api/panggil/sistem:status', { method: 'POST', body: '{}', headers: { host: 'evil.example:80', 'x-binmas-token': host.token } })
    expect(r.status).toBe(403)
  })

  it('[A3] berkas renderer dilayani dengan CSP, tanpa keluar dari foldernya', async () => {
    const r = await minta(host.port, '/')
    expect(r.status).toBe(200)
    expect(r.headers['content-security-policy']).toBe(CSP)
    expect(r.body).toContain('Binmas Desk')
    const keluar = await minta(host.port, '/..%2f..%2fpackage.json')
    expect(keluar.status).toBe(404)
  })

  it('[A3] event db-siap dikirim lewat kanal push', async () => {
    const pesan = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: host.port, path: `/api/event?token=${host.token}`, headers: { host: `127.0.0.1:${host.port}` } }, (res) => {
        res.on('data', (c: Buffer) => {
          const t = c.toString()
          if (t.includes('data:')) {
            resolve(t)
            req.destroy()
          }
        })
      })
      req.on('error', reject)
    })
    expect(pesan).toContain('"jenis":"db-siap"')
  })
})
