import { describe, expect, it } from 'vitest'
import { uraiAngka } from '../../shared/angka'
import { barisCsv, sha256Sheet, teksTandaTangan } from '../../electron/services/pertukaran/checksum'
import { bacaAngka, bacaCacah, bacaNrp, bacaTanggal, serialKeTanggal, teksCsv } from '../../electron/services/pertukaran/baca/sel'
import { adaTeksTerlaluPanjang } from '../../electron/services/pertukaran/baca/struktur'
import { teksMasalah, teksPeriode } from '../../electron/services/pertukaran/pesan'
import { idKejadianDariIsi, NAMESPACE_BINMAS, NAMESPACE_URL, uuid5 } from '../../electron/services/pertukaran/uuid5'
import { normalTeks } from '../../electron/services/pertukaran/tulis/buku'
import { namaBerkasEkspor } from '../../electron/services/pertukaran/kolom'

describe('Pertukaran: format kontrak (unit)', () => {
  it('[F2] UUIDv5 sesuai RFC 4122 (vektor Python uuid.uuid5) dan namespace kontrak', () => {
    const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8'
    // Expected values computed with Python's uuid module.
    expect(uuid5('www.example.com', DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
    expect(uuid5('binmas-desk', NAMESPACE_URL)).toBe('4bf4dbe2-a3b6-5638-92d2-e2d123a3cd9b')
    expect(NAMESPACE_BINMAS).toBe('4bf4dbe2-a3b6-5638-92d2-e2d123a3cd9b')
    expect(idKejadianDariIsi('53.03', { tanggal: '2024-09-10', kodeDesa: '53.03.01.2005', kategori: 'tindak_pidana', tingkat: 'nyata', uraian: 'Pencurian ternak sapi' })).toBe('d5b7d07f-6a16-56ef-b106-8a7494b39f39')
    expect(idKejadianDariIsi('53.03', { tanggal: '2024-09-12', kodeDesa: '53.03.01.2006', kategori: 'hoaks', tingkat: 'ambang', uraian: '' })).toBe('0b2abefe-e8e2-573d-b655-b3e531b4e10d')
  })

  it('[F1] CSV kontrak: kutip RFC 4180 hanya untuk koma, kutip dan ganti baris; SHA-256 sama dengan hitungan Python', () => {
    expect(barisCsv(['a', 'b,c', 'say "hi"', 'l1\nl2', 'x\ry', ''])).toBe('a,"b,c","say ""hi""","l1\nl2","x\ry",')
    // hashlib.sha256(b'a,b\n1,"x,y"\n"say ""hi""","l1\nl2"')
    expect(sha256Sheet(['a', 'b'], [['1', 'x,y'], ['say "hi"', 'l1\nl2']])).toEqual({ sha256: '47503bbe322453337334ec4defc77e8e3e6b8a7c6613aaecbeaa4aa5723644e8', baris: 2 })
    expect(teksTandaTangan([['format', 'binmas-desk-pertukaran'], ['satker_nama', 'POLRES A, B']])).toBe('format,binmas-desk-pertukaran\nsatker_nama,"POLRES A, B"')
    expect(teksCsv({ jenis: 'angka', nilai: 2.5 })).toBe('2.5')
    expect(teksCsv({ jenis: 'angka', nilai: 1e21 })).toBe('1e+21')
    expect(teksCsv({ jenis: 'tanggal', nilai: '2024-09-10' })).toBe('2024-09-10')
    expect(teksCsv({ jenis: 'kosong' })).toBe('')
  })

  it('[F1] teks ditulis apa adanya kecuali akhir baris CRLF dan surrogate yatim; nama berkas kontrak', () => {
    expect(normalTeks('=HYPERLINK("x")')).toBe('=HYPERLINK("x")')
    expect(normalTeks('baris 1\r\nbaris 2')).toBe('baris 1\nbaris 2')
    expect(normalTeks('a\uD800b')).toBe('a\uFFFDb')
    expect(normalTeks('😀')).toBe('😀')
    expect(namaBerkasEkspor('53.03', '2024-07', '2024-09', 2)).toBe('BINMAS_53.03_2024-07_2024-09_r2.xlsx')
  })

  it('[F2] tanggal serial Excel tanpa zona waktu, sistem 1900 dan 1904', () => {
    expect(serialKeTanggal(45545, false)).toBe('2024-09-10')
    expect(serialKeTanggal(45545.99, false)).toBe('2024-09-10')
    expect(serialKeTanggal(44083, true)).toBe('2024-09-10')
    expect(serialKeTanggal(61, false)).toBe('1900-03-01')
    expect(serialKeTanggal(1, false)).toBe('1900-01-01')
    expect(serialKeTanggal(0, false)).toBeNull()
  })

  it('[F2] angka dibaca cara Indonesia, cacah harus bulat ≥ 0, kosong bukan nol', () => {
    expect(bacaAngka({ jenis: 'teks', nilai: '1.234' })).toEqual({ ok: true, nilai: 1234 })
    expect(bacaAngka({ jenis: 'teks', nilai: '2,5' })).toEqual({ ok: true, nilai: 2.5 })
    expect(bacaAngka({ jenis: 'teks', nilai: ' 12 ' })).toEqual({ ok: true, nilai: 12 })
    expect(bacaAngka({ jenis: 'kosong' })).toEqual({ ok: true, nilai: null })
    expect(bacaAngka({ jenis: 'teks', nilai: '1.5' })).toEqual({ ok: false, pesan: 'nilai "1.5" bukan angka' })
    expect(bacaAngka({ jenis: 'teks', nilai: '-5 orang' })).toEqual({ ok: false, pesan: 'nilai "-5 orang" bukan angka' })
    expect(bacaCacah({ jenis: 'angka', nilai: -1 })).toEqual({ ok: false, pesan: 'nilai -1 tidak boleh negatif' })
    expect(bacaCacah({ jenis: 'teks', nilai: '2,5' })).toEqual({ ok: false, pesan: 'nilai 2,5 harus bilangan bulat' })
    expect(bacaCacah({ jenis: 'bool', nilai: true })).toEqual({ ok: false, pesan: 'nilai TRUE bukan angka' })
    // The parser moved to shared/ stays the renderer's parser too.
    expect(uraiAngka('-9,4512', { ribuanTitik: false })).toEqual({ ok: true, nilai: -9.4512 })
    expect(uraiAngka('2.000', { ribuanTitik: true })).toEqual({ ok: true, nilai: 2000 })
    expect(uraiAngka('', { ribuanTitik: true })).toEqual({ ok: true, nilai: null })
  })

  it('[F2] tanggal: sel tanggal, TTTT-BB-HH atau HH/BB/TTTT; yang lain kesalahan', () => {
    expect(bacaTanggal({ jenis: 'tanggal', nilai: '2024-09-10' })).toEqual({ ok: true, nilai: '2024-09-10' })
    expect(bacaTanggal({ jenis: 'teks', nilai: '2024-09-10' })).toEqual({ ok: true, nilai: '2024-09-10' })
    expect(bacaTanggal({ jenis: 'teks', nilai: '10/09/2024' })).toEqual({ ok: true, nilai: '2024-09-10' })
    expect(bacaTanggal({ jenis: 'teks', nilai: '1/9/2024' })).toEqual({ ok: true, nilai: '2024-09-01' })
    expect(bacaTanggal({ jenis: 'teks', nilai: '31/02/2024' })).toEqual({ ok: false, pesan: 'tanggal "31/02/2024" tidak valid; tulis sebagai sel tanggal, TTTT-BB-HH atau HH/BB/TTTT' })
    expect(bacaTanggal({ jenis: 'angka', nilai: 45545 })).toEqual({ ok: false, pesan: 'nilai 45.545 bukan tanggal; tulis sebagai sel tanggal, TTTT-BB-HH atau HH/BB/TTTT' })
  })

  it('[F2] NRP: teks 8 digit; angka pendek (nol depan hilang) dipadatkan dengan tanda', () => {
    expect(bacaNrp({ jenis: 'teks', nilai: '01234567' })).toEqual({ ok: true, nilai: { nrp: '01234567', dipadatkan: false } })
    expect(bacaNrp({ jenis: 'angka', nilai: 1234567 })).toEqual({ ok: true, nilai: { nrp: '01234567', dipadatkan: true } })
    expect(bacaNrp({ jenis: 'angka', nilai: 78090123 })).toEqual({ ok: true, nilai: { nrp: '78090123', dipadatkan: false } })
    expect(bacaNrp({ jenis: 'teks', nilai: '1234567' })).toEqual({ ok: false, pesan: 'NRP "1234567" harus 8 digit angka' })
    expect(bacaNrp({ jenis: 'angka', nilai: 123456789 })).toEqual({ ok: false, pesan: 'NRP 123.456.789 harus 8 digit angka' })
  })

  it('[F2] bentuk pesan kesalahan baris sesuai kontrak; periode dalam bahasa Indonesia', () => {
    expect(teksMasalah({ sheet: 'LaporanMingguan', baris: 14, kolom: 'ronda_malam' }, 'nilai 9 melebihi batas 7')).toBe('Sheet LaporanMingguan baris 14, kolom ronda_malam: nilai 9 melebihi batas 7.')
    expect(teksPeriode('2024-07', '2024-09')).toBe('Juli–September 2024')
    expect(teksPeriode('2024-12', '2025-02')).toBe('Desember 2024 – Februari 2025')
    expect(teksPeriode('2024-09', '2024-09')).toBe('September 2024')
  })

  it('[F6] sel lebih dari 32.767 karakter ditemukan di XML tanpa membaca semuanya; teks multibita tidak salah dihitung', () => {
    const xml = (t: string) => Buffer.from(`<sst><si><t>pendek</t></si><si><t xml:space="preserve">${t}</t></si><si><t>x</t></si></sst>`)
    expect(adaTeksTerlaluPanjang(xml('a'.repeat(32_767)))).toBe(false)
    expect(adaTeksTerlaluPanjang(xml('a'.repeat(32_768)))).toBe(true)
    // 20.000 characters of 2 bytes each: 40.000 bytes but within the limit.
    expect(adaTeksTerlaluPanjang(xml('é'.repeat(20_000)))).toBe(false)
    // Entities count as one character each.
    expect(adaTeksTerlaluPanjang(xml('&amp;'.repeat(30_000)))).toBe(false)
    expect(adaTeksTerlaluPanjang(xml('&amp;'.repeat(32_768)))).toBe(true)
  })
})
