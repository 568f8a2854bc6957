import { describe, it, expect } from 'vitest'
import { readFileSync } from 'node:fs'
import { AGREGASI, validasiSkema, type Skema } from '../../shared/ikdk'

const teksBawaan = readFileSync(new URL('../../resources/ikdk/bawaan-v1.json', import.meta.url), 'utf8')
// Scheme files are edited by hand; tests edit them the same loose, untyped way.
type Longgar = any
const bawaan = (): Longgar => JSON.parse(teksBawaan)

function galatDari(json: unknown): string[] {
  const h = validasiSkema(json)
  if (h.ok) throw new Error('skema seharusnya ditolak')
  return h.galat
}

function sah(json: unknown): Skema {
  const h = validasiSkema(json)
  if (!h.ok) throw new Error(h.galat.join('\n'))
  return h.skema
}

describe('[C1] the default scheme "Skema Bawaan IKDK v1"', () => {
  const s = sah(bawaan())

  it('[C1] validates, with id, version and the not-official label', () => {
    expect(s.id).toBe('bawaan')
    expect(s.versi).toBe(1)
    expect(s.nama).toBe('Skema Bawaan IKDK v1')
    expect(s.catatan).toBe('Skema bawaan Binmas Desk — bukan standar resmi Polri')
  })

  it('[C1] has the five dimensions and weights of the spec table', () => {
    expect(s.dimensi.map((d) => [d.id, d.nama, d.bobot])).toEqual([
      ['D1', 'Gangguan Kamtibmas', 35],
      ['D2', 'Potensi & Ambang Gangguan', 20],
      ['D3', 'Kehadiran & Pembinaan Polri', 20],
      ['D4', 'Partisipasi & Kemitraan', 15],
      ['D5', 'Ketahanan Pangan', 10],
    ])
  })

  it('[C1] has the eleven indicators with weights, directions and bounds of the spec table', () => {
    const baris = s.dimensi.flatMap((d) => d.indikator.map((i) => [i.id, i.bobot, i.arah, i.batasBawah, i.batasAtas, i.agregasi]))
    expect(baris).toEqual([
      ['I1.1', 2, 'turun', 0, 3, 'jumlah_kejadian_per_penduduk'],
      ['I1.2', 1, 'turun', 0, 2, 'jumlah_kejadian'],
      ['I2.1', 1, 'turun', 0, 4, 'kejadian_belum_selesai_akhir_bulan'],
      ['I2.2', 1, 'turun', 0, 3, 'jumlah_kejadian'],
      ['I3.1', 1, 'naik', 0, 0.25, 'jumlah_mingguan_diskalakan_per_master'],
      ['I3.2', 1, 'naik', 0, 4, 'jumlah_mingguan_diskalakan'],
      ['I3.3', 1, 'naik', 0, 1, 'rasio_jumlah_mingguan'],
      ['I4.1', 1, 'naik', 0, 1, 'rata_rasio_mingguan_master'],
      ['I4.2', 1, 'naik', 0, 7, 'rata_mingguan'],
      ['I4.3', 1, 'naik', 0, 4, 'jumlah_mingguan_diskalakan'],
      ['I5.1', 1, 'naik', 0, 4, 'jumlah_mingguan_diskalakan'],
    ])
    const semua = s.dimensi.flatMap((d) => d.indikator)
    expect(semua.every((i) => i.nama.length > 0)).toBe(true)
    expect(semua.find((i) => i.id === 'I1.1')?.parameter).toEqual({ tingkat: ['nyata'], per: 1000 })
    expect(semua.find((i) => i.id === 'I1.2')?.parameter).toEqual({ tingkat: ['nyata'], kategori: ['konflik_sosial', 'konflik_agraria'] })
    expect(semua.find((i) => i.id === 'I2.1')?.parameter).toEqual({ tingkat: ['potensi', 'ambang'] })
    expect(semua.find((i) => i.id === 'I2.2')?.parameter).toEqual({ kategori: ['hoaks', 'penimbunan', 'distribusi_pangan'] })
    expect(semua.find((i) => i.id === 'I4.1')?.parameter).toEqual({ kolom: 'pos_kamling_aktif', master: 'pos_kamling_total', jikaMasterNol: 'nol_jika_dimensi_tersedia' })
    expect(semua.find((i) => i.id === 'I4.3')?.parameter).toEqual({ kolom: ['pertemuan_fkpm', 'pertemuan_3pilar'] })
  })

  it('[C1] has the four categories Aman ≥ 80, Waspada ≥ 60, Rawan ≥ 40, Sangat Rawan', () => {
    expect(s.kategori).toEqual([
      { nama: 'Aman', min: 80 },
      { nama: 'Waspada', min: 60 },
      { nama: 'Rawan', min: 40 },
      { nama: 'Sangat Rawan', min: 0 },
    ])
  })

  it('[C1] accepts the raw file text too', () => {
    expect(validasiSkema(teksBawaan)).toEqual({ ok: true, skema: s })
  })
})

