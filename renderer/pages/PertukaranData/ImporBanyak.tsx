import { type ChangeEvent, useState } from 'react'
import type { HasilImporBerkas } from '../../../shared/api-polda'
import { panggil } from '../../api/klien'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { WadahGulir } from '../../components/WadahGulir'
import { pesanGalat } from '../../lib/galat'
import { bacaBase64 } from '../../lib/berkas'
import { Progres } from '../Cadangan/Progres'
import { angka } from './tampil'

const LABEL_STATUS: Record<HasilImporBerkas['status'], string> = {
  diterapkan: 'Diterapkan',
  sama: 'Sudah ada',
  'perlu-konfirmasi': 'Perlu konfirmasi',
  ditolak: 'Ditolak',
}

const jumlahUbah = (h: HasilImporBerkas) => h.sheet.reduce((a, s) => a + s.baru + s.berubah + s.dihapus, 0)

/**
 * Mode Polda, "Terima Berkas Polres": several Polres files at once. Each is
 * checked and applied on its own; the table says per file what happened.
 * Files needing a replacement confirmation are applied again only when the
 * user ticks the confirmation.
 */
export function ImporBanyak({ onBerubah }: { onBerubah: () => void }) {
  const [berkas, setBerkas] = useState<File[]>([])
  const [konfirmasi, setKonfirmasi] = useState(false)
  const [sibuk, setSibuk] = useState<string | null>(null)
  const [galat, setGalat] = useState<string | null>(null)
  const [hasil, setHasil] = useState<HasilImporBerkas[] | null>(null)
  const [putaran, setPutaran] = useState(0)

  function pilih(e: ChangeEvent<HTMLInputElement>) {
    setBerkas([...(e.target.files ?? [])])
    setHasil(null)
    setGalat(null)
  }

  async function impor() {
    setGalat(null)
    setHasil(null)
    setSibuk(`Memeriksa dan menerapkan ${angka(berkas.length)} berkas…`)
    try {
      const isi = await Promise.all(berkas.map(async (f) => ({ namaBerkas: f.name, berkasBase64: await bacaBase64(f) })))
      const r = await panggil('polda:impor-banyak', { berkas: isi, konfirmasiGanti: konfirmasi })
      setHasil(r.hasil)
      setBerkas([])
      setKonfirmasi(false)
      setPutaran((x) => x + 1)
      onBerubah()
    } catch (x) {
      setGalat(pesanGalat(x))
    } finally {
      setSibuk(null)
    }
  }

  const hitung = (s: HasilImporBerkas['status']) => hasil?.filter((h) => h.status === s).length ?? 0

  return (
    <section className="kartu kartu-impor" aria-labelledby="judul-impor-banyak">
      <h2 id="judul-impor-banyak">Terima Berkas Polres (Impor)</h2>
      <p className="petunjuk">
        Pilih satu atau banyak berkas Pertukaran Data (.xlsx) kiriman Polres. Setiap berkas diperiksa sendiri-sendiri (wilayah Polres, checksum, tanda tangan, revisi, setiap baris); berkas yang bermasalah tidak menghalangi berkas lain. Cadangan dibuat otomatis sebelum berkas pertama diterapkan.
      </p>
      <div className="bidang">
        <span className="label-bidang" id="berkas-banyak-label">
          Berkas Polres (.xlsx, boleh lebih dari satu)
        </span>
        <div className="pilih-berkas">
          <input key={putaran} id="berkas-banyak" className="input-berkas" type="file" accept=".xlsx" multiple onChange={pilih} disabled={sibuk !== null} aria-labelledby="berkas-banyak-label" aria-describedby="berkas-banyak-nama" />
          <label htmlFor="berkas-banyak" className="tombol" aria-hidden="true">
            Pilih Berkas…
          </label>
          <span id="berkas-banyak-nama" className={berkas.length ? 'nama-berkas' : 'redup'}>
            {berkas.length === 0 ? 'Belum ada berkas dipilih' : berkas.length === 1 ? berkas[0]!.name : `${angka(berkas.length)} berkas dipilih`}
          </span>
        </div>
      </div>
      <label className="centang">
        <input type="checkbox" checked={konfirmasi} onChange={(e) => setKonfirmasi(e.target.checked)} disabled={sibuk !== null} />
        <span>Ganti periode yang sudah diimpor dengan revisi yang sama tetapi isi berbeda (dicatat di audit)</span>
      </label>
      <div className="aksi-impor">
        <button type="button" className="tombol tombol-utama" disabled={berkas.length === 0 || sibuk !== null} aria-busy={sibuk !== null} onClick={() => void impor()}>
          Impor {berkas.length > 1 ? `${angka(berkas.length)} Berkas` : 'Berkas'}
        </button>
      </div>
      {sibuk && <Progres teks={sibuk} />}
      {galat && (
        <Pemberitahuan jenis="galat" judul="Impor gagal">
          {galat}
        </Pemberitahuan>
      )}
      {hasil && (
        <div className="hasil-impor-banyak">
          <Pemberitahuan jenis={hitung('ditolak') || hitung('perlu-konfirmasi') ? 'peringatan' : 'berhasil'} judul="Hasil impor per berkas">
            {angka(hitung('diterapkan'))} diterapkan, {angka(hitung('sama'))} sudah ada, {angka(hitung('perlu-konfirmasi'))} perlu konfirmasi, {angka(hitung('ditolak'))} ditolak.
          </Pemberitahuan>
          <WadahGulir label="Hasil impor per berkas">
            <table className="tabel tabel-rapat" id="tabel-impor-banyak">
              <thead>
                <tr>
                  <th scope="col">Berkas</th>
                  <th scope="col">Satker</th>
                  <th scope="col">Periode</th>
                  <th scope="col" className="kanan">Revisi</th>
                  <th scope="col">Hasil</th>
                  <th scope="col" className="kanan">Baris diubah</th>
                  <th scope="col">Keterangan</th>
                </tr>
              </thead>
              <tbody>
                {hasil.map((h, i) => (
                  <tr key={i} data-status={h.status}>
                    <td className="nama-berkas">{h.namaBerkas}</td>
                    <td>{h.satkerNama ? `${h.satkerNama} (${h.satkerKode})` : '—'}</td>
                    <td>{h.periode ?? '—'}</td>
                    <td className="angka">{h.revisi === null ? '—' : `r${h.revisi}`}</td>
                    <td>
                      <span className={`status-impor status-${h.status}`}>{LABEL_STATUS[h.status]}</span>
                    </td>
                    <td className="angka">{h.status === 'diterapkan' ? angka(jumlahUbah(h)) : '—'}</td>
                    <td>
                      {h.pesan}
                      {h.kesalahan.length > 0 && (
                        <ul className="daftar-masalah">
                          {h.kesalahan.map((k, j) => (
                            <li key={j}>{k}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </WadahGulir>
        </div>
      )}
    </section>
  )
}
