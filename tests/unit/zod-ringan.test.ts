import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { kontrak } from '../../shared/api'
import { daftarRingan, hanyaTeks } from '../../shared/zod-ringan'
import { z } from '../../shared/zod-id'

/**
 * [B8] The answer of mingguan:simpan (4.400 saved cells for a full week) is
 * checked by hand instead of copied by zod. Whatever the handler returns, the
 * contract must accept exactly what zod accepts, give the same data, and
 * refuse with zod's own messages and paths.
 */
describe('[B8] pemeriksaan cepat daftar keluaran', () => {
  const teks = fc.oneof(fc.constantFrom('53.03.01.2001', 'penyuluhan', ''), fc.string({ maxLength: 6 }))
  const lain = fc.constantFrom(null, 0, 7, true, [], {}, undefined)
  const butir = fc.oneof(
    { weight: 6, arbitrary: fc.record({ desaKode: teks, kolom: teks }) },
    { weight: 1, arbitrary: fc.record({ desaKode: fc.oneof(teks, lain), kolom: fc.oneof(teks, lain) }) },
    { weight: 1, arbitrary: fc.record({ desaKode: teks, kolom: teks, lebih: teks }) },
    { weight: 1, arbitrary: fc.record({ desaKode: teks }) },
    { weight: 1, arbitrary: lain },
  )
  const lengkap = z.array(z.object({ desaKode: z.string(), kolom: z.string() }))
  const ringan = daftarRingan(lengkap, hanyaTeks(['desaKode', 'kolom']))

  it('[B8] properti: hasil, data, pesan dan lokasi sama dengan skema zod lengkap', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 8, arbitrary: fc.array(butir, { maxLength: 12 }) }, { weight: 1, arbitrary: lain }), (daftar) => {
        const a = lengkap.safeParse(daftar)
        const b = ringan.safeParse(daftar)
        expect(b.success).toBe(a.success)
        if (a.success && b.success) expect(b.data).toEqual(a.data)
        if (!a.success && !b.success) expect(b.error.issues.map((i) => [i.path, i.message])).toEqual(a.error.issues.map((i) => [i.path, i.message]))
      }),
      { numRuns: 2000, seed: 42 },
    )
  })

  it('[B8] kontrak mingguan:simpan menolak keluaran yang salah bentuk dan meneruskan yang benar tanpa menyalin', () => {
    const keluaran = kontrak['mingguan:simpan'].output
    const tersimpan = [{ desaKode: '53.03.01.2001', kolom: 'penyuluhan' }]
    const baik = keluaran.safeParse({ tersimpan, ditolak: [], diubahPada: '2024-10-20T01:00:00.000Z' })
    expect(baik.success && baik.data.tersimpan).toBe(tersimpan)
    const salah = keluaran.safeParse({ tersimpan: [{ desaKode: 5, kolom: 'penyuluhan' }], ditolak: [{ desaKode: 'x', kolom: 'y' }], diubahPada: 'x' })
    expect(salah.success).toBe(false)
    if (!salah.success) expect(salah.error.issues.map((i) => i.path.join('.'))).toEqual(['tersimpan.0.desaKode', 'ditolak.0.pesan'])
  })
})
