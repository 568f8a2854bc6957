/** Saves a text file (the public key) the way Cadangan saves its files: `<a download href="blob:…">`. */
export function unduhTeks(nama: string, isi: string): void {
  const url = URL.createObjectURL(new Blob([isi], { type: 'application/x-pem-file' }))
  const a = document.createElement('a')
  a.href = url
  a.download = nama
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
