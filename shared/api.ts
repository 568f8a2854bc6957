import { z } from './zod-id'
import {
  auditSchema,
  desaSchema,
  desaUbahSchema,
  kecamatanWilayahSchema,
  kodeDesa,
  kodeKabupaten,
  kodeProvinsi,
  satkerSchema,
  setupSchema,
  wilayahSchema,
} from './skema-data'
import { galatSchema } from './galat'
import { kontrakPertukaran } from './api-pertukaran'
import { hasilSetupSchema, kontrakPengguna, setupDenganAdminSchema } from './api-pengguna'
import { kontrakPeta } from './api-peta'
import { kontrakAnev } from './api-anev'
import { kontrakPolda } from './api-polda'
import { kontrakTemplat } from './api-templat'
import { ADMIN, type DefinisiKanal, PENGUBAH, SEMUA } from './kontrak-dasar'
import type { NamaKanal } from './kanal'
import { kejadianMasukanSchema, kejadianSchema, saringKejadianSchema } from './kejadian'
import { daftarSelMingguanSchema, mingguSchema } from './mingguan'
import { daftarRingan, hanyaTeks } from './zod-ringan'
import { akhiriBinaanSchema, desaTambahSchema, gantiKodeDesaSchema, personelMasukanSchema, personelSchema, tetapkanBinaanSchema } from './personel'

import type { Skema } from './ikdk'
import type { HasilBeranda, HasilDaftarSkema, HasilPeringatan, HasilPratinjauSkema, HasilRincianIkdk, HasilSensitivitas, HasilTabelIkdk } from './hasil-ikdk'

const infoCadanganSchema = z.object({ nama: z.string(), waktu: z.string(), alasan: z.string(), ukuran: z.number() })
const isiCadanganSchema = z.object({ versiSkema: z.number(), satker: z.string().nullable(), jumlahDesa: z.number(), jumlahLaporan: z.number(), jumlahKejadian: z.number() })
const bulanSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Bulan harus berbentuk TTTT-BB')
const periodeSchema = z.object({ bulan: z.string(), terkunci: z.boolean(), dikunciPada: z.string().nullable(), dikunciOleh: z.string().nullable() })

/**
 * The API contract: every channel once, with its input and output schema and
 * the roles allowed to call it. Both transports (Electron IPC and the web test
 * host) go through electron/api.ts `dispatch`, which enforces all of it.
 */