describe('[C1] defaults', () => {
  it('[C1] an indicator without a weight weighs 1; catatan and satuan may be left out', () => {
    const j: Longgar = bawaan()
    delete j.dimensi[0].indikator[1].bobot
    delete j.dimensi[0].indikator[1].satuan
    delete j.catatan
    delete j.dimensi[3].indikator[0].parameter.jikaMasterNol
    const s = sah(j)
    expect(s.dimensi[0]?.indikator[1]?.bobot).toBe(1)
    expect(s.dimensi[0]?.indikator[1]?.satuan).toBe('')
    expect(s.catatan).toBe('')
    expect(s.dimensi[3]?.indikator[0]?.parameter).toMatchObject({ jikaMasterNol: 'na' })
  })
})

describe('[C1] structural errors in Indonesian, with the exact place', () => {
  it('[C1] a negative or textual weight', () => {
    const j: Longgar = bawaan()
    j.dimensi[0].bobot = -1
    j.dimensi[1].bobot = '20'
    j.dimensi[2].indikator[0].bobot = -0.5
    expect(galatDari(j)).toEqual([
      'dimensi[0].bobot: harus angka ≥ 0',
      'dimensi[1].bobot: harus angka ≥ 0',
      'dimensi[2].indikator[0].bobot: harus angka ≥ 0',
    ])
  })

  it('[C1] missing keys, a wrong version, a bad id', () => {
    const j: Longgar = bawaan()
    delete j.nama
    j.versi = 1.5
    j.id = 'Polda NTT'
    delete j.dimensi[0].indikator[0].batasAtas
    j.dimensi[0].nama = '  '
    expect(galatDari(j)).toEqual([
      'id: hanya huruf kecil, angka, - dan _ (mis. polda-ntt)',
      'versi: harus bilangan bulat ≥ 1',
      'nama: wajib diisi',
      'dimensi[0].nama: tidak boleh kosong',
      'dimensi[0].indikator[0].batasAtas: wajib diisi',
    ])
    const k: Longgar = bawaan()
    k.versi = 0
    expect(galatDari(k)).toEqual(['versi: harus bilangan bulat ≥ 1'])
  })

  it('[C1] an aggregation outside the closed set', () => {
    const j: Longgar = bawaan()
    j.dimensi[2].indikator[1].agregasi = 'median_mingguan'
    expect(galatDari(j)).toEqual([`dimensi[2].indikator[1].agregasi: tidak dikenal: 'median_mingguan'; pilihan: ${AGREGASI.join(', ')}`])
  })

  it('[C1] unknown field names, categories and levels', () => {
    const j: Longgar = bawaan()
    j.dimensi[2].indikator[0].parameter.kolom = ['kk_dikunjung']
    j.dimensi[2].indikator[0].parameter.master = 'jumlah_rumah'
    j.dimensi[0].indikator[1].parameter.kategori = ['konflik_sosial', 'konflik_tanah']
    j.dimensi[1].indikator[0].parameter.tingkat = ['waspada']
    const g = galatDari(j)
    expect(g).toHaveLength(4)
    expect(g).toContain("dimensi[0].indikator[1].parameter.kategori[1]: kategori kejadian tidak dikenal: 'konflik_tanah'; pilihan: tindak_pidana, konflik_sosial, konflik_agraria, penimbunan, distribusi_pangan, unjuk_rasa, hoaks, narkoba, kenakalan_remaja, bencana, laka_lantas, lainnya")
    expect(g).toContain("dimensi[1].indikator[0].parameter.tingkat[0]: tingkat kejadian tidak dikenal: 'waspada'; pilihan: potensi, ambang, nyata")
    expect(g).toContain("dimensi[2].indikator[0].parameter.master: kolom data desa tidak dikenal: 'jumlah_rumah'; pilihan: penduduk, jumlah_kk, pos_kamling_total")
    expect(g.some((x) => x.startsWith("dimensi[2].indikator[0].parameter.kolom[0]: kolom laporan mingguan tidak dikenal: 'kk_dikunjung'; pilihan: kk_dikunjungi,"))).toBe(true)
  })

  it('[C1] misspelt keys and parameters of another aggregation are refused', () => {
    const j: Longgar = bawaan()
    j.dimensi[0].indikator[0].bobott = 2
    j.dimensi[2].indikator[1].parameter.master = 'jumlah_kk' // jumlah_mingguan_diskalakan takes no master
    expect(galatDari(j)).toEqual([
      "dimensi[0].indikator[0]: kunci tidak dikenal: 'bobott'",
      "dimensi[2].indikator[1].parameter: kunci tidak dikenal: 'master'",
    ])
  })

  it('[C1] wrong types and empty lists', () => {
    expect(galatDari(null)).toEqual(['skema: harus objek { … }'])
    expect(galatDari([])).toEqual(['skema: harus objek { … }'])
    const j: Longgar = bawaan()
    j.dimensi = []
    j.kategori = 'Aman'
    expect(galatDari(j)).toEqual(['dimensi: minimal satu dimensi', 'kategori: harus daftar [ … ]'])
    const k: Longgar = bawaan()
    k.dimensi[4].indikator = []
    k.dimensi[0].indikator[0].arah = 'atas'
    k.dimensi[0].indikator[0].parameter.per = 0
    k.dimensi[1].indikator[0].parameter.tingkat = []
    k.kategori[0].min = 120
    expect(galatDari(k)).toEqual([
      "dimensi[0].indikator[0].arah: harus 'naik' (makin tinggi makin aman) atau 'turun' (makin rendah makin aman)",
      'dimensi[0].indikator[0].parameter.per: harus angka > 0',
      'dimensi[1].indikator[0].parameter.tingkat: minimal satu tingkat (hapus kuncinya untuk semua tingkat)',
      'dimensi[4].indikator: minimal satu indikator',
      'kategori[0].min: harus angka 0–100',
    ])
  })

  it('[C1] text that is not JSON', () => {
    expect(galatDari('{\n  "id": "x",\n  "versi": 1 x\n}')).toEqual(['skema: berkas bukan JSON yang sah (baris 3, kolom 14)'])
    expect(galatDari('')[0]).toMatch(/^skema: berkas bukan JSON yang sah/)
  })
})

