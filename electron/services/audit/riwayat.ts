import type { AuditBaris } from '../../../shared/skema-data'
import type { Konteks } from '../konteks'

export async function riwayatAudit(k: Konteks, tabel: string, kunci: string): Promise<AuditBaris[]> {
  const baris = await k.bd.db
    .selectFrom('audit')
    .selectAll()
    .where('tabel', '=', tabel)
    .where('kunci', '=', kunci)
    .orderBy('id', 'desc')
    .execute()
  return baris.map((b) => ({
    id: b.id,
    waktu: b.waktu,
    pengguna: b.pengguna,
    aksi: b.aksi,
    tabel: b.tabel,
    kunci: b.kunci,
    sebelum: b.sebelum === null ? null : (JSON.parse(b.sebelum) as Record<string, unknown>),
    sesudah: b.sesudah === null ? null : (JSON.parse(b.sesudah) as Record<string, unknown>),
  }))
}
