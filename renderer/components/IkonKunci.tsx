/** A small padlock drawn inline (no icon font to load), always next to the word it illustrates. */
export function IkonKunci() {
  return (
    <svg className="ikon-kunci" viewBox="0 0 12 14" width="11" height="13" aria-hidden="true" focusable="false">
      <path d="M3 6V4a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
      <rect x="1" y="6" width="10" height="7.5" rx="1.2" fill="currentColor" />
    </svg>
  )
}
