import type { BinmasApi, Keluaran, Masukan, NamaKanal } from '../../shared/api'
import type { EventAplikasi } from '../../shared/event'
import type { Galat, Hasil } from '../../shared/galat'

/** An API failure as the renderer sees it: the typed `{ kode, pesan, rincian }`. */
export class GalatApi extends Error {
  constructor(readonly galat: Galat) {
    super(galat.pesan)
    this.name = 'GalatApi'
  }
}

const KUNCI_TOKEN = 'binmas-token'

/** The web host's token arrives once in the URL; keep it for this tab and hide it from the address bar. */
function tokenWeb(): string {
  const url = new URL(window.location.href)
  const dariUrl = url.searchParams.get('token')
  if (dariUrl) {
    sessionStorage.setItem(KUNCI_TOKEN, dariUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.pathname + url.search + url.hash)
    return dariUrl
  }
  return sessionStorage.getItem(KUNCI_TOKEN) ?? ''
}

let token: string | undefined

async function lewatHttp(kanal: NamaKanal, masukan: unknown): Promise<Hasil<unknown>> {
  token ??= tokenWeb()
  let res: Response
  try {
    res = await fetch(`/api/panggil/${kanal}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-binmas-token': token },
      body: JSON.stringify(masukan ?? {}),
    })
  } catch {
    return { ok: false, galat: { kode: 'GALAT_INTERNAL', pesan: 'Tidak dapat menghubungi layanan Binmas Desk. Pastikan server masih berjalan.' } }
  }
  return (await res.json()) as Hasil<unknown>
}

/** Calls one channel through Electron's preload when present, else through the web host. */
export async function panggil<K extends NamaKanal>(kanal: K, masukan: Masukan<K>): Promise<Keluaran<K>> {
  const jembatan = window.binmas as BinmasApi | undefined
  const hasil = jembatan ? await (jembatan[kanal] as (m: Masukan<K>) => Promise<Hasil<Keluaran<K>>>)(masukan) : ((await lewatHttp(kanal, masukan)) as Hasil<Keluaran<K>>)
  if (!hasil.ok) throw new GalatApi(hasil.galat)
  return hasil.data
}

/** Subscribes to push events (db-siap, progres, data-berubah). Returns the unsubscribe function. */
export function dengarEvent(fn: (e: EventAplikasi) => void): () => void {
  if (window.binmas) return window.binmas.dengar(fn)
  token ??= tokenWeb()
  const sumber = new EventSource(`/api/event?token=${encodeURIComponent(token)}`)
  sumber.onmessage = (m) => fn(JSON.parse(m.data as string) as EventAplikasi)
  return () => sumber.close()
}
