import { z } from 'zod'
import { kontrak, type NamaKanal } from '../shared/api'
import { GalatAplikasi, type Galat, type Hasil } from '../shared/galat'
import type { Aplikasi } from './services/aplikasi'
import { penanganAudit } from './services/audit/penangan'
import { penanganCadangan } from './services/cadangan/penangan'
import { penanganContoh } from './services/contoh/penangan'
import { penanganIkdk } from './services/ikdk/penangan'
import { penanganKejadian } from './services/kejadian/penangan'
import { penanganMingguan } from './services/mingguan/penangan'
import { penanganPeriode } from './services/periode/penangan'
import { penanganPersonel } from './services/personel/penangan'
import { penanganPertukaran } from './services/pertukaran/penangan'
import { penanganPengguna } from './services/pengguna/penangan'
import { adaPengguna, bacaMenitKunci, DaftarSesi, kendaliPembawa, kendaliTetap, type PembawaSesi } from './services/pengguna'
import { penanganPolda } from './services/polda/penangan'
import { tolakDataPolresDiPolda } from './services/polda/milik-polres'
import { penanganTemplat } from './services/templat/penangan'
import { penanganExcelLama } from './services/excel-lama/penangan'
import { penanganAnev } from './services/anev/penangan'
import { penanganPeta } from './services/peta/penangan'
import { penanganDesa } from './services/desa/penangan'
import type { Konteks, Sesi } from './services/konteks'
import { pernyataan } from './services/db/pernyataan'
import type { Penangan, PetaPenangan } from './services/penangan'
import { penanganSetup } from './services/setup/penangan'
import { penanganSistem } from './services/sistem/penangan'
import { penanganWilayah } from './services/wilayah/penangan'

/** Merges the per-domain handler maps; a channel defined twice is a programming error. */
function gabung(...peta: Record<string, unknown>[]): Record<string, unknown> {
  const hasil: Record<string, unknown> = {}
  for (const p of peta) {
    for (const [nama, fn] of Object.entries(p)) {
      if (nama in hasil) throw new Error(`Kanal ganda: ${nama}`)
      hasil[nama] = fn
    }
  }
  return hasil
}

const penanganSemua = gabung(
  penanganSistem,
  penanganWilayah,
  penanganSetup,
  penanganDesa,
  penanganAudit,
  penanganPersonel,
  penanganMingguan,
  penanganKejadian,
  penanganPeriode,
  penanganContoh,
  penanganIkdk,
  penanganCadangan,
  penanganPertukaran,
  penanganPengguna,
  penanganPolda,
  penanganTemplat,
  penanganExcelLama,
  penanganAnev,
  penanganPeta,
) as PetaPenangan<NamaKanal>
for (const nama of Object.keys(kontrak)) if (!(nama in penanganSemua)) throw new Error(`Kanal tanpa penangan: ${nama}`)

/** Channels that must answer even when the database could not be opened. */
const TANPA_DB = new Set<string>([
  'sistem:status',
  'sistem:tentang',
  'wilayah:provinsi',
  'wilayah:kabupaten',
  'wilayah:kecamatan',
  // A corrupt database must still be restorable from a backup.
  'cadangan:daftar',
  'cadangan:periksa',
  'cadangan:pulihkan',
])

/**
 * Channels that answer without a login: the start screen's status, the
 * Kemendagri reference lists (public data the wizard needs), and logging in,
 * out and recovering a forgotten Admin password.
 */
const TANPA_SESI = new Set<string>(['sistem:status', 'wilayah:provinsi', 'wilayah:kabupaten', 'wilayah:kecamatan', 'sesi:status', 'sesi:masuk', 'sesi:keluar', 'sesi:pulihkan'])

/** Channels that answer without a login only while the database has no account at all (first start). */
const SAAT_TANPA_AKUN = new Set<string>(['setup:simpan', 'contoh:muat', 'pengguna:admin-pertama'])

