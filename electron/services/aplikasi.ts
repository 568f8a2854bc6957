import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { EventAplikasi, PendengarEvent } from '../../shared/event'
import { GalatAplikasi } from '../../shared/galat'
import { ZONA_WAKTU, type ZonaWaktu } from '../../shared/zona-waktu'
import { type Basisdata, bukaBasisdata } from './db/koneksi'
import { versiSkema } from './db/migrasi'
import { perbaruiIkdk } from './ikdk/hitung'
import { type AlasanCadangan, buatCadangan, capWaktu, folderCadangan, type InfoCadangan } from './cadangan/berkas'

/** An automatic backup at most this often while the user keeps editing. */
export const MENIT_CADANGAN_BERKALA = 30
import type { PortPlatform } from './platform'

export const NAMA_BERKAS_DB = 'binmas.sqlite'

/**
 * The data folder: BINMAS_DATA_DIR when set, else the OS user-data folder
 * (the same one Electron's app.getPath('userData') gives for "Binmas Desk").
 * Under a test runner it must be set, so tests never touch a user's data.
 */
export function tentukanFolderData(env: NodeJS.ProcessEnv = process.env, bawaan?: string): string {
  if (env.BINMAS_DATA_DIR) return path.resolve(env.BINMAS_DATA_DIR)
  if (env.VITEST || env.NODE_ENV === 'test') {
    throw new Error('BINMAS_DATA_DIR wajib diisi saat pengujian: pengujian tidak boleh memakai folder data pengguna.')
  }
  if (bawaan) return bawaan
  const nama = 'Binmas Desk'
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), nama)
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', nama)
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), nama)
}

/** Today's calendar date in a zone, as 'YYYY-MM-DD'. */
export function tanggalDiZona(zona: ZonaWaktu, saat: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONA_WAKTU[zona].iana, year: 'numeric', month: '2-digit', day: '2-digit' }).format(saat)
}

export interface OpsiAplikasi {
  folderData: string
  platform: PortPlatform
  versiAplikasi: string
  nativeBinding?: string
  /** Fixed "today" for demos and tests ('YYYY-MM-DD'). */
  hariIni?: string
  /** Recompute IKDK in the background after changes (default on; benchmarks time it separately). */
  ikdkOtomatis?: boolean
}

/** The running backend: one open database, its event listeners and the platform port. */
export class Aplikasi {
  readonly pendengar = new Set<PendengarEvent>()
  bdTerbuka: Basisdata | null = null
  galatDb: GalatAplikasi | null = null

  private constructor(readonly opsi: OpsiAplikasi) {}

  static buka(opsi: OpsiAplikasi): Aplikasi {
    const app = new Aplikasi(opsi)
    fs.mkdirSync(opsi.folderData, { recursive: true })
    app.bukaBerkas()
    // A backup at every start of a database that holds a satker (not of an empty one).
    if (app.bdTerbuka && app.bdTerbuka.sqlite.prepare('SELECT 1 FROM satker').get()) void app.cadangkan('mulai')
    return app
  }

  private bukaBerkas(): void {
    try {
      this.bdTerbuka = bukaBasisdata(path.join(this.opsi.folderData, NAMA_BERKAS_DB), {
        nativeBinding: this.opsi.nativeBinding,
        cadanganSebelumMigrasi: () => path.join(folderCadangan(this.opsi.folderData), `binmas-${capWaktu(new Date())}-migrasi.sqlite`),
      })
      this.galatDb = null
    } catch (e) {
      if (!(e instanceof GalatAplikasi)) throw e
      this.galatDb = e
    }
  }

  private cadanganTerakhir = 0
  /** Backups are best effort: a failing backup is logged, never blocks the user's work. */
  private cadanganBerjalan: Promise<unknown> = Promise.resolve()

  async cadangkan(alasan: AlasanCadangan): Promise<InfoCadangan | null> {
    if (!this.bdTerbuka) return null
    this.cadanganTerakhir = Date.now()
    const sqlite = this.bdTerbuka.sqlite
    // One backup at a time; closing the app waits for the running one.
    const kerja = this.cadanganBerjalan.then(async () => {
      try {
        return sqlite.open ? await buatCadangan(sqlite, this.opsi.folderData, alasan) : null
      } catch (e) {
        console.error('[binmas] cadangan gagal:', e)
        return null
      }
    })
    this.cadanganBerjalan = kerja
    return kerja
  }

  /** Every N minutes of editing: called after changes, backs up when the last one is old enough. */
  cadangkanBerkalaBilaPerlu(): void {
    if (Date.now() - this.cadanganTerakhir >= MENIT_CADANGAN_BERKALA * 60_000) void this.cadangkan('berkala')
  }

