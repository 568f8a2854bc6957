import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buatKodePemulihan, normalkanKode } from '../../electron/services/pengguna/kode-pemulihan'
import { jedaSetelahGagal, pesanTunggu } from '../../electron/services/pengguna/percobaan'
import { uraiHash } from '../../electron/services/pengguna/sandi'
import { alasanSandiLemah } from '../../shared/pengguna'

describe('aturan akun (murni)', () => {
  it('[G3] jeda setelah gagal: 0 untuk 4 kali pertama, 30 detik pada ke-5, berlipat, paling lama 15 menit', () => {
    expect([1, 2, 3, 4].map(jedaSetelahGagal)).toEqual([0, 0, 0, 0])
    // 30 s · 2^(n−5): 30, 60, 120, 240, 480 s, then 960 s is capped at 900 s.
    expect([5, 6, 7, 8, 9, 10, 50].map(jedaSetelahGagal)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000])
    expect(pesanTunggu(30_000)).toBe('Terlalu banyak percobaan yang gagal. Tunggu 30 detik, lalu coba lagi.')
    expect(pesanTunggu(61_000)).toBe('Terlalu banyak percobaan yang gagal. Tunggu 2 menit, lalu coba lagi.')
  })

  it('[G3] kode pemulihan: 4×5 simbol base32 Crockford (100 bit); cara mengetik apa pun (huruf kecil, spasi, O/I/L) tidak pernah mengubah kodenya', () => {
    const kode = new Set(Array.from({ length: 200 }, buatKodePemulihan))
    expect(kode.size).toBe(200)
    for (const k of kode) expect(k).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/)
    fc.assert(
      fc.property(fc.constantFrom(...kode), fc.array(fc.constantFrom('', ' ', '-', '  '), { minLength: 21, maxLength: 21 }), fc.boolean(), (k, sela, kecil) => {
        const bersih = k.replace(/-/g, '')
        let diketik = [...bersih].map((c, i) => sela[i] + c).join('') + sela[20]
        diketik = diketik.replace(/0/g, 'O').replace(/1/g, 'l')
        if (kecil) diketik = diketik.toLowerCase()
        return normalkanKode(diketik) === bersih
      }),
    )
    // Too short, too long, or with a letter outside the alphabet (U): never a code.
    expect(normalkanKode('ABCDE-FGHJK-MNPQR-STVW')).toBeNull()
    expect(normalkanKode('ABCDE-FGHJK-MNPQR-STVWXY')).toBeNull()
    expect(normalkanKode('ABCDE-FGHJK-MNPQR-STVWU')).toBeNull()
  })

  it('[G3] sandi baru ditolak bila memuat nama pengguna, satu karakter berulang, atau termasuk yang paling sering ditebak', () => {
    expect(alasanSandiLemah('yosef.taek2024', 'yosef.taek')).toBe('Kata sandi tidak boleh memuat nama pengguna')
    expect(alasanSandiLemah('zzzzzzzzzz', 'yosef')).toBe('Kata sandi tidak boleh satu karakter yang diulang')
    expect(alasanSandiLemah('Binmas123', 'yosef')).toBe('Kata sandi ini terlalu umum dan mudah ditebak; pilih yang lain')
    expect(alasanSandiLemah('Kopi pagi di Kefamenanu', 'yosef')).toBeNull()
  })

  it('[G3] hash dengan parameter yang tidak wajar (baris dirusak) ditolak tanpa dihitung', () => {
    const garam = Buffer.alloc(16, 1).toString('base64')
    const kunci = Buffer.alloc(32, 2).toString('base64')
    expect(uraiHash(`scrypt$32768$8$1$${garam}$${kunci}`)).not.toBeNull()
    for (const salah of [`scrypt$4194304$8$1$${garam}$${kunci}`, `scrypt$30000$8$1$${garam}$${kunci}`, `scrypt$32768$64$1$${garam}$${kunci}`, `bcrypt$32768$8$1$${garam}$${kunci}`, `scrypt$32768$8$1$AA==$${kunci}`, 'polos']) {
      expect(uraiHash(salah), salah).toBeNull()
    }
  })
})
