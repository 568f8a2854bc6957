import { contextBridge, ipcRenderer } from 'electron'
// Types only from the contract: the sandboxed preload may require nothing but
// 'electron', so zod and the schemas must not be bundled in.
import type { BinmasApi } from '../../shared/api'
import type { EventAplikasi, PendengarEvent } from '../../shared/event'
import { NAMA_KANAL } from '../../shared/kanal'

const KANAL_PANGGIL = 'binmas:panggil'
const KANAL_EVENT = 'binmas:event'

type ApiJendela = BinmasApi & { dengar: (fn: PendengarEvent) => () => void }

/** One function per contract channel; main checks the sender and dispatch checks everything else. */
const panggilan = Object.fromEntries(
  NAMA_KANAL.map((kanal) => [kanal, (masukan: unknown) => ipcRenderer.invoke(KANAL_PANGGIL, kanal, masukan)]),
) as BinmasApi

/*
 * One IPC listener for the whole page. The last db-siap is kept and replayed
 * to late subscribers — the same promise Aplikasi.dengar makes in main — so a
 * screen mounted after start-up still learns the database is ready.
 */
const pendengar = new Set<PendengarEvent>()
let dbSiap: EventAplikasi | undefined
ipcRenderer.on(KANAL_EVENT, (_event, e: EventAplikasi) => {
  if (e.jenis === 'db-siap') dbSiap = e
  for (const fn of pendengar) fn(e)
})

function dengar(fn: PendengarEvent): () => void {
  if (typeof fn !== 'function') throw new TypeError('dengar() membutuhkan fungsi')
  pendengar.add(fn)
  if (dbSiap) fn(dbSiap)
  return () => {
    pendengar.delete(fn)
  }
}

const api = { ...panggilan, dengar } satisfies ApiJendela

contextBridge.exposeInMainWorld('binmas', api)
