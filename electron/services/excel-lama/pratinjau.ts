import { formatAngka } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { isoMinggu } from '../../../shared/iso-week'
import { KOLOM_SEL_MINGGUAN, type KolomSelMingguan } from '../../../shared/mingguan'
import type { BidangExcelLama, HasilPratinjauMingguan, PemetaanExcelLama } from '../../../shared/api-templat'
import type { Konteks } from '../konteks'
import { bacaCacah, bacaTanggal, KOSONG, type NilaiSel, sebutNilai } from '../pertukaran/baca/sel'
import { masalah, type Masalah } from '../pertukaran/pesan'
import { selDi, type SheetBebas } from '../templat/buku-bebas'
import { type BarisMasuk, pratinjauMingguan } from '../templat/impor-mingguan'
import { teksMingguTemplat } from '../templat/info'
import { ambilSheet, hurufKolom, judulKolom } from './berkas'
import { kunciDesa, pencocokDesa, teksSel } from './desa'
import { normalTeks } from './saran'

/** Rows such as "JUMLAH" or "TOTAL" under the data are sums, not a desa. */
const BARIS_JUMLAH = new Set(['jumlah', 'jml', 'total', 'jumlah total', 'grand total', 'rekap'])
/** petaDesa value meaning "not ours: leave these rows out". */
export const LEWATI_DESA = '-'

type Kolom = PemetaanExcelLama['kolom']

/** Distinct desa texts of the mapped columns, with the app's suggestion for each. */
export function cocokkanDesa(k: Konteks, m: { berkasToken: string; sheet: string; barisJudul: number; kolom: Kolom }) {
  const { sheet } = ambilSheet(k.bd, m.berkasToken, m.sheet)
  const kolomDesa = m.kolom.desa_kode ?? m.kolom.desa_nama
  if (kolomDesa === undefined) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Pilih kolom yang berisi kode desa atau nama desa.')
  const cocok = pencocokDesa(k.bd)
  const hasil = new Map<string, { kunci: string; teks: string; kecamatan: string | null; jumlahBaris: number }>()
  for (let r = m.barisJudul; r < sheet.baris.length; r++) {
    const teks = desaBaris(sheet, r, m.kolom)
    if (!teks || BARIS_JUMLAH.has(normalTeks(teks))) continue
    const kec = m.kolom.kecamatan !== undefined ? teksSel(selDi(sheet, r, m.kolom.kecamatan)) : null
    const kunci = kunciDesa(teks, kec)
    const ada = hasil.get(kunci)
    if (ada) ada.jumlahBaris++
    else hasil.set(kunci, { kunci, teks, kecamatan: kec, jumlahBaris: 1 })
  }
  return [...hasil.values()].map((h) => {
    const c = cocok.cocokkan(h.teks, h.kecamatan)
    return { ...h, saran: c.saran, alasan: c.alasan, kandidat: c.kandidat }
  })
}

/** A row's desa text: the code column when filled, else the name column. */
function desaBaris(sheet: SheetBebas, r: number, kolom: Kolom): string | null {
  const kode = kolom.desa_kode !== undefined ? teksSel(selDi(sheet, r, kolom.desa_kode)) : null
  return kode ?? (kolom.desa_nama !== undefined ? teksSel(selDi(sheet, r, kolom.desa_nama)) : null)
}

const galat = (pesan: string): NilaiSel => ({ jenis: 'galat', pesan })
const selDariNilai = (v: number | string | null): NilaiSel => (v === null ? KOSONG : typeof v === 'number' ? { jenis: 'angka', nilai: v } : { jenis: 'teks', nilai: v })

