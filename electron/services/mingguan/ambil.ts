import { bulanMinggu, rentangMinggu } from '../../../shared/iso-week'
import { barisKosong, KOLOM_SEL_MINGGUAN, type NilaiBaris } from '../../../shared/mingguan'
import type { Konteks } from '../konteks'
import { bulanTerkunci } from '../periode'

export interface BarisGrid {
  desaKode: string
  desaNama: string
  kecamatanNama: string
  polsekId: number | null
  polsekNama: string | null
  posKamlingTotal: number | null
  bhabinkamtibmas: string | null
  nilai: NilaiBaris
  diubahPada: string | null
}

/** The officer holding a desa on a given day (assignment ranges are inclusive). */
function bhabinPadaTanggal(k: Konteks, tanggal: string) {
  return k.bd.db
    .selectFrom('desa_binaan as b')
    .innerJoin('personel as p', 'p.nrp', 'b.nrp')
    .select(['b.desa_kode', 'p.nama', 'p.pangkat', 'p.nrp'])
    .where('b.mulai', '<=', tanggal)
    .where((eb) => eb.or([eb('b.selesai', 'is', null), eb('b.selesai', '>=', tanggal)]))
    .execute()
}

/** One week for the grid: every active desa (of a Polsek, if chosen), blank where not reported. */
export async function ambilMingguan(k: Konteks, m: { tahun: number; minggu: number; polsekId?: number }) {
  const db = k.bd.db
  let q = db
    .selectFrom('desa as d')
    .innerJoin('kecamatan as kc', 'kc.kode', 'd.kecamatan_kode')
    .leftJoin('polsek as p', 'p.id', 'kc.polsek_id')
    .select(['d.kode', 'd.nama', 'kc.nama as kecamatan_nama', 'p.id as polsek_id', 'p.nama as polsek_nama', 'd.pos_kamling_total'])
    .where('d.aktif', '=', 1)
  if (m.polsekId !== undefined) q = q.where('kc.polsek_id', '=', m.polsekId)
  const desa = await q.orderBy('p.nama').orderBy('d.kode').execute()
  const laporan = new Map(
    (await db.selectFrom('laporan_mingguan').selectAll().where('tahun', '=', m.tahun).where('minggu', '=', m.minggu).execute()).map((r) => [r.desa_kode, r]),
  )
  const { minggu: akhir } = rentangMinggu(m.tahun, m.minggu)
  const bhabin = new Map<string, string>()
  for (const b of await bhabinPadaTanggal(k, akhir)) bhabin.set(b.desa_kode, `${b.pangkat} ${b.nama}`)
  const bulan = bulanMinggu(m.tahun, m.minggu)
  const baris: BarisGrid[] = desa.map((d) => {
    const r = laporan.get(d.kode)
    const nilai = barisKosong()
    if (r) for (const kol of KOLOM_SEL_MINGGUAN) (nilai as Record<string, unknown>)[kol] = r[kol]
    return {
      desaKode: d.kode,
      desaNama: d.nama,
      kecamatanNama: d.kecamatan_nama,
      polsekId: d.polsek_id,
      polsekNama: d.polsek_nama,
      posKamlingTotal: d.pos_kamling_total,
      bhabinkamtibmas: bhabin.get(d.kode) ?? null,
      nilai,
      diubahPada: r?.diubah_pada ?? null,
    }
  })
  return { tahun: m.tahun, minggu: m.minggu, bulan, terkunci: await bulanTerkunci(db, bulan), baris }
}
