import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type Database from 'better-sqlite3'

export const FOLDER_CADANGAN = 'cadangan'
export const ALASAN_CADANGAN = ['mulai', 'impor', 'migrasi', 'pulih', 'berkala', 'manual'] as const
export type AlasanCadangan = (typeof ALASAN_CADANGAN)[number]

/** Keep the newest N, plus the newest of every month (a year of history at little cost). */
export const SIMPAN_TERAKHIR = 10

const POLA = /^binmas-(\d{8})-(\d{6})-([a-z]+)\.sqlite$/

export interface InfoCadangan {
  nama: string
  waktu: string
  alasan: string
  ukuran: number
}

export function folderCadangan(folderData: string): string {
  return path.join(folderData, FOLDER_CADANGAN)
}

/** UTC 'YYYYMMDD-HHMMSS' for file names (sortable, no colons: Windows-safe). */
export function capWaktu(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}-${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}`
}

/** Backups in the data folder, newest first (names carry the UTC time and the reason). */
export function daftarCadangan(folderData: string): InfoCadangan[] {
  const folder = folderCadangan(folderData)
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder)
    .map((nama) => ({ nama, m: POLA.exec(nama) }))
    .filter((x): x is { nama: string; m: RegExpExecArray } => x.m !== null)
    .map(({ nama, m }) => {
      const [t, j] = [m[1]!, m[2]!]
      return {
        nama,
        waktu: `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${j.slice(0, 2)}:${j.slice(2, 4)}:${j.slice(4, 6)}Z`,
        alasan: m[3]!,
        ukuran: fs.statSync(path.join(folder, nama)).size,
      }
    })
    .sort((a, b) => b.nama.localeCompare(a.nama))
}

/**
 * A consistent copy of the live database with SQLite's online backup API
 * (safe while the app keeps writing), written to a temporary name and renamed,
 * so a power cut never leaves a half backup under a real name.
 */
export async function buatCadangan(sqlite: Database.Database, folderData: string, alasan: AlasanCadangan, saat = new Date()): Promise<InfoCadangan> {
  const folder = folderCadangan(folderData)
  fs.mkdirSync(folder, { recursive: true })
  let nama = `binmas-${capWaktu(saat)}-${alasan}.sqlite`
  for (let i = 1; fs.existsSync(path.join(folder, nama)); i++) nama = `binmas-${capWaktu(new Date(saat.getTime() + i * 1000))}-${alasan}.sqlite`
  // Its own temporary file even if another process picked the same name in the same second.
  const sementara = path.join(folder, `.${nama}.${crypto.randomBytes(4).toString('hex')}.tmp`)
  await sqlite.backup(sementara)
  fs.renameSync(sementara, path.join(folder, nama))
  putarCadangan(folderData)
  return daftarCadangan(folderData).find((c) => c.nama === nama)!
}

/** Rotation: the newest SIMPAN_TERAKHIR, plus the newest backup of each month. */
export function putarCadangan(folderData: string): string[] {
  const semua = daftarCadangan(folderData)
  const simpan = new Set(semua.slice(0, SIMPAN_TERAKHIR).map((c) => c.nama))
  const perBulan = new Set<string>()
  for (const c of semua) {
    const bulan = c.waktu.slice(0, 7)
    if (!perBulan.has(bulan)) {
      perBulan.add(bulan)
      simpan.add(c.nama)
    }
  }
  const hapus = semua.filter((c) => !simpan.has(c.nama)).map((c) => c.nama)
  for (const n of hapus) fs.rmSync(path.join(folderCadangan(folderData), n), { force: true })
  return hapus
}
