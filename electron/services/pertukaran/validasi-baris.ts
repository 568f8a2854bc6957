import { formatAngka, formatAngkaRingkas } from '../../../shared/format'
import { KATEGORI_KEJADIAN, STATUS_KEJADIAN, TINGKAT_KEJADIAN } from '../../../shared/ikdk/fields'
import { BATAS_ATAS, BATAS_WAJAR, KOLOM_MINGGUAN, type KolomSelMingguan, type NilaiBaris, validasiSel } from '../../../shared/mingguan'
import { PANGKAT } from '../../../shared/pangkat'
import type { BarisSheet, NamaSheetBaca, SheetTerbaca } from './baca/buku'
import { tanggalDibuat } from './baca/manifest'
import { bacaAngka, bacaCacah, bacaNrp, bacaTanggal, bacaTeks, type Hasil, type NilaiSel } from './baca/sel'
import type { BarisKejadianBerkas, BarisLaporanBerkas, IsiBerkas, Manifest } from './jenis'
import type { SheetData } from './kolom'
import { bulanMingguIngat, jumlahMingguIngat } from './kalender'
import { masalah, type Masalah, teksPeriode } from './pesan'
import { idKejadianDariIsi } from './uuid5'

/**
 * Every check a row needs that the file alone can answer: types, ranges,
 * vocabularies, periods, duplicates. Checks that need the database (unknown
 * desa, locked months, pos kamling of the desa) come later, in rencana.ts.
 */

const POLA_KODE_DESA = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/
const POLA_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const BATAS_DESA = { penduduk: 2_000_000, jumlah_kk: 1_000_000, pos_kamling_total: 1_000 } as const
const kecil = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)

/** Collects the problems of one row; the row is refused when it has any. */
class PemeriksaBaris {
  readonly kesalahan: Masalah[] = []
  constructor(
    private readonly sheet: string,
    private readonly b: BarisSheet,
    private readonly indeks: ReadonlyMap<string, number>,
  ) {}

  get nomor(): number {
    return this.b.nomor
  }

  sel(kolom: string): NilaiSel {
    return this.b.sel[this.indeks.get(kolom)!]!
  }

  salah(kolom: string, isi: string): void {
    this.kesalahan.push(masalah(this.sheet, this.b.nomor, kolom, isi))
  }

  ambil<T>(kolom: string, h: Hasil<T>): T | undefined {
    if (h.ok) return h.nilai
    this.salah(kolom, h.pesan)
    return undefined
  }

  wajib<T>(kolom: string, h: Hasil<T | null>): T | undefined {
    const v = this.ambil(kolom, h)
    if (v === null) this.salah(kolom, `${kolom} wajib diisi`)
    return v ?? undefined
  }

  kodeDesa(kolom = 'kode_desa'): string | undefined {
    const k = this.wajib(kolom, bacaTeks(this.sel(kolom)))
    if (k !== undefined && !POLA_KODE_DESA.test(k)) {
      this.salah(kolom, `kode desa "${k}" tidak valid; contoh 53.03.01.2001`)
      return undefined
    }
    return k
  }
}

/** NRP cells Excel turned into short numbers: one warning per sheet and column. */
class CatatanNrp {
  private readonly peta = new Map<string, { n: number; contoh: string }>()
  catat(sheet: string, kolom: string, nomor: number, nrp: string): void {
    const kunci = `${sheet}|${kolom}`
    const c = this.peta.get(kunci) ?? { n: 0, contoh: `baris ${nomor}: ${Number(nrp)} → ${nrp}` }
    c.n++
    this.peta.set(kunci, c)
  }
  keluarkan(peringatan: Masalah[]): void {
    for (const [kunci, c] of this.peta) {
      const [sheet, kolom] = kunci.split('|') as [string, string]
      peringatan.push(masalah(sheet, null, kolom, `${formatAngka(c.n, 0)} NRP tertulis sebagai angka kurang dari 8 digit; nol di depan ditambahkan (mis. ${c.contoh})`))
    }
  }
}

function nrp(p: PemeriksaBaris, kolom: string, wajib: boolean, catatan: CatatanNrp, sheet: string, nomor: number): string | null | undefined {
  const h = bacaNrp(p.sel(kolom))
  const v = wajib ? p.wajib(kolom, h) : p.ambil(kolom, h)
  if (!v) return v === null ? null : undefined
  if (v.dipadatkan) catatan.catat(sheet, kolom, nomor, v.nrp)
  return v.nrp
}

