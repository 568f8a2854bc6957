import { formatAngka } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { jumlahMingguTahun } from '../../../shared/iso-week'
import { KOLOM_SEL_MINGGUAN, type KolomSelMingguan } from '../../../shared/mingguan'
import type { HasilPratinjauMingguan } from '../../../shared/api-templat'
import type { Konteks } from '../konteks'
import { bacaTeks, type NilaiSel, teksCsv } from '../pertukaran/baca/sel'
import { masalah, type Masalah } from '../pertukaran/pesan'
import { bacaBukuBebas, bukaBase64, selDi, type SheetBebas } from './buku-bebas'
import { type BarisMasuk, pratinjauMingguan } from './impor-mingguan'
import { FORMAT_TEMPLAT, KOLOM_TEMPLAT, SHEET_INFO, SHEET_INPUT, teksMingguTemplat, VERSI_TEMPLAT } from './info'

/**
 * A filled Polsek template back from the Polsek (saved by Excel or
 * LibreOffice): the hidden Info sheet says whose and which week it is; the
 * locked desa columns are compared with the app's desa of that Polsek; the
 * values go through the same checks and plan as typed or exchanged data.
 */

const tolak = (pesan: string) => new GalatAplikasi('FILE_TIDAK_VALID', pesan)
const konflik = (pesan: string) => new GalatAplikasi('KONFLIK', pesan)
const teks = (s: NilaiSel) => {
  const h = bacaTeks(s)
  return h.ok ? h.nilai : null
}

function bacaInfo(sh: SheetBebas): Map<string, string> {
  const info = new Map<string, string>()
  for (const r of sh.baris) {
    const k = r[0] ? teks(r[0])?.toLowerCase() : null
    if (k && k !== 'kunci') info.set(k, r[1] ? teksCsv(r[1]).trim() : '')
  }
  return info
}

