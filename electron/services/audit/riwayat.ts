import type { AuditBaris } from '../../../shared/skema-data'
import type { Konteks } from '../konteks'

export async function riwayatAudit(k: Konteks, tabel: string, kunci: string): Promise<AuditBaris[]> {
  const baris = await k.bd.db
    .selectFrom('audit')
    .leftJoin('pengguna', 'pengguna.nama_pengguna', 'audit.pengguna')
    .selectAll('audit')
    .select('pengguna.nama_lengkap')
    .where('audit.tabel', '=', tabel)
    .where('audit.kunci', '=', kunci)
    .orderBy('audit.id', 'desc')
    .execute()
  return baris.map((b) => ({
    id: b.id,
    waktu: b.waktu,
    // The account's full name with its user name; rows from before accounts existed keep the bare name.
    pengguna: b.nama_lengkap ? `${b.nama_lengkap} (${b.pengguna})` : b.pengguna,
    aksi: b.aksi,
    tabel: b.tabel,
    kunci: b.kunci,
    sebelum: b.sebelum === null ? null : (JSON.parse(b.sebelum) as Record<string, unknown>),
    sesudah: b.sesudah === null ? null : (JSON.parse(b.sesudah) as Record<string, unknown>),
  }))
}
