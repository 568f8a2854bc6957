import ExcelJS from 'exceljs'
import type { DokumenAnev } from '../../../shared/anev/jenis'
import { formatTanggal, namaBulan } from '../../../shared/format'
import { normalTeks } from '../pertukaran/tulis/buku'

/**
 * The tables of an Anev report as the "Lampiran" workbook: one sheet per
 * table, bold bordered header row frozen, column widths, number formats.
 * Values only: a text is always a text cell (ExcelJS creates a formula only
 * from a `{ formula }` object, never from a string), so names such as
 * "=HYPERLINK(…)" or "-Desa" stay exactly as typed.
 */

type Nilai = string | number | null
interface Kolom {
  judul: string
  lebar: number
  format?: string
}

const FORMAT_BULAT = '#,##0'
const FORMAT_PERSEN = '0.0%'
const FORMAT_DESIMAL = '#,##0.0'
const ABU = 'FFE6E6E6'
const GARIS: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } }

function lembar(wb: ExcelJS.Workbook, nama: string, kolom: Kolom[], baris: Nilai[][]): void {
  const ws = wb.addWorksheet(nama, { views: [{ state: 'frozen', ySplit: 1 }] })
  ws.columns = kolom.map((k) => ({ width: k.lebar }))
  const kepala = ws.addRow(kolom.map((k) => k.judul))
  kepala.font = { bold: true }
  kepala.alignment = { vertical: 'middle', wrapText: true }
  kepala.eachCell((c) => {
    c.border = GARIS
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ABU } }
  })
  for (const b of baris) {
    const r = ws.addRow(b.map((v) => (typeof v === 'string' ? normalTeks(v) : v)))
    kolom.forEach((k, i) => {
      const c = r.getCell(i + 1)
      c.border = GARIS
      if (k.format && typeof b[i] === 'number') c.numFmt = k.format
      c.alignment = { vertical: 'top', wrapText: typeof b[i] === 'string' }
    })
  }
}

const bagi = (a: number | null, b: number) => (a === null || b === 0 ? null : a / b)

