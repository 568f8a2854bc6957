/**
 * The Content-Security-Policy of every page the app serves (app:// in the
 * desktop shell, the loopback web host in the browser). Pure module with no
 * 'electron' import so tests and the web host can use the same string.
 *
 * Why each part:
 * - script-src 'self': only the bundled renderer runs; no eval, no inline.
 * - style-src 'unsafe-inline': React style props and chart libraries set
 *   inline styles; styles cannot run code.
 * - img-src data: blob:: charts exported as images and previews of files.
 * - connect-src 'self': the web host's API lives on the same origin; the
 *   desktop shell talks over IPC, so nothing remote is ever reachable.
 * - object-src, base-uri, form-action, frame-ancestors: closed entirely.
 */
export const ARAHAN_CSP: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
}

export const CSP: string = Object.entries(ARAHAN_CSP)
  .map(([arahan, sumber]) => `${arahan} ${sumber.join(' ')}`)
  .join('; ')
