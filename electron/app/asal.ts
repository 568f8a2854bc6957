/**
 * The app's own origin in the desktop shell. Pure module (no 'electron'
 * import) so the origin rule is unit-tested under plain Node.
 *
 * A custom scheme is used instead of file:// because file:// pages can read
 * any local file and share one opaque origin; app://binmas is a standard,
 * secure origin that only serves the built renderer.
 */
export const SKEMA_APP = 'app'
export const HOST_APP = 'binmas'
export const ASAL_APP = `${SKEMA_APP}://${HOST_APP}`
export const URL_AWAL = `${ASAL_APP}/index.html`

/**
 * The About screen, reached from the Bantuan menu. A hash route so that
 * loading it in an open window is a same-document navigation (no reload, no
 * lost form input); the renderer's router must show "Tentang" for it.
 */
export const RUTE_TENTANG = '#/tentang'

/**
 * True only for URLs of exactly app://binmas (no port, no credentials).
 * Compared by parts, not by URL.origin: WHATWG URL gives "null" as the
 * origin of non-special schemes, so an origin comparison would be wrong.
 */
export function dariAsalApp(url: string | undefined | null): boolean {
  if (!url) return false
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return false
  }
  return u.protocol === `${SKEMA_APP}:` && u.hostname === HOST_APP && u.port === '' && u.username === '' && u.password === ''
}

/**
 * Where the app's own page may navigate: its own origin, and blob: URLs it
 * made itself. The latter because Chromium may route an export's
 * `<a download href="blob:app://binmas/…">` through navigation before it
 * becomes a download; refusing it would silently break every export.
 */
export function navigasiDiizinkan(url: string | undefined | null): boolean {
  if (!url) return false
  if (url.toLowerCase().startsWith('blob:')) return dariAsalApp(url.slice('blob:'.length))
  return dariAsalApp(url)
}
