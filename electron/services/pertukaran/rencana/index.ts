import type { Basisdata } from '../../db/koneksi'
import type { HitunganSheet, IsiBerkas, Manifest } from '../jenis'
import { masalah, type Masalah } from '../pesan'
import { rencanaDesa } from './desa'
import { rencanaKejadian } from './kejadian'
import { KonteksRencana, type OpsiRencana, type PerubahanBaris, type RingkasPerubahan } from './konteks'
import { rencanaLaporan } from './laporan'
import { rencanaPersonel } from './personel'

export type { Baris, OpsiRencana, PerubahanBaris, RingkasPerubahan } from './konteks'

export interface Rencana {
  hitungan: HitunganSheet[]
  kesalahan: Masalah[]
  peringatan: Masalah[]
  perubahan: PerubahanBaris[]
  ringkas: RingkasPerubahan[]
}

/**
 * The dry run: what the file would do to the database, row by row, and the
 * problems only the database can reveal (unknown desa, locked months, pos
 * kamling of the desa). Reads only; terapkan.ts writes exactly this plan.
 * Desa first: its pos kamling totals rule the weekly rows.
 */
export function susunRencana(bd: Basisdata, isi: IsiBerkas, m: Manifest, opsi: OpsiRencana): Rencana {
  const k = new KonteksRencana(bd.sqlite, isi, m, opsi)
  rencanaDesa(k)
  rencanaPersonel(k)
  rencanaLaporan(k)
  rencanaKejadian(k)
  const peringatan = [...k.dipetakan].map(([lama, baru]) => masalah(null, null, null, `kode desa lama ${lama} dibaca sebagai ${baru} (kode desa sudah diganti)`))
  return { hitungan: [k.h.Desa, k.h.Personel, k.h.LaporanMingguan, k.h.Kejadian], kesalahan: k.kesalahan, peringatan, perubahan: k.perubahan, ringkas: k.ringkas }
}
