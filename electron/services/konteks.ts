import type { EventAplikasi } from '../../shared/event'
import type { Peran } from '../../shared/skema-data'
import type { GalatAplikasi } from '../../shared/galat'
import type { AlasanCadangan, InfoCadangan } from './cadangan/berkas'
import type { Basisdata } from './db/koneksi'
import type { PortPlatform } from './platform'
import type { KendaliSesi } from './pengguna/sesi'

/** Who is calling: the account name (written to the audit trail) and its role. */
export interface Sesi {
  pengguna: string
  peran: Peran
}

/** What every handler receives: the open database, the caller and the app's ports. */
export interface Konteks {
  bd: Basisdata
  sesi: Sesi
  /** Login, logout and lock of the caller (absent in a Konteks built by hand: a fixed session). */
  sesiMasuk?: KendaliSesi
  folderData: string
  kirimEvent: (e: EventAplikasi) => void
  platform: PortPlatform
  /** Today's calendar date in the satker's zone ('YYYY-MM-DD'); fixed in tests. */
  hariIni: () => string
  versiAplikasi: string
  /** Why the database could not be opened, if it could not. */
  galatDb: GalatAplikasi | null
  versiSkemaDb: () => number
  /** Backup of the live database (best effort; null when it failed). */
  cadangkan: (alasan: AlasanCadangan) => Promise<InfoCadangan | null>
  /** Replaces the live database with a checked file (restore). */
  gantiBasisdata: (sumber: string) => Promise<void>
}
