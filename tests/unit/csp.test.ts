import { describe, expect, it } from 'vitest'
import { ARAHAN_CSP, CSP } from '../../electron/app/csp'

/** Parses "a x y; b z" into { a: ['x','y'], b: ['z'] }. */
function urai(csp: string): Record<string, string[]> {
  return Object.fromEntries(
    csp
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => {
        const [nama = '', ...sumber] = s.split(/\s+/)
        return [nama, sumber]
      }),
  )
}

describe('CSP aplikasi', () => {
  const arahan = urai(CSP)

  it('[A2] CSP adalah string yang tepat seperti yang dirancang', () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    )
    expect(urai(CSP)).toEqual(Object.fromEntries(Object.entries(ARAHAN_CSP).map(([k, v]) => [k, [...v]])))
  })

  it("[A2] CSP tanpa 'unsafe-eval', tanpa skrip inline dan tanpa wildcard", () => {
    expect(CSP).not.toContain("'unsafe-eval'")
    expect(CSP).not.toContain("'wasm-unsafe-eval'")
    expect(arahan['script-src']).toEqual(["'self'"])
    expect(CSP).not.toMatch(/(^|\s)\*(\s|;|$)/)
  })

  it('[A2] CSP tidak mengizinkan host jarak jauh', () => {
    for (const [nama, sumber] of Object.entries(arahan)) {
      for (const s of sumber) {
        expect(s, `${nama} ${s}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/)
      }
    }
    expect(CSP).not.toMatch(/https?:|wss?:|\/\//)
  })

  it('[A2] object-src, base-uri, form-action dan frame-ancestors tertutup', () => {
    expect(arahan['object-src']).toEqual(["'none'"])
    expect(arahan['frame-ancestors']).toEqual(["'none'"])
    expect(arahan['base-uri']).toEqual(["'none'"])
    expect(arahan['form-action']).toEqual(["'none'"])
    expect(arahan['default-src']).toEqual(["'self'"])
  })
})
