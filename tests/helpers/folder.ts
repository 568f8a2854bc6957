import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A fresh data folder per test; the app never sees a user's real one under test. */
export function folderSementara(awalan = 'binmas-uji-'): { folder: string; hapus: () => void } {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), awalan))
  return { folder, hapus: () => fs.rmSync(folder, { recursive: true, force: true }) }
}
