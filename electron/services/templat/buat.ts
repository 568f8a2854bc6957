import ExcelJS from 'exceljs'
import { formatAngka } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { LABEL_KOLOM_MINGGUAN } from '../../../shared/ikdk/fields'
import { jumlahMingguTahun } from '../../../shared/iso-week'
import { BATAS_ATAS, BATAS_WAJAR, JUDUL_KOLOM_MINGGUAN, KOLOM_MINGGUAN, KOLOM_SEL_MINGGUAN, type KolomSelMingguan } from '../../../shared/mingguan'
import type { Konteks } from '../konteks'
import { FORMAT_TEMPLAT, KOLOM_TEMPLAT, namaBerkasTemplat, SHEET_INFO, SHEET_INPUT, SHEET_PETUNJUK, teksMingguTemplat, VERSI_TEMPLAT } from './info'

/**
 * The Polsek template: one workbook per Polsek and ISO week, written with
 * ExcelJS because the free SheetJS build writes no styles, protection or
 * validation. `InputMingguan` lists the Polsek's active desa (code and name
 * locked, the sheet protected without a password), the weekly columns
 * unlocked with whole-number validation in the app's own ranges (ronda ≤ 7,
 * pos kamling aktif ≤ the desa's total), already stored values filled in so
 * that a returned template never loses them. Every value is written as
 * plain data: no formula is ever created (ExcelJS writes a string as a
 * string, `=…` included).
 */

interface DesaTemplat {
  kode: string
  nama: string
  kecamatan: string
  pos_kamling_total: number | null
}

const BIRU = 'FF1F3A5F'
const ABU = 'FFE8ECF2'
const KUNING = 'FFFFFBE6'

function batasKolom(kolom: KolomSelMingguan, d: DesaTemplat): number | null {
  if (kolom === 'pos_kamling_aktif' && d.pos_kamling_total !== null) return d.pos_kamling_total
  if ((KOLOM_MINGGUAN as readonly string[]).includes(kolom)) return BATAS_ATAS[kolom as keyof typeof BATAS_ATAS] ?? BATAS_WAJAR
  return null
}

function validasi(kolom: KolomSelMingguan, d: DesaTemplat): ExcelJS.DataValidation {
  if (kolom === 'nrp_pelapor') {
    return { type: 'textLength', operator: 'equal', allowBlank: true, formulae: [8], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'NRP tidak valid', error: 'NRP pelapor harus 8 digit angka.', showInputMessage: true, promptTitle: 'NRP pelapor', prompt: '8 digit, mis. 01234567' }
  }
  if (kolom === 'catatan') {
    return { type: 'textLength', operator: 'lessThanOrEqual', allowBlank: true, formulae: [1000], showErrorMessage: true, errorStyle: 'stop', errorTitle: 'Catatan terlalu panjang', error: 'Catatan paling panjang 1.000 huruf.' }
  }
  const atas = batasKolom(kolom, d)!
  const sebab = kolom === 'ronda_malam' ? ' (satu minggu 7 malam)' : kolom === 'pos_kamling_aktif' && d.pos_kamling_total !== null ? ' (jumlah pos kamling desa ini)' : ''
  return {
    type: 'whole',
    operator: 'between',
    allowBlank: true,
    formulae: [0, atas],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Nilai tidak valid',
    error: `Isi bilangan bulat 0 sampai ${formatAngka(atas, 0)}${sebab}, atau kosongkan bila tidak dilaporkan.`,
  }
}

/**
 * Validation ranges per column: rows with the same rule in a row make one
 * range. Given as ranges, because ExcelJS 4.4's own merging of per-cell
 * rules sorts addresses as text (C10 before C2) and writes overlapping ranges.
 */