/** The week of a row from its date or week-number cell. */
function mingguBaris(s: NilaiSel, sumber: PemetaanExcelLama['minggu']): { tahun: NilaiSel; minggu: NilaiSel } {
  if (sumber.jenis === 'tetap') return { tahun: { jenis: 'angka', nilai: sumber.tahun }, minggu: { jenis: 'angka', nilai: sumber.minggu } }
  const tahunCadangan: NilaiSel = { jenis: 'angka', nilai: sumber.jenis === 'kolom-minggu' ? sumber.tahun : 2000 }
  if (s.jenis === 'kosong') return { tahun: tahunCadangan, minggu: galat(sumber.jenis === 'kolom-tanggal' ? 'tanggal kosong; isi tanggal laporan atau pilih satu minggu untuk seluruh sheet' : 'minggu kosong') }
  if (sumber.jenis === 'kolom-tanggal') {
    const t = bacaTanggal(s)
    if (!t.ok || t.nilai === null) return { tahun: tahunCadangan, minggu: galat(t.ok ? 'tanggal kosong' : t.pesan) }
    const w = isoMinggu(t.nilai)
    return { tahun: { jenis: 'angka', nilai: w.tahun }, minggu: { jenis: 'angka', nilai: w.minggu } }
  }
  if (s.jenis === 'teks') {
    const iso = /(\d{4})\s*-?\s*W\s*(\d{1,2})\b/i.exec(s.nilai)
    if (iso) return { tahun: { jenis: 'angka', nilai: Number(iso[1]) }, minggu: { jenis: 'angka', nilai: Number(iso[2]) } }
    const angka = /^\s*(?:minggu|mg|pekan)?\s*(?:ke)?\s*[-.]?\s*(\d{1,2})\s*$/i.exec(s.nilai)
    if (angka) return { tahun: tahunCadangan, minggu: { jenis: 'angka', nilai: Number(angka[1]) } }
    return { tahun: tahunCadangan, minggu: galat(`minggu ${sebutNilai(s)} tidak terbaca; tulis angka minggu (mis. 37) atau 2024-W37`) }
  }
  const h = bacaCacah(s)
  return { tahun: tahunCadangan, minggu: h.ok ? s : galat(h.pesan) }
}

