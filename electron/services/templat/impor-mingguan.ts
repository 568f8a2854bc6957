import crypto from 'node:crypto'
import { formatAngka } from '../../../shared/format'
import { GalatAplikasi } from '../../../shared/galat'
import { bulanMinggu } from '../../../shared/iso-week'
import { KOLOM_SEL_MINGGUAN, type KolomSelMingguan } from '../../../shared/mingguan'
import type { HasilPratinjauMingguan, HasilTerapkanMingguan } from '../../../shared/api-templat'
import { cadanganSebelumImpor } from '../cadangan/layanan'
import type { Basisdata } from '../db/koneksi'
import { tungguTanpaTransaksi } from '../db/transaksi'
import type { Konteks } from '../konteks'
import { KOSONG, type NilaiSel } from '../pertukaran/baca/sel'
import type { SheetTerbaca } from '../pertukaran/baca/buku'
import { perubahanDb } from '../pertukaran/cache'
import type { IsiBerkas, Manifest } from '../pertukaran/jenis'
import { KOLOM_LAPORAN } from '../pertukaran/kolom'
import { masalah, type Masalah, teksMasalah } from '../pertukaran/pesan'
import { KonteksRencana, type PerubahanBaris, type RingkasPerubahan } from '../pertukaran/rencana/konteks'
import { rencanaLaporan } from '../pertukaran/rencana/laporan'
import { jsonAudit } from '../pertukaran/terapkan'
import { KOLOM_AUDIT, tulisBaris } from '../pertukaran/tulis-baris'
import { validasiBerkas } from '../pertukaran/validasi-baris'

/**
 * Weekly rows from a Polsek template or an old workbook go through the
 * exchange import's own checks: the file-only row rules (validasiBerkas, the
 * LaporanMingguan part), then the database rules and the plan
 * (rencanaLaporan: unknown desa, locked months, pos kamling, blank ≠ 0),
 * and are applied the same way — one transaction after a backup, every
 * changed row with its audit line. Problems are told at the place of the
 * user's own sheet and column.
 */

/** One row as the source gives it: its spreadsheet row number and a cell per contract field. */
export interface BarisMasuk {
  nomor: number
  kode: NilaiSel
  tahun: NilaiSel
  minggu: NilaiSel
  sel: Partial<Record<KolomSelMingguan, NilaiSel>>
}

export interface SumberMingguan {
  jenis: 'templat' | 'excel-lama'
  namaBerkas: string
  /** The user's sheet name, used in every message. */
  sheet: string
  /** The user's column name for a contract field ('kode_desa', 'tahun', 'minggu' or a weekly field). */
  namaKolom: (kolom: string) => string | null
  uraian: string
  baris: BarisMasuk[]
  /** Problems the source found itself (a locked column edited, a desa not mapped), already placed. */
  kesalahan: Masalah[]
  peringatan: Masalah[]
}

interface Siap {
  token: string
  jenis: SumberMingguan['jenis']
  namaBerkas: string
  uraian: string
  isi: IsiBerkas
  manifest: Manifest
  kesalahanSumber: Masalah[]
  pindah: (m: Masalah) => Masalah
  perubahanDb: number
  rencana: KonteksRencana
}

const SIMPAN = 3
const semua = new WeakMap<Basisdata, Map<string, Siap>>()

const SHEET_KOSONG = (nama: string, kolom: readonly string[]): SheetTerbaca => ({ nama, kolom, baris: [] })

/** The message text without its place, to tell it again from the user's place. */
function isiMasalah(m: Masalah): string {
  const awal = teksMasalah(m, 'x').slice(0, -2)
  return m.pesan.startsWith(awal) ? m.pesan.slice(awal.length) : m.pesan
}

function satkerSendiri(bd: Basisdata): { kode: string; nama: string } {
  const s = bd.sqlite.prepare('SELECT kode, nama FROM satker WHERE id = 1').get() as { kode: string; nama: string } | undefined
  if (!s) throw new GalatAplikasi('BELUM_DISIAPKAN', 'Lakukan Pengaturan Awal dulu sebelum mengimpor data.')
  return s
}

const angkaSah = (s: NilaiSel): number | null => (s.jenis === 'angka' && Number.isInteger(s.nilai) ? s.nilai : null)

