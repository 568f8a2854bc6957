import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium } from 'playwright-core'

export const FOLDER_TANGKAPAN = path.resolve('test-results', 'tangkapan-layar')

/** Debian's Chromium, headless, with the flags this closed network needs. */
export async function bukaPeramban(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.BINMAS_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  })
}

export function berkasTangkapan(nama: string): string {
  fs.mkdirSync(FOLDER_TANGKAPAN, { recursive: true })
  return path.join(FOLDER_TANGKAPAN, nama)
}
