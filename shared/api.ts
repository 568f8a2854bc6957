import { z } from './zod-id'
import {
  auditSchema,
  desaSchema,
  desaUbahSchema,
  kecamatanWilayahSchema,
  kodeKabupaten,
  kodeProvinsi,
  PERAN,
  type Peran,
  satkerSchema,
  setupSchema,
  wilayahSchema,
} from './skema-data'
import { galatSchema } from './galat'
import type { NamaKanal } from './kanal'

/**
 * The API contract: every channel once, with its input and output schema and
 * the roles allowed to call it. Both transports (Electron IPC and the web test
 * host) go through electron/api.ts `dispatch`, which enforces all of it.
 */
interface DefinisiKanal {
  input: z.ZodType
  output: z.ZodType
  peran: readonly Peran[]
}

const SEMUA = PERAN
const PENGUBAH = ['admin', 'operator'] as const
const ADMIN = ['admin'] as const

export const kontrak = {
  'sistem:status': {
    input: z.object({}),
    output: z.object({
      sudahDisiapkan: z.boolean(),
      satkerNama: z.string().nullable(),
      zonaWaktu: z.string().nullable(),
      hariIni: z.string(),
      versiAplikasi: z.string(),
      versiSkemaDb: z.number().int(),
      folderData: z.string(),
      galatDb: galatSchema.nullable(),
    }),
    peran: SEMUA,
  },
  'sistem:tentang': {
    input: z.object({}),
    output: z.object({
      versiAplikasi: z.string(),
      sumberWilayah: z.object({ paket: z.string(), versi: z.string(), lisensi: z.string(), jumlahProvinsi: z.number(), jumlahKabupaten: z.number(), jumlahKecamatan: z.number(), jumlahDesa: z.number() }),
    }),
    peran: SEMUA,
  },
  'wilayah:provinsi': { input: z.object({}), output: z.array(wilayahSchema), peran: SEMUA },
  'wilayah:kabupaten': { input: z.object({ provinsiKode: kodeProvinsi }), output: z.array(wilayahSchema), peran: SEMUA },
  'wilayah:kecamatan': {
    input: z.object({ kabupatenKode: z.array(kodeKabupaten).min(1, 'Pilih minimal satu kabupaten/kota') }),
    output: z.array(kecamatanWilayahSchema),
    peran: SEMUA,
  },
  'setup:simpan': { input: setupSchema, output: satkerSchema, peran: ADMIN },
  'satker:info': { input: z.object({}), output: satkerSchema, peran: SEMUA },
  'desa:daftar': {
    input: z.object({
      cari: z.string().max(100).optional(),
      kecamatanKode: z.string().max(20).optional(),
      polsekId: z.number().int().optional(),
    }),
    output: z.array(desaSchema),
    peran: SEMUA,
  },
  'desa:ubah': { input: desaUbahSchema, output: desaSchema, peran: PENGUBAH },
  'audit:riwayat': {
    input: z.object({ tabel: z.enum(['desa', 'satker', 'polsek', 'kecamatan']), kunci: z.string().max(100) }),
    output: z.array(auditSchema),
    peran: SEMUA,
  },
} as const satisfies Record<NamaKanal, DefinisiKanal>

export type Kontrak = typeof kontrak
export type Masukan<K extends NamaKanal> = z.input<Kontrak[K]['input']>
export type Keluaran<K extends NamaKanal> = z.output<Kontrak[K]['output']>

/** The typed client surface: the same shape for window.binmas and the web client. */
export type BinmasApi = { [K in NamaKanal]: (masukan: Masukan<K>) => Promise<import('./galat').Hasil<Keluaran<K>>> }

export type { NamaKanal }
