import { type ChangeEvent, useState } from 'react'
import type { Keluaran } from '../../../shared/api'
import { panggil } from '../../api/klien'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { pesanGalat } from '../../lib/galat'

type Pratinjau = Keluaran<'pertukaran:paket-kunci-pratinjau'>

const TEKS_TTD: Record<Pratinjau['tandaTangan'], string> = {
  sah: 'Tanda tangan sah: berkas berasal dari kunci Polda yang sudah terdaftar.',
  'tidak-ada': 'Berkas tidak ditandatangani. Cocokkan sidik kunci Polda lewat telepon sebelum menerima.',
  'tidak-dapat-diperiksa': 'Tanda tangan belum dapat diperiksa (kunci Polda belum terdaftar di sini). Cocokkan sidik kunci Polda lewat telepon sebelum menerima.',
}

const sidikPendek = (s: string) => s.slice(0, 16).replace(/(.{4})/g, '$1 ').trim()

/**
 * Polres side, "Paket dari Polda": the trusted-keys bundle the Polda sends.
 * Previewed (who, which fingerprints, signature) before anything is stored.
 * The scheme file of the same package is imported in Metodologi IKDK.
 */
export function PaketPolda() {
  const [isi, setIsi] = useState<string | null>(null)
  const [pratinjau, setPratinjau] = useState<Pratinjau | null>(null)
  const [pesan, setPesan] = useState<{ jenis: 'berhasil' | 'galat'; teks: string } | null>(null)
  const [putaran, setPutaran] = useState(0)

  async function pilih(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0]
    setPratinjau(null)
    setPesan(null)
    if (!f) return
    try {
      const teks = await f.text()
      setIsi(teks)
      setPratinjau(await panggil('pertukaran:paket-kunci-pratinjau', { isi: teks }))
    } catch (x) {
      setPesan({ jenis: 'galat', teks: pesanGalat(x) })
    }
  }

  async function terima() {
    if (!isi) return
    try {
      const r = await panggil('pertukaran:paket-kunci-terapkan', { isi })
      setPesan({ jenis: 'berhasil', teks: `${r.ditambahkan} kunci ditambahkan ke daftar kunci tepercaya; ${r.sudahAda} sudah ada.` })
      setPratinjau(null)
      setIsi(null)
      setPutaran((x) => x + 1)
    } catch (x) {
      setPesan({ jenis: 'galat', teks: pesanGalat(x) })
    }
  }

  return (
    <section className="kartu kartu-paket" aria-labelledby="judul-paket-polda">
      <h2 id="judul-paket-polda">Paket dari Polda</h2>
      <p className="petunjuk">
        Terima daftar kunci tepercaya dari Polda (berkas <code>…_kunci-tepercaya.json</code>). Berkas skema IKDK (<code>….ikdk.json</code>) dari Polda diimpor di Metodologi IKDK.
      </p>
      <div className="bidang">
        <label htmlFor="berkas-paket-kunci">Berkas kunci tepercaya (.json)</label>
        <input key={putaran} id="berkas-paket-kunci" type="file" accept=".json,application/json" onChange={(e) => void pilih(e)} />
      </div>
      {pratinjau && (
        <div className="pratinjau-paket">
          <h3>
            Dari {pratinjau.poldaNama} ({pratinjau.poldaKode})
          </h3>
          <Pemberitahuan jenis={pratinjau.tandaTangan === 'sah' ? 'berhasil' : 'peringatan'}>{TEKS_TTD[pratinjau.tandaTangan]}</Pemberitahuan>
          <table className="tabel tabel-rapat" id="tabel-paket-kunci">
            <caption className="sr-only">Kunci dalam paket</caption>
            <thead>
              <tr>
                <th scope="col">Satker</th>
                <th scope="col">Sidik kunci</th>
                <th scope="col">Keadaan</th>
              </tr>
            </thead>
            <tbody>
              {pratinjau.kunci.map((k) => (
                <tr key={`${k.satkerKode}|${k.sidik}`}>
                  <td>
                    {k.satkerNama} ({k.satkerKode})
                  </td>
                  <td>
                    <code title={k.sidik}>{sidikPendek(k.sidik)}…</code>
                  </td>
                  <td>{k.sudahAda ? 'Sudah terdaftar' : k.kunciLainAda ? 'Baru (kunci lain satker ini tetap terdaftar)' : 'Baru'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="tombol tombol-utama" onClick={() => void terima()} disabled={pratinjau.kunci.every((k) => k.sudahAda)}>
            Terima Kunci
          </button>
        </div>
      )}
      {pesan && <Pemberitahuan jenis={pesan.jenis}>{pesan.teks}</Pemberitahuan>}
    </section>
  )
}
