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

async function kirim<K extends NamaKanal>(kanal: K, masukan: Masukan<K>): Promise<Hasil<Keluaran<K>>> {
  const jembatan = window.binmas as BinmasApi | undefined
  return jembatan ? await (jembatan[kanal] as (m: Masukan<K>) => Promise<Hasil<Keluaran<K>>>)(masukan) : ((await lewatHttp(kanal, masukan)) as Hasil<Keluaran<K>>)
}

/*
 * A call that meets an ended session (locked screen, idle timeout) is not lost:
 * it waits until the same user has logged in again and is then sent once more,
 * so an edit made just before the lock is saved after it. If someone else logs
 * in instead, the waiting calls fail with their original error.
 */
const menunggu: ((lanjut: boolean) => void)[] = []
let saatSesiBerakhir: (() => void) | null = null
let berjalan = 0
const penantiSepi: (() => void)[] = []

/** The login gate registers how to ask for the password again. */
export function aturSaatSesiBerakhir(fn: (() => void) | null): void {
  saatSesiBerakhir = fn
}

/** After a login: resend the waiting calls (the same user) or drop them (another user, logout). */
export function lepaskanPanggilanTertunda(lanjut: boolean): void {
  for (const fn of menunggu.splice(0)) fn(lanjut)
}

/** Resolves once no call is on its way (a lock waits for saves already sent). */
export function tungguPanggilanSelesai(): Promise<void> {
  return berjalan === 0 ? Promise.resolve() : new Promise((r) => penantiSepi.push(r))
}

/** Calls one channel through Electron's preload when present, else through the web host. */
export async function panggil<K extends NamaKanal>(kanal: K, masukan: Masukan<K>): Promise<Keluaran<K>> {
  berjalan++
  let hasil: Hasil<Keluaran<K>>
  try {
    hasil = await kirim(kanal, masukan)
  } finally {
    if (--berjalan === 0) for (const r of penantiSepi.splice(0)) r()
  }
  if (!hasil.ok && hasil.galat.kode === 'BELUM_MASUK' && !kanal.startsWith('sesi:') && saatSesiBerakhir) {
    saatSesiBerakhir()
    const lanjut = await new Promise<boolean>((r) => menunggu.push(r))
    if (lanjut) return panggil(kanal, masukan)
  }
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