describe('[C1] semantic checks', () => {
  it('[C1] ids must be unique', () => {
    const j: Longgar = bawaan()
    j.dimensi[1].id = 'D1'
    j.dimensi[2].indikator[2].id = 'I1.1'
    expect(galatDari(j)).toEqual([
      "dimensi[1].id: id 'D1' sudah dipakai oleh dimensi[0]",
      "dimensi[2].indikator[2].id: id 'I1.1' sudah dipakai oleh dimensi[0].indikator[0]",
    ])
  })

  it('[C1] batasAtas must exceed batasBawah', () => {
    const j: Longgar = bawaan()
    j.dimensi[0].indikator[0].batasAtas = 0
    j.dimensi[3].indikator[1].batasBawah = 9
    expect(galatDari(j)).toEqual([
      'dimensi[0].indikator[0].batasAtas: harus lebih besar dari batasBawah (0)',
      'dimensi[3].indikator[1].batasAtas: harus lebih besar dari batasBawah (9)',
    ])
  })

  it('[C1] weights must not all be zero', () => {
    const j: Longgar = bawaan()
    for (const d of j.dimensi) d.bobot = 0
    for (const i of j.dimensi[3].indikator) i.bobot = 0
    expect(galatDari(j)).toEqual(['dimensi[3].indikator: jumlah bobot indikator harus lebih dari 0', 'dimensi: jumlah bobot dimensi harus lebih dari 0'])
  })

  it('[C1] category thresholds strictly descending, ending at 0, names unique', () => {
    const j: Longgar = bawaan()
    j.kategori = [
      { nama: 'Aman', min: 60 },
      { nama: 'Waspada', min: 80 },
      { nama: 'Waspada', min: 40 },
      { nama: 'Sangat Rawan', min: 10 },
    ]
    expect(galatDari(j)).toEqual([
      'kategori[1].min: harus lebih kecil dari min kategori sebelumnya (Aman 60); urutkan dari yang paling aman',
      "kategori[2].nama: 'Waspada' sudah dipakai oleh kategori[1]",
      'kategori[3].min: kategori terakhir harus min 0 agar setiap nilai 0–100 mendapat kategori',
    ])
  })

  it('[C1] parameters that make no sense', () => {
    const j: Longgar = bawaan()
    j.dimensi[2].indikator[2].parameter.penyebut = 'masalah_selesai'
    j.dimensi[3].indikator[2].parameter.kolom = ['pertemuan_fkpm', 'pertemuan_fkpm']
    j.dimensi[0].indikator[1].parameter.kategori = ['konflik_sosial', 'konflik_sosial']
    expect(galatDari(j)).toEqual([
      "dimensi[0].indikator[1].parameter.kategori: 'konflik_sosial' disebut lebih dari sekali",
      'dimensi[2].indikator[2].parameter.penyebut: harus berbeda dari pembilang',
      "dimensi[3].indikator[2].parameter.kolom: 'pertemuan_fkpm' disebut lebih dari sekali",
    ])
  })
})