/** The workbook as bytes. */
export async function bukuLampiran(d: DokumenAnev): Promise<Buffer> {
  const s = d.snapshot
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Binmas Desk'
  wb.created = new Date(`${s.diambilPada}T00:00:00Z`)

  lembar(wb, 'Keterangan', [{ judul: 'Keterangan', lebar: 26 }, { judul: 'Isi', lebar: 70 }], [
    ['Satker', s.satker.nama],
    ['Periode', s.periode.label],
    ['Nomor laporan', d.pengesahan.nomor],
    ['Data diambil pada', formatTanggal(s.diambilPada)],
    ['Pembanding', s.pembanding.label],
    ['Minggu selesai', s.mingguSelesai],
    ['Target DDS (KK per hari)', s.targetDdsPerHari],
    ['Catatan', 'Sel kosong = tidak dilaporkan (bukan nol).'],
    ...(s.dataContoh ? [['Peringatan', 'DATA CONTOH — bukan data sungguhan'] as Nilai[]] : []),
  ])
  lembar(
    wb,
    'Kelengkapan',
    [{ judul: 'No', lebar: 5 }, { judul: 'Polsek', lebar: 30 }, { judul: 'Desa', lebar: 8, format: FORMAT_BULAT }, { judul: 'Laporan seharusnya', lebar: 12, format: FORMAT_BULAT }, { judul: 'Laporan masuk', lebar: 12, format: FORMAT_BULAT }, { judul: 'Kelengkapan', lebar: 12, format: FORMAT_PERSEN }],
    s.kelengkapan.map((x, i) => [i + 1, x.polsek, x.desa, x.wajib, x.masuk, bagi(x.masuk, x.wajib)]),
  )
  lembar(
    wb,
    'Kegiatan',
    [{ judul: 'No', lebar: 5 }, { judul: 'Kegiatan', lebar: 38 }, { judul: s.periode.label, lebar: 16, format: FORMAT_BULAT }, { judul: s.pembanding.label, lebar: 16, format: FORMAT_BULAT }],
    s.kegiatan.map((x, i) => [i + 1, x.label, x.ini, s.pembanding.adaData ? x.lalu : null]),
  )
  lembar(
    wb,
    'DDS',
    [{ judul: 'No', lebar: 5 }, { judul: 'Pangkat', lebar: 10 }, { judul: 'Nama', lebar: 28 }, { judul: 'NRP', lebar: 11 }, { judul: 'Polsek', lebar: 24 }, { judul: 'Desa binaan', lebar: 36 }, { judul: 'Laporan masuk', lebar: 10, format: FORMAT_BULAT }, { judul: 'Laporan seharusnya', lebar: 11, format: FORMAT_BULAT }, { judul: 'KK dikunjungi', lebar: 11, format: FORMAT_BULAT }, { judul: 'Target KK', lebar: 10, format: FORMAT_BULAT }, { judul: 'Capaian', lebar: 10, format: FORMAT_PERSEN }],
    s.personel.map((x, i) => [i + 1, x.pangkat, x.nama, x.nrp, x.polsek, x.desa.join(', '), x.masuk, x.wajib, x.kk, x.targetKk, bagi(x.kk ?? 0, x.targetKk)]),
  )
  lembar(
    wb,
    'Gangguan',
    [{ judul: 'No', lebar: 5 }, { judul: 'Kategori', lebar: 28 }, { judul: 'Potensi gangguan', lebar: 11, format: FORMAT_BULAT }, { judul: 'Ambang gangguan', lebar: 11, format: FORMAT_BULAT }, { judul: 'Gangguan nyata', lebar: 11, format: FORMAT_BULAT }, { judul: 'Jumlah', lebar: 10, format: FORMAT_BULAT }],
    s.kejadian.perKategori.map((r, i) => [i + 1, r.label, r.potensi, r.ambang, r.nyata, r.potensi + r.ambang + r.nyata]),
  )
  lembar(
    wb,
    'IKDK',
    [{ judul: 'Kategori', lebar: 18 }, { judul: namaBulan(s.ikdk.bulan), lebar: 16, format: FORMAT_BULAT }, { judul: namaBulan(s.ikdk.bulanPembanding), lebar: 16, format: FORMAT_BULAT }],
    [...s.ikdk.distribusi.map((x) => [x.kategori, x.jumlah, x.jumlahLalu] as Nilai[]), ['Belum bernilai', s.ikdk.tanpaNilai, null]],
  )
  lembar(
    wb,
    'Berubah Kategori',
    [{ judul: 'No', lebar: 5 }, { judul: 'Desa/Kelurahan', lebar: 24 }, { judul: 'Kecamatan', lebar: 22 }, { judul: 'Polsek', lebar: 24 }, { judul: 'Kategori sebelumnya', lebar: 14 }, { judul: 'Kategori sekarang', lebar: 14 }, { judul: 'IKDK sebelumnya', lebar: 10, format: FORMAT_DESIMAL }, { judul: 'IKDK sekarang', lebar: 10, format: FORMAT_DESIMAL }],
    s.ikdk.berubah.map((b, i) => [i + 1, b.desa, b.kecamatan, b.polsek, b.dari, b.ke, b.nilaiLalu, b.nilai]),
  )
  lembar(
    wb,
    'Peringatan Dini',
    [{ judul: 'No', lebar: 5 }, { judul: 'Tanggal', lebar: 18 }, { judul: 'Desa/Kelurahan', lebar: 24 }, { judul: 'Polsek', lebar: 24 }, { judul: 'Alasan', lebar: 70 }],
    s.ikdk.peringatan.map((x, i) => [i + 1, formatTanggal(x.tanggal), x.desa, x.polsek, x.pesan]),
  )
  lembar(
    wb,
    'Kinerja',
    [
      { judul: 'No', lebar: 5 },
      { judul: 'Pangkat', lebar: 10 },
      { judul: 'Nama', lebar: 28 },
      { judul: 'NRP', lebar: 11 },
      { judul: 'Polsek', lebar: 24 },
      { judul: 'Kelengkapan laporan', lebar: 12, format: FORMAT_PERSEN },
      { judul: 'DDS (KK)', lebar: 9, format: FORMAT_BULAT },
      { judul: 'Penyuluhan', lebar: 10, format: FORMAT_BULAT },
      { judul: 'Masalah ditangani', lebar: 10, format: FORMAT_BULAT },
      { judul: 'Masalah selesai', lebar: 10, format: FORMAT_BULAT },
      { judul: 'Deteksi dini', lebar: 9, format: FORMAT_BULAT },
      { judul: 'Ronda malam', lebar: 9, format: FORMAT_BULAT },
      { judul: 'FKPM/3 Pilar', lebar: 9, format: FORMAT_BULAT },
      { judul: 'Ketahanan pangan', lebar: 10, format: FORMAT_BULAT },
      { judul: 'Sosialisasi Pilkada', lebar: 10, format: FORMAT_BULAT },
      { judul: 'Gangguan nyata', lebar: 9, format: FORMAT_BULAT },
    ],
    s.personel.map((x, i) => [i + 1, x.pangkat, x.nama, x.nrp, x.polsek, bagi(x.masuk, x.wajib), x.kk, x.penyuluhan, x.psDitangani, x.psSelesai, x.deteksiDini, x.ronda, x.fkpm3Pilar, x.pangan, x.pilkada, x.kejadianNyata]),
  )
  return Buffer.from(await wb.xlsx.writeBuffer())
}
