import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)
export const AXE = require.resolve('axe-core/axe.min.js')

export type Pelanggaran = { id: string; impact: string | null; help: string; target: string[] }

/**
 * Serious and critical axe violations on the page. axe needs its script
 * injected, which the app's CSP forbids: only contexts made with bypassCSP use this.
 */
export async function pelanggaranBerat(page: Page): Promise<Pelanggaran[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE })
  const semua = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe
    const r = await axe.run(document, { resultTypes: ['violations'] })
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, target: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }))
  })
  return semua.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}