function tambahValidasi(ws: ExcelJS.Worksheet, desa: DesaTemplat[]): void {
  KOLOM_TEMPLAT.forEach((kol, i) => {
    if (kol === 'kode_desa' || kol === 'nama_desa') return
    const huruf = ws.getColumn(i + 1).letter
    let awal = 0
    for (let r = 1; r <= desa.length; r++) {
      const v = validasi(kol as KolomSelMingguan, desa[awal]!)
      if (r < desa.length && JSON.stringify(validasi(kol as KolomSelMingguan, desa[r]!)) === JSON.stringify(v)) continue
      ;(ws as unknown as { dataValidations: { add: (alamat: string, v: ExcelJS.DataValidation) => void } }).dataValidations.add(`${huruf}${awal + 2}:${huruf}${r + 1}`, v)
      awal = r
    }
  })
}

function isiPetunjuk(ws: ExcelJS.Worksheet, judul: { polsek: string; satker: string; tahun: number; minggu: number }): void {
  ws.columns = [{ width: 26 }, { width: 90 }]
  const baris: [string, string][] = [
    ['Templat Input Mingguan Bhabinkamtibmas', ''],
    ['Satker', judul.satker],
    ['Polsek', judul.polsek],
    ['Periode', teksMingguTemplat(judul.tahun, judul.minggu)],
    ['', ''],
    ['Cara mengisi', ''],
    ['1.', `Isi sheet ${SHEET_INPUT}: satu baris per desa/kelurahan, untuk minggu di atas saja.`],
    ['2.', 'Kolom kode_desa dan nama_desa terkunci: jangan diubah, dihapus atau dipindah.'],
    ['3.', 'Isi angka bulat 0 atau lebih. Kosongkan sel bila kegiatan tidak dilaporkan: sel kosong berarti belum dilaporkan, bukan nol.'],
    ['4.', 'Ronda malam paling banyak 7 malam seminggu; masalah selesai tidak boleh melebihi masalah ditangani; pos kamling aktif tidak boleh melebihi jumlah pos kamling desa.'],
    ['5.', 'NRP pelapor 8 digit angka (nol di depan tetap ditulis). Catatan paling panjang 1.000 huruf.'],
    ['6.', 'Simpan sebagai .xlsx (Excel atau LibreOffice), lalu kirim ke Sat Binmas. Jangan mengubah nama sheet.'],
    ['', ''],
    ['Kolom', 'Arti'],
    ['kode_desa', 'Kode wilayah Kemendagri desa/kelurahan (terkunci)'],
    ['nama_desa', 'Nama desa/kelurahan (terkunci)'],
    ...KOLOM_SEL_MINGGUAN.map((k): [string, string] => [k, `${JUDUL_KOLOM_MINGGUAN[k]}${k in LABEL_KOLOM_MINGGUAN ? ` — jumlah ${LABEL_KOLOM_MINGGUAN[k as keyof typeof LABEL_KOLOM_MINGGUAN]} dalam minggu ini` : ''}`]),
  ]
  for (const b of baris) ws.addRow(b)
  ws.getCell('A1').font = { bold: true, size: 14, color: { argb: BIRU } }
  for (const r of [6, 14]) ws.getRow(r).font = { bold: true }
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' }
}