/** A weekly count through the app's own rule (validasiSel), told the contract's way. */
function cacahMingguan(p: PemeriksaBaris, kolom: (typeof KOLOM_MINGGUAN)[number]): number | null | undefined {
  const h = bacaAngka(p.sel(kolom))
  if (!h.ok) return void p.salah(kolom, h.pesan)
  const pesan = validasiSel(kolom, h.nilai)
  if (!pesan || h.nilai === null) return h.nilai
  const n = h.nilai
  const t = formatAngkaRingkas(n, 6)
  const atas = BATAS_ATAS[kolom]
  if (n < 0) p.salah(kolom, `nilai ${t} tidak boleh negatif`)
  else if (!Number.isInteger(n)) p.salah(kolom, `nilai ${t} harus bilangan bulat`)
  else if (atas !== undefined && n > atas) p.salah(kolom, `nilai ${t} melebihi batas ${formatAngka(atas, 0)}`)
  else if (n > BATAS_WAJAR) p.salah(kolom, `nilai ${t} melebihi batas wajar ${formatAngka(BATAS_WAJAR, 0)} untuk satu minggu`)
  else p.salah(kolom, kecil(pesan))
  return undefined
}

function vokabuler<T extends string>(p: PemeriksaBaris, kolom: string, daftar: readonly T[]): T | undefined {
  const v = p.wajib(kolom, bacaTeks(p.sel(kolom)))
  if (v === undefined) return undefined
  const cocok = daftar.find((d) => d === v.toLowerCase())
  if (!cocok) p.salah(kolom, `${kolom} "${v}" tidak dikenal; pilih salah satu: ${daftar.join(', ')}`)
  return cocok
}

export interface SheetBerkas {
  sheet: Record<NamaSheetBaca, SheetTerbaca>
  manifest: Manifest
}