  /**
   * Replaces the live database with a checked file (restore). The current data
   * is kept first: as a backup when it opens, as a raw copy when it is corrupt.
   */
  async gantiBasisdata(sumber: string): Promise<void> {
    const berkas = path.join(this.opsi.folderData, NAMA_BERKAS_DB)
    if (this.bdTerbuka) {
      const simpan = await this.cadangkan('pulih')
      if (!simpan) throw new GalatAplikasi('GALAT_INTERNAL', 'Data saat ini gagal dicadangkan; pemulihan dibatalkan agar tidak ada yang hilang.')
      await this.bdTerbuka.tutup()
      this.bdTerbuka = null
    } else if (fs.existsSync(berkas)) {
      fs.mkdirSync(folderCadangan(this.opsi.folderData), { recursive: true })
      fs.copyFileSync(berkas, path.join(folderCadangan(this.opsi.folderData), `rusak-${capWaktu(new Date())}.sqlite`))
    }
    const sementara = `${berkas}.pulih.tmp`
    fs.copyFileSync(sumber, sementara)
    for (const akhiran of ['-wal', '-shm']) fs.rmSync(berkas + akhiran, { force: true })
    fs.renameSync(sementara, berkas)
    this.satkerTersimpan = undefined
    this.bukaBerkas()
    if (this.bdTerbuka) this.kirimEvent({ jenis: 'db-siap', versiSkema: this.versiSkemaDb() })
    this.kirimEvent({ jenis: 'data-berubah', tabel: 'semua' })
  }

  get bd(): Basisdata {
    if (this.bdTerbuka) return this.bdTerbuka
    throw this.galatDb ?? new GalatAplikasi('DB_RUSAK', 'Basis data belum terbuka.')
  }

  versiSkemaDb(): number {
    return this.bdTerbuka ? versiSkema(this.bdTerbuka.sqlite) : 0
  }

  /** Emits db-siap to late listeners too, so a page that subscribes after start still hears it. */
  dengar(fn: PendengarEvent): () => void {
    this.pendengar.add(fn)
    if (this.bdTerbuka) fn({ jenis: 'db-siap', versiSkema: this.versiSkemaDb() })
    return () => this.pendengar.delete(fn)
  }

  kirimEvent(e: EventAplikasi): void {
    if (e.jenis === 'data-berubah' && (e.tabel === 'satker' || e.tabel === 'semua')) this.satkerTersimpan = undefined
    for (const fn of this.pendengar) fn(e)
  }

  private satkerTersimpan: { zona: ZonaWaktu; jenis: 'polres' | 'polda' } | null | undefined

  /**
   * The satker's zone and kind (Polres or Polda), cached: dispatch asks for the kind on
   * every write of Polres data. Forgotten when the satker changes (setup, demo data) or
   * another database is opened; null before the Pengaturan Awal.
   */
  satker(): { zona: ZonaWaktu; jenis: 'polres' | 'polda' } | null {
    if (this.satkerTersimpan === undefined && this.bdTerbuka) {
      const r = this.bdTerbuka.sqlite.prepare('SELECT zona_waktu, jenis FROM satker WHERE id = 1').get() as { zona_waktu: ZonaWaktu; jenis: 'polres' | 'polda' } | undefined
      this.satkerTersimpan = r ? { zona: r.zona_waktu, jenis: r.jenis } : null
    }
    return this.satkerTersimpan ?? null
  }

  zonaSatker(): ZonaWaktu | null {
    return this.satker()?.zona ?? null
  }

  hariIni(): string {
    return this.opsi.hariIni ?? tanggalDiZona(this.zonaSatker() ?? 'WIB')
  }

  private ikdkTerjadwal = false

  /**
   * Recomputes dirty IKDK results soon after a change, outside the request, so
   * saving a cell stays fast. Never inside an open transaction: it waits.
   */
  jadwalkanIkdk(): void {
    if (this.ikdkTerjadwal || !this.bdTerbuka || this.opsi.ikdkOtomatis === false) return
    this.ikdkTerjadwal = true
    const jalan = () => {
      const bd = this.bdTerbuka
      if (!bd) return void (this.ikdkTerjadwal = false)
      if (bd.sqlite.inTransaction) return void setTimeout(jalan, 20)
      this.ikdkTerjadwal = false
      try {
        if (perbaruiIkdk(bd, this.hariIni()) > 0) this.kirimEvent({ jenis: 'data-berubah', tabel: 'hasil_ikdk' })
      } catch (e) {
        console.error('[binmas] hitung ulang IKDK gagal:', e)
      }
    }
    setImmediate(jalan)
  }

  async tutup(): Promise<void> {
    await this.cadanganBerjalan
    await this.bdTerbuka?.tutup()
    this.bdTerbuka = null
  }
}
