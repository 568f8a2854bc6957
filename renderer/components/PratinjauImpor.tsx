import type { ChangeEvent, ReactNode } from 'react'
import type { HitunganSheetPertukaran } from '../../shared/api-pertukaran'
import { angka, LABEL_JENIS_UBAH, LABEL_SHEET } from '../pages/PertukaranData/tampil'
import { Pemberitahuan } from './Pemberitahuan'
import '../pages/PertukaranData/pertukaran.css'

/**
 * The pieces every import dry run shows the same way — the exchange file,
 * the Polsek template and the old workbook: the file picker, the refusal,
 * the counts per sheet, the row errors and warnings, and the changes.
 */

/** The .xlsx picker: a hidden input behind a "Pilih Berkas…" button, then the chosen name. */
export function PilihBerkas({
  id,
  label,
  dipilih,
  sibuk,
  onPilih,
  putaran,
  fokusAwal,
}: {
  /** The input's id; the label and name get `-label` / `-nama` after it. */
  id: string
  label: string
  dipilih: string | null
  sibuk: boolean
  onPilih: (e: ChangeEvent<HTMLInputElement>) => void
  /** Changing it empties the input, so the same file can be chosen again. */
  putaran?: number
  fokusAwal?: boolean
}) {
  return (
    <div className="bidang">
      <span className="label-bidang" id={`${id}-label`}>
        {label}
      </span>
      <div className="pilih-berkas">
        <input
          key={putaran}
          id={id}
          className="input-berkas"
          type="file"
          accept=".xlsx"
          onChange={onPilih}
          disabled={sibuk}
          aria-labelledby={`${id}-label`}
          aria-describedby={`${id}-nama`}
          data-fokus-awal={fokusAwal || undefined}
        />
        <label htmlFor={id} className="tombol" aria-hidden="true">
          Pilih Berkas…
        </label>
        <span id={`${id}-nama`} className={dipilih ? 'nama-berkas' : 'redup'}>
          {dipilih ?? 'Belum ada berkas dipilih'}
        </span>
      </div>
    </div>
  )
}

/** A file refused before any preview (unreadable, wrong format…): nothing was changed. */
export function GalatBerkas({ galat }: { galat: string }) {
  return (
    <Pemberitahuan jenis="galat" judul="Berkas ditolak">
      <p>{galat}</p>
      <p>Tidak ada data yang diubah.</p>
    </Pemberitahuan>
  )
}

export function TabelHitungan({ sheet, judul, id }: { sheet: HitunganSheetPertukaran[]; judul: string; id: string }) {
  const total = (k: keyof Omit<HitunganSheetPertukaran, 'sheet'>) => sheet.reduce((a, s) => a + s[k], 0)
  return (
    <table className="tabel tabel-rapat tabel-hitungan" id={id}>
      <caption className="sr-only">{judul}</caption>
      <thead>
        <tr>
          <th scope="col">Sheet</th>
          <th scope="col" className="kanan">Baru</th>
          <th scope="col" className="kanan">Berubah</th>
          <th scope="col" className="kanan">Sama</th>
          <th scope="col" className="kanan">Dihapus</th>
          <th scope="col" className="kanan">Ditolak</th>
        </tr>
      </thead>
      <tbody>
        {sheet.map((s) => (
          <tr key={s.sheet} data-sheet={s.sheet}>
            <th scope="row">{LABEL_SHEET[s.sheet]}</th>
            <td className="angka">{angka(s.baru)}</td>
            <td className="angka">{angka(s.berubah)}</td>
            <td className="angka">{angka(s.sama)}</td>
            <td className="angka">{angka(s.dihapus)}</td>
            <td className={`angka${s.ditolak > 0 ? ' sel-ditolak' : ''}`}>{angka(s.ditolak)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Jumlah</th>
          <td className="angka">{angka(total('baru'))}</td>
          <td className="angka">{angka(total('berubah'))}</td>
          <td className="angka">{angka(total('sama'))}</td>
          <td className="angka">{angka(total('dihapus'))}</td>
          <td className="angka">{angka(total('ditolak'))}</td>
        </tr>
      </tfoot>
    </table>
  )
}

/** Every row error (which blocks applying), then the warnings (which do not). */
export function DaftarMasalah({ kesalahan, peringatan, saran }: { kesalahan: readonly { pesan: string }[]; peringatan: readonly { pesan: string }[]; saran: ReactNode }) {
  return (
    <>
      {kesalahan.length > 0 && (
        <div className="blok-kesalahan">
          <Pemberitahuan jenis="galat" judul={`${angka(kesalahan.length)} kesalahan di berkas — impor tidak dapat diterapkan`}>
            {saran}
          </Pemberitahuan>
          <ol className="daftar-masalah daftar-kesalahan" aria-label="Daftar kesalahan" tabIndex={0}>
            {kesalahan.map((k, i) => (
              <li key={i}>{k.pesan}</li>
            ))}
          </ol>
        </div>
      )}
      {peringatan.length > 0 && (
        <div className="blok-peringatan">
          <h4>Peringatan ({angka(peringatan.length)}) — tidak menghalangi impor</h4>
          <ul className="daftar-masalah daftar-peringatan" aria-label="Daftar peringatan" tabIndex={0}>
            {peringatan.map((k, i) => (
              <li key={i}>{k.pesan}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}

interface Perubahan {
  /** Shown in its own column when the file has several sheets. */
  sheet?: HitunganSheetPertukaran['sheet']
  baris: number | null
  kunci: string
  jenis: keyof typeof LABEL_JENIS_UBAH
  kolom: string[]
}

/** The (first) changes the import would make, folded away under a summary. */
export function RincianPerubahan({ perubahan, terpotong, judulKunci, kolomSheet = false }: { perubahan: readonly Perubahan[]; terpotong: boolean; judulKunci: string; kolomSheet?: boolean }) {
  if (perubahan.length === 0) return null
  return (
    <details className="rincian-perubahan">
      <summary>
        Lihat perubahan ({angka(perubahan.length)}
        {terpotong ? ' pertama' : ''})
      </summary>
      <div className="wadah-tabel wadah-perubahan" role="region" aria-label="Daftar perubahan" tabIndex={0}>
        <table className="tabel tabel-rapat">
          <thead>
            <tr>
              {kolomSheet && <th scope="col">Sheet</th>}
              <th scope="col" className="kanan">Baris</th>
              <th scope="col">{judulKunci}</th>
              <th scope="col">Jenis</th>
              <th scope="col">Kolom berubah</th>
            </tr>
          </thead>
          <tbody>
            {perubahan.map((u, i) => (
              <tr key={i}>
                {kolomSheet && <td>{u.sheet ? LABEL_SHEET[u.sheet] : '—'}</td>}
                <td className="angka">{u.baris === null ? '—' : angka(u.baris)}</td>
                <td>
                  <code>{u.kunci}</code>
                </td>
                <td>{LABEL_JENIS_UBAH[u.jenis]}</td>
                <td>{u.kolom.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}

/** Shown when the file can be applied but holds exactly what is already stored. */
export function TeksTanpaPerubahan() {
  return <p className="teks-berhasil">Isi berkas sama dengan data di komputer ini; menerapkannya tidak mengubah apa pun.</p>
}
