import { sql } from 'kysely'
import type { PengesahanDraf } from '../../../shared/api-anev'
import { type DokumenAnev, type GrafikAnev, type NarasiAnev, type PengesahanAnev, narasiSchema, pengesahanSchema, grafikSchema, snapshotAnevSchema, type SnapshotAnev } from '../../../shared/anev/jenis'
import { htmlLaporanAnev, kakiHalamanAnev } from '../../../shared/anev/html'
import { susunNarasi } from '../../../shared/anev/narasi'
import { romawi, uraiKodePeriode, type PeriodeAnev } from '../../../shared/anev/periode'
import { GalatAplikasi } from '../../../shared/galat'
import { tempatSatker } from '../../../shared/naskah-dinas'
import { catatAudit } from '../audit'
import type { Konteks } from '../konteks'
import { kumpulkanAnev } from './kumpul'
import { bukuLampiran } from './lampiran'

function periodeDari(kode: string): PeriodeAnev {
  const p = uraiKodePeriode(kode)
  if (!p) throw new GalatAplikasi('INPUT_TIDAK_VALID', 'Periode tidak dikenal.')
  return p
}

/** Signature block defaults: the satker's Kasat Binmas, today, A4, a number in Polri's pattern to edit. */
function pengesahanBawaan(k: Konteks): PengesahanDraf {
  const s = k.bd.sqlite.prepare('SELECT kasat_nama, kasat_pangkat, kasat_nrp FROM satker WHERE id = 1').get() as { kasat_nama: string; kasat_pangkat: string; kasat_nrp: string } | undefined
  const kab = k.bd.sqlite.prepare('SELECT nama FROM kabupaten ORDER BY kode LIMIT 1').get() as { nama: string } | undefined
  const hariIni = k.hariIni()
  const bulan = Number(hariIni.slice(5, 7))
  return {
    nomor: `B/    /${romawi(bulan)}/BIN.1.2./${hariIni.slice(0, 4)}`,
    atasNamaKapolres: false,
    nama: s?.kasat_nama ?? '',
    pangkat: s?.kasat_pangkat ?? '',
    nrp: s?.kasat_nrp ?? '',
    tempat: tempatSatker(kab?.nama ?? ''),
    tanggal: hariIni,
    ukuran: 'A4',
  }
}

export async function siapkanAnev(k: Konteks, kode: string) {
  const p = periodeDari(kode)
  const snapshot = await kumpulkanAnev(k, p)
  const draf = k.bd.sqlite.prepare('SELECT narasi, pengesahan, diubah_pada FROM draf_anev WHERE periode = ?').get(p.kode) as { narasi: string; pengesahan: string; diubah_pada: string } | undefined
  return {
    snapshot,
    narasiUsulan: susunNarasi(snapshot),
    draf: draf ? { narasi: JSON.parse(draf.narasi) as NarasiAnev, pengesahan: JSON.parse(draf.pengesahan) as PengesahanDraf, diubahPada: draf.diubah_pada } : null,
    pengesahanBawaan: pengesahanBawaan(k),
  }
}

/** Autosave of the narrative and signature fields of one period: the last typed text wins, nothing is lost. */
export async function simpanDrafAnev(k: Konteks, m: { periode: string; narasi: NarasiAnev; pengesahan: PengesahanDraf }) {
  const p = periodeDari(m.periode)
  const waktu = new Date().toISOString()
  k.bd.sqlite
    .prepare(
      `INSERT INTO draf_anev (periode, narasi, pengesahan, diubah_pada, diubah_oleh) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (periode) DO UPDATE SET narasi = excluded.narasi, pengesahan = excluded.pengesahan, diubah_pada = excluded.diubah_pada, diubah_oleh = excluded.diubah_oleh`,
    )
    .run(p.kode, JSON.stringify(m.narasi), JSON.stringify(m.pengesahan), waktu, k.sesi.pengguna)
  return { diubahPada: waktu }
}

const namaBerkasPdf = (s: SnapshotAnev, id: number) => `Laporan-Anev-${s.periode.kode}-${s.satker.nama.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}-${id}.pdf`

/** Renders a report through the platform port, with "Halaman X dari Y" on every page. */
export async function cetakDokumen(k: Konteks, d: DokumenAnev): Promise<{ pdf: Uint8Array; halaman: number }> {
  let pdf: Uint8Array
  try {
    pdf = await k.platform.cetakPdf(htmlLaporanAnev(d), { ukuran: d.pengesahan.ukuran, kakiHalaman: kakiHalamanAnev(d) })
  } catch (e) {
    if (e instanceof GalatAplikasi) throw e
    throw new GalatAplikasi('GALAT_INTERNAL', `PDF tidak dapat dibuat: ${e instanceof Error ? e.message : String(e)}`)
  }
  return { pdf, halaman: hitungHalamanPdf(pdf) }
}

