import type { Desa } from '../../../shared/skema-data'
import type { Konteks } from '../konteks'

function kueriDesa(k: Konteks) {
  return k.bd.db
    .selectFrom('desa as d')
    .innerJoin('kecamatan as k', 'k.kode', 'd.kecamatan_kode')
    .leftJoin('polsek as p', 'p.id', 'k.polsek_id')
    .select([
      'd.kode',
      'd.nama',
      'd.kecamatan_kode',
      'k.nama as kecamatan_nama',
      'p.id as polsek_id',
      'p.nama as polsek_nama',
      'd.penduduk',
      'd.jumlah_kk',
      'd.pos_kamling_total',
      'd.fkpm_aktif',
      'd.lintang',
      'd.bujur',
    ])
}

type BarisDesa = Awaited<ReturnType<ReturnType<typeof kueriDesa>['executeTakeFirstOrThrow']>>

function keDesa(b: BarisDesa): Desa {
  return {
    kode: b.kode,
    nama: b.nama,
    kecamatanKode: b.kecamatan_kode,
    kecamatanNama: b.kecamatan_nama,
    polsekId: b.polsek_id,
    polsekNama: b.polsek_nama,
    penduduk: b.penduduk,
    jumlahKk: b.jumlah_kk,
    posKamlingTotal: b.pos_kamling_total,
    fkpmAktif: b.fkpm_aktif === null ? null : b.fkpm_aktif === 1,
    lintang: b.lintang,
    bujur: b.bujur,
  }
}

export interface SaringDesa {
  cari?: string
  kecamatanKode?: string
  polsekId?: number
}

export async function daftarDesa(k: Konteks, s: SaringDesa): Promise<Desa[]> {
  let q = kueriDesa(k)
  const cari = s.cari?.trim()
  if (cari) {
    const pola = `%${cari.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    q = q.where((eb) => eb.or([eb('d.nama', 'like', pola), eb('d.kode', 'like', pola), eb('k.nama', 'like', pola)]))
  }
  q = q.where('d.aktif', '=', 1)
  if (s.kecamatanKode) q = q.where('d.kecamatan_kode', '=', s.kecamatanKode)
  if (s.polsekId !== undefined) q = q.where('k.polsek_id', '=', s.polsekId)
  const baris = await q.orderBy('d.kode').execute()
  return baris.map(keDesa)
}

export async function satuDesa(k: Konteks, kode: string): Promise<Desa | undefined> {
  const b = await kueriDesa(k).where('d.kode', '=', kode).executeTakeFirst()
  return b && keDesa(b)
}
