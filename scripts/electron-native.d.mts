/** Types for scripts/electron-native.mjs (plain Node ESM, so `npm start` needs no TypeScript). */
export function lokasiBinding(akar: string, versiElectron: string): string
export function versiElectron(akar?: string): string
export type HasilSiapkan = { ok: true; berkas: string; cara: 'sudah-ada' | 'prebuild' | 'node-gyp' } | { ok: false; pesan: string }
export function siapkanSqliteElectron(opsi?: {
  akar?: string
  versiElectron?: string
  arch?: string
  paksa?: boolean
  log?: (baris: string) => void
}): HasilSiapkan
