import type { NAMA_KANAL_PERTUKARAN } from '../../../shared/kanal-pertukaran'
import type { PetaPenangan } from '../penangan'
import { batalkanImpor } from './batal'
import { pratinjauImpor } from './pratinjau'
import { riwayatPertukaran } from './riwayat'
import { buatKunci, daftarKunciTepercaya, kunciMilik, percayaiKunci } from './tanda-tangan'
import { terapkanImpor } from './terapkan'
import { pratinjauPaketKunci, terapkanPaketKunci } from './paket-kunci'
import { eksporPeriode } from './tulis'
import { GalatAplikasi } from '../../../shared/galat'
import { catatAudit } from '../audit'

export const penanganPertukaran: PetaPenangan<(typeof NAMA_KANAL_PERTUKARAN)[number]> = {
  'pertukaran:ekspor': (m, k) => eksporPeriode(k, m),
  'pertukaran:pratinjau': (m, k) => pratinjauImpor(k, m),
  'pertukaran:terapkan': (m, k) => terapkanImpor(k, m),
  'pertukaran:batal': (_m, k) => batalkanImpor(k),
  'pertukaran:riwayat': (_m, k) => riwayatPertukaran(k),
  'pertukaran:kunci-info': async (_m, k) => ({ milik: kunciMilik(k.bd), tepercaya: daftarKunciTepercaya(k.bd) }),
  'pertukaran:kunci-buat': async (m, k) => {
    const info = buatKunci(k.bd, m.ganti)
    await k.bd.db.transaction().execute((trx) => catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'kunci_tanda_tangan', kunci: info.sidik, sebelum: null, sesudah: { sidik: info.sidik, dibuatPada: info.dibuatPada } }))
    return info
  },
  'pertukaran:kunci-ekspor': async (_m, k) => {
    const info = kunciMilik(k.bd)
    if (!info) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Belum ada kunci tanda tangan; buat kunci dulu.')
    const satker = k.bd.sqlite.prepare('SELECT kode FROM satker WHERE id = 1').get() as { kode: string } | undefined
    return { namaBerkas: `BINMAS_${satker?.kode ?? 'satker'}_kunci-publik.pem`, isi: info.kunciPublikPem, sidik: info.sidik }
  },
  'pertukaran:kunci-percayai': async (m, k) => {
    const hasil = percayaiKunci(k.bd, m.satkerKode, m.kunciPublikPem)
    await k.bd.db.transaction().execute((trx) => catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'kunci_tepercaya', kunci: `${m.satkerKode}|${hasil.sidik}`, sebelum: null, sesudah: hasil }))
    return hasil
  },
  'pertukaran:paket-kunci-pratinjau': (m, k) => pratinjauPaketKunci(k, m),
  'pertukaran:paket-kunci-terapkan': (m, k) => terapkanPaketKunci(k, m),
}
