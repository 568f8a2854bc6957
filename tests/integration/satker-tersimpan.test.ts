import { afterAll, describe, expect, it } from 'vitest'
import { aplikasiUji } from '../helpers/aplikasi'
import { SETUP_POLDA_NTT } from '../helpers/polda'

/**
 * Dispatch asks for the satker's kind (Polres or Polda) on every write of Polres
 * data, and the clock for its zone, from a cache in Aplikasi. The cache must
 * follow every change of the satker within one session: demo data loaded and
 * removed, then the same database set up as a Polda.
 */
describe('[F3] satker yang disimpan sementara mengikuti perubahan dalam satu sesi', () => {
  const u = aplikasiUji()
  afterAll(() => u.tutup())
  const satkerDb = () => u.app.bd.sqlite.prepare('SELECT zona_waktu zona, jenis FROM satker').get() ?? null

  it('[F3] data contoh dimuat lalu dihapus, lalu Pengaturan Awal sebagai Polda: zona dan Mode Polda langsung berlaku', async () => {
    expect(u.app.satker()).toBeNull()
    await u.panggil('contoh:muat', {})
    // Demo Polres TTU is in WITA and a Polres: its weekly data may be written.
    expect(u.app.satker()).toEqual(satkerDb())
    expect(u.app.satker()).toEqual({ zona: 'WITA', jenis: 'polres' })
    const desa = u.app.bd.sqlite.prepare('SELECT kode FROM desa WHERE aktif = 1 LIMIT 1').pluck().get() as string
    expect((await u.hasil('mingguan:simpan', { tahun: 2024, minggu: 40, sel: [{ desaKode: desa, kolom: 'penyuluhan', nilai: 1 }] })).ok).toBe(true)

    await u.panggil('contoh:hapus', {})
    expect(satkerDb()).toBeNull()
    expect(u.app.satker()).toBeNull()

    await u.panggil('setup:simpan', SETUP_POLDA_NTT)
    expect(u.app.satker()).toEqual(satkerDb())
    expect(u.app.satker()?.jenis).toBe('polda')
    const h = await u.hasil('mingguan:simpan', { tahun: 2024, minggu: 40, sel: [{ desaKode: desa, kolom: 'penyuluhan', nilai: 2 }] })
    expect(h.ok).toBe(false)
    if (!h.ok) expect(h.galat.kode).toBe('MODE_POLDA')
  })
})
