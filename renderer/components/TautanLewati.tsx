/** The first Tab stop of every screen: jump straight past the menu. */
export function TautanLewati() {
  return (
    <a className="tautan-lewati" href="#konten" onClick={(e) => {
      // A plain #konten would replace the hash route; move focus instead.
      e.preventDefault()
      document.getElementById('konten')?.focus()
    }}>
      Lewati ke konten
    </a>
  )
}
