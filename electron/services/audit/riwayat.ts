import { sql } from 'kysely'
import type { AuditBaris } from '../../../shared/skema-data'
import type { Konteks } from '../konteks'
import { bagianDesa, type CitraMingguan, jalanDesa, kunciMingguAudit, uraiKunciDesaMinggu } from './mingguan'

const urai = (teks: string | null) => (teks === null ? null : (JSON.parse(teks) as Record<string, unknown>))

/**
 * The trail of one record, newest first. A desa's weekly report ('desa|tahun|minggu')
 * is read from its own rows (imports, older versions) and from the grid's save rows
 * of that week that hold the desa's row image, each shown as the fields that differ.
 */
export async function riwayatAudit(k: Konteks, tabel: string, kunci: string): Promise<AuditBaris[]> {
  const desaMinggu = tabel === 'laporan_mingguan' ? uraiKunciDesaMinggu(kunci) : null
  const baris = await k.bd.db
    .selectFrom('audit')
    .leftJoin('pengguna', 'pengguna.nama_pengguna', 'audit.pengguna')
    .selectAll('audit')
    .select('pengguna.nama_lengkap')
    .where('audit.tabel', '=', tabel)
    .where((eb) => {
      if (!desaMinggu) return eb('audit.kunci', '=', kunci)
      const jalan = jalanDesa(desaMinggu.desaKode)
      return eb.or([
        eb('audit.kunci', '=', kunci),
        eb.and([
          eb('audit.kunci', '=', kunciMingguAudit(desaMinggu.tahun, desaMinggu.minggu)),
          sql<boolean>`(json_type(audit.sebelum, ${jalan}) IS NOT NULL OR json_type(audit.sesudah, ${jalan}) IS NOT NULL)`,
        ]),
      ])
    })
    .orderBy('audit.id', 'desc')
    .execute()
  return baris.map((b) => {
    let isi = { aksi: b.aksi, sebelum: urai(b.sebelum), sesudah: urai(b.sesudah) }
    if (desaMinggu && b.kunci !== kunci) {
      const bagian = bagianDesa(desaMinggu.desaKode, isi.sebelum as CitraMingguan | null, isi.sesudah as CitraMingguan | null)
      if (bagian) isi = bagian
    }
    return {
      id: b.id,
      waktu: b.waktu,
      // The account's full name with its user name; rows from before accounts existed keep the bare name.
      pengguna: b.nama_lengkap ? `${b.nama_lengkap} (${b.pengguna})` : b.pengguna,
      aksi: isi.aksi,
      tabel: b.tabel,
      kunci: desaMinggu ? kunci : b.kunci,
      sebelum: isi.sebelum,
      sesudah: isi.sesudah,
    }
  })
}
