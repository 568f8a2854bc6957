import type { Migrasi } from './jenis'
import { migrasi001 } from './001_awal'
import { migrasi002 } from './002_pengaturan'
import { migrasi003 } from './003_mingguan'
import { migrasi004 } from './004_ikdk'
import { migrasi005 } from './005_pertukaran'

/** Every migration in order. Versions only increase; released ones never change. */
export const MIGRASI: readonly Migrasi[] = [migrasi001, migrasi002, migrasi003, migrasi004, migrasi005]
export const VERSI_SKEMA_TERBARU = MIGRASI[MIGRASI.length - 1]!.versi
export type { Migrasi }
