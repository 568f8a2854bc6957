import type { Transaction } from 'kysely'
import type { SkemaDb } from '../db/tabel'
import type { Sesi } from '../konteks'

export interface EntriAudit {
  aksi:
    | 'tambah'
    | 'ubah'
    | 'hapus'
    | 'setup'
    | 'impor'
    | 'kunci'
    | 'buka-kunci'
    // Accounts (tabel 'pengguna'); password hashes are never written to the trail.
    | 'masuk'
    | 'ganti-sandi'
    | 'atur-sandi'
    | 'pulihkan-sandi'
    | 'kode-pemulihan'
  tabel: string
  kunci: string
  sebelum: Record<string, unknown> | null
  sesudah: Record<string, unknown> | null
}

/** Writes one audit row inside the caller's transaction: a change and its trace commit together. */
export async function catatAudit(trx: Transaction<SkemaDb>, sesi: Sesi, entri: EntriAudit): Promise<void> {
  await trx
    .insertInto('audit')
    .values({
      waktu: new Date().toISOString(),
      pengguna: sesi.pengguna,
      aksi: entri.aksi,
      tabel: entri.tabel,
      kunci: entri.kunci,
      sebelum: entri.sebelum === null ? null : JSON.stringify(entri.sebelum),
      sesudah: entri.sesudah === null ? null : JSON.stringify(entri.sesudah),
    })
    .execute()
}

/** Only the fields that changed, so the trail reads "penduduk: 1.800 → 2.000". */
export function selisih<T extends Record<string, unknown>>(sebelum: T, sesudah: T): { sebelum: Partial<T>; sesudah: Partial<T> } {
  const a: Partial<T> = {}
  const b: Partial<T> = {}
  for (const k of Object.keys(sesudah) as (keyof T)[]) {
    if (sebelum[k] !== sesudah[k]) {
      a[k] = sebelum[k]
      b[k] = sesudah[k]
    }
  }
  return { sebelum: a, sesudah: b }
}
