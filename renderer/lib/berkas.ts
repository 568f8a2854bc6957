/** A chosen file as base64, the form files take across the API. */
export function bacaBase64(berkas: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => resolve(String(r.result).replace(/^data:[^,]*,/, ''))
    r.onerror = () => reject(new Error('Berkas tidak dapat dibaca.'))
    r.readAsDataURL(berkas)
  })
}

/**
 * Saves a file through `<a download href="blob:…">`: the browser downloads it,
 * the Electron shell turns it into a Save dialog (electron/app/unduhan.ts).
 */
export function unduhBlob(nama: string, isi: Blob): void {
  const url = URL.createObjectURL(isi)
  const a = document.createElement('a')
  a.href = url
  a.download = nama
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  // Revoked later: the download may still be reading the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/** Bytes that came across the API as base64. */
export function unduhBase64(nama: string, isiBase64: string): void {
  const biner = atob(isiBase64)
  const bita = new Uint8Array(biner.length)
  for (let i = 0; i < biner.length; i++) bita[i] = biner.charCodeAt(i)
  unduhBlob(nama, new Blob([bita], { type: 'application/octet-stream' }))
}

/** A text file (e.g. a public key in PEM). */
export function unduhTeks(nama: string, isi: string, jenis = 'text/plain'): void {
  unduhBlob(nama, new Blob([isi], { type: jenis }))
}
