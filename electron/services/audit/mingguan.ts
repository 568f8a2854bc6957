import { KOLOM_SEL_MINGGUAN } from '../../../shared/mingguan'

/**
 * The audit trail of weekly reports saved through the grid: one audit row per
 * save (a typed cell, a pasted block, an undo), keyed by the week, holding the
 * row images of the desa whose row changed, before and after:
 *
 *   tabel 'laporan_mingguan', aksi 'simpan', kunci '2024|37',
 *   sebelum { "kolom": ["kk_dikunjungi", …], "baris": { "53.03.01.2001": [3, 1, …] } }
 *   sesudah { "kolom": ["kk_dikunjungi", …], "baris": { "53.03.01.2001": [3, 2, …], "53.03.01.2002": […] } }
 *
 * A desa only in `sesudah` was added (no row before), a desa only in `sebelum`
 * was removed (every cell blanked), a desa in both was changed; the trail of a
 * desa-week shows the fields that differ. One row per save with the column
 * names once keeps a full-week save to one small write ([B8]); imports and
 * older versions wrote one row per desa keyed 'desa|tahun|minggu' with the
 * changed fields by name, and the trail of a desa-week reads both.
 */
export const AKSI_SIMPAN_MINGGUAN = 'simpan'

type Nilai = number | string | null

export interface CitraMingguan {
  kolom: readonly string[]
  baris: Record<string, readonly Nilai[]>
}

export const kunciMingguAudit = (tahun: number, minggu: number) => `${tahun}|${minggu}`

/**
 * The JSON text of one side of a save row (a `CitraMingguan`): `baris` holds each desa's values
 * in the order of KOLOM_SEL_MINGGUAN, named once in `kolom`.
 */
const AWAL_CITRA = `{"kolom":${JSON.stringify(KOLOM_SEL_MINGGUAN)},"baris":`
export const teksCitraMingguan = (baris: Record<string, readonly Nilai[]>) => `${AWAL_CITRA}${JSON.stringify(baris)}}`

/** 'desa|tahun|minggu' → its parts; null for any other key. */
export function uraiKunciDesaMinggu(kunci: string): { desaKode: string; tahun: number; minggu: number } | null {
  const m = /^([^|]+)\|(\d{4})\|(\d{1,2})$/.exec(kunci)
  return m ? { desaKode: m[1] as string, tahun: Number(m[2]), minggu: Number(m[3]) } : null
}

/** JSON path of one desa's row image inside a save row (codes contain dots, so the label is quoted). */
export const jalanDesa = (desaKode: string) => `$.baris."${desaKode.replace(/"/g, '')}"`

/** The values of one image by column name; null where a column is not in the image. */
function menurutKolom(c: CitraMingguan | null, desaKode: string): Map<string, Nilai> | null {
  const nilai = c?.baris[desaKode]
  if (!c || !nilai) return null
  return new Map(c.kolom.map((k, i) => [k, nilai[i] ?? null]))
}

/** One desa's part of a save row, as the per-desa rows read: tambah / ubah / hapus with the fields that differ. */
export function bagianDesa(
  desaKode: string,
  sebelum: CitraMingguan | null,
  sesudah: CitraMingguan | null,
): { aksi: 'tambah' | 'ubah' | 'hapus'; sebelum: Record<string, Nilai> | null; sesudah: Record<string, Nilai> | null } | null {
  const a = menurutKolom(sebelum, desaKode)
  const b = menurutKolom(sesudah, desaKode)
  if (!a && !b) return null
  const dari: Record<string, Nilai> = {}
  const ke: Record<string, Nilai> = {}
  for (const k of new Set([...(a?.keys() ?? []), ...(b?.keys() ?? [])])) {
    const x = a?.get(k) ?? null
    const y = b?.get(k) ?? null
    if (x === y) continue
    dari[k] = x
    ke[k] = y
  }
  return { aksi: !a ? 'tambah' : !b ? 'hapus' : 'ubah', sebelum: a ? dari : null, sesudah: b ? ke : null }
}
