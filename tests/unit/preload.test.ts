import { describe, expect, it, vi } from 'vitest'
import type { EventAplikasi } from '../../shared/event'
import { NAMA_KANAL } from '../../shared/kanal'

// The preload runs against a recording stand-in for 'electron': what it
// exposes to the page and what it sends over IPC is checked exactly.
const rekaman = vi.hoisted(() => ({
  diekspos: new Map<string, unknown>(),
  invoke: [] as unknown[][],
  pendengarIpc: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (nama: string, api: unknown) => rekaman.diekspos.set(nama, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      rekaman.invoke.push(args)
      return { ok: true, data: 'jawaban' }
    },
    on: (kanal: string, fn: (event: unknown, ...args: unknown[]) => void) => rekaman.pendengarIpc.set(kanal, fn),
  },
}))

await import('../../electron/preload/index')

type Api = Record<string, (m?: unknown) => Promise<unknown>> & { dengar: (fn: (e: EventAplikasi) => void) => () => void }

describe('preload', () => {
  const api = rekaman.diekspos.get('binmas') as Api

  it('[A2] hanya window.binmas yang diekspos, dengan satu fungsi per kanal kontrak plus dengar', () => {
    expect([...rekaman.diekspos.keys()]).toEqual(['binmas'])
    expect(Object.keys(api).sort()).toEqual([...NAMA_KANAL, 'dengar'].sort())
    for (const nilai of Object.values(api)) expect(typeof nilai).toBe('function')
    // No raw IPC object leaks to the page.
    expect(Object.values(api).some((v) => typeof v === 'object')).toBe(false)
  })

  it('[A2] setiap kanal memanggil binmas:panggil dengan nama kanal dan masukan apa adanya', async () => {
    for (const kanal of NAMA_KANAL) {
      rekaman.invoke.length = 0
      const masukan = { contoh: kanal }
      await expect(api[kanal]!(masukan)).resolves.toEqual({ ok: true, data: 'jawaban' })
      expect(rekaman.invoke).toEqual([['binmas:panggil', kanal, masukan]])
    }
  })

  it('[A2] dengar meneruskan event, mengulang db-siap terakhir dan dapat dilepas', () => {
    const kirim = rekaman.pendengarIpc.get('binmas:event')
    expect(kirim).toBeTypeOf('function')
    expect([...rekaman.pendengarIpc.keys()]).toEqual(['binmas:event'])

    const awal: EventAplikasi[] = []
    const lepasAwal = api.dengar((e) => awal.push(e))
    kirim!({ sender: 'rahasia' }, { jenis: 'db-siap', versiSkema: 2 })
    kirim!({}, { jenis: 'data-berubah', tabel: 'desa' })
    expect(awal).toEqual([
      { jenis: 'db-siap', versiSkema: 2 },
      { jenis: 'data-berubah', tabel: 'desa' },
    ])

    // A screen that subscribes later still learns the database is ready.
    const telat: EventAplikasi[] = []
    const lepasTelat = api.dengar((e) => telat.push(e))
    expect(telat).toEqual([{ jenis: 'db-siap', versiSkema: 2 }])

    lepasAwal()
    kirim!({}, { jenis: 'progres', tugas: 'impor', selesai: 1, total: 2, keterangan: '' })
    expect(awal).toHaveLength(2)
    expect(telat).toHaveLength(2)
    lepasTelat()
    expect(() => api.dengar('bukan fungsi' as never)).toThrow(TypeError)
  })
})