/** Who the handler sees on a call made without a login (public channels only). */
const SESI_TAMU: Sesi = { pengguna: '(belum masuk)', peran: 'pimpinan' }
/** Before the first account exists: the person at the PC is setting it up. */
const SESI_PENYIAPAN: Sesi = { pengguna: 'pengaturan-awal', peran: 'admin' }
/** A database that cannot be opened has no accounts to check: restoring a backup stays possible. */
const SESI_DARURAT: Sesi = { pengguna: 'pemulihan-darurat', peran: 'admin' }

const GANTI_SANDI_DULU: Galat = { kode: 'TIDAK_BERHAK', pesan: 'Ganti dahulu kata sandi yang diberikan Admin, lalu lanjutkan.' }
const BELUM_MASUK: Galat = { kode: 'BELUM_MASUK', pesan: 'Anda belum masuk atau sesi sudah berakhir. Masuk kembali untuk melanjutkan.' }

function dariZod(e: z.ZodError, pesan: string): Galat {
  return {
    kode: 'INPUT_TIDAK_VALID',
    pesan,
    rincian: e.issues.map((i) => ({ lokasi: i.path.map(String).join('.') || '(masukan)', pesan: i.message })),
  }
}

function dariGalatLain(e: unknown): Galat {
  if (e instanceof GalatAplikasi) return e.keJson()
  const kodeSqlite = (e as { code?: unknown } | null)?.code
  if (kodeSqlite === 'SQLITE_CORRUPT' || kodeSqlite === 'SQLITE_NOTADB') {
    return { kode: 'DB_RUSAK', pesan: 'Basis data rusak dan tidak dapat dibaca. Pulihkan dari cadangan terakhir.' }
  }
  if (typeof kodeSqlite === 'string' && kodeSqlite.startsWith('SQLITE_CONSTRAINT')) {
    return { kode: 'KONFLIK', pesan: 'Data ditolak karena bertentangan dengan data yang sudah ada.' }
  }
  console.error('[binmas] galat internal:', e)
  return { kode: 'GALAT_INTERNAL', pesan: 'Terjadi kesalahan di dalam aplikasi. Data tidak diubah; coba lagi atau hubungi admin.' }
}

/**
 * The caller: a transport passes its session carrier (a login decides who it
 * is); code may pass a fixed `Sesi` (tests, the web host's code-only test option).
 */
export type Pemanggil = Sesi | PembawaSesi
export type Dispatch = (kanal: string, masukan: unknown, pemanggil: Pemanggil) => Promise<Hasil<unknown>>

export interface OpsiDispatch {
  /** Idle limit of login sessions; default: the Admin's setting (minutes). Injectable for tests. */
  batasDiamMs?: number
  /** The clock of session expiry and login backoff (tests). */
  jam?: () => number
}

/**
 * The one entry point of both transports: checks the channel, the role and the
 * input, runs the handler, checks its output, and turns every failure into
 * `{ kode, pesan, rincian? }`. Nothing else parses or authorises.
 */