export async function pratinjauTemplat(k: Konteks, m: { namaBerkas: string; berkasBase64: string; tahun?: number; minggu?: number }): Promise<HasilPratinjauMingguan> {
  const buku = bacaBukuBebas(bukaBase64(m.berkasBase64))
  const input = buku.sheet.get(SHEET_INPUT)
  const infoSh = buku.sheet.get(SHEET_INFO)
  if (!input || !infoSh) {
    const hilang = [!input && SHEET_INPUT, !infoSh && SHEET_INFO].filter(Boolean).join(' dan ')
    throw tolak(`Berkas ini bukan templat Input Mingguan Binmas Desk: sheet ${hilang} tidak ada. Unduh templat dari Input Mingguan → Unduh templat Polsek.`)
  }
  const info = bacaInfo(infoSh)
  if (info.get('format') !== FORMAT_TEMPLAT) throw tolak('Berkas ini bukan templat Input Mingguan Binmas Desk: sheet Info tidak dikenali.')
  if (info.get('versi_templat') !== String(VERSI_TEMPLAT)) throw tolak(`Versi templat "${info.get('versi_templat') ?? ''}" tidak dikenal; unduh templat baru dari aplikasi ini.`)

  const satker = k.bd.sqlite.prepare('SELECT kode, nama FROM satker WHERE id = 1').get() as { kode: string; nama: string } | undefined
  if (!satker) throw new GalatAplikasi('BELUM_DISIAPKAN', 'Lakukan Pengaturan Awal dulu sebelum mengimpor data.')
  const satkerKode = info.get('satker_kode') ?? ''
  if (satkerKode !== satker.kode) throw konflik(`Templat ini milik ${info.get('satker_nama') || 'satker lain'} (${satkerKode}), bukan ${satker.nama} (${satker.kode}); berkas ditolak.`)
  const tahun = Number(info.get('tahun'))
  const minggu = Number(info.get('minggu'))
  if (!Number.isInteger(tahun) || tahun < 2000 || tahun > 2100 || !Number.isInteger(minggu) || minggu < 1 || minggu > jumlahMingguTahun(tahun)) {
    throw tolak('Sheet Info templat rusak: tahun atau minggu tidak valid. Unduh templat baru.')
  }
  if (m.tahun !== undefined && m.minggu !== undefined && (m.tahun !== tahun || m.minggu !== minggu)) {
    throw konflik(`Templat ini untuk ${teksMingguTemplat(tahun, minggu)}, bukan ${teksMingguTemplat(m.tahun, m.minggu)} yang sedang dibuka. Buka minggu itu di Input Mingguan, lalu impor lagi.`)
  }
  const namaPolsek = info.get('polsek') ?? ''
  const polsek = k.bd.sqlite.prepare('SELECT id, nama FROM polsek WHERE nama = ? COLLATE NOCASE').get(namaPolsek) as { id: number; nama: string } | undefined
  if (!polsek) throw konflik(`${namaPolsek || 'Polsek templat'} tidak ada di aplikasi ini; berkas ditolak.`)
  const desaPolsek = new Map(
    (k.bd.sqlite.prepare('SELECT d.kode, d.nama FROM desa d JOIN kecamatan kc ON kc.kode = d.kecamatan_kode WHERE kc.polsek_id = ? AND d.aktif = 1').all(polsek.id) as { kode: string; nama: string }[]).map((d) => [d.kode, d.nama]),
  )

  // The header: the first non-blank row; columns matched by name (case and spaces ignored).
  let r0 = 0
  while (r0 < input.baris.length && !input.baris[r0]!.some((s) => s.jenis !== 'kosong')) r0++
  const kepala = input.baris[r0] ?? []
  const indeks = new Map<string, number>()
  const tambahan: string[] = []
  kepala.forEach((s, c) => {
    const t = teksCsv(s).trim()
    if (!t) return
    const kk = t.toLowerCase()
    if ((KOLOM_TEMPLAT as readonly string[]).includes(kk) && !indeks.has(kk)) indeks.set(kk, c)
    else tambahan.push(t)
  })
  const hilang = KOLOM_TEMPLAT.filter((kk) => !indeks.has(kk))
  if (hilang.length) throw tolak(`Sheet ${SHEET_INPUT} tidak memiliki kolom: ${hilang.join(', ')}. Kolom templat jangan dihapus atau diganti namanya.`)

  const kesalahan: Masalah[] = []
  const peringatan: Masalah[] = []
  if (tambahan.length) peringatan.push(masalah(SHEET_INPUT, null, null, `kolom tambahan diabaikan: ${tambahan.join(', ')}`))
  const baris: BarisMasuk[] = []
  const ada = new Set<string>()
  const sel = (r: number, kol: string) => selDi(input, r, indeks.get(kol)!)
  for (let r = r0 + 1; r < input.baris.length; r++) {
    if (!KOLOM_TEMPLAT.some((kol) => sel(r, kol).jenis !== 'kosong')) continue
    const nomor = r + 1
    const kode = teks(sel(r, 'kode_desa'))
    const nama = teks(sel(r, 'nama_desa'))
    if (kode === null || !desaPolsek.has(kode)) {
      kesalahan.push(masalah(SHEET_INPUT, nomor, 'kode_desa', kode === null ? 'kolom terkunci kode_desa dikosongkan; salin ulang kode desa dari templat asli' : `kolom terkunci kode_desa diubah: "${kode}" bukan desa aktif ${polsek.nama}`))
    } else {
      ada.add(kode)
      if (nama !== desaPolsek.get(kode)) kesalahan.push(masalah(SHEET_INPUT, nomor, 'nama_desa', `kolom terkunci nama_desa diubah: tertulis "${nama ?? ''}", seharusnya "${desaPolsek.get(kode)}" untuk desa ${kode}`))
    }
    baris.push({
      nomor,
      kode: sel(r, 'kode_desa'),
      tahun: { jenis: 'angka', nilai: tahun },
      minggu: { jenis: 'angka', nilai: minggu },
      sel: Object.fromEntries(KOLOM_SEL_MINGGUAN.map((kol) => [kol, sel(r, kol)])) as Record<KolomSelMingguan, NilaiSel>,
    })
  }
  const tidakAda = [...desaPolsek.keys()].filter((kd) => !ada.has(kd)).sort()
  if (tidakAda.length) {
    peringatan.push(masalah(SHEET_INPUT, null, null, `${formatAngka(tidakAda.length, 0)} desa ${polsek.nama} tidak ada di berkas dan tidak diubah: ${tidakAda.slice(0, 10).map((kd) => `${desaPolsek.get(kd)} (${kd})`).join(', ')}${tidakAda.length > 10 ? ', …' : ''}`))
  }
  return pratinjauMingguan(k, {
    jenis: 'templat',
    namaBerkas: m.namaBerkas,
    sheet: SHEET_INPUT,
    namaKolom: (kol) => (kol === 'tahun' || kol === 'minggu' ? null : kol),
    uraian: `${polsek.nama}, ${teksMingguTemplat(tahun, minggu)}`,
    baris,
    kesalahan,
    peringatan,
  })
}

