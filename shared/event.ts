/** Push events from backend to renderer (one channel). Tests wait for these, never for time. */
export type EventAplikasi =
  | { jenis: 'db-siap'; versiSkema: number }
  | { jenis: 'data-berubah'; tabel: string }
  | { jenis: 'progres'; tugas: string; selesai: number; total: number; keterangan: string }

export type PendengarEvent = (event: EventAplikasi) => void