function rencanakan(bd: Basisdata, isi: IsiBerkas, m: Manifest, hariIni: string, satker: string): KonteksRencana {
  const k = new KonteksRencana(bd.sqlite, isi, m, { ganti: false, hariIni, satkerSendiri: satker })
  rencanaLaporan(k)
  return k
}

/** Every check, nothing written: the preview and a token for terapkan. */
export function pratinjauMingguan(k: Konteks, sumber: SumberMingguan): HasilPratinjauMingguan {
  const satker = satkerSendiri(k.bd)
  // The months the rows' weeks fall in make the "file period", so no row is outside it.
  const bulan = sumber.baris
    .map((b) => {
      const [t, w] = [angkaSah(b.tahun), angkaSah(b.minggu)]
      try {
        return t !== null && w !== null ? bulanMinggu(t, w) : null
      } catch {
        return null
      }
    })
    .filter((x): x is string => x !== null)
    .sort()
  const hariIni = k.hariIni()
  const manifest: Manifest = {
    format: sumber.jenis,
    versiFormat: 1,
    satkerKode: satker.kode,
    satkerNama: satker.nama,
    polda: '',
    bulanAwal: bulan[0] ?? hariIni.slice(0, 7),
    bulanAkhir: bulan[bulan.length - 1] ?? hariIni.slice(0, 7),
    revisi: 1,
    dibuatPada: new Date().toISOString(),
    dibuatOleh: k.sesi.pengguna,
    skemaIkdk: '',
    baris: {},
    sha256: {},
    tandaTangan: null,
    teksDitandatangani: '',
  }
  const laporan: SheetTerbaca = {
    nama: 'LaporanMingguan',
    kolom: KOLOM_LAPORAN,
    baris: sumber.baris.map((b) => ({
      nomor: b.nomor,
      sel: KOLOM_LAPORAN.map((kol) => (kol === 'kode_desa' ? b.kode : kol === 'tahun' ? b.tahun : kol === 'minggu' ? b.minggu : (b.sel[kol as KolomSelMingguan] ?? KOSONG))),
    })),
  }
  const isi = validasiBerkas({
    sheet: { Manifest: SHEET_KOSONG('Manifest', ['kunci', 'nilai']), Desa: SHEET_KOSONG('Desa', []), Personel: SHEET_KOSONG('Personel', []), LaporanMingguan: laporan, Kejadian: SHEET_KOSONG('Kejadian', []) },
    manifest,
  })
  const pindah = (m: Masalah): Masalah => (m.sheet === 'LaporanMingguan' ? masalah(sumber.sheet, m.baris, m.kolom && sumber.namaKolom(m.kolom), isiMasalah(m)) : m)
  const rencana = rencanakan(k.bd, isi, manifest, hariIni, satker.kode)
  const kesalahan = [...sumber.kesalahan, ...isi.kesalahan.map(pindah), ...rencana.kesalahan.map(pindah)].sort((a, b) => (a.baris ?? 0) - (b.baris ?? 0))
  const peta = semua.get(k.bd) ?? new Map<string, Siap>()
  semua.set(k.bd, peta)
  const token = crypto.randomUUID()
  peta.set(token, { token, jenis: sumber.jenis, namaBerkas: sumber.namaBerkas, uraian: sumber.uraian, isi, manifest, kesalahanSumber: sumber.kesalahan, pindah, perubahanDb: perubahanDb(k.bd), rencana })
  while (peta.size > SIMPAN) peta.delete(peta.keys().next().value!)
  const h = rencana.h.LaporanMingguan
  return {
    token,
    namaBerkas: sumber.namaBerkas,
    uraian: sumber.uraian,
    hitungan: { baru: h.baru, berubah: h.berubah, sama: h.sama, dihapus: h.dihapus, ditolak: h.ditolak },
    kesalahan,
    peringatan: [...sumber.peringatan, ...isi.peringatan.map(pindah), ...[...rencana.dipetakan].map(([lama, baru]) => masalah(null, null, null, `kode desa lama ${lama} dibaca sebagai ${baru} (kode desa sudah diganti)`))],
    perubahan: rencana.ringkas.map((r: RingkasPerubahan) => ({ baris: r.baris, kunci: r.kunci, jenis: r.jenis, kolom: r.kolom })),
    perubahanTerpotong: rencana.ringkas.length < rencana.perubahan.length,
    adaPerubahan: rencana.perubahan.length > 0,
    bisaDiterapkan: kesalahan.length === 0,
  }
}

