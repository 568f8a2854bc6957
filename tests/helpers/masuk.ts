import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { berkasTangkapan } from './peramban'

/** Logs in through the real "Masuk" form (web host without the code-only test session). */
export async function masuk(page: Page, nama: string, sandi: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor()
  await page.getByLabel('Nama pengguna').fill(nama)
  await page.getByLabel('Kata sandi').fill(sandi)
  await page.getByRole('button', { name: 'Masuk', exact: true }).click()
}

/** A caller of the host's API that keeps its own session cookie, like one browser (log in with `sesi:masuk`). */
export function klienApi(host: { port: number; token: string }) {
  let kuki = ''
  return async <T>(kanal: string, masukan: unknown = {}): Promise<T> => {
    const r = await fetch(`http://127.0.0.1:${host.port}/api/panggil/${kanal}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-binmas-token': host.token, cookie: kuki },
      body: JSON.stringify(masukan),
    })
    const baru = r.headers.get('set-cookie')
    if (baru) kuki = baru.split(';')[0]!
    const h = (await r.json()) as { ok: boolean; data: T; galat?: unknown }
    if (!h.ok) throw new Error(`${kanal}: ${JSON.stringify(h.galat)}`)
    return h.data
  }
}

/** The first login of an account the Admin made: the given password is replaced before anything else. */
export async function masukPertama(page: Page, u: { nama: string; sandi: string; baru: string }, tangkapan?: string): Promise<void> {
  await masuk(page, u.nama, u.sandi)
  await page.getByRole('heading', { level: 1, name: 'Ganti Kata Sandi' }).waitFor()
  expect(await page.getByRole('navigation', { name: 'Menu utama' }).count()).toBe(0)
  if (tangkapan) await page.screenshot({ path: berkasTangkapan(tangkapan) })
  await page.getByLabel('Kata sandi dari Admin').fill(u.sandi)
  await page.getByLabel('Kata sandi baru', { exact: true }).fill(u.baru)
  await page.getByLabel('Ulangi kata sandi baru').fill(u.baru)
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
}