export function validasiBerkas({ sheet, manifest: m }: SheetBerkas): IsiBerkas {
  const isi: IsiBerkas = { desa: [], personel: [], laporan: [], kejadian: [], ditolak: { Desa: 0, Personel: 0, LaporanMingguan: 0, Kejadian: 0 }, kunciLaporanMentah: [], kesalahan: [], peringatan: [] }
  const catatanNrp = new CatatanNrp()
  const periode = teksPeriode(m.bulanAwal, m.bulanAkhir)
  const hariBerkas = tanggalDibuat(m)

  const jalankan = (nama: SheetData, periksa: (p: PemeriksaBaris, b: BarisSheet) => (() => void) | undefined) => {
    const sh = sheet[nama]
    const indeks = new Map(sh.kolom.map((k, i) => [k, i]))
    for (const b of sh.baris) {
      const p = new PemeriksaBaris(nama, b, indeks)
      const simpan = periksa(p, b)
      if (!p.kesalahan.length && simpan) simpan()
      else isi.ditolak[nama]++
      for (const k of p.kesalahan) isi.kesalahan.push(k)
    }
  }
  /** The same key twice in one sheet: the later row is the error. */
  const duplikat = () => {
    const dilihat = new Map<string, number>()
    return (p: PemeriksaBaris, kolom: string, kunci: string, uraian: string): boolean => {
      const ada = dilihat.get(kunci)
      if (ada !== undefined) {
        p.salah(kolom, `${uraian} sudah ada di baris ${ada}`)
        return true
      }
      dilihat.set(kunci, p.nomor)
      return false
    }
  }

  // Desa
  {
    const dup = duplikat()
    jalankan('Desa', (p, b) => {
      const kode = p.kodeDesa()
      const kec = p.ambil('kode_kecamatan', bacaTeks(p.sel('kode_kecamatan')))
      if (kode && kec && kec !== kode.slice(0, 8)) p.salah('kode_kecamatan', `kode kecamatan ${kec} tidak sesuai kode desa ${kode}`)
      const angka = {} as Record<keyof typeof BATAS_DESA, number | null | undefined>
      for (const kol of Object.keys(BATAS_DESA) as (keyof typeof BATAS_DESA)[]) {
        const v = p.ambil(kol, bacaCacah(p.sel(kol)))
        if (v !== undefined && v !== null && v > BATAS_DESA[kol]) {
          p.salah(kol, `nilai ${formatAngka(v, 0)} melebihi batas ${formatAngka(BATAS_DESA[kol], 0)}`)
          angka[kol] = undefined
        } else angka[kol] = v
      }
      if (typeof angka.penduduk === 'number' && typeof angka.jumlah_kk === 'number' && angka.jumlah_kk > angka.penduduk) {
        p.salah('jumlah_kk', `jumlah KK (${formatAngka(angka.jumlah_kk, 0)}) melebihi jumlah penduduk (${formatAngka(angka.penduduk, 0)})`)
      }
      const fkpmSel = p.sel('fkpm_aktif')
      let fkpm: number | null | undefined = null
      if (fkpmSel.jenis === 'bool') fkpm = fkpmSel.nilai ? 1 : 0
      else {
        const t = p.ambil('fkpm_aktif', bacaTeks(fkpmSel))
        if (t === undefined) fkpm = undefined
        else if (t !== null) {
          fkpm = t.toLowerCase() === 'ya' ? 1 : t.toLowerCase() === 'tidak' ? 0 : undefined
          if (fkpm === undefined) p.salah('fkpm_aktif', `nilai "${t}" harus Ya atau Tidak`)
        }
      }
      nrp(p, 'nrp_bhabinkamtibmas', false, catatanNrp, 'Desa', b.nomor)
      const polsek = p.ambil('polsek', bacaTeks(p.sel('polsek')))
      if (kode && dup(p, 'kode_desa', kode, `desa ${kode}`)) return undefined
      if (kode === undefined || fkpm === undefined || Object.values(angka).some((v) => v === undefined)) return undefined
      return () => isi.desa.push({ nomor: b.nomor, kode, penduduk: angka.penduduk!, jumlah_kk: angka.jumlah_kk!, pos_kamling_total: angka.pos_kamling_total!, fkpm_aktif: fkpm, polsek: polsek ?? null })
    })
  }

  // Personel
  {
    const dup = duplikat()
    jalankan('Personel', (p, b) => {
      const n = nrp(p, 'nrp', true, catatanNrp, 'Personel', b.nomor)
      const nama = p.wajib('nama', bacaTeks(p.sel('nama')))
      if (nama && nama.length > 200) p.salah('nama', 'nama paling panjang 200 huruf')
      const pangkatTeks = p.wajib('pangkat', bacaTeks(p.sel('pangkat')))
      const pangkat = pangkatTeks === undefined ? undefined : PANGKAT.find((x) => x === pangkatTeks.toUpperCase().replace(/\s+/g, ' '))
      if (pangkatTeks !== undefined && !pangkat) p.salah('pangkat', `pangkat "${pangkatTeks}" tidak dikenal; pilih salah satu: ${PANGKAT.join(', ')}`)
      const jabatan = p.ambil('jabatan', bacaTeks(p.sel('jabatan')))
      const polsek = p.ambil('polsek', bacaTeks(p.sel('polsek')))
      const binaanTeks = p.ambil('desa_binaan', bacaTeks(p.sel('desa_binaan')))
      const desaBinaan = [...new Set((binaanTeks ?? '').split(';').map((s) => s.trim()).filter(Boolean))]
      for (const d of desaBinaan) if (!POLA_KODE_DESA.test(d)) p.salah('desa_binaan', `kode desa "${d}" tidak valid; pisahkan kode desa dengan titik koma, contoh 53.03.01.2001;53.03.01.2002`)
      if (n && dup(p, 'nrp', n, `NRP ${n}`)) return undefined
      if (!n || !nama || !pangkat || jabatan === undefined || polsek === undefined) return undefined
      return () => isi.personel.push({ nomor: b.nomor, nrp: n, nama, pangkat, jabatan: jabatan ?? '', polsek, desaBinaan })
    })
  }

  // LaporanMingguan
  {
    const dup = duplikat()
    jalankan('LaporanMingguan', (p, b) => {
      const kode = p.kodeDesa()
      const tahun = p.wajib('tahun', bacaCacah(p.sel('tahun')))
      const minggu = p.wajib('minggu', bacaCacah(p.sel('minggu')))
      let mingguSah = false
      if (tahun !== undefined && (tahun < 2000 || tahun > 2100)) p.salah('tahun', `tahun ${tahun} di luar jangkauan 2000–2100`)
      else if (tahun !== undefined && minggu !== undefined) {
        if (minggu < 1 || minggu > jumlahMingguIngat(tahun)) p.salah('minggu', `minggu ${minggu} tidak ada pada tahun ${tahun}`)
        else {
          mingguSah = true
          const bulan = bulanMingguIngat(tahun, minggu)
          if (bulan < m.bulanAwal || bulan > m.bulanAkhir) p.salah('minggu', `minggu ${minggu} tahun ${tahun} (${teksPeriode(bulan, bulan)}) di luar periode berkas (${periode})`)
        }
      }
      if (kode && mingguSah) isi.kunciLaporanMentah.push({ kode, tahun: tahun!, minggu: minggu! })
      const nilai = {} as NilaiBaris
      let lengkap = true
      for (const kol of KOLOM_MINGGUAN) {
        const v = cacahMingguan(p, kol)
        if (v === undefined) lengkap = false
        else nilai[kol] = v
      }
      const pelapor = nrp(p, 'nrp_pelapor', false, catatanNrp, 'LaporanMingguan', b.nomor)
      if (pelapor === undefined) lengkap = false
      nilai.nrp_pelapor = pelapor ?? null
      const catatan = p.ambil('catatan', bacaTeks(p.sel('catatan')))
      const pesanCatatan = catatan === undefined ? undefined : validasiSel('catatan' as KolomSelMingguan, catatan)
      if (pesanCatatan) p.salah('catatan', kecil(pesanCatatan))
      if (catatan === undefined || pesanCatatan) lengkap = false
      nilai.catatan = catatan ?? null
      if (kode && mingguSah && dup(p, 'kode_desa', `${kode}|${tahun}|${minggu}`, `laporan desa ${kode} minggu ${minggu} tahun ${tahun}`)) return undefined
      if (!kode || !mingguSah || !lengkap) return undefined
      const baris: BarisLaporanBerkas = { nomor: b.nomor, kode, tahun: tahun!, minggu: minggu!, nilai }
      return () => isi.laporan.push(baris)
    })
  }

  // Kejadian
  {
    const dup = duplikat()
    jalankan('Kejadian', (p, b) => {
      const idTeks = p.ambil('id', bacaTeks(p.sel('id')))
      const id = idTeks?.toLowerCase()
      if (id && !POLA_UUID.test(id)) p.salah('id', `id "${idTeks}" bukan UUID`)
      const tanggal = p.wajib('tanggal', bacaTanggal(p.sel('tanggal')))
      const kode = p.kodeDesa()
      const kategori = vokabuler(p, 'kategori', KATEGORI_KEJADIAN)
      const tingkat = vokabuler(p, 'tingkat', TINGKAT_KEJADIAN)
      const status = vokabuler(p, 'status', STATUS_KEJADIAN)
      const selesai = p.ambil('tanggal_selesai', bacaTanggal(p.sel('tanggal_selesai')))
      const uraian = p.ambil('uraian', bacaTeks(p.sel('uraian')))
      if (uraian && uraian.length > 4000) p.salah('uraian', 'uraian paling panjang 4.000 huruf')
      if (tanggal) {
        if (tanggal.slice(0, 7) > m.bulanAkhir) p.salah('tanggal', `tanggal ${tanggal} di luar periode berkas (${periode})`)
        else if (tanggal > hariBerkas) p.salah('tanggal', `tanggal ${tanggal} sesudah berkas dibuat (${hariBerkas})`)
      }
      if (status === 'selesai' && selesai === null) p.salah('tanggal_selesai', 'tanggal_selesai wajib diisi bila status selesai')
      if (status === 'terbuka' && selesai) p.salah('tanggal_selesai', 'tanggal_selesai harus kosong selama status terbuka')
      if (selesai && tanggal && selesai < tanggal) p.salah('tanggal_selesai', `tanggal selesai ${selesai} sebelum tanggal kejadian ${tanggal}`)
      if (selesai && selesai > hariBerkas) p.salah('tanggal_selesai', `tanggal selesai ${selesai} sesudah berkas dibuat (${hariBerkas})`)
      if (!tanggal || !kode || !kategori || !tingkat || !status || selesai === undefined || uraian === undefined || (id && !POLA_UUID.test(id))) return undefined
      const isiBaris = { tanggal, kode, kategori, tingkat, status, tanggal_selesai: selesai, uraian: uraian ?? '' }
      const idAkhir = id || idKejadianDariIsi(m.satkerKode, { tanggal, kodeDesa: kode, kategori, tingkat, uraian: uraian ?? '' })
      if (dup(p, id ? 'id' : 'uraian', idAkhir, id ? `kejadian dengan id ${idAkhir}` : 'kejadian yang sama (id kosong, isi sama)')) return undefined
      const baris: BarisKejadianBerkas = { nomor: b.nomor, id: idAkhir, idTertulis: !!id, ...isiBaris }
      return () => isi.kejadian.push(baris)
    })
  }

  catatanNrp.keluarkan(isi.peringatan)
  return isi
}