export function buatDispatch(app: Aplikasi, opsi: OpsiDispatch = {}): Dispatch {
  const daftarSesi = new DaftarSesi(() => opsi.batasDiamMs ?? (app.bdTerbuka ? bacaMenitKunci(app.bdTerbuka) : 15) * 60_000, opsi.jam)

  /** The live session of a carrier, checked against the accounts table: a deactivated or changed account ends it. */
  function sesiPembawa(pembawa: PembawaSesi): (Sesi & { harusGantiSandi?: boolean }) | null {
    const id = pembawa.baca()
    const s = daftarSesi.ambil(id)
    if (!s || !app.bdTerbuka) return s
    const r = pernyataan(app.bdTerbuka.sqlite, 'SELECT peran, aktif, harus_ganti_sandi FROM pengguna WHERE nama_pengguna = ?').get(s.pengguna) as { peran: string; aktif: number; harus_ganti_sandi: number } | undefined
    if (r && r.aktif === 1 && r.peran === s.peran) return r.harus_ganti_sandi === 1 ? { ...s, harusGantiSandi: true } : s
    daftarSesi.hapus(id)
    return null
  }

  return async (kanal, masukan, pemanggil) => {
    // A name must be a string: hasOwn would coerce ['desa:daftar'] to a known name,
    // and an object without a usable toString would make the coercion throw.
    if (typeof kanal !== 'string' || !Object.hasOwn(kontrak, kanal)) {
      const nama = typeof kanal === 'string' ? kanal.slice(0, 60) : '(bukan teks)'
      return { ok: false, galat: { kode: 'KANAL_TIDAK_DIKENAL', pesan: `Perintah "${nama}" tidak dikenal.` } }
    }
    const nama = kanal as NamaKanal
    const def = kontrak[nama]
    const pembawa = typeof pemanggil === 'object' && pemanggil !== null && 'baca' in pemanggil ? pemanggil : null
    const masukSesi = pembawa ? sesiPembawa(pembawa) : (pemanggil as Sesi)
    let sesi: Sesi
    if (masukSesi) {
      if (!(def.peran as readonly string[]).includes(masukSesi.peran)) {
        return { ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: 'Peran Anda tidak berhak melakukan tindakan ini.' } }
      }
      // A password an Admin chose is replaced first: until then only the session channels answer.
      if ('harusGantiSandi' in masukSesi && masukSesi.harusGantiSandi && !nama.startsWith('sesi:')) return { ok: false, galat: GANTI_SANDI_DULU }
      sesi = { pengguna: masukSesi.pengguna, peran: masukSesi.peran }
    } else if (TANPA_SESI.has(nama)) sesi = SESI_TAMU
    else if (app.galatDb && TANPA_DB.has(nama)) sesi = SESI_DARURAT
    else if (SAAT_TANPA_AKUN.has(nama) && app.bdTerbuka && !adaPengguna(app.bdTerbuka)) sesi = SESI_PENYIAPAN
    else return { ok: false, galat: BELUM_MASUK }
    const dibaca = def.input.safeParse(masukan ?? {})
    if (!dibaca.success) return { ok: false, galat: dariZod(dibaca.error, 'Isian tidak valid; periksa kolom yang ditandai.') }
    if (app.galatDb && !TANPA_DB.has(nama)) return { ok: false, galat: app.galatDb.keJson() }

    const k: Konteks = {
      get bd() {
        return app.bd
      },
      sesi,
      sesiMasuk: pembawa ? kendaliPembawa(daftarSesi, pembawa, masukSesi) : kendaliTetap(masukSesi),
      folderData: app.opsi.folderData,
      kirimEvent: (e) => app.kirimEvent(e),
      platform: app.opsi.platform,
      hariIni: () => app.hariIni(),
      versiAplikasi: app.opsi.versiAplikasi,
      galatDb: app.galatDb,
      versiSkemaDb: () => app.versiSkemaDb(),
      cadangkan: (alasan) => app.cadangkan(alasan),
      gantiBasisdata: (sumber) => app.gantiBasisdata(sumber),
    }
    try {
      // Mode Polda: data a Polres owns is read-only (the next Polres file would overwrite it).
      tolakDataPolresDiPolda(app.satker()?.jenis, nama)
      const fn = penanganSemua[nama] as Penangan<NamaKanal>
      const keluaran = await fn(dibaca.data as never, k)
      const diperiksa = def.output.safeParse(keluaran)
      if (!diperiksa.success) {
        console.error(`[binmas] keluaran ${nama} tidak sesuai kontrak:`, diperiksa.error.issues)
        return { ok: false, galat: { kode: 'GALAT_INTERNAL', pesan: 'Jawaban aplikasi tidak sesuai format. Data tidak diubah oleh pemeriksaan ini.' } }
      }
      // Pimpinan may call exactly the read-only channels; anything else may have changed data.
      if (!(def.peran as readonly string[]).includes('pimpinan')) {
        app.jadwalkanIkdk()
        app.cadangkanBerkalaBilaPerlu()
      }
      return { ok: true, data: diperiksa.data }
    } catch (e) {
      return { ok: false, galat: dariGalatLain(e) }
    }
  }
}
