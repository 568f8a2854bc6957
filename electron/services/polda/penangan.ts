import type { NAMA_KANAL_POLDA } from '../../../shared/kanal-polda'
import { catatAudit } from '../audit'
import type { PetaPenangan } from '../penangan'
import { berandaPolda } from './beranda'
import { eksporKunci, eksporSkema } from './distribusi'
import { imporBanyak } from './impor-banyak'
import { statusKiriman } from './kiriman'
import { ubahNamaPolres } from './polres'
import { rekapDesaPolres, rekapPolda } from './rekap'
import { batasHari, satkerPolda } from './satker'

export const penanganPolda: PetaPenangan<(typeof NAMA_KANAL_POLDA)[number]> = {
  'polda:info': async (_m, k) => {
    const satker = satkerPolda(k.bd)
    const s = k.bd.sqlite
    const polres = s
      .prepare(
        `SELECT p.kode, p.nama,
          (SELECT count(*) FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode JOIN polres_kabupaten pk ON pk.kabupaten_kode = kc.kabupaten_kode WHERE pk.polres_kode = p.kode AND d.aktif = 1) AS jumlahDesa,
          (SELECT count(*) FROM kunci_tepercaya t WHERE t.satker_kode = p.kode) AS kunciTerdaftar
         FROM polres p ORDER BY p.kode`,
      )
      .all() as { kode: string; nama: string; jumlahDesa: number; kunciTerdaftar: number }[]
    const kab = s.prepare('SELECT pk.polres_kode AS p, kb.kode, kb.nama FROM polres_kabupaten pk JOIN kabupaten kb ON kb.kode = pk.kabupaten_kode ORDER BY kb.kode').all() as { p: string; kode: string; nama: string }[]
    return { kode: satker.kode, nama: satker.nama, batasHari: batasHari(k.bd), polres: polres.map((p) => ({ ...p, kabupaten: kab.filter((x) => x.p === p.kode).map(({ kode, nama }) => ({ kode, nama })) })) }
  },
  'polda:impor-banyak': (m, k) => imporBanyak(k, m),
  'polda:kiriman': (m, k) => statusKiriman(k, m),
  'polda:atur-batas': async (m, k) => {
    satkerPolda(k.bd)
    const lama = batasHari(k.bd)
    await k.bd.db.transaction().execute(async (trx) => {
      await trx.insertInto('pengaturan').values({ kunci: 'polda_batas_kirim_hari', nilai: String(m.hari) }).onConflict((oc) => oc.column('kunci').doUpdateSet({ nilai: String(m.hari) })).execute()
      await catatAudit(trx, k.sesi, { aksi: 'ubah', tabel: 'pengaturan', kunci: 'polda_batas_kirim_hari', sebelum: { nilai: lama }, sesudah: { nilai: m.hari } })
    })
    k.kirimEvent({ jenis: 'data-berubah', tabel: 'pengaturan' })
    return { batasHari: m.hari }
  },
  'polda:rekap': (m, k) => rekapPolda(k, m),
  'polda:rekap-desa': (m, k) => rekapDesaPolres(k, m),
  'polda:ekspor-skema': (m, k) => eksporSkema(k, m),
  'polda:ekspor-kunci': (_m, k) => eksporKunci(k),
  'polda:beranda': (_m, k) => berandaPolda(k),
  'polda:ubah-polres': (m, k) => ubahNamaPolres(k, m),
}
