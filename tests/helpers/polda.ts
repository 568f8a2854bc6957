// Shared set-up of the Mode Polda tests [F3]: Polres apps that make real
// exchange files, and the Polda of NTT that receives them.
import crypto from 'node:crypto'
import type Database from 'better-sqlite3'
import { dataWilayah } from '../../electron/services/wilayah'
import type { SetupMasukan } from '../../shared/skema-data'

/** A Polres of one kabupaten (WITA), one Polsek per kecamatan. */
export async function setupPolres(kab: string, nama: string, kasatNrp = '78090123'): Promise<SetupMasukan> {
  const w = await dataWilayah()
  return {
    provinsiKode: kab.slice(0, 2),
    kabupatenKode: [kab],
    satkerNama: nama,
    satkerKode: kab,
    zonaWaktu: 'WITA',
    kasat: { nama: 'I KETUT SUTA, S.H.', pangkat: 'AKP', nrp: kasatNrp },
    polsek: w.kecamatan.filter((k) => k.kabupatenKode === kab).map((k) => ({ nama: `POLSEK ${k.nama.toUpperCase()}`, kecamatanKode: [k.kode] })),
  }
}

/** The Polda of Nusa Tenggara Timur: every kabupaten/kota of province 53 becomes a Polres. */
export const SETUP_POLDA_NTT: SetupMasukan = {
  provinsiKode: '53',
  kabupatenKode: ['53.01'],
  satkerNama: 'POLDA NUSA TENGGARA TIMUR',
  satkerKode: '53',
  zonaWaktu: 'WITA',
  kasat: { nama: 'YUDHA PRATAMA, S.I.K.', pangkat: 'KOMBES POL', nrp: '70010001' },
  polsek: [],
}

const KOLOM_NOL = ['kk_dikunjungi', 'penyuluhan', 'masalah_ditangani', 'masalah_selesai', 'info_deteksi_dini', 'pos_kamling_aktif', 'ronda_malam', 'pertemuan_fkpm', 'pertemuan_3pilar', 'kegiatan_pangan', 'sosialisasi_pilkada']

/**
 * September 2024 (ISO weeks 36–39) in a Polres database. The first 20 desa
 * (by code) report kk_dikunjungi = 10 + i + week and penyuluhan 1; returns
 * the sum of kk_dikunjungi. Optionally, the next desa are made rawan by the
 * default scheme (ikdk-default-scheme.md):
 * - `rawan` desa report every week with all 11 fields 0 and have no incident:
 *   D1 = D2 = 100, D3 = D4 = D5 = 0 → IKDK = (35 + 20) / 100 × 100 = 55 → Rawan;
 * - then `sangatRawan` desa do the same and have four hoaks (potensi, still
 *   open) in September: D1 = 100 (no nyata), I2.1 = 4 open → 0, I2.2 = 4 → 0,
 *   so D2 = 0; IKDK = 35 × 100 / 100 = 35 → Sangat Rawan.
 */
export function isiSeptember(s: Database.Database, opsi: { rawan?: number; sangatRawan?: number } = {}): number {
  const rawan = opsi.rawan ?? 0
  const sangat = opsi.sangatRawan ?? 0
  const desa = (s.prepare('SELECT kode FROM desa ORDER BY kode LIMIT ?').all(20 + rawan + sangat) as { kode: string }[]).map((d) => d.kode)
  let kk = 0
  const nol = s.prepare(`INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, ${KOLOM_NOL.join(', ')}, diubah_pada) VALUES (?, 2024, ?, ${KOLOM_NOL.map(() => '0').join(', ')}, '2024-10-01T00:00:00Z')`)
  const kej = s.prepare("INSERT INTO kejadian (id, tanggal, desa_kode, kategori, tingkat, status, tanggal_selesai, uraian, diubah_pada) VALUES (?, ?, ?, 'hoaks', 'potensi', 'terbuka', NULL, 'Hoaks pemilihan di grup WhatsApp desa', '2024-10-01T00:00:00Z')")
  s.transaction(() => {
    for (const [i, d] of desa.entries()) {
      if (i < 20) {
        for (let m = 36; m <= 39; m++) {
          s.prepare("INSERT INTO laporan_mingguan (desa_kode, tahun, minggu, kk_dikunjungi, penyuluhan, diubah_pada) VALUES (?, 2024, ?, ?, 1, '2024-10-01T00:00:00Z')").run(d, m, 10 + i + m)
          kk += 10 + i + m
        }
        continue
      }
      for (let m = 36; m <= 39; m++) nol.run(d, m)
      if (i >= 20 + rawan) for (const tgl of ['2024-09-03', '2024-09-10', '2024-09-17', '2024-09-24']) kej.run(crypto.randomUUID(), tgl, d)
    }
  })()
  return kk
}
