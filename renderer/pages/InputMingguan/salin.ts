/**
 * Puts plain text on the clipboard. navigator.clipboard needs a secure context
 * and permission; the Electron app and the loopback host have both, but an
 * office browser may refuse, so a hidden textarea with execCommand is the fallback.
 */
export async function salinTeks(teks: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(teks)
      return true
    }
  } catch {
    // Fall through to the old way.
  }
  const sebelumnya = document.activeElement as HTMLElement | null
  const ta = document.createElement('textarea')
  ta.value = teks
  ta.setAttribute('readonly', '')
  ta.style.position = 'fixed'
  ta.style.top = '0'
  ta.style.opacity = '0'
  document.body.appendChild(ta)
  ta.select()
  let ok = false
  try {
    ok = document.execCommand('copy')
  } catch {
    ok = false
  }
  ta.remove()
  sebelumnya?.focus()
  return ok
}