function galatBaris(semuaMasalah: Masalah[]): GalatAplikasi | null {
  if (!semuaMasalah.length) return null
  return new GalatAplikasi(
    'FILE_TIDAK_VALID',
    `Impor tidak dapat diterapkan: berkas masih memuat ${formatAngka(semuaMasalah.length, 0)} kesalahan baris. Perbaiki berkas, lalu pilih berkas itu lagi.`,
    semuaMasalah.map((m) => ({ lokasi: [m.sheet && `Sheet ${m.sheet}`, m.baris !== null && `baris ${m.baris}`, m.kolom && `kolom ${m.kolom}`].filter(Boolean).join(', ') || '(berkas)', pesan: m.pesan })),
  )
}

/**
 * Applies a previewed token: the plan is made again when anything was
 * written since the preview (a month locked in between still blocks), then
 * a backup, then one transaction with an audit line per changed row and one
 * for the import itself.
 */
export async function terapkanMingguan(k: Konteks, jenis: SumberMingguan['jenis'], token: string): Promise<HasilTerapkanMingguan> {
  const siap = semua.get(k.bd)?.get(token)
  if (!siap || siap.jenis !== jenis) throw new GalatAplikasi('TIDAK_DITEMUKAN', 'Pratinjau impor tidak ditemukan atau sudah kedaluwarsa; pilih berkas dan lihat pratinjaunya lagi.')
  const satker = satkerSendiri(k.bd).kode
  const baru = () => rencanakan(k.bd, siap.isi, siap.manifest, k.hariIni(), satker)
  const awal = siap.perubahanDb === perubahanDb(k.bd) ? siap.rencana : baru()
  const cek = (r: KonteksRencana) => galatBaris([...siap.kesalahanSumber, ...siap.isi.kesalahan.map(siap.pindah), ...r.kesalahan.map(siap.pindah)])
  const g1 = cek(awal)
  if (g1) throw g1
  if (!awal.perubahan.length) {
    semua.get(k.bd)?.delete(token)
    return { baru: 0, berubah: 0, dihapus: 0, cadangan: null }
  }
  const sebelumCadangan = perubahanDb(k.bd)
  const cadangan = await cadanganSebelumImpor(k)
  // From here to the commit everything is synchronous; other work may have run during the backup.
  const rencana = perubahanDb(k.bd) === sebelumCadangan ? awal : baru()
  const g2 = cek(rencana)
  if (g2) throw g2
  const s = k.bd.sqlite
  const waktu = new Date().toISOString()
  await tungguTanpaTransaksi(s)
  s.transaction(() => {
    const audit = s.prepare('INSERT INTO audit (waktu, pengguna, aksi, tabel, kunci, sebelum, sesudah) VALUES (?, ?, ?, ?, ?, ?, ?)')
    const tulis = tulisBaris(s)
    for (const p of rencana.perubahan as PerubahanBaris[]) {
      const sesudah = tulis(p, waktu)
      const [a, b] = jsonAudit(p.tabel, p.sebelum, sesudah)
      audit.run(waktu, k.sesi.pengguna, 'impor', p.tabel, p.kunci.join('|'), a, b)
    }
    const h = rencana.h.LaporanMingguan
    audit.run(waktu, k.sesi.pengguna, 'impor', jenis === 'templat' ? 'templat_polsek' : 'excel_lama', siap.namaBerkas, null, JSON.stringify({ uraian: siap.uraian, baru: h.baru, berubah: h.berubah, dihapus: h.dihapus, cadangan }))
  })()
  semua.get(k.bd)?.delete(token)
  k.kirimEvent({ jenis: 'data-berubah', tabel: 'laporan_mingguan' })
  const h = rencana.h.LaporanMingguan
  return { baru: h.baru, berubah: h.berubah, dihapus: h.dihapus, cadangan }
}