describe('[C1] a Polda may re-weight, re-bound and re-combine', () => {
  it('[C1] a replacement scheme with a new id, version and an extra indicator validates', () => {
    const j: Longgar = bawaan()
    j.id = 'polda-ntt'
    j.versi = 2
    j.nama = 'Skema IKDK Polda NTT 2025'
    j.dimensi[0].bobot = 40
    j.dimensi[2].indikator[1].batasAtas = 8
    j.dimensi.push({
      id: 'D6',
      nama: 'Kesiapan Pilkada',
      bobot: 10,
      indikator: [
        { id: 'I6.1', nama: 'Sosialisasi Pilkada', agregasi: 'jumlah_mingguan_diskalakan', parameter: { kolom: ['sosialisasi_pilkada'] }, arah: 'naik', batasBawah: 0, batasAtas: 4, satuan: 'kegiatan per bulan' },
        { id: 'I6.2', nama: 'Unjuk rasa dan hoaks', agregasi: 'jumlah_kejadian', parameter: { kategori: ['unjuk_rasa', 'hoaks'] }, arah: 'turun', batasBawah: 0, batasAtas: 2 },
        { id: 'I6.3', nama: 'Deteksi dini per KK', agregasi: 'jumlah_mingguan_diskalakan_per_master', parameter: { kolom: ['info_deteksi_dini'], master: 'jumlah_kk' }, arah: 'naik', batasBawah: 0, batasAtas: 0.02 },
      ],
    })
    const s = sah(j)
    expect(s.id).toBe('polda-ntt')
    expect(s.dimensi).toHaveLength(6)
    expect(s.dimensi[5]?.indikator[1]?.bobot).toBe(1)
  })
})