/** Pages of a Chromium PDF: its page objects ("/Type /Page", not "/Pages"). */
export function hitungHalamanPdf(pdf: Uint8Array): number {
  const teks = Buffer.from(pdf).toString('latin1')
  return (teks.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length
}

/**
 * Prints a report from the data as it is now and files it in the archive with
 * its frozen data, text, signature block and charts. Nothing is filed when the
 * PDF cannot be made.
 */
export async function cetakAnev(k: Konteks, m: { periode: string; narasi: NarasiAnev; pengesahan: PengesahanAnev; grafik: GrafikAnev }) {
  const p = periodeDari(m.periode)
  const snapshot = await kumpulkanAnev(k, p)
  const d: DokumenAnev = { snapshot, narasi: m.narasi, pengesahan: m.pengesahan, grafik: m.grafik }
  const { pdf, halaman } = await cetakDokumen(k, d)
  const waktu = new Date().toISOString()
  const id = await k.bd.db.transaction().execute(async (trx) => {
    const r = await sql<{ id: number }>`INSERT INTO laporan_anev (jenis_periode, periode, nomor, snapshot, narasi, pengesahan, grafik, dibuat_pada, dibuat_oleh, dicetak_pada)
      VALUES (${p.jenis}, ${p.kode}, ${m.pengesahan.nomor}, ${JSON.stringify(snapshot)}, ${JSON.stringify(m.narasi)}, ${JSON.stringify(m.pengesahan)}, ${JSON.stringify(m.grafik)}, ${waktu}, ${k.sesi.pengguna}, ${waktu}) RETURNING id`.execute(trx)
    const id = r.rows[0]!.id
    await catatAudit(trx, k.sesi, { aksi: 'tambah', tabel: 'laporan_anev', kunci: String(id), sebelum: null, sesudah: { periode: p.kode, nomor: m.pengesahan.nomor, halaman } })
    return id
  })
  return { id, namaBerkas: namaBerkasPdf(snapshot, id), pdfBase64: Buffer.from(pdf).toString('base64'), halaman }
}

interface BarisArsip {
  id: number
  jenis_periode: 'bulan' | 'triwulan' | 'semester' | 'tahun'
  periode: string
  nomor: string
  snapshot: string
  narasi: string
  pengesahan: string
  grafik: string
  dibuat_pada: string
  dibuat_oleh: string
  dicetak_pada: string
}

const ringkas = (r: Omit<BarisArsip, 'snapshot' | 'narasi' | 'pengesahan' | 'grafik'>) => ({
  id: r.id,
  jenisPeriode: r.jenis_periode,
  periode: r.periode,
  label: uraiKodePeriode(r.periode)?.label ?? r.periode,
  nomor: r.nomor,
  dibuatPada: r.dibuat_pada,
  dibuatOleh: r.dibuat_oleh,
  dicetakPada: r.dicetak_pada,
})

export function daftarArsipAnev(k: Konteks) {
  const baris = k.bd.sqlite.prepare('SELECT id, jenis_periode, periode, nomor, dibuat_pada, dibuat_oleh, dicetak_pada FROM laporan_anev ORDER BY dibuat_pada DESC, id DESC').all() as BarisArsip[]
  return baris.map(ringkas)
}

/** An archived report exactly as it was filed; a row that no longer parses is reported, never guessed at. */
export function bukaArsipAnev(k: Konteks, id: number) {
  const r = k.bd.sqlite.prepare('SELECT * FROM laporan_anev WHERE id = ?').get(id) as BarisArsip | undefined
  if (!r) throw new GalatAplikasi('TIDAK_DITEMUKAN', `Laporan arsip nomor urut ${id} tidak ditemukan.`)
  const snapshot = snapshotAnevSchema.safeParse(JSON.parse(r.snapshot))
  const narasi = narasiSchema.safeParse(JSON.parse(r.narasi))
  const pengesahan = pengesahanSchema.safeParse(JSON.parse(r.pengesahan))
  const grafik = grafikSchema.safeParse(JSON.parse(r.grafik))
  if (!snapshot.success || !narasi.success || !pengesahan.success || !grafik.success) throw new GalatAplikasi('DB_RUSAK', `Isi laporan arsip nomor urut ${id} rusak dan tidak dapat dibuka.`)
  return { ringkas: ringkas(r), snapshot: snapshot.data, narasi: narasi.data, pengesahan: pengesahan.data, grafik: grafik.data }
}

/** Re-prints an archived report from its frozen copy: the same text as the first time. */
export async function cetakArsipAnev(k: Konteks, id: number) {
  const a = bukaArsipAnev(k, id)
  const { pdf, halaman } = await cetakDokumen(k, a)
  k.bd.sqlite.prepare('UPDATE laporan_anev SET dicetak_pada = ? WHERE id = ?').run(new Date().toISOString(), id)
  return { id, namaBerkas: namaBerkasPdf(a.snapshot, id), pdfBase64: Buffer.from(pdf).toString('base64'), halaman }
}

/** The Lampiran workbook: of an archived report, or of a period's current data. */
export async function lampiranAnev(k: Konteks, m: { periode: string } | { id: number }) {
  let d: DokumenAnev
  if ('id' in m) d = bukaArsipAnev(k, m.id)
  else {
    const p = periodeDari(m.periode)
    const snapshot = await kumpulkanAnev(k, p)
    // The number and signature typed in the period's draft, when there is one.
    const draf = k.bd.sqlite.prepare('SELECT narasi, pengesahan FROM draf_anev WHERE periode = ?').get(p.kode) as { narasi: string; pengesahan: string } | undefined
    d = {
      snapshot,
      narasi: draf ? (JSON.parse(draf.narasi) as NarasiAnev) : susunNarasi(snapshot),
      pengesahan: (draf ? JSON.parse(draf.pengesahan) : pengesahanBawaan(k)) as PengesahanAnev,
      grafik: {},
    }
  }
  const berkas = await bukuLampiran(d)
  return { namaBerkas: `Lampiran-Anev-${d.snapshot.periode.kode}.xlsx`, berkasBase64: berkas.toString('base64') }
}
