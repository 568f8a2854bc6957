import crypto from 'node:crypto'
import type { Basisdata } from '../db/koneksi'
import type { IsiBerkas, Manifest } from './jenis'
import type { Rencana } from './rencana'
import type { StatusRevisi } from './revisi'
import type { Masalah } from './pesan'
import type { StatusTandaTangan } from './tanda-tangan'

/** A file read and checked by pratinjau, waiting for terapkan. */
export interface BerkasSiap {
  token: string
  namaBerkas: string
  manifest: Manifest
  isi: IsiBerkas
  sidik: string
  checksum: 'cocok' | 'tidak-ada' | 'sebagian'
  tandaTangan: StatusTandaTangan
  peringatan: Masalah[]
  /** The preview's plan, reusable while the database has not changed since (same change count). */
  rencana?: { hasil: Rencana; status: StatusRevisi; perubahanDb: number }
}

const SIMPAN = 3
const semua = new WeakMap<Basisdata, Map<string, BerkasSiap>>()

/** Kept per open database, newest few only: a preview is meant to be applied soon. */
export function simpanSiap(bd: Basisdata, b: Omit<BerkasSiap, 'token'>): BerkasSiap {
  const peta = semua.get(bd) ?? new Map<string, BerkasSiap>()
  semua.set(bd, peta)
  const siap = { ...b, token: crypto.randomUUID() }
  peta.set(siap.token, siap)
  while (peta.size > SIMPAN) peta.delete(peta.keys().next().value!)
  return siap
}

export const ambilSiap = (bd: Basisdata, token: string) => semua.get(bd)?.get(token)
export const buangSiap = (bd: Basisdata, token: string) => void semua.get(bd)?.delete(token)

/** Rows changed by this connection since it opened: equal counts mean nothing was written in between. */
export const perubahanDb = (bd: Basisdata) => (bd.sqlite.prepare('SELECT total_changes() n').get() as { n: number }).n
