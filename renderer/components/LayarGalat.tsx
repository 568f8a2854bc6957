interface Props {
  judul: string
  pesan: string
  rincian?: string | undefined
  folderData?: string | undefined
  onCobaLagi?: () => void
}

/** A full-page message for when the app cannot work at all: never a blank window. */
export function LayarGalat({ judul, pesan, rincian, folderData, onCobaLagi }: Props) {
  return (
    <main className="layar-penuh" id="konten">
      <div className="kartu kartu-galat" role="alert">
        <h1>{judul}</h1>
        <p className="pesan-utama">{pesan}</p>
        {rincian && <p>{rincian}</p>}
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
