import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { validasiSkema } from '../../shared/ikdk'
import { rentangSparkline, titikSparkline } from '../../renderer/components/sparkline-titik'
import { type BarisIkdk, hitungPerKategori, paramDariSaringan, saringanDariParam, saringIkdk, TANPA_NILAI, teksPerubahan, urutkanIkdk, URUT_BAWAAN } from '../../renderer/pages/Indeks/saring'
import { pilihanBulanMulai, skemaBerlaku, uraiKunciSkema } from '../../renderer/pages/Metodologi/bulan'
import { bagianBobot, rentangKategori, rumusIndikator, rumusSkor } from '../../renderer/pages/Metodologi/rumus'
import { bobotDasarPersen, dimensiDigeser, jumlahBerubahPerVarian, labelVarian } from '../../renderer/pages/UjiSensitivitas/varian'

const URUTAN = ['Aman', 'Waspada', 'Rawan', 'Sangat Rawan']
function baris(kode: string, nama: string, polsekId: number | null, nilai: number | null, kategori: string | null, keyakinan = 'Tinggi', perubahan: number | null = null): BarisIkdk {
  return {
    desaKode: kode,
    desaNama: nama,
    kecamatanNama: 'Insana',
    polsekId,
    polsekNama: polsekId === null ? null : `POLSEK ${polsekId}`,
    nilai,
    kategori,
    keyakinan,
    sementara: false,
    mingguDilaporkan: 4,
    mingguDihitung: 4,
    dimensi: {},
    skema: 'bawaan@1',
    nilaiSebelumnya: null,
    kategoriSebelumnya: null,
    perubahan,
    tren: [],
  }
}
const DATA = [
  baris('53.03.01.2001', 'Oelami', 1, 64.376, 'Waspada', 'Sedang', -3.2),
  baris('53.03.01.2002', 'Éban', 1, 85, 'Aman', 'Tinggi', 1),
  baris('53.03.02.2001', 'Maubesi', 2, null, null, 'Rendah'),
  baris('53.03.02.2002', 'Naekake', 2, 38.2, 'Sangat Rawan', 'Rendah', -12.5),
  baris('53.03.03.2001', 'Tes', null, 55, 'Rawan', 'Sedang', 0.01),
]

