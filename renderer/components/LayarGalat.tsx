import type { ReactNode } from 'react'

interface Props {
  judul: string
  pesan: string
  rincian?: string | undefined
  folderData?: string | undefined
  onCobaLagi?: () => void
  /** What the user can do about it (the restore offer for a corrupt database). */
  children?: ReactNode
}

/** A full-page message for when the app cannot work at all: never a blank window. */
export function LayarGalat({ judul, pesan, rincian, folderData, onCobaLagi, children }: Props) {
  return (
    <main className="layar-penuh" id="konten">
      <div className="kartu kartu-galat">
        <div role="alert">
          <h1>{judul}</h1>
          <p className="pesan-utama">{pesan}</p>
          {rincian && <p>{rincian}</p>}
        </div>
        {children}
        {folderData && (
          <p>
            Folder data: <code>{folderData}</code>
          </p>
        )}
        <p className="redup">Data Anda tidak diubah. Hubungi admin Binmas Desk bila pesan ini terus muncul.</p>
        {onCobaLagi && (
          <button type="button" className="tombol" onClick={onCobaLagi}>
            Coba lagi
          </button>
        )}
      </div>
    </main>
  )
}
