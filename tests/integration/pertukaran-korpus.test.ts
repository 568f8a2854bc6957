import crypto from 'node:crypto'
import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { perbaruiIkdk } from '../../electron/services/ikdk/hitung'
import type { Galat } from '../../shared/galat'
import { aplikasiUji } from '../helpers/aplikasi'
import { type BagianZip, b64, buatZip, bukaZipUji, bukuTangan, KONTRAK, manifestTangan, nilaiSheet, potretTabel, tulisXlsx } from './pertukaran-alat'

/**
 * [F6] A corpus of broken and hostile files, generated here at test time
 * (nothing big is committed): every category the import must refuse, each
 * with its exact error code and message, and the user's data unchanged
 * (every table compared before and after). Row errors come back from the
 * dry run and then block applying.
 */

const HARI = '2024-10-16'
const D1 = '53.03.01.2005'
const MB = 1024 * 1024
const BASIS_ID = '1f0e2d3c-4b5a-4968-8776-655443322110'
const RUSAK_ZIP = 'Berkas .xlsx rusak atau terpotong: daftar isi arsip ZIP tidak terbaca.'
const BUKAN_ZIP = 'Berkas bukan buku kerja Excel (.xlsx): isinya bukan arsip ZIP.'
const KATEGORI = 'tindak_pidana, konflik_sosial, konflik_agraria, penimbunan, distribusi_pangan, unjuk_rasa, hoaks, narkoba, kenakalan_remaja, bencana, laka_lantas, lainnya'
const PANGKAT = 'BRIPDA, BRIPTU, BRIGPOL, BRIPKA, AIPDA, AIPTU, IPDA, IPTU, AKP, KOMPOL, AKBP, KOMBES POL, BRIGJEN POL, IRJEN POL'

/** A valid hand-made file for May 2024 (weeks 18–22), changed by each case. */
interface Isi {
  manifest: unknown[][]
  Desa: unknown[][]
  Personel: unknown[][]
  LaporanMingguan: unknown[][]
  Kejadian: unknown[][]
}
const lap = (minggu: number, ubah: Partial<Record<(typeof KONTRAK.LaporanMingguan)[number], unknown>> = {}) =>
  KONTRAK.LaporanMingguan.map((k, i) => (k in ubah ? ubah[k] : [D1, 2024, minggu, 10, 1, 1, 1, 0, 2, 3, 0, 1, 0, 0, '12345678', 'catatan pekan'][i]))
function dasar(): Isi {
  return {
    manifest: manifestTangan({ bulan_awal: '2024-05', bulan_akhir: '2024-05' }),
    Desa: [[D1, 'Bokon', '53.03.01', 'Miomaffo Timur', null, 2000, 500, 4, 'Ya', '12345678']],
    Personel: [['88888888', 'UJI KORPUS', 'BRIPKA', 'Bhabinkamtibmas', null, null]],
    LaporanMingguan: [lap(18), lap(19)],
    Kejadian: [[BASIS_ID, '2024-05-10', D1, 'bencana', 'nyata', 'selesai', '2024-05-12', 'Banjir kecil']],
  }
}
const tulis = (isi: Isi, opsi: { sst?: boolean; date1904?: boolean } = {}) => bukuTangan(isi, opsi)
const ubah = (fn: (isi: Isi) => void, opsi: { sst?: boolean } = {}) => () => {
  const isi = dasar()
  fn(isi)
  return tulis(isi, opsi)
}
const sel = (sheet: keyof Omit<Isi, 'manifest'>, kolom: string, nilai: unknown, baris = 0) =>
  ubah((isi) => {
    isi[sheet][baris]![KONTRAK[sheet].indexOf(kolom as never)] = nilai
  })
const manifest = (u: Record<string, unknown>) => ubah((isi) => (isi.manifest = manifestTangan({ bulan_awal: '2024-05', bulan_akhir: '2024-05', ...u })))

