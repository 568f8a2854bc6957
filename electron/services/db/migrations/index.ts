import type { Migrasi } from './jenis'
import { migrasi001 } from './001_awal'
import { migrasi002 } from './002_pengaturan'
import { migrasi003 } from './003_mingguan'
import { migrasi004 } from './004_ikdk'
import { migrasi005 } from './005_pertukaran'
import { migrasi006 } from './006_pengguna'
import { migrasi007 } from './007_peta'
import { migrasi008 } from './008_anev'
import { migrasi009 } from './009_polda'
import { migrasi010 } from './010_pemetaan_impor'
import { migrasi011 } from './011_kinerja_mingguan'

/** Every migration in order. Versions only increase; released ones never change. */
export const MIGRASI: readonly Migrasi[] = [migrasi001, migrasi002, migrasi003, migrasi004, migrasi005, migrasi006, migrasi007, migrasi008, migrasi009, migrasi010, migrasi011]
export const VERSI_SKEMA_TERBARU = MIGRASI[MIGRASI.length - 1]!.versi
export type { Migrasi }
