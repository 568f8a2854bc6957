import { type ChangeEvent, useState } from 'react'
import type { HasilPratinjauPertukaran, HasilTerapkanPertukaran, HitunganSheetPertukaran } from '../../../shared/api-pertukaran'
import { panggil } from '../../api/klien'
import { useImporBerkas } from '../../components/impor-berkas'
import { Konfirmasi } from '../../components/Konfirmasi'
import { Pemberitahuan } from '../../components/Pemberitahuan'
import { DaftarMasalah, GalatBerkas, PilihBerkas, RincianPerubahan, TabelHitungan, TeksTanpaPerubahan } from '../../components/PratinjauImpor'
import { bacaBase64 } from '../../lib/berkas'
import { Progres } from '../Cadangan/Progres'
import { angka, barisIntegritas, teksRevisi } from './tampil'

export interface ImporTerakhir {
  id: number
  namaBerkas: string
  periode: string
}

function Pratinjau({ p }: { p: HasilPratinjauPertukaran }) {
  const m = p.manifest
  return (
    <div className="pratinjau">
      <h3>
        Isi berkas: {m.satkerNama} ({m.satkerKode}), {m.periode}, revisi {m.revisi}
      </h3>
      <ul className="daftar-periksa" aria-label="Pemeriksaan berkas">
        {barisIntegritas(p).map((b) => (
          <li key={b.label} className={b.baik ? 'periksa-baik' : 'periksa-perhatian'}>
            <span className="tanda-periksa" aria-hidden="true">
              {b.baik ? '✓' : '!'}
            </span>
            <span>
              <strong>{b.label}:</strong> {b.teks}
            </span>
          </li>
        ))}
        <li className={p.revisi.status === 'sama-berbeda' ? 'periksa-perhatian' : 'periksa-baik'}>
          <span className="tanda-periksa" aria-hidden="true">
            {p.revisi.status === 'sama-berbeda' ? '!' : '✓'}
          </span>
          <span>
            <strong>Revisi:</strong> {teksRevisi(p)}
          </span>
        </li>
      </ul>
      <TabelHitungan sheet={p.sheet} judul="Jumlah baris per sheet" id="tabel-pratinjau" />
      <DaftarMasalah
        kesalahan={p.kesalahan}
        peringatan={p.peringatan}
        saran="Perbaiki semua baris di bawah ini di berkas Excel (atau minta pengirim membuat ulang berkasnya), lalu pilih berkas itu lagi. Tidak ada data yang diubah."
      />
      <RincianPerubahan perubahan={p.perubahan} terpotong={p.perubahanTerpotong} judulKunci="Kunci" kolomSheet />
    </div>
  )
}