async function buatBuku(k: Konteks, p: { id: number; nama: string }, desa: DesaTemplat[], satker: { kode: string; nama: string }, tahun: number, minggu: number): Promise<Buffer> {
  const nilaiLama = new Map<string, Record<string, unknown>>()
  const ambil = k.bd.sqlite.prepare(`SELECT desa_kode, ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan WHERE tahun = ? AND minggu = ?`)
  for (const r of ambil.all(tahun, minggu) as Record<string, unknown>[]) nilaiLama.set(r['desa_kode'] as string, r)

  const wb = new ExcelJS.Workbook()
  wb.creator = 'Binmas Desk'
  wb.created = new Date()
  const ws = wb.addWorksheet(SHEET_INPUT, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] })
  ws.columns = KOLOM_TEMPLAT.map((kol) => ({
    header: kol,
    key: kol,
    width: kol === 'nama_desa' ? 24 : kol === 'catatan' ? 40 : kol === 'kode_desa' ? 16 : Math.max(12, kol.length + 2),
    style: kol === 'nrp_pelapor' || kol === 'catatan' || kol === 'kode_desa' || kol === 'nama_desa' ? { numFmt: '@' } : {},
  }))
  const kepala = ws.getRow(1)
  kepala.font = { bold: true, color: { argb: 'FFFFFFFF' } }
  kepala.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BIRU } }
  kepala.alignment = { vertical: 'middle', wrapText: true }
  kepala.height = 30
  for (const d of desa) {
    const lama = nilaiLama.get(d.kode)
    const row = ws.addRow(Object.fromEntries(KOLOM_TEMPLAT.map((kol) => [kol, kol === 'kode_desa' ? d.kode : kol === 'nama_desa' ? d.nama : ((lama?.[kol] as string | number | null | undefined) ?? null)])))
    for (let c = 1; c <= KOLOM_TEMPLAT.length; c++) {
      const kol = KOLOM_TEMPLAT[c - 1]!
      const cell = row.getCell(c)
      if (kol === 'kode_desa' || kol === 'nama_desa') {
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ABU } }
        continue
      }
      cell.protection = { locked: false }
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: KUNING } }
    }
  }
  tambahValidasi(ws, desa)
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, sort: false, autoFilter: false, insertRows: false, deleteRows: false })

  isiPetunjuk(wb.addWorksheet(SHEET_PETUNJUK), { polsek: p.nama, satker: satker.nama, tahun, minggu })

  const info = wb.addWorksheet(SHEET_INFO, { state: 'hidden' })
  info.columns = [{ header: 'kunci', key: 'kunci', width: 16 }, { header: 'nilai', key: 'nilai', width: 40, style: { numFmt: '@' } }]
  const isiInfo: [string, string | number][] = [
    ['format', FORMAT_TEMPLAT],
    ['versi_templat', VERSI_TEMPLAT],
    ['satker_kode', satker.kode],
    ['satker_nama', satker.nama],
    ['polsek', p.nama],
    ['tahun', tahun],
    ['minggu', minggu],
    ['jumlah_desa', desa.length],
    ['dibuat_pada', new Date().toISOString()],
    ['dibuat_oleh', k.sesi.pengguna],
  ]
  for (const [kunci, nilai] of isiInfo) info.addRow({ kunci, nilai })
  await info.protect('', {})
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export async function unduhTemplat(k: Konteks, m: { polsekId: number[]; tahun: number; minggu: number }) {
  if (m.minggu > jumlahMingguTahun(m.tahun)) throw new GalatAplikasi('INPUT_TIDAK_VALID', `Tahun ${m.tahun} tidak memiliki minggu ke-${m.minggu}.`)
  const satker = k.bd.sqlite.prepare('SELECT kode, nama FROM satker WHERE id = 1').get() as { kode: string; nama: string } | undefined
  if (!satker) throw new GalatAplikasi('BELUM_DISIAPKAN', 'Lakukan Pengaturan Awal dulu sebelum membuat templat.')
  const berkas = []
  for (const id of [...new Set(m.polsekId)]) {
    const p = k.bd.sqlite.prepare('SELECT id, nama FROM polsek WHERE id = ?').get(id) as { id: number; nama: string } | undefined
    if (!p) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Polsek dengan nomor ${id} tidak ditemukan.`)
    const desa = k.bd.sqlite
      .prepare('SELECT d.kode, d.nama, kc.nama kecamatan, d.pos_kamling_total FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE kc.polsek_id = ? AND d.aktif = 1 ORDER BY d.kode')
      .all(id) as DesaTemplat[]
    if (!desa.length) throw new GalatAplikasi('TIDAK_DITEMUKAN', `${p.nama} belum memiliki desa aktif; atur wilayahnya di Data Desa dulu.`)
    const buf = await buatBuku(k, p, desa, satker, m.tahun, m.minggu)
    berkas.push({ namaBerkas: namaBerkasTemplat(p.nama, m.tahun, m.minggu), berkasBase64: buf.toString('base64'), polsek: p.nama, jumlahDesa: desa.length })
  }
  return { berkas }
}

