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
import { penanganDesa } from './services/desa/penangan'
import type { Konteks, Sesi } from './services/konteks'
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

export type Dispatch = (kanal: string, masukan: unknown, sesi: Sesi) => Promise<Hasil<unknown>>

/**
 * The one entry point of both transports: checks the channel, the role and the
 * input, runs the handler, checks its output, and turns every failure into
 * `{ kode, pesan, rincian? }`. Nothing else parses or authorises.
 */
export function buatDispatch(app: Aplikasi): Dispatch {
  return async (kanal, masukan, sesi) => {
    // A name must be a string: hasOwn would coerce ['desa:daftar'] to a known name,
    // and an object without a usable toString would make the coercion throw.
    if (typeof kanal !== 'string' || !Object.hasOwn(kontrak, kanal)) {
      const nama = typeof kanal === 'string' ? kanal.slice(0, 60) : '(bukan teks)'
      return { ok: false, galat: { kode: 'KANAL_TIDAK_DIKENAL', pesan: `Perintah "${nama}" tidak dikenal.` } }
    }
    const nama = kanal as NamaKanal
    const def = kontrak[nama]
    if (!(def.peran as readonly string[]).includes(sesi.peran)) {
      return { ok: false, galat: { kode: 'TIDAK_BERHAK', pesan: 'Peran Anda tidak berhak melakukan tindakan ini.' } }
    }
    const dibaca = def.input.safeParse(masukan ?? {})
    if (!dibaca.success) return { ok: false, galat: dariZod(dibaca.error, 'Isian tidak valid; periksa kolom yang ditandai.') }
    if (app.galatDb && !TANPA_DB.has(nama)) return { ok: false, galat: app.galatDb.keJson() }

    const k: Konteks = {
      get bd() {
        return app.bd
      },
      sesi,
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