/** Parts of a workbook, one of them replaced (SheetJS names sheets sheet1…sheet5 in order). */
function gantiBagian(buf: Buffer, nama: string, fn: (isi: string) => string): Buffer {
  const bagian = bukaZipUji(buf)
  const b = bagian.find((x) => x.nama === nama)
  if (!b) throw new Error(`tidak ada ${nama}`)
  b.isi = fn(b.isi.toString())
  return buatZip(bagian)
}
const SHEET = { Manifest: 'xl/worksheets/sheet1.xml', Desa: 'xl/worksheets/sheet2.xml', LaporanMingguan: 'xl/worksheets/sheet4.xml', Kejadian: 'xl/worksheets/sheet5.xml' }
/** Replaces one cell element of a sheet's XML. */
const gantiSel = (buf: Buffer, sheet: keyof typeof SHEET, ref: string, xml: string) =>
  gantiBagian(buf, SHEET[sheet], (s) => {
    const pola = new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`)
    if (!pola.test(s)) throw new Error(`sel ${ref} tidak ada`)
    return s.replace(pola, xml)
  })
/** A sheet part holding `n` rows, written by hand (optionally with a dimension that says so). */
const sheetBaris = (n: number, dimensi: boolean) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimensi ? `<dimension ref="A1:P${n}"/>` : ''}<sheetData>${'<row><c><v>1</v></c></row>'.repeat(n)}</sheetData></worksheet>`

type Harapan = { kode: Galat['kode']; pesan: string } | { baris: string }
interface Kasus {
  id: string
  kategori: string
  buat: () => Buffer
  harap: Harapan | (() => Harapan)
}

describe('Pertukaran Data: korpus berkas rusak dan berbahaya', () => {
  const K = aplikasiUji({ hariIni: HARI })
  const f: Record<string, Buffer> = {}
  const T = (s: string) => `Sheet ${s}`

  beforeAll(async () => {
    await K.panggil('contoh:muat', {})
    await K.panggil('pertukaran:kunci-buat', {})
    const ekspor = async (a: string, z: string, tandaTangan = false) => Buffer.from((await K.panggil('pertukaran:ekspor', { bulanAwal: a, bulanAkhir: z, tandaTangan })).berkasBase64, 'base64')
    f['r1'] = await ekspor('2024-07', '2024-09')
    f['r2'] = await ekspor('2024-07', '2024-09', true)
    f['agustusOktober'] = await ekspor('2024-08', '2024-10')
    f['juniJuli'] = await ekspor('2024-06', '2024-07')
    f['september'] = await ekspor('2024-09', '2024-09')
    f['juniTtd'] = await ekspor('2024-06', '2024-06', true)
    // K imports its own r2: nothing changes in its data, but Juli–September r2 is now an imported period.
    const p = await K.panggil('pertukaran:pratinjau', { namaBerkas: 'r2.xlsx', berkasBase64: b64(f['r2']) })
    await K.panggil('pertukaran:terapkan', { token: p.token })
    await K.panggil('periode:kunci', { bulan: '2024-04' })
    perbaruiIkdk(K.app.bd, HARI)
    // The base file itself is valid.
    const ok = await K.panggil('pertukaran:pratinjau', { namaBerkas: 'dasar.xlsx', berkasBase64: b64(tulis(dasar())) })
    expect(ok.kesalahan).toEqual([])
  }, 120_000)
  afterAll(() => K.tutup())

  const mentah = (teks: string | Buffer) => () => (Buffer.isBuffer(teks) ? teks : Buffer.from(teks))
  const tolak = (pesan: string): Harapan => ({ kode: 'FILE_TIDAK_VALID', pesan })
  const konflik = (pesan: string): Harapan => ({ kode: 'KONFLIK', pesan })
  const baris = (pesan: string): Harapan => ({ baris: pesan })
  const zipDasar = () => bukaZipUji(tulis(dasar()))

  const KASUS: Kasus[] = [
    // --- Not a workbook at all
    { id: 'teks-biasa', kategori: 'bukan zip', buat: mentah('Halo, ini laporan minggu ini'), harap: tolak(BUKAN_ZIP) },
    { id: 'csv', kategori: 'bukan zip', buat: mentah(`${KONTRAK.LaporanMingguan.join(',')}\n${D1},2024,18,1`), harap: tolak(BUKAN_ZIP) },
    { id: 'pdf', kategori: 'bukan zip', buat: mentah('%PDF-1.4\n%âãÏÓ\n1 0 obj'), harap: tolak(BUKAN_ZIP) },
    { id: 'png', kategori: 'bukan zip', buat: mentah(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')), harap: tolak(BUKAN_ZIP) },
    { id: 'html', kategori: 'bukan zip', buat: mentah('<html><body><table><tr><td>1</td></tr></table></body></html>'), harap: tolak(BUKAN_ZIP) },
    { id: 'acak-1kb', kategori: 'bukan zip', buat: () => Buffer.concat([Buffer.from([0x00]), crypto.randomBytes(1023)]), harap: tolak(BUKAN_ZIP) },
    { id: 'hanya-PK', kategori: 'bukan zip', buat: mentah('PK'), harap: tolak(BUKAN_ZIP) },
    {
      id: 'excel-lama-xls',
      kategori: 'bukan zip',
      buat: () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]),
      harap: tolak('Berkas berformat Excel lama (.xls) atau dilindungi kata sandi; buka di Excel atau LibreOffice lalu simpan sebagai .xlsx tanpa kata sandi.'),
    },
    { id: 'terlalu-besar-51mb', kategori: 'batas ukuran', buat: () => crypto.randomBytes(51 * MB), harap: tolak('Berkas terlalu besar (51,0 MB); batas 50 MB.') },

    // --- Truncated and corrupt containers
    { id: 'terpotong-separuh', kategori: 'terpotong', buat: () => f['r1']!.subarray(0, Math.floor(f['r1']!.length / 2)), harap: tolak(RUSAK_ZIP) },
    { id: 'terpotong-90persen', kategori: 'terpotong', buat: () => f['r1']!.subarray(0, Math.floor(f['r1']!.length * 0.9)), harap: tolak(RUSAK_ZIP) },
    { id: 'terpotong-10-bita-akhir', kategori: 'terpotong', buat: () => f['r1']!.subarray(0, f['r1']!.length - 10), harap: tolak(RUSAK_ZIP) },
    { id: 'terpotong-setelah-header-lokal', kategori: 'terpotong', buat: () => f['r1']!.subarray(0, 40), harap: tolak(RUSAK_ZIP) },
    {
      id: 'daftar-isi-menunjuk-ke-luar',
      kategori: 'terpotong',
      buat: () => {
        const b = Buffer.from(tulis(dasar()))
        b.writeUInt32LE(b.length + 1000, b.length - 22 + 16)
        return b
      },
      harap: tolak(RUSAK_ZIP),
    },
    {
      id: 'data-deflate-terpotong',
      kategori: 'terpotong',
      buat: () => {
        const p = zipDasar()
        const s4 = p.find((b) => b.nama === SHEET.LaporanMingguan)!
        const penuh = zlib.deflateRawSync(s4.isi)
        s4.dataMentah = penuh.subarray(0, Math.floor(penuh.length / 2))
        return buatZip(p)
      },
      harap: tolak(`Berkas .xlsx rusak atau terpotong: bagian ${SHEET.LaporanMingguan} tidak dapat dibuka.`),
    },
    {
      id: 'data-deflate-sampah',
      kategori: 'rusak',
      buat: () => {
        const p = zipDasar()
        p.find((b) => b.nama === SHEET.Kejadian)!.dataMentah = Buffer.alloc(64, 0xff)
        return buatZip(p)
      },
      harap: tolak(`Berkas .xlsx rusak atau terpotong: bagian ${SHEET.Kejadian} tidak dapat dibuka.`),
    },
    {
      id: 'crc-salah',
      kategori: 'rusak',
      buat: () => {
        const p = zipDasar()
        p.find((b) => b.nama === SHEET.Desa)!.crcPalsu = 12345
        return buatZip(p)
      },
      harap: tolak(`Berkas .xlsx rusak: isi bagian ${SHEET.Desa} tidak utuh (CRC tidak cocok).`),
    },
    {
      id: 'nama-header-lokal-beda',
      kategori: 'rusak',
      buat: () => {
        const b = buatZip(zipDasar())
        b[30] = b[30]! ^ 0x01
        return b
      },
      harap: () => tolak(`Berkas .xlsx rusak: header bagian ${zipDasar()[0]!.nama} tidak sesuai daftar isi ZIP.`),
    },
    {
      id: 'lebih-kecil-dari-tercatat',
      kategori: 'rusak',
      buat: () => {
        const p = zipDasar()
        const s = p.find((b) => b.nama === SHEET.Desa)!
        s.ukuranPalsu = Buffer.byteLength(s.isi) + 100
        return buatZip(p)
      },
      harap: tolak(`Berkas .xlsx rusak atau terpotong: bagian ${SHEET.Desa} tidak lengkap.`),
    },
    {
      id: 'terenkripsi-zip',
      kategori: 'rusak',
      buat: () => {
        const p = zipDasar()
        p[1]!.flag = 1
        return buatZip(p)
      },
      harap: tolak('Berkas .xlsx memakai enkripsi ZIP yang tidak didukung; simpan ulang tanpa kata sandi.'),
    },
    {
      id: 'metode-kompresi-bzip2',
      kategori: 'rusak',
      buat: () => {
        const p = zipDasar()
        p.find((b) => b.nama === SHEET.Desa)!.metode = 12
        return buatZip(p)
      },
      harap: tolak(`Berkas .xlsx rusak: bagian ${SHEET.Desa} memakai metode kompresi yang tidak didukung.`),
    },
    {
      id: 'bagian-ganda',
      kategori: 'rusak',
      buat: () => {
        const p = zipDasar()
        return buatZip([...p, { ...p.find((b) => b.nama === SHEET.LaporanMingguan)! }])
      },
      harap: tolak(`Berkas .xlsx tidak valid: bagian ${SHEET.LaporanMingguan} muncul dua kali di arsip ZIP.`),
    },
    {
      id: 'zip64',
      kategori: 'rusak',
      buat: () => {
        const b = buatZip(zipDasar())
        const lokator = Buffer.alloc(20)
        lokator.writeUInt32LE(0x07064b50, 0)
        return Buffer.concat([b.subarray(0, b.length - 22), lokator, b.subarray(b.length - 22)])
      },
      harap: tolak('Berkas memakai format ZIP64 yang tidak didukung untuk buku kerja pertukaran.'),
    },
    {
      id: 'terlalu-banyak-bagian',
      kategori: 'batas ukuran',
      buat: () => buatZip([...zipDasar(), ...Array.from({ length: 10_001 }, (_, i): BagianZip => ({ nama: `x/${i}.txt`, isi: '', metode: 0 }))]),
      harap: () => tolak(`Berkas berisi terlalu banyak bagian (${(10_001 + zipDasar().length).toLocaleString('id-ID')}); batas 10.000.`),
    },
    { id: 'zip-berisi-teks-saja', kategori: 'struktur', buat: () => buatZip([{ nama: 'catatan.txt', isi: 'bukan buku kerja' }]), harap: tolak('Berkas bukan buku kerja Excel (.xlsx): bagian buku kerja (xl/workbook.xml) tidak ada.') },
    {
      id: 'dokumen-word',
      kategori: 'struktur',
      buat: () => buatZip([{ nama: '[Content_Types].xml', isi: '<Types/>' }, { nama: 'word/document.xml', isi: '<w:document/>' }]),
      harap: tolak('Berkas bukan buku kerja Excel (.xlsx): bagian buku kerja (xl/workbook.xml) tidak ada.'),
    },

    // --- Zip bombs and other caps, refused from the zip directory before parsing
    {
      id: 'bom-menyatakan-300mb',
      kategori: 'bom zip',
      buat: () => {
        const p = zipDasar()
        p.find((b) => b.nama === SHEET.LaporanMingguan)!.ukuranPalsu = 300 * MB
        return buatZip(p)
      },
      harap: tolak(`Bagian ${SHEET.LaporanMingguan} di dalam berkas terlalu besar bila dibuka (300,0 MB); batas 200 MB per bagian.`),
    },
    {
      id: 'bom-menyatakan-4gb',
      kategori: 'bom zip',
      buat: () => buatZip([...zipDasar(), { nama: 'xl/media/bom.bin', isi: '', metode: 0, ukuranPalsu: 0xfffffffe }]),
      harap: tolak('Bagian xl/media/bom.bin di dalam berkas terlalu besar bila dibuka (4.096,0 MB); batas 200 MB per bagian.'),
    },
    {
      id: 'bom-berbohong-kecil',
      kategori: 'bom zip',
      buat: () => buatZip([...zipDasar(), { nama: 'xl/media/nol.bin', isi: Buffer.alloc(10 * MB), ukuranPalsu: 1000 }]),
      harap: tolak('Bagian xl/media/nol.bin berisi lebih banyak data daripada yang tercatat di daftar isi ZIP (kemungkinan bom ZIP); berkas ditolak.'),
    },
    {
      id: 'bom-total-lebih-400mb',
      kategori: 'bom zip',
      buat: () => buatZip([...zipDasar(), ...[1, 2, 3].map((i): BagianZip => ({ nama: `xl/media/b${i}.bin`, isi: '', metode: 0, ukuranPalsu: 150 * MB }))]),
      harap: () => {
        const total = 450 * MB + zipDasar().reduce((a, b) => a + Buffer.byteLength(b.isi), 0)
        return tolak(`Isi berkas bila dibuka terlalu besar (${(total / MB).toLocaleString('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MB); batas 400 MB.`)
      },
    },
    {
      id: 'sejuta-baris-dengan-dimensi',
      kategori: 'batas baris',
      buat: () => gantiBagian(tulis(dasar()), SHEET.LaporanMingguan, () => sheetBaris(1_000_000, true)),
      harap: tolak('Sheet LaporanMingguan berisi lebih dari 200.000 baris data; batas 200.000 baris per sheet.'),
    },
    {
      id: 'sejuta-baris-tanpa-dimensi',
      kategori: 'batas baris',
      buat: () => gantiBagian(tulis(dasar()), SHEET.Kejadian, () => sheetBaris(1_000_000, false)),
      harap: tolak('Sheet Kejadian berisi lebih dari 200.000 baris data; batas 200.000 baris per sheet.'),
    },
    {
      id: 'baris-200002',
      kategori: 'batas baris',
      buat: () => gantiBagian(tulis(dasar()), SHEET.Desa, () => sheetBaris(200_002, false)),
      harap: tolak('Sheet Desa berisi lebih dari 200.000 baris data; batas 200.000 baris per sheet.'),
    },
    {
      id: 'dimensi-bohong-kecil',
      kategori: 'batas baris',
      buat: () => gantiBagian(tulis(dasar()), SHEET.LaporanMingguan, () => sheetBaris(250_000, false).replace('<sheetData>', '<dimension ref="A1:P2"/><sheetData>')),
      harap: tolak('Sheet LaporanMingguan berisi lebih dari 200.000 baris data; batas 200.000 baris per sheet.'),
    },
    // Spreadsheet programs refuse to write such cells, so these are written into the XML by hand.
    {
      id: 'sel-40000-karakter-inline',
      kategori: 'batas sel',
      buat: () => gantiSel(tulis(dasar()), 'Kejadian', 'H2', `<c r="H2" t="inlineStr"><is><t>${'x'.repeat(40_000)}</t></is></c>`),
      harap: tolak('Sheet Kejadian berisi sel dengan lebih dari 32.767 karakter (batas Excel per sel); berkas ditolak.'),
    },
    {
      id: 'sel-32768-karakter-shared-string',
      kategori: 'batas sel',
      buat: () => gantiBagian(tulis(dasar(), { sst: true }), 'xl/sharedStrings.xml', (s) => s.replace('Banjir kecil', 'y'.repeat(32_768))),
      harap: tolak('Berkas berisi sel dengan lebih dari 32.767 karakter (batas Excel per sel); berkas ditolak.'),
    },
    {
      id: 'sel-32768-karakter-entitas',
      kategori: 'batas sel',
      buat: () => gantiSel(tulis(dasar()), 'LaporanMingguan', 'P2', `<c r="P2" t="inlineStr"><is><t>${'&amp;'.repeat(32_768)}</t></is></c>`),
      harap: tolak('Sheet LaporanMingguan berisi sel dengan lebih dari 32.767 karakter (batas Excel per sel); berkas ditolak.'),
    },

    // --- Sheets
    ...(['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian'] as const).map((s): Kasus => ({
      id: `tanpa-sheet-${s}`,
      kategori: 'sheet hilang',
      buat: () => {
        const isi = dasar()
        const sheet: Record<string, unknown[][]> = { Manifest: isi.manifest, Desa: [[...KONTRAK.Desa], ...isi.Desa], Personel: [[...KONTRAK.Personel], ...isi.Personel], LaporanMingguan: [[...KONTRAK.LaporanMingguan], ...isi.LaporanMingguan], Kejadian: [[...KONTRAK.Kejadian], ...isi.Kejadian] }
        delete sheet[s]
        return tulisXlsx(sheet)
      },
      harap: tolak(`Berkas tidak memiliki sheet: ${s}.`),
    })),
    {
      id: 'nama-sheet-huruf-kecil',
      kategori: 'sheet salah',
      buat: () => gantiBagian(tulis(dasar()), 'xl/workbook.xml', (s) => s.replace('name="LaporanMingguan"', 'name="laporanmingguan"')),
      harap: tolak('Berkas tidak memiliki sheet: LaporanMingguan. Nama sheet harus persis sama (ditemukan "laporanmingguan").'),
    },
    {
      id: 'nama-sheet-berspasi',
      kategori: 'sheet salah',
      buat: () => gantiBagian(tulis(dasar()), 'xl/workbook.xml', (s) => s.replace('name="Kejadian"', 'name="Kejadian Gangguan"')),
      harap: tolak('Berkas tidak memiliki sheet: Kejadian.'),
    },
    { id: 'buku-kerja-satu-sheet', kategori: 'sheet salah', buat: () => tulisXlsx({ Sheet1: [['a'], [1]] }), harap: tolak('Berkas tidak memiliki sheet: Manifest, Desa, Personel, LaporanMingguan, Kejadian.') },

    // --- Columns
    ...(
      [
        ['LaporanMingguan', ['ronda_malam']],
        ['LaporanMingguan', ['tahun', 'minggu', 'catatan']],
        ['Kejadian', ['id']],
        ['Personel', ['nrp']],
        ['Desa', ['kode_desa']],
        ['Desa', ['fkpm_aktif', 'nrp_bhabinkamtibmas']],
      ] as const
    ).map(([s, hilang]): Kasus => ({
      id: `tanpa-kolom-${s}-${hilang.join('-')}`,
      kategori: 'kolom hilang',
      buat: () => {
        const isi = dasar()
        const kolom = KONTRAK[s].filter((k) => !(hilang as readonly string[]).includes(k))
        const idx = kolom.map((k) => KONTRAK[s].indexOf(k as never))
        return tulisXlsx({ Manifest: isi.manifest, Desa: [[...KONTRAK.Desa], ...isi.Desa], Personel: [[...KONTRAK.Personel], ...isi.Personel], LaporanMingguan: [[...KONTRAK.LaporanMingguan], ...isi.LaporanMingguan], Kejadian: [[...KONTRAK.Kejadian], ...isi.Kejadian], [s]: [kolom, ...isi[s].map((r) => idx.map((i) => r[i]))] })
      },
      harap: tolak(`Sheet ${s} tidak memiliki kolom: ${hilang.join(', ')}.`),
    })),
    { id: 'manifest-tanpa-kolom-nilai', kategori: 'kolom hilang', buat: ubah((isi) => (isi.manifest[0] = ['kunci', 'isi'])), harap: tolak('Sheet Manifest tidak memiliki kolom: nilai.') },
    {
      id: 'kolom-ganda',
      kategori: 'kolom salah',
      buat: () => {
        const isi = dasar()
        return tulisXlsx({ Manifest: isi.manifest, Desa: [[...KONTRAK.Desa], ...isi.Desa], Personel: [[...KONTRAK.Personel], ...isi.Personel], LaporanMingguan: [[...KONTRAK.LaporanMingguan, 'MINGGU '], ...isi.LaporanMingguan], Kejadian: [[...KONTRAK.Kejadian], ...isi.Kejadian] })
      },
      harap: tolak('Sheet LaporanMingguan: kolom minggu muncul dua kali.'),
    },
    {
      id: 'sheet-kosong',
      kategori: 'kolom hilang',
      buat: () => {
        const isi = dasar()
        return tulisXlsx({ Manifest: isi.manifest, Desa: [[...KONTRAK.Desa]], Personel: [[null]], LaporanMingguan: [[...KONTRAK.LaporanMingguan]], Kejadian: [[...KONTRAK.Kejadian]] })
      },
      harap: tolak(`Sheet Personel tidak memiliki kolom: ${KONTRAK.Personel.join(', ')}.`),
    },

    // --- Manifest
    { id: 'format-lain', kategori: 'manifest', buat: manifest({ format: 'laporan-bebas' }), harap: tolak('Manifest: format "laporan-bebas" bukan binmas-desk-pertukaran; berkas ini bukan berkas pertukaran Binmas Desk.') },
    { id: 'versi-format-2', kategori: 'manifest', buat: manifest({ versi_format: 2 }), harap: tolak('Manifest: versi_format "2" tidak didukung; aplikasi ini membaca versi 1. Perbarui Binmas Desk bila berkas dibuat versi yang lebih baru.') },
    { id: 'kunci-manifest-hilang', kategori: 'manifest', buat: manifest({ polda: undefined, dibuat_oleh: undefined }), harap: tolak('Manifest tidak memuat kunci: polda, dibuat_oleh.') },
    { id: 'nilai-manifest-kosong', kategori: 'manifest', buat: manifest({ satker_nama: '' }), harap: tolak('Manifest tidak memuat kunci: satker_nama.') },
    { id: 'satker-kode-salah', kategori: 'manifest', buat: manifest({ satker_kode: '5303' }), harap: tolak('Manifest: satker_kode "5303" tidak valid (contoh 53.03 untuk Polres, 53 untuk Polda).') },
    { id: 'bulan-13', kategori: 'manifest', buat: manifest({ bulan_awal: '2024-13' }), harap: tolak('Manifest: bulan_awal "2024-13" harus berbentuk TTTT-BB, mis. 2024-09.') },
    { id: 'bulan-teks', kategori: 'manifest', buat: manifest({ bulan_akhir: 'Mei 2024' }), harap: tolak('Manifest: bulan_akhir "Mei 2024" harus berbentuk TTTT-BB, mis. 2024-09.') },
    { id: 'bulan-terbalik', kategori: 'manifest', buat: manifest({ bulan_awal: '2024-06' }), harap: tolak('Manifest: bulan_awal 2024-06 sesudah bulan_akhir 2024-05.') },
    { id: 'periode-13-bulan', kategori: 'manifest', buat: manifest({ bulan_awal: '2023-05' }), harap: tolak('Manifest: periode 2023-05 s.d. 2024-05 lebih dari 12 bulan.') },
    { id: 'revisi-0', kategori: 'manifest', buat: manifest({ revisi: 0 }), harap: tolak('Manifest: revisi "0" harus bilangan bulat 1 atau lebih.') },
    { id: 'revisi-teks', kategori: 'manifest', buat: manifest({ revisi: 'dua' }), harap: tolak('Manifest: revisi "dua" harus bilangan bulat 1 atau lebih.') },
    { id: 'revisi-pecahan', kategori: 'manifest', buat: manifest({ revisi: 1.5 }), harap: tolak('Manifest: revisi "1.5" harus bilangan bulat 1 atau lebih.') },
    { id: 'dibuat-pada-tanpa-zona', kategori: 'manifest', buat: manifest({ dibuat_pada: '2024-10-05 09:30' }), harap: tolak('Manifest: dibuat_pada "2024-10-05 09:30" harus tanggal-waktu ISO 8601 dengan zona waktu, mis. 2024-10-05T09:30:00+08:00.') },
    { id: 'kunci-ganda', kategori: 'manifest', buat: ubah((isi) => isi.manifest.push(['revisi', 2])), harap: tolak('Manifest: kunci revisi muncul dua kali.') },
    { id: 'baris-sesudah-tanda-tangan', kategori: 'manifest', buat: ubah((isi) => isi.manifest.push(['tanda_tangan', 'AAAA'], ['revisi_tambahan', 9])), harap: tolak('Manifest: baris 14 (revisi_tambahan) ada sesudah tanda_tangan dan tidak ikut ditandatangani; berkas ditolak.') },
    { id: 'kunci-kosong', kategori: 'manifest', buat: ubah((isi) => isi.manifest.push([null, 'nilai tanpa kunci'])), harap: tolak('Sheet Manifest baris 13: kunci kosong.') },
    {
      id: 'rumus-tanpa-nilai-di-manifest',
      kategori: 'rumus',
      buat: () => gantiSel(tulis(dasar()), 'Manifest', 'B9', '<c r="B9"><f>1+1</f></c>'),
      harap: tolak('Sheet Manifest baris 9: rumus tanpa nilai tersimpan; buka berkas di Excel atau LibreOffice, biarkan rumus terhitung, lalu simpan ulang.'),
    },
    { id: 'sha256-bukan-heks', kategori: 'integritas', buat: ubah((isi) => isi.manifest.push(['sha256_Desa', 'abc'])), harap: tolak('Manifest: sha256_Desa bukan checksum SHA-256 (64 karakter heksadesimal).') },
    { id: 'baris-bukan-angka', kategori: 'integritas', buat: ubah((isi) => isi.manifest.push(['baris_Desa', 'satu'])), harap: tolak('Manifest: baris_Desa "satu" harus bilangan bulat 0 atau lebih.') },
    {
      id: 'satker-lain',
      kategori: 'satker',
      buat: manifest({ satker_kode: '53.04', satker_nama: 'POLRES TIMOR TENGAH SELATAN' }),
      harap: konflik('Berkas ini milik satker 53.04 (POLRES TIMOR TENGAH SELATAN), bukan POLRES TIMOR TENGAH UTARA (53.03); berkas ditolak.'),
    },

    // --- Integrity of the app's own files
    {
      id: 'checksum-salah-satu-sel',
      kategori: 'integritas',
      buat: () => {
        const s: Record<string, unknown[][]> = {}
        for (const n of ['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian']) s[n] = nilaiSheet(f['september']!, n)
        s['LaporanMingguan']![1]![3] = 999
        return tulisXlsx(s)
      },
      harap: tolak('Pemeriksaan checksum gagal: isi sheet LaporanMingguan tidak sama dengan sha256_LaporanMingguan di manifest (berkas berubah sesudah dibuat).'),
    },
    {
      id: 'checksum-salah-desa',
      kategori: 'integritas',
      buat: () => {
        const s: Record<string, unknown[][]> = {}
        for (const n of ['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian']) s[n] = nilaiSheet(f['september']!, n)
        s['Desa']![1]![1] = 'Nama Diganti'
        return tulisXlsx(s)
      },
      harap: tolak('Pemeriksaan checksum gagal: isi sheet Desa tidak sama dengan sha256_Desa di manifest (berkas berubah sesudah dibuat).'),
    },
    {
      id: 'jumlah-baris-tidak-cocok',
      kategori: 'integritas',
      buat: () => {
        const s: Record<string, unknown[][]> = {}
        for (const n of ['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian']) s[n] = nilaiSheet(f['september']!, n)
        s['Kejadian']!.pop()
        return tulisXlsx(s)
      },
      harap: () => {
        const n = nilaiSheet(f['september']!, 'Kejadian').length - 1
        return tolak(`Pemeriksaan jumlah baris gagal: sheet Kejadian berisi ${n - 1} baris data, manifest menyebut ${n}.`)
      },
    },
    {
      id: 'tanda-tangan-diubah',
      kategori: 'tanda tangan',
      buat: () => {
        const s: Record<string, unknown[][]> = {}
        for (const n of ['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian']) s[n] = nilaiSheet(f['juniTtd']!, n)
        s['Manifest']!.find((r) => r[0] === 'dibuat_oleh')![1] = 'orang lain'
        return tulisXlsx(s)
      },
      harap: tolak('Pemeriksaan tanda tangan gagal: tanda tangan tidak cocok dengan kunci terdaftar satker 53.03; berkas diubah sesudah ditandatangani atau bukan dari satker itu.'),
    },
    {
      id: 'tanda-tangan-bukan-ed25519',
      kategori: 'tanda tangan',
      buat: () => {
        const s: Record<string, unknown[][]> = {}
        for (const n of ['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian']) s[n] = nilaiSheet(f['juniTtd']!, n)
        s['Manifest']!.find((r) => r[0] === 'tanda_tangan')![1] = 'bukan-tanda-tangan'
        return tulisXlsx(s)
      },
      harap: tolak('Pemeriksaan tanda tangan gagal: nilai tanda_tangan bukan tanda tangan Ed25519 (base64, 64 bita).'),
    },
    {
      id: 'tanda-tangan-tanpa-checksum',
      kategori: 'tanda tangan',
      buat: () => {
        const s: Record<string, unknown[][]> = {}
        for (const n of ['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian']) s[n] = nilaiSheet(f['juniTtd']!, n)
        s['Manifest'] = s['Manifest']!.filter((r) => r[0] !== 'sha256_Personel')
        return tulisXlsx(s)
      },
      harap: tolak('Pemeriksaan tanda tangan gagal: manifest yang ditandatangani tidak memuat sha256_Personel, jadi isi sheet tidak ikut terlindungi.'),
    },
    {
      id: 'tanda-tangan-kunci-asing',
      kategori: 'tanda tangan',
      buat: () => {
        const s: Record<string, unknown[][]> = {}
        for (const n of ['Manifest', 'Desa', 'Personel', 'LaporanMingguan', 'Kejadian']) s[n] = nilaiSheet(f['juniTtd']!, n)
        const m = s['Manifest']!
        const teks = m.slice(1, -1).map((r) => `${r[0]},${r[1]}`).join('\n')
        m[m.length - 1]![1] = crypto.sign(null, Buffer.from(teks), crypto.generateKeyPairSync('ed25519').privateKey).toString('base64')
        return tulisXlsx(s)
      },
      harap: tolak('Pemeriksaan tanda tangan gagal: tanda tangan tidak cocok dengan kunci terdaftar satker 53.03; berkas diubah sesudah ditandatangani atau bukan dari satker itu.'),
    },

    // --- Revisions and periods
    { id: 'revisi-lebih-rendah', kategori: 'revisi', buat: () => f['r1']!, harap: konflik('Revisi berkas (r1) lebih rendah dari revisi yang sudah diimpor untuk periode Juli–September 2024 (r2); berkas ditolak.') },
    {
      id: 'tumpang-tindih-agustus-oktober',
      kategori: 'periode',
      buat: () => f['agustusOktober']!,
      harap: konflik('Periode berkas (Agustus–Oktober 2024) tumpang tindih sebagian dengan periode yang sudah diimpor (Juli–September 2024, revisi 2): Agustus 2024, September 2024. Kirim ulang berkas dengan periode yang sama persis, atau periode yang tidak tumpang tindih.'),
    },
    {
      id: 'tumpang-tindih-juni-juli',
      kategori: 'periode',
      buat: () => f['juniJuli']!,
      harap: konflik('Periode berkas (Juni–Juli 2024) tumpang tindih sebagian dengan periode yang sudah diimpor (Juli–September 2024, revisi 2): Juli 2024. Kirim ulang berkas dengan periode yang sama persis, atau periode yang tidak tumpang tindih.'),
    },
    {
      id: 'tumpang-tindih-di-dalam',
      kategori: 'periode',
      buat: () => f['september']!,
      harap: konflik('Periode berkas (September 2024) tumpang tindih sebagian dengan periode yang sudah diimpor (Juli–September 2024, revisi 2): September 2024. Kirim ulang berkas dengan periode yang sama persis, atau periode yang tidak tumpang tindih.'),
    },

    // --- Row errors: reported by the dry run, then block applying
    { id: 'tipe-salah-teks-di-angka', kategori: 'tipe salah', buat: sel('LaporanMingguan', 'kk_dikunjungi', 'banyak'), harap: baris(`${T('LaporanMingguan')} baris 2, kolom kk_dikunjungi: nilai "banyak" bukan angka.`) },
    { id: 'tipe-salah-boolean', kategori: 'tipe salah', buat: sel('LaporanMingguan', 'penyuluhan', true), harap: baris(`${T('LaporanMingguan')} baris 2, kolom penyuluhan: nilai TRUE bukan angka.`) },
    { id: 'tipe-salah-tahun-teks', kategori: 'tipe salah', buat: sel('LaporanMingguan', 'tahun', 'dua ribu'), harap: baris(`${T('LaporanMingguan')} baris 2, kolom tahun: nilai "dua ribu" bukan angka.`) },
    { id: 'tipe-salah-angka-titik-desimal', kategori: 'tipe salah', buat: sel('LaporanMingguan', 'ronda_malam', '2.5'), harap: baris(`${T('LaporanMingguan')} baris 2, kolom ronda_malam: nilai "2.5" bukan angka.`) },
    { id: 'negatif', kategori: 'cacah', buat: sel('LaporanMingguan', 'penyuluhan', -2), harap: baris(`${T('LaporanMingguan')} baris 2, kolom penyuluhan: nilai -2 tidak boleh negatif.`) },
    { id: 'negatif-teks', kategori: 'cacah', buat: sel('LaporanMingguan', 'info_deteksi_dini', '-1'), harap: baris(`${T('LaporanMingguan')} baris 2, kolom info_deteksi_dini: nilai -1 tidak boleh negatif.`) },
    { id: 'pecahan', kategori: 'cacah', buat: sel('LaporanMingguan', 'kegiatan_pangan', 0.5), harap: baris(`${T('LaporanMingguan')} baris 2, kolom kegiatan_pangan: nilai 0,5 harus bilangan bulat.`) },
    { id: 'pecahan-teks-koma', kategori: 'cacah', buat: sel('LaporanMingguan', 'pertemuan_fkpm', '1,5'), harap: baris(`${T('LaporanMingguan')} baris 2, kolom pertemuan_fkpm: nilai 1,5 harus bilangan bulat.`) },
    { id: 'ronda-9', kategori: 'cacah', buat: sel('LaporanMingguan', 'ronda_malam', 9), harap: baris(`${T('LaporanMingguan')} baris 2, kolom ronda_malam: nilai 9 melebihi batas 7.`) },
    { id: 'angka-tidak-wajar', kategori: 'cacah', buat: sel('LaporanMingguan', 'kk_dikunjungi', 40_000), harap: baris(`${T('LaporanMingguan')} baris 2, kolom kk_dikunjungi: nilai 40.000 melebihi batas wajar 10.000 untuk satu minggu.`) },
    {
      id: 'selesai-melebihi-ditangani',
      kategori: 'aturan baris',
      buat: ubah((isi) => (isi.LaporanMingguan[0] = lap(18, { masalah_ditangani: 1, masalah_selesai: 3 }))),
      harap: baris(`${T('LaporanMingguan')} baris 2, kolom masalah_selesai: nilai 3 melebihi masalah_ditangani (1).`),
    },
    { id: 'pos-aktif-melebihi-total', kategori: 'aturan baris', buat: sel('LaporanMingguan', 'pos_kamling_aktif', 5), harap: baris(`${T('LaporanMingguan')} baris 2, kolom pos_kamling_aktif: nilai 5 melebihi pos_kamling_total desa (4).`) },
    { id: 'duplikat-laporan', kategori: 'aturan baris', buat: ubah((isi) => isi.LaporanMingguan.push(lap(18))), harap: baris(`${T('LaporanMingguan')} baris 4, kolom kode_desa: laporan desa ${D1} minggu 18 tahun 2024 sudah ada di baris 2.`) },
    { id: 'desa-tak-dikenal-laporan', kategori: 'kode desa', buat: sel('LaporanMingguan', 'kode_desa', '53.03.01.9999'), harap: baris(`${T('LaporanMingguan')} baris 2, kolom kode_desa: kode desa 53.03.01.9999 tidak dikenal.`) },
    { id: 'desa-tak-dikenal-kejadian', kategori: 'kode desa', buat: sel('Kejadian', 'kode_desa', '53.03.01.9999'), harap: baris(`${T('Kejadian')} baris 2, kolom kode_desa: kode desa 53.03.01.9999 tidak dikenal.`) },
    {
      id: 'desa-tak-dikenal-desa',
      kategori: 'kode desa',
      buat: ubah((isi) => isi.Desa.push(['53.03.01.9999', 'Fiktif', '53.03.01', 'x', null, null, null, null, null, null])),
      harap: baris(`${T('Desa')} baris 3, kolom kode_desa: kode desa 53.03.01.9999 tidak dikenal.`),
    },
    { id: 'desa-tak-dikenal-binaan', kategori: 'kode desa', buat: sel('Personel', 'desa_binaan', `${D1};53.03.01.9999`), harap: baris(`${T('Personel')} baris 2, kolom desa_binaan: kode desa 53.03.01.9999 tidak dikenal.`) },
    { id: 'kode-desa-salah-bentuk', kategori: 'kode desa', buat: sel('LaporanMingguan', 'kode_desa', 'ABC'), harap: baris(`${T('LaporanMingguan')} baris 2, kolom kode_desa: kode desa "ABC" tidak valid; contoh 53.03.01.2001.`) },
    { id: 'kode-desa-kosong', kategori: 'kode desa', buat: sel('LaporanMingguan', 'kode_desa', null), harap: baris(`${T('LaporanMingguan')} baris 2, kolom kode_desa: kode_desa wajib diisi.`) },
    { id: 'kode-kecamatan-tak-sesuai', kategori: 'kode desa', buat: sel('Desa', 'kode_kecamatan', '53.03.02'), harap: baris(`${T('Desa')} baris 2, kolom kode_kecamatan: kode kecamatan 53.03.02 tidak sesuai kode desa ${D1}.`) },
    { id: 'minggu-di-luar-periode', kategori: 'periode baris', buat: sel('LaporanMingguan', 'minggu', 23), harap: baris(`${T('LaporanMingguan')} baris 2, kolom minggu: minggu 23 tahun 2024 (Juni 2024) di luar periode berkas (Mei 2024).`) },
    { id: 'minggu-53', kategori: 'periode baris', buat: sel('LaporanMingguan', 'minggu', 53), harap: baris(`${T('LaporanMingguan')} baris 2, kolom minggu: minggu 53 tidak ada pada tahun 2024.`) },
    { id: 'minggu-0', kategori: 'periode baris', buat: sel('LaporanMingguan', 'minggu', 0), harap: baris(`${T('LaporanMingguan')} baris 2, kolom minggu: minggu 0 tidak ada pada tahun 2024.`) },
    { id: 'tahun-1999', kategori: 'periode baris', buat: sel('LaporanMingguan', 'tahun', 1999), harap: baris(`${T('LaporanMingguan')} baris 2, kolom tahun: tahun 1999 di luar jangkauan 2000–2100.`) },
    {
      id: 'kejadian-sesudah-periode',
      kategori: 'periode baris',
      buat: ubah((isi) => (isi.Kejadian[0] = [BASIS_ID, '2024-06-02', D1, 'bencana', 'nyata', 'terbuka', null, 'Banjir kecil'])), harap: baris(`${T('Kejadian')} baris 2, kolom tanggal: tanggal 2024-06-02 di luar periode berkas (Mei 2024).`),
    },
    {
      id: 'kejadian-sebelum-periode-tak-dikenal',
      kategori: 'periode baris',
      buat: ubah((isi) => (isi.Kejadian[0] = [BASIS_ID, '2024-04-28', D1, 'bencana', 'nyata', 'terbuka', null, 'Banjir kecil'])),
      harap: baris(`${T('Kejadian')} baris 2, kolom tanggal: tanggal 2024-04-28 di luar periode berkas (Mei 2024); kejadian sebelum periode hanya boleh ada bila ditutup dalam periode berkas dengan id yang sama.`),
    },
    { id: 'tanggal-tidak-ada', kategori: 'tanggal salah', buat: sel('Kejadian', 'tanggal', '2024-02-30'), harap: baris(`${T('Kejadian')} baris 2, kolom tanggal: tanggal "2024-02-30" tidak valid; tulis sebagai sel tanggal, TTTT-BB-HH atau HH/BB/TTTT.`) },
    { id: 'tanggal-kata', kategori: 'tanggal salah', buat: sel('Kejadian', 'tanggal', 'kemarin'), harap: baris(`${T('Kejadian')} baris 2, kolom tanggal: tanggal "kemarin" tidak valid; tulis sebagai sel tanggal, TTTT-BB-HH atau HH/BB/TTTT.`) },
    { id: 'tanggal-bulan-hari-amerika', kategori: 'tanggal salah', buat: sel('Kejadian', 'tanggal', '05/31/2024'), harap: baris(`${T('Kejadian')} baris 2, kolom tanggal: tanggal "05/31/2024" tidak valid; tulis sebagai sel tanggal, TTTT-BB-HH atau HH/BB/TTTT.`) },
    { id: 'tanggal-angka-polos', kategori: 'tanggal salah', buat: sel('Kejadian', 'tanggal', 45422), harap: baris(`${T('Kejadian')} baris 2, kolom tanggal: nilai 45.422 bukan tanggal; tulis sebagai sel tanggal, TTTT-BB-HH atau HH/BB/TTTT.`) },
    { id: 'tanggal-kosong', kategori: 'tanggal salah', buat: sel('Kejadian', 'tanggal', null), harap: baris(`${T('Kejadian')} baris 2, kolom tanggal: tanggal wajib diisi.`) },
    { id: 'selesai-sebelum-tanggal', kategori: 'tanggal salah', buat: sel('Kejadian', 'tanggal_selesai', '2024-05-01'), harap: baris(`${T('Kejadian')} baris 2, kolom tanggal_selesai: tanggal selesai 2024-05-01 sebelum tanggal kejadian 2024-05-10.`) },
    { id: 'selesai-sesudah-dibuat', kategori: 'tanggal salah', buat: sel('Kejadian', 'tanggal_selesai', '2024-10-06'), harap: baris(`${T('Kejadian')} baris 2, kolom tanggal_selesai: tanggal selesai 2024-10-06 sesudah berkas dibuat (2024-10-05).`) },
    { id: 'selesai-tanpa-tanggal', kategori: 'tanggal salah', buat: sel('Kejadian', 'tanggal_selesai', null), harap: baris(`${T('Kejadian')} baris 2, kolom tanggal_selesai: tanggal_selesai wajib diisi bila status selesai.`) },
    {
      id: 'terbuka-dengan-tanggal-selesai',
      kategori: 'tanggal salah',
      buat: sel('Kejadian', 'status', 'terbuka'),
      harap: baris(`${T('Kejadian')} baris 2, kolom tanggal_selesai: tanggal_selesai harus kosong selama status terbuka.`),
    },
    { id: 'kategori-tak-dikenal', kategori: 'kosakata', buat: sel('Kejadian', 'kategori', 'pencurian'), harap: baris(`${T('Kejadian')} baris 2, kolom kategori: kategori "pencurian" tidak dikenal; pilih salah satu: ${KATEGORI}.`) },
    { id: 'tingkat-tak-dikenal', kategori: 'kosakata', buat: sel('Kejadian', 'tingkat', 'parah'), harap: baris(`${T('Kejadian')} baris 2, kolom tingkat: tingkat "parah" tidak dikenal; pilih salah satu: potensi, ambang, nyata.`) },
    { id: 'status-tak-dikenal', kategori: 'kosakata', buat: sel('Kejadian', 'status', 'batal'), harap: baris(`${T('Kejadian')} baris 2, kolom status: status "batal" tidak dikenal; pilih salah satu: terbuka, selesai.`) },
    { id: 'pangkat-tak-dikenal', kategori: 'kosakata', buat: sel('Personel', 'pangkat', 'JENDERAL'), harap: baris(`${T('Personel')} baris 2, kolom pangkat: pangkat "JENDERAL" tidak dikenal; pilih salah satu: ${PANGKAT}.`) },
    { id: 'fkpm-tak-dikenal', kategori: 'kosakata', buat: sel('Desa', 'fkpm_aktif', 'Mungkin'), harap: baris(`${T('Desa')} baris 2, kolom fkpm_aktif: nilai "Mungkin" harus Ya atau Tidak.`) },
    { id: 'polsek-tak-dikenal', kategori: 'kosakata', buat: sel('Personel', 'polsek', 'POLSEK ENTAH'), harap: baris(`${T('Personel')} baris 2, kolom polsek: Polsek "POLSEK ENTAH" tidak dikenal di aplikasi ini.`) },
    { id: 'id-bukan-uuid', kategori: 'id', buat: sel('Kejadian', 'id', 'abc'), harap: baris(`${T('Kejadian')} baris 2, kolom id: id "abc" bukan UUID.`) },
    {
      id: 'id-ganda',
      kategori: 'id',
      buat: ubah((isi) => isi.Kejadian.push([BASIS_ID.toUpperCase(), '2024-05-11', D1, 'hoaks', 'ambang', 'terbuka', null, 'Lain'])),
      harap: baris(`${T('Kejadian')} baris 3, kolom id: kejadian dengan id ${BASIS_ID} sudah ada di baris 2.`),
    },
    { id: 'nrp-teks-7-digit', kategori: 'nrp', buat: sel('LaporanMingguan', 'nrp_pelapor', '1234567'), harap: baris(`${T('LaporanMingguan')} baris 2, kolom nrp_pelapor: NRP "1234567" harus 8 digit angka.`) },
    { id: 'nrp-angka-9-digit', kategori: 'nrp', buat: sel('Personel', 'nrp', 123456789), harap: baris(`${T('Personel')} baris 2, kolom nrp: NRP 123.456.789 harus 8 digit angka.`) },
    { id: 'nrp-huruf', kategori: 'nrp', buat: sel('Desa', 'nrp_bhabinkamtibmas', 'NRP-1234'), harap: baris(`${T('Desa')} baris 2, kolom nrp_bhabinkamtibmas: NRP "NRP-1234" harus 8 digit angka.`) },
    { id: 'nama-personel-kosong', kategori: 'wajib', buat: sel('Personel', 'nama', null), harap: baris(`${T('Personel')} baris 2, kolom nama: nama wajib diisi.`) },
    { id: 'kk-melebihi-penduduk', kategori: 'aturan baris', buat: sel('Desa', 'jumlah_kk', 3000), harap: baris(`${T('Desa')} baris 2, kolom jumlah_kk: jumlah KK (3.000) melebihi jumlah penduduk (2.000).`) },
    { id: 'penduduk-tidak-wajar', kategori: 'cacah', buat: sel('Desa', 'penduduk', 3_000_000), harap: baris(`${T('Desa')} baris 2, kolom penduduk: nilai 3.000.000 melebihi batas 2.000.000.`) },
    { id: 'catatan-terlalu-panjang', kategori: 'panjang teks', buat: sel('LaporanMingguan', 'catatan', 'c'.repeat(1001)), harap: baris(`${T('LaporanMingguan')} baris 2, kolom catatan: catatan paling panjang 1.000 huruf.`) },
    { id: 'uraian-terlalu-panjang', kategori: 'panjang teks', buat: sel('Kejadian', 'uraian', 'u'.repeat(4001)), harap: baris(`${T('Kejadian')} baris 2, kolom uraian: uraian paling panjang 4.000 huruf.`) },
    {
      id: 'rumus-tanpa-nilai',
      kategori: 'rumus',
      buat: () => gantiSel(tulis(dasar()), 'LaporanMingguan', 'D2', '<c r="D2"><f>SUM(E2:F2)</f></c>'),
      harap: baris(`${T('LaporanMingguan')} baris 2, kolom kk_dikunjungi: rumus tanpa nilai tersimpan; buka berkas di Excel atau LibreOffice, biarkan rumus terhitung, lalu simpan ulang.`),
    },
    {
      id: 'rumus-tanpa-nilai-teks',
      kategori: 'rumus',
      buat: () => gantiSel(tulis(dasar()), 'Kejadian', 'H2', '<c r="H2" t="str"><f>CONCAT("a","b")</f></c>'),
      harap: baris(`${T('Kejadian')} baris 2, kolom uraian: rumus tanpa nilai tersimpan; buka berkas di Excel atau LibreOffice, biarkan rumus terhitung, lalu simpan ulang.`),
    },
    {
      id: 'rumus-galat-div0',
      kategori: 'rumus',
      buat: () => gantiSel(tulis(dasar()), 'LaporanMingguan', 'E3', '<c r="E3" t="e"><f>1/0</f><v>#DIV/0!</v></c>'),
      harap: baris(`${T('LaporanMingguan')} baris 3, kolom penyuluhan: sel berisi galat rumus (#DIV/0!).`),
    },
    {
      id: 'bulan-terkunci-laporan',
      kategori: 'periode terkunci',
      buat: () => tulis({ ...dasar(), manifest: manifestTangan({ bulan_awal: '2024-04', bulan_akhir: '2024-04' }), LaporanMingguan: [lap(14, { kk_dikunjungi: 9999 })], Kejadian: [] }),
      harap: baris(`${T('LaporanMingguan')} baris 2, kolom minggu: periode April 2024 sudah dikunci; laporan minggu 14 tahun 2024 tidak dapat diubah lewat impor.`),
    },
    {
      id: 'bulan-terkunci-kejadian',
      kategori: 'periode terkunci',
      buat: () => tulis({ ...dasar(), manifest: manifestTangan({ bulan_awal: '2024-04', bulan_akhir: '2024-04' }), LaporanMingguan: [], Kejadian: [[BASIS_ID, '2024-04-10', D1, 'bencana', 'nyata', 'terbuka', null, 'x']] }),
      harap: baris(`${T('Kejadian')} baris 2, kolom tanggal: periode April 2024 sudah dikunci; kejadian ini tidak dapat diubah lewat impor (kecuali ditutup dengan tanggal selesai sesudah bulan itu).`),
    },
  ]

  it('[F6] korpus berisi lebih dari 100 berkas dan mencakup setiap kategori', () => {
    expect(KASUS.length).toBeGreaterThanOrEqual(100)
    expect(new Set(KASUS.map((k) => k.id)).size).toBe(KASUS.length)
    expect(new Set(KASUS.map((k) => k.kategori))).toEqual(
      new Set(['bukan zip', 'batas ukuran', 'terpotong', 'rusak', 'struktur', 'bom zip', 'batas baris', 'batas sel', 'sheet hilang', 'sheet salah', 'kolom hilang', 'kolom salah', 'manifest', 'rumus', 'integritas', 'satker', 'tanda tangan', 'revisi', 'periode', 'tipe salah', 'cacah', 'aturan baris', 'kode desa', 'periode baris', 'tanggal salah', 'kosakata', 'id', 'nrp', 'wajib', 'panjang teks', 'periode terkunci']),
    )
  })

  it('[F6] berkas kosong ditolak oleh pemeriksaan masukan', async () => {
    const sebelum = potretTabel(K.app.bd.sqlite)
    const h = await K.hasil('pertukaran:pratinjau', { namaBerkas: 'kosong.xlsx', berkasBase64: '' })
    expect(h).toEqual({ ok: false, galat: { kode: 'INPUT_TIDAK_VALID', pesan: 'Isian tidak valid; periksa kolom yang ditandai.', rincian: [{ lokasi: 'berkasBase64', pesan: 'Pilih berkas' }] } })
    expect(potretTabel(K.app.bd.sqlite)).toEqual(sebelum)
  })

  for (const k of KASUS) {
    it(`[F6] ${k.kategori}: ${k.id}`, async () => {
      const isi = k.buat()
      const harap = typeof k.harap === 'function' ? k.harap() : k.harap
      const sebelum = potretTabel(K.app.bd.sqlite)
      const h = await K.hasil('pertukaran:pratinjau', { namaBerkas: `${k.id}.xlsx`, berkasBase64: b64(isi) })
      if ('baris' in harap) {
        expect(h.ok, JSON.stringify(!h.ok && h.galat)).toBe(true)
        if (!h.ok) return
        expect(h.data.kesalahan.map((x) => x.pesan)).toEqual([harap.baris])
        expect(h.data.bisaDiterapkan).toBe(false)
        const t = await K.hasil('pertukaran:terapkan', { token: h.data.token })
        expect(t.ok).toBe(false)
        if (!t.ok) {
          expect(t.galat.kode).toBe('FILE_TIDAK_VALID')
          expect(t.galat.pesan).toBe('Impor tidak dapat diterapkan: berkas masih memuat 1 kesalahan baris. Perbaiki berkas, lalu pilih berkas itu lagi.')
          expect(t.galat.rincian?.map((r) => r.pesan)).toEqual([harap.baris])
        }
      } else {
        expect(h).toEqual({ ok: false, galat: { kode: harap.kode, pesan: harap.pesan } })
      }
      expect(potretTabel(K.app.bd.sqlite)).toEqual(sebelum)
    })
  }
})
