import { adalahContoh } from '../contoh'
import type { PetaPenangan } from '../penangan'
import { ringkasanSumber } from '../wilayah'

export const penanganSistem: PetaPenangan<'sistem:status' | 'sistem:tentang'> = {
  'sistem:status': async (_m, k) => {
    const satker = k.galatDb ? undefined : await k.bd.db.selectFrom('satker').select(['nama', 'zona_waktu', 'jenis']).executeTakeFirst()
    return {
      sudahDisiapkan: satker !== undefined,
      satkerNama: satker?.nama ?? null,
      jenisSatker: satker?.jenis ?? null,
      zonaWaktu: satker?.zona_waktu ?? null,
      hariIni: k.hariIni(),
      versiAplikasi: k.versiAplikasi,
      versiSkemaDb: k.versiSkemaDb(),
      folderData: k.folderData,
      galatDb: k.galatDb?.keJson() ?? null,
      dataContoh: k.galatDb ? false : await adalahContoh(k),
    }
  },
  'sistem:tentang': async (_m, k) => ({ versiAplikasi: k.versiAplikasi, sumberWilayah: await ringkasanSumber() }),
}