describe('[C4] tabel Indeks: saringan dan urutan', () => {
  it('[C4] saring per Polsek, kategori, tanpa nilai, dan nama tanpa peduli huruf besar/aksen', () => {
    const kode = (b: BarisIkdk[]) => b.map((x) => x.desaKode)
    expect(kode(saringIkdk(DATA, { cari: '', polsekId: '2', kategori: '' }))).toEqual(['53.03.02.2001', '53.03.02.2002'])
    expect(kode(saringIkdk(DATA, { cari: '', polsekId: '', kategori: 'Aman' }))).toEqual(['53.03.01.2002'])
    expect(kode(saringIkdk(DATA, { cari: '', polsekId: '', kategori: TANPA_NILAI }))).toEqual(['53.03.02.2001'])
    expect(kode(saringIkdk(DATA, { cari: 'eban', polsekId: '1', kategori: '' }))).toEqual(['53.03.01.2002'])
    expect(saringIkdk(DATA, { cari: '', polsekId: '1', kategori: 'Rawan' })).toEqual([])
  })

  it('[C4] urutan: N/A selalu di bawah, kategori menurut urutan skema, seri menurut kode', () => {
    const nama = (b: BarisIkdk[]) => b.map((x) => x.desaNama)
    expect(nama(urutkanIkdk(DATA, URUT_BAWAAN, URUTAN))).toEqual(['Naekake', 'Tes', 'Oelami', 'Éban', 'Maubesi'])
    expect(nama(urutkanIkdk(DATA, { kolom: 'nilai', arah: 'turun' }, URUTAN))).toEqual(['Éban', 'Oelami', 'Tes', 'Naekake', 'Maubesi'])
    expect(nama(urutkanIkdk(DATA, { kolom: 'kategori', arah: 'naik' }, URUTAN))).toEqual(['Éban', 'Oelami', 'Tes', 'Naekake', 'Maubesi'])
    expect(nama(urutkanIkdk(DATA, { kolom: 'perubahan', arah: 'naik' }, URUTAN))).toEqual(['Naekake', 'Oelami', 'Tes', 'Éban', 'Maubesi'])
    expect(nama(urutkanIkdk(DATA, { kolom: 'keyakinan', arah: 'turun' }, URUTAN)).slice(0, 2)).toEqual(['Maubesi', 'Naekake'])
    expect(nama(urutkanIkdk(DATA, { kolom: 'polsek', arah: 'naik' }, URUTAN)).at(-1)).toBe('Tes')
  })

  it('[C4] jumlah per kategori dan saringan di alamat (tautan dari Beranda membawa ?kategori=…)', () => {
    expect(hitungPerKategori(DATA, URUTAN)).toEqual([
      { kategori: 'Aman', jumlah: 1 },
      { kategori: 'Waspada', jumlah: 1 },
      { kategori: 'Rawan', jumlah: 1 },
      { kategori: 'Sangat Rawan', jumlah: 1 },
      { kategori: null, jumlah: 1 },
    ])
    const q = new URLSearchParams('bulan=2024-09&kategori=Waspada&polsek=3&urut=perubahan&arah=turun')
    const d = saringanDariParam(q)
    expect(d).toEqual({ saringan: { cari: '', polsekId: '3', kategori: 'Waspada' }, urut: { kolom: 'perubahan', arah: 'turun' } })
    expect(paramDariSaringan(d.saringan, d.urut)).toEqual({ cari: '', polsek: '3', kategori: 'Waspada', urut: 'perubahan', arah: 'turun' })
    expect(saringanDariParam(new URLSearchParams('urut=sembarang')).urut).toEqual(URUT_BAWAAN)
    expect(paramDariSaringan({ cari: '', polsekId: '', kategori: '' }, URUT_BAWAAN)).toEqual({ cari: '', polsek: '', kategori: '' })
  })

  it('[C4] perubahan dibanding bulan lalu selalu bertanda; tanpa bulan lalu "—"', () => {
    expect(teksPerubahan(-21.267)).toBe('−21,3')
    expect(teksPerubahan(3.35)).toBe('+3,4')
    expect(teksPerubahan(0.01)).toBe('0,0')
    expect(teksPerubahan(null)).toBe('—')
  })

  it('[C4] sparkline: rentang mengikuti nilai (paling sedikit 20 poin, dalam 0–100); N/A memutus garis', () => {
    expect(rentangSparkline([70, 72, null])).toEqual([61, 81])
    expect(rentangSparkline([2, 10])).toEqual([0, 20])
    expect(rentangSparkline([99, 100])).toEqual([80, 100])
    expect(rentangSparkline([null, null])).toEqual([0, 100])
    const t = titikSparkline([40, null, 90], 100, 26, 3)
    expect(t[1]).toBeNull()
    // Range 35–95: 40 sits 5 points above the floor, 90 five below the top.
    expect(t[0]!.x).toBe(3)
    expect(t[0]!.y).toBeCloseTo(3 + (55 / 60) * 20, 9)
    expect(t[2]!.x).toBe(97)
    expect(t[2]!.y).toBeCloseTo(3 + (5 / 60) * 20, 9)
  })
})

describe('[C6] Uji Sensitivitas: tampilan varian', () => {
  it('[C6] bobot dasar dalam persen, dimensi yang digeser, label, dan jumlah desa berubah per varian', () => {
    expect(bobotDasarPersen([{ id: 'D1', bobot: 35 }, { id: 'D2', bobot: 65 }])).toEqual([{ id: 'D1', persen: 35 }, { id: 'D2', persen: 65 }])
    expect(dimensiDigeser('D3-5')).toBe('D3')
    expect(dimensiDigeser('sama')).toBeNull()
    expect(labelVarian('D1+5')).toBe('Bobot D1 +5')
    expect(labelVarian('D1-5')).toBe('Bobot D1 −5')
    expect(labelVarian('sama')).toBe('Bobot semua dimensi sama')
    const n = jumlahBerubahPerVarian([{ berubah: ['D1+5', 'sama'] }, { berubah: ['sama'] }] as never)
    expect([...n]).toEqual([['D1+5', 1], ['sama', 2]])
  })
})