/** "Terima Berkas (Impor)": pick a file, see the dry run, apply it or not; undo the last import. */
export function Impor({ terakhir, onBerubah }: { terakhir: ImporTerakhir | null; onBerubah: () => void }) {
  const { sibuk, galat, setGalat, dipilih, pratinjau, hasil, setHasil, putaran, pilih, terapkan: jalankanTerapkan } = useImporBerkas<HasilPratinjauPertukaran, HasilTerapkanPertukaran>()
  const [konfirmasi, setKonfirmasi] = useState(false)
  const [tanyaBatal, setTanyaBatal] = useState(false)
  const [pesanBatal, setPesanBatal] = useState<string | null>(null)

  async function pilihBerkas(e: ChangeEvent<HTMLInputElement>) {
    setKonfirmasi(false)
    setPesanBatal(null)
    await pilih(e, 'Membaca dan memeriksa berkas…', async (f) => {
      let isi: string
      try {
        isi = await bacaBase64(f)
      } catch {
        setGalat('Berkas tidak dapat dibaca. Pilih berkasnya sekali lagi.')
        return null
      }
      return panggil('pertukaran:pratinjau', { namaBerkas: f.name, berkasBase64: isi })
    })
  }

  async function terapkan() {
    if (await jalankanTerapkan('Menerapkan impor: membuat cadangan, lalu menyimpan semua baris…', (p) => panggil('pertukaran:terapkan', { token: p.token, konfirmasiGanti: konfirmasi }))) onBerubah()
  }

  const bisaTerapkan = pratinjau !== null && pratinjau.bisaDiterapkan && (!pratinjau.perluKonfirmasi || konfirmasi) && sibuk === null
  const totalUbah = (s: HitunganSheetPertukaran[]) => s.reduce((a, h) => a + h.baru + h.berubah + h.dihapus, 0)

  return (
    <section className="kartu kartu-impor" aria-labelledby="judul-impor">
      <h2 id="judul-impor">Terima Berkas (Impor)</h2>
      <p className="petunjuk">Pilih berkas Pertukaran Data (.xlsx). Isinya diperiksa dan dihitung dulu; data baru diubah setelah Anda menekan &ldquo;Terapkan&rdquo;.</p>
      <PilihBerkas id="berkas-impor" label="Berkas Pertukaran Data (.xlsx)" dipilih={dipilih} sibuk={sibuk !== null} onPilih={(e) => void pilihBerkas(e)} putaran={putaran} />
      {sibuk && <Progres teks={sibuk} />}
      {galat && (
        <div className="galat-impor">
          <GalatBerkas galat={galat} />
        </div>
      )}
      {pratinjau && (
        <>
          <Pratinjau p={pratinjau} />
          {pratinjau.bisaDiterapkan && pratinjau.perluKonfirmasi && (
            <div className="baris-konfirmasi-ganti">
              <Pemberitahuan jenis="peringatan">{pratinjau.perluKonfirmasi}</Pemberitahuan>
              <label className="centang">
                <input type="checkbox" checked={konfirmasi} onChange={(e) => setKonfirmasi(e.target.checked)} />
                <span>Ya, ganti data periode ini dengan isi berkas (dicatat di audit)</span>
              </label>
            </div>
          )}
          {pratinjau.bisaDiterapkan && !pratinjau.adaPerubahan && <TeksTanpaPerubahan />}
          <div className="aksi-impor">
            <button type="button" className="tombol tombol-utama" disabled={!bisaTerapkan} aria-busy={sibuk !== null} onClick={() => void terapkan()}>
              Terapkan
            </button>
            {pratinjau.bisaDiterapkan && <span className="petunjuk">{angka(totalUbah(pratinjau.sheet))} baris akan diubah. Cadangan dibuat otomatis sebelum impor.</span>}
          </div>
        </>
      )}
      {hasil && (
        <div className="hasil-impor">
          <Pemberitahuan jenis="berhasil" judul={hasil.data.imporId === null ? 'Tidak ada yang berubah' : 'Impor selesai'}>
            <p className="nama-berkas">{hasil.namaBerkas}</p>
            {hasil.data.imporId === null ? <p>Isi berkas sudah sama dengan data di komputer ini.</p> : <p>{angka(totalUbah(hasil.data.sheet))} baris diubah.{hasil.data.cadangan ? ` Cadangan sebelum impor: ${hasil.data.cadangan}.` : ''}</p>}
          </Pemberitahuan>
          <TabelHitungan sheet={hasil.data.sheet} judul="Hasil impor per sheet" id="tabel-hasil-impor" />
        </div>
      )}
      <div className="batal-impor">
        <h3>Batalkan impor terakhir</h3>
        {terakhir ? (
          <p className="petunjuk">
            Impor terakhir: <span className="nama-berkas">{terakhir.namaBerkas}</span> ({terakhir.periode}). Data dikembalikan seperti sebelum impor itu.
          </p>
        ) : (
          <p className="petunjuk">Belum ada impor yang dapat dibatalkan.</p>
        )}
        <button type="button" className="tombol" disabled={!terakhir || sibuk !== null} onClick={() => setTanyaBatal(true)}>
          Batalkan impor terakhir
        </button>
        {pesanBatal && <Pemberitahuan jenis="berhasil">{pesanBatal}</Pemberitahuan>}
      </div>
      {tanyaBatal && terakhir && (
        <Konfirmasi
          judul="Batalkan impor terakhir?"
          labelYa="Batalkan Impor"
          bahaya
          onBatal={() => setTanyaBatal(false)}
          onYa={async () => {
            const r = await panggil('pertukaran:batal', {})
            setTanyaBatal(false)
            setHasil(null)
            setPesanBatal(`Impor ${r.namaBerkas} dibatalkan; ${angka(r.dipulihkan)} baris dikembalikan seperti sebelum impor.`)
            onBerubah()
          }}
        >
          <p>
            Semua perubahan dari berkas <strong className="nama-berkas">{terakhir.namaBerkas}</strong> ({terakhir.periode}) dibuang: data baru dari berkas itu dihapus dan data yang diubahnya dikembalikan ke nilai sebelum impor. Bila ada data dari impor itu yang sudah diubah lagi sesudahnya, pembatalan ditolak agar pekerjaan itu tidak tertimpa.
          </p>
        </Konfirmasi>
      )}
    </section>
  )
}
