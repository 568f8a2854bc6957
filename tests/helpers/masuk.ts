import type { Page } from 'playwright-core'

/** Logs in through the real "Masuk" form (web host without the code-only test session). */
export async function masuk(page: Page, nama: string, sandi: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Masuk' }).waitFor()
  await page.getByLabel('Nama pengguna').fill(nama)
  await page.getByLabel('Kata sandi').fill(sandi)
  await page.getByRole('button', { name: 'Masuk', exact: true }).click()
}