export const kontrak = {
  'sistem:status': {
    input: z.object({}),
    output: z.object({
      sudahDisiapkan: z.boolean(),
      satkerNama: z.string().nullable(),
      /** 'polda' in Mode Polda: the sidebar shows the Polda screens and hides weekly typing. */
      jenisSatker: z.enum(['polres', 'polda']).nullable(),
      zonaWaktu: z.string().nullable(),
      hariIni: z.string(),
      versiAplikasi: z.string(),
      versiSkemaDb: z.number().int(),
      folderData: z.string(),
      galatDb: galatSchema.nullable(),
      dataContoh: z.boolean(),
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
  'setup:simpan': { input: setupDenganAdminSchema, output: hasilSetupSchema, peran: ADMIN },
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
  'desa:tambah': { input: desaTambahSchema, output: desaSchema, peran: PENGUBAH },
  'desa:ganti-kode': { input: gantiKodeDesaSchema, output: desaSchema, peran: ADMIN },
  'audit:riwayat': {
    input: z.object({
      tabel: z.enum(['desa', 'satker', 'polsek', 'kecamatan', 'personel', 'desa_binaan', 'laporan_mingguan', 'kejadian', 'kunci_periode', 'polres']),
      kunci: z.string().max(100),
    }),
    output: z.array(auditSchema),
    peran: SEMUA,
  },
  'personel:daftar': {
    input: z.object({}),
    output: z.object({
      personel: z.array(personelSchema),
      desaTanpaBhabin: z.array(z.object({ kode: z.string(), nama: z.string(), kecamatanNama: z.string(), polsekNama: z.string().nullable() })),
    }),
    peran: SEMUA,
  },
  'personel:simpan': { input: personelMasukanSchema, output: z.object({ nrp: z.string() }), peran: PENGUBAH },
  'binaan:tetapkan': { input: tetapkanBinaanSchema, output: z.object({}), peran: PENGUBAH },
  'binaan:akhiri': { input: akhiriBinaanSchema, output: z.object({}), peran: PENGUBAH },
  'mingguan:ambil': {
    input: mingguSchema.and(z.object({ polsekId: z.number().int().optional() })),
    output: z.object({
      tahun: z.number(),
      minggu: z.number(),
      bulan: z.string(),
      terkunci: z.boolean(),
      baris: z.array(
        z.object({
          desaKode: z.string(),
          desaNama: z.string(),
          kecamatanNama: z.string(),
          polsekId: z.number().nullable(),
          polsekNama: z.string().nullable(),
          posKamlingTotal: z.number().nullable(),
          bhabinkamtibmas: z.string().nullable(),
          nilai: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
          diubahPada: z.string().nullable(),
        }),
      ),
    }),
    peran: SEMUA,
  },
  'mingguan:simpan': {
    input: mingguSchema.and(z.object({ sel: daftarSelMingguanSchema })),
    output: z.object({
      // A full week answers 4.400 saved cells: checked without copying them.
      tersimpan: daftarRingan(z.array(z.object({ desaKode: z.string(), kolom: z.string() })), hanyaTeks(['desaKode', 'kolom'])),
      ditolak: daftarRingan(z.array(z.object({ desaKode: z.string(), kolom: z.string(), pesan: z.string() })), hanyaTeks(['desaKode', 'kolom', 'pesan'])),
      diubahPada: z.string(),
    }),
    peran: PENGUBAH,
  },
  'mingguan:kelengkapan': {
    input: mingguSchema,
    output: z.object({
      tahun: z.number(),
      minggu: z.number(),
      total: z.number(),
      melapor: z.number(),
      polsek: z.array(
        z.object({
          polsekId: z.number().nullable(),
          polsekNama: z.string(),
          total: z.number(),
          melapor: z.number(),
          belum: z.array(z.object({ kode: z.string(), nama: z.string(), kecamatanNama: z.string() })),
        }),
      ),
      ringkasanTeks: z.string(),
    }),
    peran: SEMUA,
  },
  'kejadian:daftar': { input: saringKejadianSchema, output: z.array(kejadianSchema), peran: SEMUA },
  'kejadian:simpan': { input: kejadianMasukanSchema, output: kejadianSchema, peran: PENGUBAH },
  'kejadian:hapus': { input: z.object({ ids: z.array(z.uuid()).min(1).max(5000) }), output: z.object({ jumlah: z.number() }), peran: PENGUBAH },
  'periode:daftar': { input: z.object({}), output: z.array(periodeSchema), peran: SEMUA },
  'periode:kunci': { input: z.object({ bulan: bulanSchema }), output: z.array(periodeSchema), peran: ADMIN },
  'periode:buka': {
    input: z.object({ bulan: bulanSchema, alasan: z.string().trim().min(10, 'Tuliskan alasan membuka kunci (minimal 10 huruf)').max(500) }),
    output: z.array(periodeSchema),
    peran: ADMIN,
  },
  'ikdk:bulan': { input: z.object({ bulan: bulanSchema }), output: z.custom<HasilTabelIkdk>((v) => typeof v === 'object' && v !== null), peran: SEMUA },
  'ikdk:rincian': { input: z.object({ desaKode: kodeDesa, bulan: bulanSchema }), output: z.custom<HasilRincianIkdk>((v) => typeof v === 'object' && v !== null), peran: SEMUA },
  'ikdk:peringatan': { input: z.object({ bulan: bulanSchema }), output: z.custom<HasilPeringatan>((v) => typeof v === 'object' && v !== null), peran: SEMUA },
  'ikdk:sensitivitas': { input: z.object({ bulan: bulanSchema }), output: z.custom<HasilSensitivitas>((v) => typeof v === 'object' && v !== null), peran: SEMUA },
  'beranda:ringkasan': { input: z.object({}), output: z.custom<HasilBeranda>((v) => typeof v === 'object' && v !== null), peran: SEMUA },
  'skema:daftar': { input: z.object({}), output: z.custom<HasilDaftarSkema>((v) => typeof v === 'object' && v !== null), peran: SEMUA },
  'skema:isi': { input: z.object({ id: z.string().max(60), versi: z.number().int().min(1) }), output: z.custom<Skema>((v) => typeof v === 'object' && v !== null), peran: SEMUA },
  'skema:pratinjau': { input: z.object({ teks: z.string().max(1_000_000, 'Berkas skema terlalu besar (maks. 1 MB)') }), output: z.custom<HasilPratinjauSkema>((v) => typeof v === 'object' && v !== null), peran: SEMUA },
  'skema:impor': { input: z.object({ teks: z.string().max(1_000_000, 'Berkas skema terlalu besar (maks. 1 MB)') }), output: z.object({ id: z.string(), versi: z.number() }), peran: ADMIN },
  'skema:tetapkan': {
    input: z.object({ bulanMulai: bulanSchema, id: z.string().max(60), versi: z.number().int().min(1) }),
    output: z.custom<HasilDaftarSkema>((v) => typeof v === 'object' && v !== null),
    peran: ADMIN,
  },
  'cadangan:daftar': {
    input: z.object({}),
    output: z.object({ folder: z.string(), cadangan: z.array(infoCadanganSchema) }),
    peran: SEMUA,
  },
  'cadangan:unduh': {
    input: z.object({ sandi: z.string().min(8, 'Kata sandi minimal 8 karakter').max(200).optional() }),
    output: z.object({ nama: z.string(), isiBase64: z.string(), info: infoCadanganSchema }),
    peran: ADMIN,
  },
  'cadangan:periksa': { input: z.object({ isiBase64: z.string().max(700_000_000), sandi: z.string().max(200).optional() }), output: isiCadanganSchema, peran: ADMIN },
  'cadangan:pulihkan': {
    input: z.object({ nama: z.string().max(200).optional(), isiBase64: z.string().max(700_000_000).optional(), sandi: z.string().max(200).optional() }),
    output: isiCadanganSchema,
    peran: ADMIN,
  },
  'contoh:muat': { input: z.object({}), output: z.object({ desa: z.number(), personel: z.number(), laporan: z.number(), kejadian: z.number() }), peran: ADMIN },
  'contoh:hapus': { input: z.object({}), output: z.object({}), peran: ADMIN },
  ...kontrakPertukaran,
  ...kontrakPengguna,
  ...kontrakPeta,
  ...kontrakAnev,
  ...kontrakPolda,
  ...kontrakTemplat,
} as const satisfies Record<NamaKanal, DefinisiKanal>

export type Kontrak = typeof kontrak
export type Masukan<K extends NamaKanal> = z.input<Kontrak[K]['input']>
export type Keluaran<K extends NamaKanal> = z.output<Kontrak[K]['output']>

/** The typed client surface: the same shape for window.binmas and the web client. */
export type BinmasApi = { [K in NamaKanal]: (masukan: Masukan<K>) => Promise<import('./galat').Hasil<Keluaran<K>>> }

export type { NamaKanal }
