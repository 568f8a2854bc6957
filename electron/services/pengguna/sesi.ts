import crypto from 'node:crypto'
import type { Sesi } from '../konteks'
import { PencatatGagal } from './percobaan'

/**
 * How a transport keeps a caller's session between calls: the desktop shell per
 * window (webContents), the web host in an HttpOnly cookie. Only the session id
 * travels; who it belongs to stays in the main process.
 */
export interface PembawaSesi {
  /** The session id the caller holds, or null. */
  baca(): string | null
  /** Keeps a new session id (login) or forgets it (null: logout, lock). */
  simpan(id: string | null): void
}

/** What a handler may do with the caller's session. */
export interface KendaliSesi {
  /** Who is logged in on this caller, or null. */
  readonly saatIni: Sesi | null
  /** True when code gave the session (tests, the fixed test host), not a login. */
  readonly tetap: boolean
  mulai(sesi: Sesi): void
  akhiri(): void
  /** Ends every session of a user: deactivated, role changed, password reset. */
  cabutPengguna(namaPengguna: string): void
  /** The idle limit after which the screen locks and the session ends, or null (fixed session). */
  batasDiamMs(): number | null
  /** Failure counters of names that are not accounts and of recovery attempts. */
  readonly pencatat: PencatatGagal
  /** The clock of lockouts and session expiry (injectable in tests). */
  jam(): number
}

/**
 * Sessions of the running app, in memory only: closing the app logs everyone out.
 * A session ends after `batasMs()` without a call, checked at every call.
 */
export class DaftarSesi {
  private peta = new Map<string, { sesi: Sesi; terakhir: number }>()
  readonly pencatat: PencatatGagal

  constructor(
    readonly batasMs: () => number,
    readonly jam: () => number = Date.now,
  ) {
    this.pencatat = new PencatatGagal(jam)
  }

  buat(sesi: Sesi): string {
    const id = crypto.randomBytes(32).toString('base64url')
    this.peta.set(id, { sesi: { pengguna: sesi.pengguna, peran: sesi.peran }, terakhir: this.jam() })
    return id
  }

  /** The live session of an id, touched; null when unknown or idle too long (then forgotten). */
  ambil(id: string | null): Sesi | null {
    if (!id) return null
    const s = this.peta.get(id)
    if (!s) return null
    const kini = this.jam()
    if (kini - s.terakhir > this.batasMs()) {
      this.peta.delete(id)
      return null
    }
    s.terakhir = kini
    return s.sesi
  }

  hapus(id: string | null): void {
    if (id) this.peta.delete(id)
  }

  cabutPengguna(namaPengguna: string): void {
    for (const [id, s] of this.peta) if (s.sesi.pengguna === namaPengguna) this.peta.delete(id)
  }

  get jumlah(): number {
    return this.peta.size
  }
}

const pencatatTetap = new PencatatGagal()

/** A session given by code: login and logout change nothing, the screen never locks. */
export function kendaliTetap(sesi: Sesi | null): KendaliSesi {
  return { saatIni: sesi, tetap: true, mulai: () => {}, akhiri: () => {}, cabutPengguna: () => {}, batasDiamMs: () => null, pencatat: pencatatTetap, jam: Date.now }
}

/** The session of a transport's caller, backed by the app's session list. */
export function kendaliPembawa(daftar: DaftarSesi, pembawa: PembawaSesi, saatIni: Sesi | null): KendaliSesi {
  return {
    saatIni,
    tetap: false,
    mulai: (sesi) => {
      daftar.hapus(pembawa.baca())
      pembawa.simpan(daftar.buat(sesi))
    },
    akhiri: () => {
      daftar.hapus(pembawa.baca())
      pembawa.simpan(null)
    },
    cabutPengguna: (nama) => daftar.cabutPengguna(nama),
    batasDiamMs: () => daftar.batasMs(),
    pencatat: daftar.pencatat,
    jam: daftar.jam,
  }
}
