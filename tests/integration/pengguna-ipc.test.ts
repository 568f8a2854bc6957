import { EventEmitter } from 'node:events'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { setupTtu } from '../helpers/setup-ttu'
import { folderSementara } from '../helpers/folder'

// The desktop transport: the IPC handler of electron/app/ipc.ts with a stand-in
// `electron` (only ipcMain is needed), the real dispatch and a real database.
// Each window (webContents) carries its own login; the page never holds the id.

const handler = vi.hoisted(() => new Map<string, (...a: unknown[]) => Promise<unknown>>())
vi.mock('electron', () => ({ ipcMain: { handle: (k: string, fn: (...a: unknown[]) => Promise<unknown>) => handler.set(k, fn) } }))

const { daftarkanIpc, KANAL_PANGGIL } = await import('../../electron/app/ipc')
const { buatDispatch } = await import('../../electron/api')
const { Aplikasi } = await import('../../electron/services/aplikasi')
const { platformTanpaCetak } = await import('../../electron/services/platform')

class JendelaPalsu extends EventEmitter {
  constructor(readonly id: number) {
    super()
  }
}

describe('sesi per jendela di shell Electron', () => {
  const tmp = folderSementara('binmas-pengguna-ipc-')
  const app = Aplikasi.buka({ folderData: tmp.folder, platform: platformTanpaCetak, versiAplikasi: '0.0.0-uji', hariIni: '2024-09-18' })
  daftarkanIpc(buatDispatch(app))
  afterAll(async () => {
    await app.tutup()
    tmp.hapus()
  })
  const panggil = (wc: JendelaPalsu | undefined, kanal: string, masukan: unknown) =>
    handler.get(KANAL_PANGGIL)!({ senderFrame: { url: 'app://binmas/index.html' }, sender: wc }, kanal, masukan) as Promise<{ ok: boolean; data?: any; galat?: { kode: string } }>

  it('[G3] login berlaku untuk jendela itu saja; jendela lain dan panggilan tanpa pengirim tetap belum masuk; jendela ditutup, sesinya hilang', async () => {
    const satu = new JendelaPalsu(1)
    const dua = new JendelaPalsu(2)
    const admin = { namaPengguna: 'yohanes.bana', namaLengkap: 'AKP YOHANES BANA, S.H.', kataSandi: 'Kopi pagi di Kefamenanu' }
    // The wizard (no account yet) logs its own window in.
    expect(await panggil(satu, 'setup:simpan', { ...(await setupTtu()), admin })).toMatchObject({ ok: true, data: { kodePemulihan: expect.any(String) } })
    expect(await panggil(satu, 'satker:info', {})).toMatchObject({ ok: true })
    expect(await panggil(dua, 'satker:info', {})).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
    expect(await panggil(undefined, 'satker:info', {})).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
    // What the page gets back never contains the session id.
    const status = await panggil(satu, 'sesi:status', {})
    expect(status.data.sesi).toEqual({ namaPengguna: 'yohanes.bana', namaLengkap: 'AKP YOHANES BANA, S.H.', peran: 'admin', harusGantiSandi: false })
    expect(JSON.stringify(status)).not.toMatch(/[A-Za-z0-9_-]{43}/)
    // Window two logs in on its own; logging it out leaves window one in.
    expect(await panggil(dua, 'sesi:masuk', { namaPengguna: 'yohanes.bana', kataSandi: admin.kataSandi })).toMatchObject({ ok: true })
    expect(await panggil(dua, 'satker:info', {})).toMatchObject({ ok: true })
    await panggil(dua, 'sesi:keluar', {})
    expect(await panggil(dua, 'satker:info', {})).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
    expect(await panggil(satu, 'satker:info', {})).toMatchObject({ ok: true })
    // A closed window's session is forgotten: a new window that happens to get the same id starts logged out.
    satu.emit('destroyed')
    expect(await panggil(new JendelaPalsu(1), 'satker:info', {})).toMatchObject({ ok: false, galat: { kode: 'BELUM_MASUK' } })
  })
})