describe('[C7] Metodologi: skema dalam kata-kata', () => {
  const h = validasiSkema(fs.readFileSync(path.resolve('resources/ikdk/bawaan-v1.json'), 'utf8'))
  if (!h.ok) throw new Error(h.galat.join('; '))
  const skema = h.skema
  const ind = (id: string) => skema.dimensi.flatMap((d) => d.indikator).find((i) => i.id === id)!

  it('[C7] setiap rumus indikator skema bawaan dijelaskan dari berkasnya', () => {
    expect(rumusIndikator(ind('I1.1'))).toBe('Jumlah kejadian tingkat nyata yang terjadi dalam bulan kalender ÷ jumlah penduduk × 1.000. N/A bila jumlah penduduk kosong atau 0.')
    expect(rumusIndikator(ind('I1.2'))).toBe('Jumlah kejadian tingkat nyata berkategori konflik sosial atau konflik agraria yang terjadi dalam bulan kalender, dari register kejadian (tidak diskalakan).')
    expect(rumusIndikator(ind('I2.1'))).toBe('Jumlah kejadian tingkat potensi atau ambang yang terjadi dalam bulan itu dan belum selesai pada hari terakhir bulan.')
    expect(rumusIndikator(ind('I2.2'))).toContain('berkategori hoaks, penimbunan atau gangguan distribusi pangan')
    expect(rumusIndikator(ind('I3.1'))).toBe(
      'Jumlah KK dikunjungi dari laporan mingguan, diskalakan ke satu bulan penuh (jumlah × minggu dalam bulan ÷ minggu yang terisi), lalu dibagi jumlah KK. N/A bila jumlah KK kosong atau 0.',
    )
    expect(rumusIndikator(ind('I3.3'))).toContain('Jumlah masalah selesai ÷ jumlah masalah ditangani, hanya dari minggu yang kedua isiannya terisi')
    expect(rumusIndikator(ind('I4.1'))).toContain('Bila jumlah pos kamling = 0, nilai indikator 0 selama dimensinya tersedia.')
    expect(rumusIndikator(ind('I4.2'))).toBe('Rata-rata ronda malam per minggu, dari minggu yang isiannya terisi (tidak diskalakan).')
    expect(rumusIndikator(ind('I4.3'))).toContain('Jumlah pertemuan FKPM + pertemuan 3 Pilar')
    for (const d of skema.dimensi) for (const i of d.indikator) expect(rumusIndikator(i)).toMatch(/^[A-Z].+\.$/)
  })

  it('[C7] normalisasi, rentang kategori dan bagian bobot', () => {
    expect(rumusSkor(ind('I1.1'))).toBe('skor = (3 − nilai) ÷ (3 − 0) × 100, dibatasi 0–100')
    expect(rumusSkor(ind('I3.1'))).toBe('skor = (nilai − 0) ÷ (0,25 − 0) × 100, dibatasi 0–100')
    expect(rentangKategori(skema.kategori)).toEqual([
      { nama: 'Aman', rentang: '≥ 80' },
      { nama: 'Waspada', rentang: '60 s.d. < 80' },
      { nama: 'Rawan', rentang: '40 s.d. < 60' },
      { nama: 'Sangat Rawan', rentang: '< 40' },
    ])
    const b = bagianBobot(skema)
    expect(b.map((d) => d.bagian)).toEqual([0.35, 0.2, 0.2, 0.15, 0.1])
    expect(b[0]!.indikator.map((i) => i.efektif)).toEqual([0.35 * (2 / 3), 0.35 / 3])
    expect(b.flatMap((d) => d.indikator).reduce((s, i) => s + i.efektif, 0)).toBeCloseTo(1, 12)
  })
})

describe('[C1] Skema IKDK per periode', () => {
  it('[C1] skema yang berlaku untuk satu bulan: pilihan periode terakhir yang sudah mulai, selain itu bawaan', () => {
    const periode = [
      { bulanMulai: '2024-09', skema: 'polda-ntt@2' },
      { bulanMulai: '2025-01', skema: 'polda-ntt@3' },
    ]
    expect(skemaBerlaku(periode, '2024-08')).toEqual({ skema: 'bawaan@1', sejak: null })
    expect(skemaBerlaku(periode, '2024-10')).toEqual({ skema: 'polda-ntt@2', sejak: '2024-09' })
    expect(skemaBerlaku(periode, '2025-03')).toEqual({ skema: 'polda-ntt@3', sejak: '2025-01' })
    expect(uraiKunciSkema('polda-ntt@2')).toEqual({ id: 'polda-ntt', versi: 2 })
    expect(uraiKunciSkema('tanpa-versi')).toBeNull()
  })

  it('[C1] pilihan "berlaku mulai bulan": dua tahun ke belakang sampai setahun ke depan, terbaru di atas', () => {
    const b = pilihanBulanMulai('2024-10')
    expect(b).toHaveLength(37)
    expect(b[0]).toBe('2025-10')
    expect(b.at(-1)).toBe('2022-10')
    expect(b).toContain('2024-09')
  })
})