export async function pratinjauExcelLama(k: Konteks, m: { berkasToken: string; pemetaan: PemetaanExcelLama }): Promise<HasilPratinjauMingguan> {
  const p = m.pemetaan
  const { berkas, sheet } = ambilSheet(k.bd, m.berkasToken, p.sheet)
  const kolomDesa = p.kolom.desa_kode ?? p.kolom.desa_nama
  if (kolomDesa === undefined) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Pilih kolom yang berisi kode desa atau nama desa.')
  const nilaiDipetakan = KOLOM_SEL_MINGGUAN.filter((kol) => p.kolom[kol] !== undefined)
  if (!nilaiDipetakan.length) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Petakan minimal satu kolom ke isian laporan mingguan.')
  const kolomMinggu = p.minggu.jenis === 'kolom-tanggal' ? p.kolom.tanggal : p.minggu.jenis === 'kolom-minggu' ? p.kolom.minggu : undefined
  if (p.minggu.jenis !== 'tetap' && kolomMinggu === undefined) throw new GalatAplikasi('INPUT_TIDAK_VALID', p.minggu.jenis === 'kolom-tanggal' ? 'Pilih kolom tanggal, atau pilih satu minggu untuk seluruh sheet.' : 'Pilih kolom minggu, atau pilih satu minggu untuk seluruh sheet.')

  const nama = (c: number) => `${hurufKolom(c)} (${judulKolom(sheet, p.barisJudul, c)})`
  const namaKolom = (kol: string): string | null => {
    if (kol === 'kode_desa') return nama(kolomDesa)
    if (kol === 'tahun' || kol === 'minggu') return kolomMinggu === undefined ? null : nama(kolomMinggu)
    const c = p.kolom[kol as BidangExcelLama]
    return c === undefined ? kol : nama(c)
  }
  const tidakDipetakan = KOLOM_SEL_MINGGUAN.filter((kol) => p.kolom[kol] === undefined)
  const ambilLama = k.bd.sqlite.prepare(`SELECT ${KOLOM_SEL_MINGGUAN.join(', ')} FROM laporan_mingguan WHERE desa_kode = ? AND tahun = ? AND minggu = ?`)
  const cocok = pencocokDesa(k.bd)
  const otomatis = new Map<string, string | null>()
  const peringatan: Masalah[] = []
  const baris: BarisMasuk[] = []
  let jumlahBaris = 0
  let tanpaNilai = 0
  let dilewati = 0
  for (let r = p.barisJudul; r < sheet.baris.length; r++) {
    const row = sheet.baris[r]
    if (!row || !row.some((s) => s.jenis !== 'kosong')) continue
    const nomor = r + 1
    const teks = desaBaris(sheet, r, p.kolom)
    if (teks && BARIS_JUMLAH.has(normalTeks(teks))) {
      peringatan.push(masalah(sheet.nama, nomor, nama(kolomDesa), `baris "${teks}" dianggap baris jumlah dan dilewati`))
      continue
    }
    const sel = Object.fromEntries(KOLOM_SEL_MINGGUAN.map((kol) => [kol, p.kolom[kol] === undefined ? KOSONG : selDi(sheet, r, p.kolom[kol]!)])) as Record<KolomSelMingguan, NilaiSel>
    // An old sheet lists every desa; a desa with nothing filled that week is simply not reported.
    if (nilaiDipetakan.every((kol) => sel[kol].jenis === 'kosong')) {
      tanpaNilai++
      continue
    }
    let kode: NilaiSel
    if (!teks) kode = galat('desa kosong; isi kode atau nama desa')
    else {
      const kec = p.kolom.kecamatan !== undefined ? teksSel(selDi(sheet, r, p.kolom.kecamatan)) : null
      const kunci = kunciDesa(teks, kec)
      let pilih = p.petaDesa[kunci]
      if (pilih === undefined) {
        if (!otomatis.has(kunci)) otomatis.set(kunci, cocok.cocokkan(teks, kec).saran)
        pilih = otomatis.get(kunci) ?? undefined
      }
      if (pilih === LEWATI_DESA) {
        dilewati++
        continue
      }
      kode = pilih ? { jenis: 'teks', nilai: pilih } : galat(`desa "${teks}" belum dipetakan ke desa di aplikasi; pilih desanya di langkah Desa`)
    }
    const w = mingguBaris(kolomMinggu === undefined ? KOSONG : selDi(sheet, r, kolomMinggu), p.minggu)
    // A field the sheet has no column for says nothing: the stored value stays.
    if (tidakDipetakan.length && kode.jenis === 'teks' && w.tahun.jenis === 'angka' && w.minggu.jenis === 'angka') {
      const lama = ambilLama.get(kode.nilai, w.tahun.nilai, w.minggu.nilai) as Record<string, number | string | null> | undefined
      if (lama) for (const kol of tidakDipetakan) sel[kol] = selDariNilai(lama[kol] ?? null)
    }
    jumlahBaris++
    baris.push({ nomor, kode, tahun: w.tahun, minggu: w.minggu, sel })
  }
  if (tanpaNilai) peringatan.push(masalah(sheet.nama, null, null, `${formatAngka(tanpaNilai, 0)} baris tanpa nilai kegiatan dilewati (tidak dilaporkan)`))
  if (dilewati) peringatan.push(masalah(sheet.nama, null, null, `${formatAngka(dilewati, 0)} baris desa yang dipilih "lewati" tidak diimpor`))
  if (tidakDipetakan.length) peringatan.push(masalah(sheet.nama, null, null, `isian tanpa kolom di sheet ini tidak diubah (nilai tersimpan tetap, yang kosong tetap tidak dilaporkan): ${tidakDipetakan.join(', ')}`))
  const uraianMinggu = p.minggu.jenis === 'tetap' ? teksMingguTemplat(p.minggu.tahun, p.minggu.minggu) : p.minggu.jenis === 'kolom-tanggal' ? 'minggu dari kolom tanggal' : 'minggu dari kolom minggu'
  return pratinjauMingguan(k, {
    jenis: 'excel-lama',
    namaBerkas: berkas.namaBerkas,
    sheet: sheet.nama,
    namaKolom,
    uraian: `Sheet ${sheet.nama}, ${formatAngka(jumlahBaris, 0)} baris, ${uraianMinggu}`,
    baris,
    kesalahan: [],
    peringatan,
  })
}
